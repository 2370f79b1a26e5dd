/**
 * The knowledge base the project ships (`models/kb/`, see the README there): countries, actors
 * with CAMEO codes (PETRARCH-2), and offices with their holders by date. Loaded on first use.
 */
import { readFileSync } from 'node:fs';
import { normalizeRole, roleInScope } from './roles.js';

/** A CAMEO actor code, valid from `from` to `to` (ISO dates, either open). */
export interface DatedCode {
  readonly code: string;
  readonly from?: string;
  readonly to?: string;
}

export type ActorKind = 'country' | 'place' | 'person' | 'organisation' | 'group' | 'state-body';

/** An actor of the knowledge base. */
export interface KbActor {
  /** Stable id: the ISO 3166 alpha-3 code for a country, `kind/slug` for the others. */
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  /** The actor's CAMEO code when it has one regardless of date (`IGOWSTNAT`, `RUS`). */
  readonly code?: string;
  /** Codes with the dates they held (a person's offices: `DEUGOV` from 2005-11-22). */
  readonly codes: readonly DatedCode[];
  /** Its other names, in the comparable form of {@link kbKey}. */
  readonly names: readonly string[];
}

/** One term of an office: `scope` is a country's ISO 3166 alpha-3 code or an organisation's CAMEO code. */
export interface RoleTerm {
  readonly scope: string;
  /** The office, normalised (`president`, `prime minister`, `foreign minister`, `head` of an organisation). */
  readonly role: string;
  readonly name: string;
  readonly from: string;
  /** The last day, absent while the source knew the term as current. */
  readonly to?: string;
  /** `countryinfo`, `petrarch2` or `sitrep` (the team's list of recent office holders). */
  readonly source: string;
}

/** A country with the words that name it. */
export interface KbCountry {
  /** ISO 3166 alpha-3, which is also the CAMEO country code. */
  readonly iso3: string;
  readonly iso2: string;
  readonly name: string;
  readonly capital: string;
  /** Lower-cased names, spellings and demonyms. */
  readonly words: readonly string[];
}

/**
 * The last day the older sources (CountryInfo, PETRARCH-2) knew about: a term they list as open is
 * trusted until then, not after.
 */
export const OLD_SOURCES_END = '2012-12-31';

const KB_DIR = new URL('../../models/kb/', import.meta.url);

interface Countries {
  list: KbCountry[];
  byWord: Map<string, KbCountry>;
  byCode: Map<string, KbCountry>;
}
interface Actors {
  byKey: Map<string, KbActor[]>;
}
interface Roles {
  byScope: Map<string, RoleTerm[]>;
  byName: Map<string, RoleTerm[]>;
  bySurname: Map<string, RoleTerm[]>;
}

let countryTable: Countries | null = null;
let actorTable: Actors | null = null;
let roleTable: Roles | null = null;

/**
 * The comparable form of a name: no accents, no dots, upper case, words separated by one space.
 *
 * @example
 * kbKey('U.S.'); // 'US'
 * kbKey('Ban Ki-moon'); // 'BAN KI MOON'
 */
export function kbKey(name: string): string {
  const plain = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return plain
    .replace(/['’]s$/i, '')
    .replace(/\./g, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function parseCodes(field: string): DatedCode[] {
  if (field === '') return [];
  return field.split(';').map((c) => {
    const [code, range = ''] = c.split('@');
    const [from, to] = range.split('..');
    return { code: code!, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const lines = (name: string) => readFileSync(new URL(name, KB_DIR), 'utf8').split('\n');

function countries(): Countries {
  if (countryTable) return countryTable;
  const list: KbCountry[] = [];
  const byWord = new Map<string, KbCountry>();
  const byCode = new Map<string, KbCountry>();
  for (const line of lines('countries.tsv')) {
    const [iso3, name, iso2, capital, words] = line.split('\t');
    if (!iso3 || !name) continue;
    const c: KbCountry = { iso3, iso2: iso2 ?? '', name, capital: capital ?? '', words: words ? words.split('|') : [] };
    list.push(c);
    byCode.set(iso3, c);
    for (const w of c.words) {
      const key = kbKey(w);
      if (!byWord.has(key)) byWord.set(key, c);
    }
  }
  countryTable = { list, byWord, byCode };
  return countryTable;
}

function actors(): Actors {
  if (actorTable) return actorTable;
  const byKey = new Map<string, KbActor[]>();
  for (const c of countries().list) {
    const a: KbActor = { id: c.iso3, kind: 'country', name: c.name, code: c.iso3, codes: [], names: c.words.map(kbKey) };
    for (const key of new Set([c.name, ...c.words].map(kbKey))) push(byKey, key, a);
  }
  const ids = new Set<string>();
  for (const line of lines('actors.tsv')) {
    const [kind, name, code, codes, names] = line.split('\t');
    if (!kind || !name) continue;
    const key = kbKey(name);
    const base = `${kind}/${key.toLowerCase().replaceAll(' ', '-')}`;
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    const others = names ? names.split('|') : [];
    const a: KbActor = { id, kind: kind as ActorKind, name, ...(code ? { code } : {}), codes: parseCodes(codes ?? ''), names: others };
    push(byKey, key, a);
    for (const k of others) push(byKey, k, a);
  }
  // Capitals PETRARCH-2 does not list as places of their country.
  for (const c of countries().list) {
    const key = kbKey(c.capital);
    if (key === '' || (byKey.get(key) ?? []).some((a) => a.kind === 'place')) continue;
    const id = `place/${key.toLowerCase().replaceAll(' ', '-')}`;
    if (ids.has(id)) continue;
    ids.add(id);
    push(byKey, key, { id, kind: 'place', name: c.capital, code: c.iso3, codes: [], names: [] });
  }
  actorTable = { byKey };
  return actorTable;
}

function roles(): Roles {
  if (roleTable) return roleTable;
  const byScope = new Map<string, RoleTerm[]>();
  const byName = new Map<string, RoleTerm[]>();
  const bySurname = new Map<string, RoleTerm[]>();
  for (const line of lines('roles.tsv')) {
    const [scope, role, name, from, to, source] = line.split('\t');
    if (!scope || !role || !name || !from) continue;
    const t: RoleTerm = { scope, role, name, from, ...(to ? { to } : {}), source: source ?? '' };
    push(byScope, `${scope}\t${role}`, t);
    const key = kbKey(name);
    push(byName, key, t);
    const words = key.split(' ');
    if (words.length > 1) push(bySurname, words[words.length - 1]!, t);
  }
  roleTable = { byScope, byName, bySurname };
  return roleTable;
}

/** Whether an ISO date falls in `[from, to]`, either end open. */
function within(date: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || from <= date) && (to === undefined || date <= to);
}

/**
 * Actors of the knowledge base with this name (any of their names, compared without case, accents
 * or dots). A surname alone finds every actor the sources list under it.
 *
 * @example
 * lookupActors('NATO')[0]; // { id: 'organisation/nato', kind: 'organisation', code: 'IGOWSTNAT', … }
 * lookupActors('Russia')[0].code; // 'RUS'
 */
export function lookupActors(name: string): readonly KbActor[] {
  return actors().byKey.get(kbKey(name)) ?? [];
}

/**
 * The CAMEO codes a name stands for, with their dates: for a person, the codes of their offices
 * (those in effect on `date` when it is given); for a country or organisation, its code.
 *
 * @example
 * actorCodes('Angela Merkel', '2010-06-01'); // [{ code: 'DEUGOV', from: '2005-11-22' }]
 * actorCodes('NATO'); // [{ code: 'IGOWSTNAT' }]
 */
export function actorCodes(name: string, date?: string): DatedCode[] {
  const out: DatedCode[] = [];
  const seen = new Set<string>();
  for (const a of lookupActors(name)) {
    const list = a.codes.length > 0 ? a.codes : a.code ? [{ code: a.code }] : [];
    for (const c of list) {
      if (date && !within(date, c.from, c.to)) continue;
      const key = `${c.code}@${c.from ?? ''}..${c.to ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

/**
 * The country a word names: a name, a spelling, a demonym, or an ISO 3166 alpha-3 code written in
 * capitals (`DEU`; "Can" and "Per" are words).
 *
 * @example
 * findCountry('Russian')?.iso3; // 'RUS'
 * findCountry('U.S.')?.iso3; // 'USA'
 * findCountry('DEU')?.name; // 'Germany'
 */
export function findCountry(word: string): KbCountry | undefined {
  const t = countries();
  return t.byWord.get(kbKey(word)) ?? (/^[A-Z]{3}$/.test(word) ? t.byCode.get(word) : undefined);
}

/**
 * Who held an office on a day: `scope` is a country (ISO 3166 alpha-3) or an organisation's CAMEO
 * code, `role` an office title in any common wording ("Chancellor", "Minister of Foreign Affairs",
 * "secretary-general"). Terms the older sources left open count only until {@link OLD_SOURCES_END};
 * where the team's list of recent holders covers the office and day, it is preferred.
 *
 * @example
 * roleHolders('DEU', 'chancellor', '2010-03-01').map((t) => t.name); // ['Angela Merkel']
 * roleHolders('RUS', 'president', '2015-06-01').map((t) => t.name); // ['Vladimir Putin']
 * roleHolders('IGOWSTNAT', 'secretary-general', '2016-01-01').map((t) => t.name); // ['Jens Stoltenberg']
 */
export function roleHolders(scope: string, role: string, date: string): RoleTerm[] {
  const normal = normalizeRole(role);
  if (!normal) return [];
  const terms = roles().byScope.get(`${scope}\t${roleInScope(normal, scope)}`) ?? [];
  const inEffect = terms.filter((t) => within(date, t.from, t.to ?? (t.source === 'sitrep' ? undefined : OLD_SOURCES_END)));
  const recent = inEffect.filter((t) => t.source === 'sitrep');
  const chosen = recent.length > 0 ? recent : inEffect;
  const names = new Set<string>();
  return chosen.filter((t) => {
    const key = kbKey(t.name);
    if (names.has(key)) return false;
    names.add(key);
    return true;
  });
}

/**
 * The offices a person held, by name, in date order (every term the sources list).
 *
 * @example
 * rolesOf('Angela Merkel').map((t) => `${t.scope} ${t.role} ${t.from}`); // ['DEU chancellor 2005-11-22', …]
 */
export function rolesOf(name: string): RoleTerm[] {
  return [...(roles().byName.get(kbKey(name)) ?? [])].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The terms of an office whose holder has this surname (the last word of the holder's name), in
 * date order: "President Kagame" is the Rwandan president of that name. `role` is an office title
 * in any common wording; organisation heads are found under `head`. With `misspelt`, a surname of
 * six letters or more that no holder has is compared with those one letter off ("Mitterand").
 *
 * @example
 * holdersBySurname('Kagame', 'president').map((t) => `${t.scope} ${t.name}`); // ['RWA Paul Kagame']
 * holdersBySurname('Mitterand', 'president', { misspelt: true })[0]?.name; // 'Francois Mitterrand'
 */
export function holdersBySurname(surname: string, role: string, options: { misspelt?: boolean } = {}): RoleTerm[] {
  const normal = normalizeRole(role);
  if (!normal) return [];
  const key = kbKey(surname);
  const table = roles().bySurname;
  let terms = table.get(key) ?? [];
  if (terms.length === 0 && options.misspelt && key.length >= 6) {
    terms = [];
    for (const [other, list] of table) if (other[0] === key[0] && oneEditApart(key, other)) terms.push(...list);
  }
  return terms.filter((t) => t.role === roleInScope(normal, t.scope)).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Whether two words differ by one letter inserted, dropped, replaced, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

let firstNames: Map<string, 'F' | 'M'> | null = null;

/**
 * The sex a first name is given to, when it is given to one only (Moby Word II name lists).
 *
 * @example
 * firstNameGender('Angela'); // 'F'
 * firstNameGender('Jens'); // 'M'
 * firstNameGender('Kim'); // undefined
 */
export function firstNameGender(name: string): 'F' | 'M' | undefined {
  if (!firstNames) {
    firstNames = new Map();
    for (const line of lines('first-names.tsv')) {
      const [n, g] = line.split('\t');
      if (n && (g === 'F' || g === 'M')) firstNames.set(n, g);
    }
  }
  return firstNames.get(name.toLowerCase());
}
