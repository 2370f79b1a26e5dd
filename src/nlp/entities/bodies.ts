/**
 * State bodies that every country has ("Defence Ministry", "General Staff", "Foreign Ministry"),
 * told apart by the country the article gives them: "Russia's Defence Ministry" and "Ukraine's
 * Defence Ministry" are two entities, "Defence Ministry (Russia)" and "Defence Ministry (Ukraine)",
 * and "the Russian Defence Ministry" is the first of them.
 */
import { findCountry, type KbCountry } from '../../kb/kb.js';
import type { RawMention, ResolvedEntity } from './resolve.js';

/** Names of bodies that only their country tells apart (lower case). */
const GENERIC_BODY =
  /^(?:(?:foreign|defen[cs]e|national defen[cs]e|interior|finance|justice|economy|energy|emergencies|emergency situations|health|education|agriculture|trade|commerce|industry|transport|digital|culture|foreign affairs|internal affairs|home|war|information|intelligence|labou?r|environment) ministry|ministry of (?:foreign affairs|defen[cs]e|national defen[cs]e|the interior|interior|internal affairs|finance|justice|economy|energy|emergency situations|emergencies|health|education|agriculture|trade|commerce|industry|transport|culture|information|intelligence|labou?r|environment)|(?:general|joint) staff|(?:national )?security council|supreme court|constitutional court|central bank|national bank|armed forces|air force|navy|army|ground forces|(?:state )?border (?:guard )?service|border guard|coast guard|national guard|prosecutor general['’]s office|investigative committee|security service|(?:foreign |military )?intelligence(?: service| directorate| agency)?|parliament|presidential administration|cabinet of ministers|foreign office|defen[cs]e forces|ministry of defen[cs]e)$/u;

/**
 * Whether a name is one of the state bodies every country has, which entities carry with their
 * country ("Defence Ministry" → "Defence Ministry (Russia)").
 *
 * @example
 * isGenericBody('Defence Ministry'); // true
 * isGenericBody('Gazprom'); // false
 */
export function isGenericBody(name: string): boolean {
  return GENERIC_BODY.test(name.trim().toLowerCase());
}

/** The country a mention's own words or the words around it give a generic body, and the body's name without it. */
function countryOf(text: string, m: RawMention): { body: string; country: KbCountry } | null {
  const words = m.text.split(/\s+/u);
  // "Russian Defence Ministry", "Ukraine Defence Ministry", "South Korean Defence Ministry"
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const body = words.slice(n).join(' ');
    const country = findCountry(words.slice(0, n).join(' '));
    if (country && GENERIC_BODY.test(body.toLowerCase())) return { body, country };
  }
  if (!GENERIC_BODY.test(m.text.toLowerCase())) return null;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // "Russia's Defence Ministry", "the Russian Defence Ministry" (the tagger may leave the country out)
  const owner =
    /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u.exec(before) ??
    /(?:^|\s)(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+$/u.exec(before);
  if (owner) {
    const named = owner[1]!.split(/\s+/u);
    const country = findCountry(owner[1]!) ?? findCountry(named[named.length - 1]!);
    if (country) return { body: m.text, country };
  }
  // "the Defence Ministry of Ukraine"
  const after = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)/u.exec(text.slice(m.end, m.end + 40));
  const country = after ? findCountry(after[1]!) : undefined;
  return country ? { body: m.text, country } : null;
}

/**
 * Splits and names the organisations that are generic state bodies by the country each mention
 * gives them: a mention with no country of its own belongs to the body last named with one (the
 * first, before any). Entities left with the same name are merged.
 *
 * @example
 * // "Russia's Defence Ministry said … Ukraine's Defence Ministry denied …"
 * qualifyBodies(text, resolved).map((e) => e.name); // ['Defence Ministry (Russia)', 'Defence Ministry (Ukraine)']
 */
export function qualifyBodies(text: string, resolved: readonly ResolvedEntity[]): ResolvedEntity[] {
  const out: ResolvedEntity[] = [];
  const byName = new Map<string, ResolvedEntity>();
  const add = (e: ResolvedEntity) => {
    const known = byName.get(`${e.kind}\t${e.name}`);
    if (known) {
      known.mentions.push(...e.mentions);
      known.mentions.sort((a, b) => a.start - b.start);
      return;
    }
    byName.set(`${e.kind}\t${e.name}`, e);
    out.push(e);
  };
  for (const e of resolved) {
    if (e.kind !== 'ORG') {
      add(e);
      continue;
    }
    const found = e.mentions.map((m) => countryOf(text, m));
    const first = found.find((f) => f !== null);
    if (!first) {
      add(e);
      continue;
    }
    let current = first;
    const groups = new Map<string, ResolvedEntity>();
    e.mentions.forEach((m, i) => {
      current = found[i] ?? current;
      const name = `${current.body} (${current.country.name})`;
      const group = groups.get(name);
      if (group) group.mentions.push(m);
      else groups.set(name, { name, kind: e.kind, mentions: [m] });
    });
    for (const g of groups.values()) add(g);
  }
  return out;
}
