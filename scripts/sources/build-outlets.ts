/**
 * node --import tsx scripts/sources/build-outlets.ts
 *
 * Derives models/sources/outlets.tsv — outlet names that articles cite, with the outlet's
 * domain, country and state-media label — from ../shared/data/kb/outlets/outlets.jsonl (MIT,
 * see models/sources/README.md), plus the curated lines of scripts/sources/curated-outlets.tsv
 * for major outlets that list lacks. One line per name and outlet: name, domain, ISO country,
 * typology, origin. A name that outlets of several countries share ("Daily News", "ABC") has a
 * line for each country; the sources layer tells them apart from the article's context, and a
 * curated line is the outlet such a name means when the context does not tell.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedDir } from '../../bench/lib/paths.js';

interface Outlet {
  domain: string;
  names: string[];
  country: string | null;
  state_media?: { typology: string; company?: string };
}

interface Line {
  name: string;
  domain: string;
  country: string;
  typology: string;
  origin: 'curated' | 'kb';
  /** The outlet's first name in the kb, its own rather than its owner's. */
  primary: boolean;
}

const kb = readFileSync(join(sharedDir(), 'data/kb/outlets/outlets.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Outlet);
const kbTypology = new Map(kb.map((o) => [o.domain, o.state_media?.typology ?? '']));

/** The domains each owner of the kb owns. */
const companyDomains = new Map<string, Set<string>>();
for (const o of kb) {
  const company = o.state_media?.company;
  if (!company) continue;
  const domains = companyDomains.get(company) ?? new Set<string>();
  companyDomains.set(company, domains.add(o.domain));
}

/** The lines of each name (lower-cased). */
const byName = new Map<string, Line[]>();
const add = (line: Line) => {
  const key = line.name.toLowerCase();
  const lines = byName.get(key) ?? [];
  byName.set(key, lines);
  // One outlet per country under one name: a curated one, else the domain that spells the name
  // (aljazeera.com, not ajplus.net, for Al Jazeera), the shortest first (rt.com for de.rt.com).
  const same = lines.findIndex((l) => l.country === line.country);
  if (same < 0) lines.push(line);
  else if (lines[same]!.origin === line.origin && rank(line) < rank(lines[same]!)) lines[same] = line;
};

/** Letters and digits alone, lower-cased, without accents: how a domain spells a name. */
function squash(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

function rank(line: Line): number {
  const spells = squash(line.domain).includes(squash(line.name));
  // an outlet's own name (its first) before its owner's (ce.cn lists the People's Daily, its publisher)
  return (spells ? 0 : 1000) + (line.primary ? 0 : 500) + line.domain.length;
}

/** The country a curated line gives a domain: the kb's lines of that domain take it too. */
const curatedCountry = new Map<string, string>();
for (const text of readFileSync(join(repoRoot, 'scripts/sources/curated-outlets.tsv'), 'utf8').split('\n')) {
  if (!text || text.startsWith('#')) continue;
  const [domain, country, ...names] = text.split('\t');
  curatedCountry.set(domain!, country!);
  // a curated outlet the kb also lists keeps the kb's state-media label
  for (const name of names)
    add({ name, domain: domain!, country: country!, typology: kbTypology.get(domain!) ?? '', origin: 'curated', primary: true });
}
for (const o of kb) {
  const names = new Set<string>();
  const first = o.names[0] ? bareName(o.names[0]) : undefined;
  const group = ownedByGroup(o);
  for (const n of o.names) {
    const bare = bareName(n);
    names.add(bare);
    // The acronym of a group that owns several outlets names none of them ("NPA", Egypt's National
    // Press Authority, is South Africa's prosecutors in the news), unless the domain spells it.
    if (n === o.state_media?.company && group) continue;
    for (const m of n.matchAll(/\(([^)]+)\)/g)) if (/^[\p{Lu}\d]{2,6}$/u.test(m[1]!)) names.add(m[1]!);
  }
  for (const name of names) {
    // Two-letter names collide with ordinary words and initials; keep the state broadcaster RT.
    if (name.length < 3 && name !== 'RT') continue;
    if (!/\p{L}/u.test(name) || name.length > 60) continue;
    add({
      name,
      domain: o.domain,
      country: curatedCountry.get(o.domain) ?? o.country ?? '',
      typology: o.state_media?.typology ?? '',
      origin: 'kb',
      primary: name === first,
    });
  }
}

/**
 * A name as articles write it: without parentheses, the list's footnote marks ("Gazprom Media**")
 * and its kind of medium ("Print: Izvestia", "News agency: Belta").
 */
function bareName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s*\*+$/, '')
    .replace(/^(?:print|print media|online|radio|tv|television|news agency):\s*/i, '')
    .trim();
}

/**
 * Whether the outlet's owner is a group of several outlets whose name is not the outlet's own
 * (Egyptian Media Group, EMG). An owner the outlet's domain spells (Islamic Republic News Agency,
 * irna.ir) or that is the outlet's own first name is the outlet.
 */
function ownedByGroup(o: Outlet): boolean {
  const company = o.state_media?.company;
  if (!company || (companyDomains.get(company)?.size ?? 0) < 2) return false;
  if (o.names[0] && bareName(o.names[0]) === bareName(company)) return false;
  const forms = [bareName(company), ...[...company.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!)];
  return !forms.some((f) => squash(f).length > 1 && squash(o.domain).includes(squash(f)));
}

const rows = [...byName.values()].flat().map((l) => [l.name, l.domain, l.country, l.typology, l.origin].join('\t'));
const out = join(repoRoot, 'models/sources/outlets.tsv');
writeFileSync(out, `${rows.sort().join('\n')}\n`);
const shared = [...byName.values()].filter((lines) => lines.length > 1).length;
console.log(`${rows.length} lines, ${byName.size} names (${shared} shared by outlets of different countries) -> ${out}`);
