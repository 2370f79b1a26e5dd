/**
 * The knowledge base the project ships (`models/kb/`, see the README there): countries, actors
 * with CAMEO codes (PETRARCH-2), and offices with their holders by date. Loaded on first use.
 */

import { readFileSync } from 'node:fs';
import { firstNameAbroad } from './first-names-abroad.js';
import { normalizeRole, roleInScope } from './roles.js';

/** A CAMEO actor code, valid from `from` to `to` (ISO dates, either open). */
export interface DatedCode {
  readonly code: string;
  readonly from?: string;
  readonly to?: string;
}

/** `party`: a political party, its country in `code` (`scripts/kb/parties.tsv`). */
export type ActorKind = 'country' | 'place' | 'person' | 'organisation' | 'group' | 'state-body' | 'party';

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
  byIso2: Map<string, KbCountry>;
}
/**
 * The actors, kept compact: the file's text, and its lines found by the hash of each of their
 * names. A line becomes a {@link KbActor} when it is first looked up. Parsed into objects all at
 * once, the 32,000 lines took 28 MB of heap in every analysis thread; this way about 3 MB.
 */
interface Actors {
  /** Countries under each of their names, listed before the file's actors. */
  readonly countries: Map<string, KbActor[]>;
  /** Capitals the file does not list as places, listed after the file's actors. */
  readonly capitals: Map<string, KbActor>;
  readonly text: string;
  /** Where each line of the file starts in `text`. */
  readonly lineStarts: Int32Array;
  /** The number after the id of a line whose id is taken (`-2`, `-3`, …); 0: none. */
  readonly idSuffix: Uint16Array;
  /** `hash(key) * LINE_SPAN + line` for every name of every line, sorted. */
  readonly entries: Float64Array;
  readonly parsed: Map<number, { readonly actor: KbActor; readonly key: string }>;
}

/** More than the number of lines in `actors.tsv`, so that a line number fits below a hash. */
const LINE_SPAN = 2 ** 20;

/** FNV-1a, 32 bits: only finds candidate lines, whose names are then compared. */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
interface Roles {
  byScope: Map<string, RoleTerm[]>;
  byName: Map<string, RoleTerm[]>;
  bySurname: Map<string, RoleTerm[]>;
}

let countryTable: Countries | null = null;
let actorTable: Actors | null = null;
let roleTable: Roles | null = null;

/** Letters with no accent to strip, written as the English press writes them ("Støre" → "Store", "Łukasz" → "Lukasz"). */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ı: 'i',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  þ: 'th',
  Þ: 'TH',
};

/**
 * The comparable form of a name: no accents, no dots, upper case, words separated by one space.
 *
 * @example
 * kbKey('U.S.'); // 'US'
 * kbKey('Ban Ki-moon'); // 'BAN KI MOON'
 * kbKey('Jonas Gahr Støre'); // 'JONAS GAHR STORE'
 */
export function kbKey(name: string): string {
  const plain = /^[\x00-\x7f]*$/.test(name)
    ? name
    : name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^\x00-\x7f]/g, (c) => UNDECOMPOSED[c] ?? c);
  return plain
    .replace(/['’]s$/i, '')
    .replace(/\./g, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The dated codes of an `actors.tsv` line (`DEUGOV@2005-11-22..2021-12-08;…`), as `scripts/kb/build-kb.ts` writes them. @internal */
export function parseCodes(field: string): DatedCode[] {
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
  const byIso2 = new Map<string, KbCountry>();
  for (const line of lines('countries.tsv')) {
    const [iso3, name, iso2, capital, words] = line.split('\t');
    if (!iso3 || !name) continue;
    const c: KbCountry = { iso3, iso2: iso2 ?? '', name, capital: capital ?? '', words: words ? words.split('|') : [] };
    list.push(c);
    byCode.set(iso3, c);
    if (c.iso2) byIso2.set(c.iso2, c);
    for (const w of c.words) {
      const key = kbKey(w);
      if (!byWord.has(key)) byWord.set(key, c);
    }
  }
  countryTable = { list, byWord, byCode, byIso2 };
  return countryTable;
}

function actors(): Actors {
  if (actorTable) return actorTable;
  const countryActors = new Map<string, KbActor[]>();
  for (const c of countries().list) {
    const a: KbActor = { id: c.iso3, kind: 'country', name: c.name, code: c.iso3, codes: [], names: c.words.map(kbKey) };
    for (const key of new Set([c.name, ...c.words].map(kbKey))) push(countryActors, key, a);
  }
  const text = readFileSync(new URL('actors.tsv', KB_DIR), 'utf8');
  const starts: number[] = [];
  const suffixes: number[] = [];
  const keys: number[] = [];
  const ids = new Set<string>();
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const [kind, name, , , names] = text.slice(at, end).split('\t');
    if (kind && name) {
      const line = starts.length;
      if (line >= LINE_SPAN) throw new Error('actors.tsv: too many lines');
      const key = kbKey(name);
      const base = actorIdBase(kind, key);
      let id = base;
      let k = 2;
      for (; ids.has(id); k++) id = `${base}-${k}`;
      ids.add(id);
      starts.push(at);
      suffixes.push(id === base ? 0 : k - 1);
      keys.push(keyHash(key) * LINE_SPAN + line);
      for (const other of names ? names.split('|') : []) keys.push(keyHash(other) * LINE_SPAN + line);
    }
    at = end + 1;
  }
  const table: Actors = {
    countries: countryActors,
    capitals: new Map(),
    text,
    lineStarts: Int32Array.from(starts),
    idSuffix: Uint16Array.from(suffixes),
    entries: Float64Array.from(keys).sort(),
    parsed: new Map(),
  };
  // Capitals PETRARCH-2 does not list as places of their country.
  for (const c of countries().list) {
    const key = kbKey(c.capital);
    if (
      key === '' ||
      table.capitals.has(key) ||
      [...(countryActors.get(key) ?? []), ...fileActors(table, key)].some((a) => a.kind === 'place')
    )
      continue;
    const id = actorIdBase('place', key);
    if (ids.has(id)) continue;
    ids.add(id);
    table.capitals.set(key, { id, kind: 'place', name: c.capital, code: c.iso3, codes: [], names: [] });
  }
  actorTable = table;
  return actorTable;
}

function actorIdBase(kind: string, key: string): string {
  return `${kind}/${key.toLowerCase().replaceAll(' ', '-')}`;
}

/** The actor of a line of `actors.tsv`, parsed once. */
function fileActor(table: Actors, line: number): { readonly actor: KbActor; readonly key: string } {
  let entry = table.parsed.get(line);
  if (entry) return entry;
  const start = table.lineStarts[line]!;
  const nl = table.text.indexOf('\n', start);
  const [kind = '', name = '', code, codes, names] = table.text.slice(start, nl < 0 ? table.text.length : nl).split('\t');
  const key = kbKey(name);
  const suffix = table.idSuffix[line]!;
  const base = actorIdBase(kind, key);
  const actor: KbActor = {
    id: suffix === 0 ? base : `${base}-${suffix}`,
    kind: kind as ActorKind,
    name,
    ...(code ? { code } : {}),
    codes: parseCodes(codes ?? ''),
    names: names ? names.split('|') : [],
  };
  entry = { actor, key };
  table.parsed.set(line, entry);
  return entry;
}

/** The file's actors with this name (once per name they have it under), in the file's order. */
function fileActors(table: Actors, key: string): KbActor[] {
  const hash = keyHash(key);
  const { entries } = table;
  const first = hash * LINE_SPAN;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]! < first) lo = mid + 1;
    else hi = mid;
  }
  const out: KbActor[] = [];
  for (let i = lo; i < entries.length && entries[i]! < first + LINE_SPAN; i++) {
    // a line listed twice under one hash is matched name by name below, once
    if (i > lo && entries[i] === entries[i - 1]) continue;
    const { actor, key: own } = fileActor(table, entries[i]! - first);
    if (own === key) out.push(actor);
    for (const other of actor.names) if (other === key) out.push(actor);
  }
  return out;
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
  const table = actors();
  const key = kbKey(name);
  const found = [...(table.countries.get(key) ?? []), ...fileActors(table, key)];
  const capital = table.capitals.get(key);
  if (capital) found.push(capital);
  return found;
}

let partyKeyTable: { readonly keys: ReadonlySet<string>; readonly firstWords: ReadonlySet<string> } | null = null;

/**
 * The names of the political parties (`party` lines), in the comparable form of {@link kbKey}, and
 * the first words of those of several words: a quick test before {@link lookupActors}.
 *
 * @example
 * partyNames().keys.has('LAW AND JUSTICE'); // true
 */
export function partyNames(): { readonly keys: ReadonlySet<string>; readonly firstWords: ReadonlySet<string> } {
  if (partyKeyTable) return partyKeyTable;
  const keys = new Set<string>();
  const { text } = actors();
  // (party lines come after the file's first line)
  for (let at = text.indexOf('\nparty\t'); at >= 0; at = text.indexOf('\nparty\t', at + 1)) {
    const start = at + 1;
    const nl = text.indexOf('\n', start);
    const [, name = '', , , others = ''] = text.slice(start, nl < 0 ? text.length : nl).split('\t');
    keys.add(kbKey(name));
    for (const k of others.split('|')) if (k !== '') keys.add(k);
  }
  const firstWords = new Set([...keys].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
  partyKeyTable = { keys, firstWords };
  return partyKeyTable;
}

/**
 * The CAMEO codes a name stands for, with their dates: for a person, the codes of their offices
 * (those in effect on `date` when it is given); for a country or organisation, its code.
 *
 * @example
 * actorCodes('Angela Merkel', '2010-06-01'); // [{ code: 'DEUGOV', from: '2005-11-22', to: '2021-12-08' }]
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
 * The actor with this id (`person/angela-merkel`, `organisation/nato`, `RUS`), as
 * {@link lookupActors} and the entities layer give it, or undefined.
 *
 * @example
 * actorById('person/angela-merkel')?.name; // 'Angela Merkel'
 * actorById('DEU')?.name; // 'Germany'
 */
export function actorById(id: string): KbActor | undefined {
  const slash = id.indexOf('/');
  if (slash < 0) {
    const c = countries().byCode.get(id);
    return c ? { id: c.iso3, kind: 'country', name: c.name, code: c.iso3, codes: [], names: c.words.map(kbKey) } : undefined;
  }
  const table = actors();
  // the id spells the kind and the name's key (spaces as dashes), and a number after a taken id
  const rest = id.slice(slash + 1);
  for (const key of [rest, rest.replace(/-\d+$/, '')]) {
    const upper = key.replaceAll('-', ' ').toUpperCase();
    const found =
      fileActors(table, upper).find((a) => a.id === id) ?? (table.capitals.get(upper)?.id === id ? table.capitals.get(upper) : undefined);
    if (found) return found;
  }
  return undefined;
}

/**
 * The countries capitalised words name, in order, each word alone or with a capitalised word after
 * it ("Sri Lanka", "Russian").
 *
 * @example
 * countriesNamed(['the', 'Sri', 'Lanka', 'daily']).map((c) => c.iso3); // ['LKA']
 * countriesNamed(['Russian', 'and', 'Ukrainian']).map((c) => c.iso3); // ['RUS', 'UKR']
 */
export function countriesNamed(words: readonly string[]): KbCountry[] {
  const out: KbCountry[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\p{Lu}/u.test(w)) continue;
    const next = words[i + 1];
    const c = (next && /^\p{Lu}/u.test(next) ? findCountry(`${w} ${next}`) : undefined) ?? findCountry(w);
    if (c) out.push(c);
  }
  return out;
}

/**
 * The country of an ISO 3166 alpha-2 code in capitals, as country-code domains give it.
 *
 * @example
 * countryOfIso2('AU')?.iso3; // 'AUS'
 */
export function countryOfIso2(code: string): KbCountry | undefined {
  return countries().byIso2.get(code);
}

/**
 * Whether a term covers the day: one the older sources leave open counts only until
 * {@link OLD_SOURCES_END}, one of the team's list while it is open.
 *
 * @example
 * termInEffect({ scope: 'DOM', role: 'vice president', name: 'X', from: '2004-09-01', source: 'countryinfo' }, '2016-06-01'); // false
 */
export function termInEffect(t: RoleTerm, date: string): boolean {
  return within(date, t.from, t.to ?? (t.source === 'sitrep' ? undefined : OLD_SOURCES_END));
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
  const inEffect = terms.filter((t) => termInEffect(t, date));
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
 * in any common wording, or several (their terms office by office, each in date order);
 * organisation heads are found under `head`. With `misspelt`, a surname of six letters or more
 * that no holder has is compared with those one letter off ("Mitterand").
 *
 * @example
 * holdersBySurname('Kagame', 'president').map((t) => `${t.scope} ${t.name}`); // ['RWA Paul Kagame']
 * holdersBySurname('Mitterand', 'president', { misspelt: true })[0]?.name; // 'Francois Mitterrand'
 * holdersBySurname('Merkel', ['president', 'chancellor'])[0]?.scope; // 'DEU'
 */
export function holdersBySurname(surname: string, role: string | readonly string[], options: { misspelt?: boolean } = {}): RoleTerm[] {
  const offices = (typeof role === 'string' ? [role] : role).map((r) => normalizeRole(r)).filter((r): r is string => !!r);
  if (offices.length === 0) return [];
  const key = kbKey(surname);
  const table = roles().bySurname;
  let terms = table.get(key) ?? [];
  if (terms.length === 0 && options.misspelt && key.length >= 6) {
    terms = [];
    for (const [other, list] of table) if (other[0] === key[0] && oneEditApart(key, other)) terms.push(...list);
  }
  if (terms.length === 0) return [];
  return offices.flatMap((normal) =>
    terms.filter((t) => t.role === roleInScope(normal, t.scope)).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  );
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
 * firstNameGender('Kristen'); // 'F'
 * firstNameGender('Kristen', ['EST']); // 'M': a person whose offices are Estonia's (see first-names-abroad.ts)
 */
export function firstNameGender(name: string, countries: readonly string[] = []): 'F' | 'M' | undefined {
  const abroad = firstNameAbroad(name, countries);
  if (abroad) return abroad;
  if (!firstNames) {
    firstNames = new Map();
    for (const line of lines('first-names.tsv')) {
      const [n, g] = line.split('\t');
      if (n && (g === 'F' || g === 'M')) firstNames.set(n, g);
    }
  }
  return firstNames.get(name.toLowerCase());
}
