/**
 * Knowledge links: the entity of an article matched to an actor of the knowledge base (a country,
 * an organisation, a person with their offices), with the CAMEO code in effect on the article's
 * date.
 */
import { actorById, findCountry, type KbActor, lookupActors, type RoleTerm, rolesOf } from '../../kb/kb.js';
import { officeCode } from '../../kb/roles.js';
import type { EntityKind } from './resolve.js';

/** An office of a person as the knowledge base lists it. */
export interface EntityRole {
  /** Normalised office: `president`, `prime minister`, `foreign minister`, `head` (of an organisation) … */
  readonly role: string;
  /** The country (ISO 3166 alpha-3) or organisation (CAMEO code) of the office. */
  readonly scope: string;
  readonly from: string;
  readonly to?: string;
}

/** The knowledge-base link of an entity. */
export interface EntityKb {
  /** The actor's id in the knowledge base (`RUS`, `organisation/nato`, `person/angela-merkel`). */
  readonly id: string;
  /** The CAMEO actor code, the one in effect on the article's date for a person with dated codes. */
  readonly cameo?: string;
  /** A person's offices with their dates. */
  readonly roles?: readonly EntityRole[];
}

const KINDS_FOR: Record<EntityKind, readonly KbActor['kind'][]> = {
  PERSON: ['person'],
  ORG: ['organisation', 'group', 'state-body'],
  GPE: ['country', 'place'],
  LOC: ['place', 'country'],
  NORP: ['country'],
  MISC: [],
};

/** Two sources' dates for the start of one term differ by up to about two months. */
const SAME_TERM_MS = 62 * 86_400_000;

function inEffect(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  return date === undefined || ((from === undefined || from <= date) && (to === undefined || date <= to));
}

function roleList(terms: readonly RoleTerm[]): EntityRole[] {
  // One term listed by several sources: the team's recent list (which knows the end) first.
  const ordered = [...terms.filter((t) => t.source === 'sitrep'), ...terms.filter((t) => t.source !== 'sitrep')];
  const out: EntityRole[] = [];
  for (const t of ordered) {
    const day = Date.parse(t.from);
    if (out.some((r) => r.scope === t.scope && r.role === t.role && Math.abs(Date.parse(r.from) - day) <= SAME_TERM_MS)) continue;
    out.push({ role: t.role, scope: t.scope, from: t.from, ...(t.to ? { to: t.to } : {}) });
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

const ORGANISATION_KINDS: ReadonlySet<KbActor['kind']> = new Set(['organisation', 'group', 'state-body']);
const INITIAL = /^\p{Lu}\.$/u;

/**
 * The actors of the knowledge base a name's words spell, in the forms the tables list names in:
 * as written, else without a middle initial ("Donald J. Trump" is "Donald Trump"; "George H. W. Bush" is no "George Bush"), else, for a body,
 * with "The" before it ("Islamic State" is "The Islamic State").
 *
 * @example
 * actorsOfName(['Islamic', 'State'])[0]?.id; // 'group/the-islamic-state'
 */
export function actorsOfName(words: readonly string[]): readonly KbActor[] {
  const name = words.join(' ');
  const found = lookupActors(name);
  if (found.length > 0) return found;
  if (words.length === 3 && INITIAL.test(words[1]!)) return lookupActors(`${words[0]} ${words[2]}`);
  if (/^the$/iu.test(words[0] ?? '')) return [];
  return lookupActors(`The ${name}`).filter((a) => ORGANISATION_KINDS.has(a.kind));
}

/**
 * The offices the knowledge base lists for the person of this id (`person/angela-merkel`), first
 * held first; empty for anyone else.
 *
 * @example
 * officesOf('person/angela-merkel')[0]; // { role: 'chancellor', scope: 'DEU', from: '2005-11-22', to: '2021-12-08' }
 */
export function officesOf(kbId: string): EntityRole[] {
  const actor = actorById(kbId);
  return actor?.kind === 'person' ? roleList(rolesOf(actor.name)) : [];
}

function wordCount(name: string): number {
  return name.trim().split(/\s+/u).length;
}

/**
 * Links an entity to the knowledge base by the names its mentions use (fullest first), or returns
 * undefined when no actor of a fitting kind has that name, or several do and nothing tells them
 * apart. `date` (ISO, the article's publication day) picks a person's code in effect.
 *
 * @example
 * linkEntity('ORG', ['NATO'])?.cameo; // 'IGOWSTNAT'
 * linkEntity('PERSON', ['Angela Merkel'], '2010-06-01')?.cameo; // 'DEUGOV'
 */
export function linkEntity(kind: EntityKind, names: readonly string[], date?: string): EntityKb | undefined {
  const kinds = KINDS_FOR[kind];
  if (kinds.length === 0) return undefined;
  for (const name of names) {
    // a place named as a country names it ("the UK" tagged as a location)
    if (kind === 'NORP' || kind === 'GPE' || kind === 'LOC') {
      const country = findCountry(name);
      if (country && (kind === 'NORP' || country.name.toLowerCase() === name.toLowerCase() || country.words.includes(name.toLowerCase()))) {
        return { id: country.iso3, cameo: country.iso3 };
      }
    }
    // A person is linked by a name of two words or more: a surname alone names too many, but for
    // the few the sources list under one word ("Putin", "Zelenskiy"), when only one person has it
    // and the article gives no fuller name ("Michelle Obama" … "Obama" is not Barack Obama).
    const single = kind === 'PERSON' && wordCount(name) < 2;
    if (single && names.some((n) => wordCount(n) > 1)) continue;
    const found = actorsOfName(name.trim().split(/\s+/u)).filter((a) => kinds.includes(a.kind));
    if (found.length === 0 || (single && found.length > 1)) continue;
    const actor = pick(found, kinds, date);
    if (!actor) return undefined;
    if (actor.kind !== 'person') {
      const current = actor.codes.filter((c) => inEffect(date, c.from, c.to));
      const cameo = actor.code ?? current[current.length - 1]?.code ?? actor.codes[actor.codes.length - 1]?.code;
      return { id: actor.id, ...(cameo ? { cameo } : {}) };
    }
    const terms = rolesOf(actor.name);
    // The team's list of recent office holders outdates the older sources' open-ended codes.
    const recent = date ? terms.filter((t) => t.source === 'sitrep' && inEffect(date, t.from, t.to)) : [];
    const codes = actor.codes.filter((c) => inEffect(date, c.from, c.to));
    const office = recent[recent.length - 1];
    const cameo = office ? officeCode(office.scope, office.role) : (codes[codes.length - 1]?.code ?? actor.code);
    const roles = roleList(terms);
    return { id: actor.id, ...(cameo ? { cameo } : {}), ...(roles.length > 0 ? { roles } : {}) };
  }
  return undefined;
}

/**
 * Links an organisation, or a word for a party's members or its adjective ("Republicans", "GOP",
 * "Tory"), to the political party of that name whose country the article names (`countries`:
 * the countries the article mentions, itself or by a place or an officeholder of it, with how often,
 * from {@link linkedCountries}); a one-word name, only when the article names that country at least
 * a third as often as the one it names most. Undefined when no such party, or several, have the name. The link carries no
 * CAMEO code: which role a party plays (government or opposition) depends on the day.
 *
 * @example
 * linkParty(['Republicans'], new Map([['USA', 4]]))?.id; // 'party/republican-party'
 * linkParty(['Labour'], new Map([['FRA', 2]])); // undefined
 * linkParty(['Democrats'], new Map([['DEU', 9], ['USA', 1]])); // undefined: the article is about Germany
 */
export function linkParty(names: readonly string[], countries: ReadonlyMap<string, number>): EntityKb | undefined {
  const most = Math.max(0, ...countries.values());
  for (const name of names) {
    // a word for a party's members or its adjective ("Democrats", "Labour") needs the article to be
    // about the party's country, not to name it in passing ("could no longer rely on Washington")
    const word = !/\s/u.test(name.trim()) && !/\p{Lu}.*\p{Lu}/u.test(name);
    const named = (code: string) => {
      const n = countries.get(code) ?? 0;
      return n > 0 && (!word || n * 3 >= most);
    };
    const found = new Map(lookupActors(name).flatMap((a) => (a.kind === 'party' && a.code && named(a.code) ? [[a.id, a]] : [])));
    if (found.size === 1) return { id: [...found.keys()][0]! };
    if (found.size > 1) return undefined;
  }
  return undefined;
}

/**
 * The countries an article names, from its entities' links, with how many mentions name each:
 * countries, places (by their country's code) and people (by the country of their CAMEO code in
 * effect). `mentions[i]` is the number of mentions of the entity of `links[i]`.
 */
export function linkedCountries(links: readonly (EntityKb | undefined)[], mentions: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  links.forEach((link, i) => {
    if (!link) return;
    const code = /^[A-Z]{3}$/.test(link.id) ? link.id : link.cameo?.slice(0, 3);
    if (code && findCountry(code)?.iso3 === code) out.set(code, (out.get(code) ?? 0) + (mentions[i] ?? 1));
  });
  return out;
}

/** The one actor meant: the preferred kind first, then the one with codes in effect on the date. */
function pick(found: readonly KbActor[], kinds: readonly KbActor['kind'][], date: string | undefined): KbActor | undefined {
  for (const kind of kinds) {
    const ofKind = found.filter((a) => a.kind === kind);
    if (ofKind.length === 1) return ofKind[0];
    if (ofKind.length > 1) {
      const current = date ? ofKind.filter((a) => a.codes.some((c) => inEffect(date, c.from, c.to))) : [];
      if (current.length === 1) return current[0];
      const codes = new Set(ofKind.map((a) => a.code ?? a.codes[0]?.code));
      // Several entries for one actor (spellings listed apart) agree on the code.
      return codes.size === 1 ? ofKind[0] : undefined;
    }
  }
  return undefined;
}
