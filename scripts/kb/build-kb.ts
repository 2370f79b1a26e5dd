/**
 * node --import tsx scripts/kb/build-kb.ts
 *
 * Derives the knowledge tables of models/kb/ from ../shared/data/kb (only sources whose licence
 * lets us ship derived data; models/kb/README.md credits them):
 *
 * - `countries.tsv` — ISO 3166 alpha-3, name, alpha-2, capital, then the lower-cased words that
 *   name the country (names, spellings, demonyms), from mledoze/countries (ODbL 1.0) and
 *   CountryInfo's nationality words (CC BY-SA 3.0), and the names of
 *   `scripts/kb/country-names-team.tsv` (the team's, MIT) that both leave out ("america").
 * - `actors.tsv` — PETRARCH-2 actors (MIT): kind, display name, default CAMEO code, dated codes,
 *   other names; then the places of `scripts/kb/places.tsv` (written by the team, MIT) that
 *   PETRARCH-2 lacks, with a sixth column, their source (`sitrep`), and the political parties of
 *   `scripts/kb/parties.tsv` (the team's, MIT).
 * - `roles.tsv` — who held which office of which country or organisation, when: CountryInfo's
 *   rulers and government lists (CC BY-SA 3.0) and PETRARCH-2's heads of international
 *   organisations, plus `scripts/kb/recent-roles.tsv` (written by the team from the public
 *   record) for the years after those sources end.
 * - `first-names.tsv` — first names that are given to one sex only (`angela F`), from Moby Word II
 *   (public domain) as packaged by @stdlib (Apache-2.0; a training-time package, see
 *   `LIST_PACKAGES` in scripts/ner/list-packages.ts), for pronoun resolution; names Moby lists
 *   for both sexes take the sex `scripts/kb/first-names-team.tsv` (the team's, MIT) gives them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot, sharedDir } from '../../bench/lib/paths.js';
import { type DatedCode, kbKey, OLD_SOURCES_END, parseCodes } from '../../src/kb/kb.js';
import { normalizeRole, officeCode } from '../../src/kb/roles.js';
import { LIST_PACKAGES, packageDir } from '../ner/list-packages.js';

const OUT = resolve(repoRoot, 'models/kb');

interface PetrarchActor {
  names: string[];
  default_code: string | null;
  codes: DatedCode[];
  comment?: string;
}
interface InfoTerm {
  from?: string;
  to?: string;
  code?: string;
}
interface InfoCountry {
  CountryName: string;
  CountryCode: string;
  'ISO3166-alpha3'?: string;
  Nationality?: string[];
  Leaders?: { names: string[]; position: string; terms: InfoTerm[] }[];
  Government?: { names: string[]; title: string; terms: InfoTerm[] }[];
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as T);
}

/** `ANGELA MERKEL` → `Angela Merkel`, `BAN KI-MOON` → `Ban Ki-moon`. */
export function displayCase(name: string): string {
  return name
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s(/])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/\b(Mc|O')(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const clean = (s: string) => s.replace(/[\t\n\r|;]/g, ' ').trim();
const isDate = (s: string | undefined): s is string => s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s);
const codesField = (codes: readonly DatedCode[]) =>
  codes
    .filter((c) => /^[A-Z~]+$/.test(c.code))
    .map((c) => `${c.code}@${isDate(c.from) ? c.from : ''}..${isDate(c.to) ? c.to : ''}`)
    .join(';');

function buildCountries(kb: string): string[] {
  const countries = JSON.parse(readFileSync(join(kb, 'countries/countries.json'), 'utf8')) as {
    name: { common: string; official: string };
    cca2: string;
    cca3: string;
    altSpellings?: string[];
    capital?: string[];
    independent?: boolean;
    demonyms?: { eng?: { m?: string; f?: string } };
  }[];
  const info = JSON.parse(readFileSync(join(kb, 'countryinfo/countryinfo.json'), 'utf8')) as { countries: InfoCountry[] };
  const infoWords = new Map<string, string[]>();
  for (const c of info.countries) {
    const iso = infoIso3(c);
    const words = [c.CountryName, ...(c.Nationality ?? [])].map((w) => w.replace(/_/g, ' ').toLowerCase().trim());
    infoWords.set(
      iso,
      words.filter((w) => /^[a-z][a-z .'-]{2,40}$/.test(w)),
    );
  }
  // names news gives a country that neither source lists ("america")
  const teamWords = new Map<string, string[]>();
  for (const line of readFileSync(resolve(repoRoot, 'scripts/kb/country-names-team.tsv'), 'utf8').split('\n')) {
    const [iso, word] = line.split('\t');
    if (!iso || iso.startsWith('#') || !word) continue;
    teamWords.set(iso, [...(teamWords.get(iso) ?? []), word]);
  }
  const lines: string[] = [];
  // Sovereign states first, so that a word shared with a territory ("american") names the state.
  const ordered = [...countries.filter((c) => c.independent), ...countries.filter((c) => !c.independent)];
  for (const c of ordered) {
    const words = new Set<string>();
    const add = (w: string | undefined) => {
      if (!w) return;
      const t = w.toLowerCase().trim();
      if (t.length >= 2 && !/[\t|,()]/.test(t)) words.add(t);
    };
    add(c.name.common);
    add(c.name.official);
    // Two-letter codes ("NO", "GA") are words and abbreviations too: only "US" and "UK" name a country.
    for (const a of c.altSpellings ?? []) if (a.length > 3 || /^(?:[A-Z]\.?){3}$|^(?:U\.?S|U\.?K)\.?$/.test(a)) add(a);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      add(d);
      if (d && /an$/.test(d)) add(`${d}s`);
    }
    for (const w of infoWords.get(c.cca3) ?? []) add(w);
    for (const w of teamWords.get(c.cca3) ?? []) add(w);
    lines.push([c.cca3, clean(c.name.common), c.cca2, clean(c.capital?.[0] ?? ''), [...words].join('|')].join('\t'));
  }
  return lines;
}

/** A CountryInfo country's alpha-3 code (its ISO field has slips such as "IL" for Israel; CountryCode is then right). */
function infoIso3(c: { 'ISO3166-alpha3'?: string; CountryCode: string }): string {
  const iso = c['ISO3166-alpha3'];
  return iso && /^[A-Z]{3}$/.test(iso) ? iso : c.CountryCode;
}

/** Names of a kind of body that many countries have: as the other name of one country's body ("SENATE" of the US Congress) they name no actor. */
const GENERIC_BODIES = new Set(
  [
    'senate',
    'house',
    'house of representatives',
    'parliament',
    'congress',
    'cabinet',
    'government',
    'army',
    'navy',
    'police',
    'supreme court',
    'national assembly',
  ].map((n) => kbKey(n)),
);

/** Words of a body's name, which no person's name has. */
const BODY_WORDS =
  /\b(?:islamic state|front|army|brigades?|movement|organi[sz]ation|group|party|council|committee|union|mujahideen|battalions?|forces|liberation|militia|network|coalition|alliance|league|emirate|caliphate)\b/i;

/** Whether a PETRARCH-2 entry's first name is a body's: "The Islamic State", "Islamic State Of Iraq And The Levant". */
function namesABody(a: PetrarchActor): boolean {
  const name = clean((a.names[0] ?? '').replace(/_/g, ' '));
  // ("Hatem Amor Sec. Of State …": a person's garbled title)
  return !/\b(?:sec|min)\./i.test(name) && (/^the\s/i.test(name) || BODY_WORDS.test(name));
}

function buildActors(kb: string): string[] {
  const pj = join(kb, 'petrarch2/jsonl');
  const lines: string[] = [];
  const emit = (kind: string, a: PetrarchActor) => {
    const names = [...new Set(a.names.map((n) => clean(n.replace(/_/g, ' '))).filter((n) => n !== ''))];
    if (names.length === 0) return;
    const code = a.default_code && /^[A-Z]+$/.test(a.default_code) ? a.default_code : '';
    const codes = codesField(a.codes);
    if (code === '' && codes === '') return;
    const keys = [...new Set(names.map(kbKey))].filter(
      (k) => k !== '' && k !== kbKey(names[0]!) && !(kind === 'state-body' && GENERIC_BODIES.has(k)),
    );
    lines.push([kind, displayCase(names[0]!), code, codes, keys.join('|')].join('\t'));
  };
  for (const a of readJsonl<PetrarchActor>(join(pj, 'Phoenix.Countries.actors.jsonl'))) {
    // A country whose code changed (LVAOCC, then LVA) has dated codes too, of three letters.
    const country = a.codes.some((c) => c.code.length === 3);
    const person = !country && (a.codes.length > 0 || a.comment?.includes('CountryInfo'));
    // (a body with dated codes: an armed or opposition group, "The Islamic State", or a state's own)
    if (person && namesABody(a))
      emit(a.codes.some((c) => /^(?:IMG|NGO|MNC)|^[A-Z]{3}(?:REB|OPP|INS|UAF)/.test(c.code)) ? 'group' : 'state-body', a);
    else if (person) emit('person', a);
    else if (!country && (a.default_code?.length ?? 0) !== 3) emit('state-body', a);
    // A country's entry lists its names with its cities and regions: each is a place of its own.
    else for (const n of a.names) emit('place', { ...a, names: [n] });
  }
  // An entry with dated codes is a person (a group's leader), unless its name is a body's ("The
  // Islamic State", whose code dates from its founding).
  for (const a of readJsonl<PetrarchActor>(join(pj, 'Phoenix.International.actors.jsonl'))) {
    emit(a.codes.length > 0 && !namesABody(a) ? 'person' : 'organisation', a);
  }
  for (const a of readJsonl<PetrarchActor>(join(pj, 'Phoenix.MilNonState.actors.jsonl'))) {
    emit(a.codes.length > 0 && !namesABody(a) ? 'person' : 'group', a);
  }
  return mergeSameActors(lines);
}

/**
 * One line for entries PETRARCH-2 lists twice under names that compare equal, with the same codes
 * ("U.N. Security Council" and "UN Security Council"), their other names joined: otherwise two
 * mentions of one body in an article link to two actors.
 */
function mergeSameActors(lines: readonly string[]): string[] {
  const first = new Map<string, number>();
  const out: string[][] = [];
  for (const line of lines) {
    const [kind = '', name = '', code = '', codes = '', keys = ''] = line.split('\t');
    const id = [kind, kbKey(name), code, codes].join('\t');
    const at = first.get(id);
    if (at === undefined) {
      first.set(id, out.length);
      out.push([kind, name, code, codes, keys]);
      continue;
    }
    const kept = out[at]!;
    kept[4] = [...new Set([...kept[4]!.split('|'), ...keys.split('|')])].filter((k) => k !== '').join('|');
  }
  return out.map((fields) => fields.join('\t'));
}

/**
 * The team's places (`scripts/kb/places.tsv`) whose names neither PETRARCH-2's actors nor the
 * countries' words and capitals have, as `place` lines of `actors.tsv` marked with the source
 * `sitrep`: the older sources keep their codes where they name a place.
 */
function buildPlaces(actorLines: readonly string[], countryLines: readonly string[]): string[] {
  const known = new Set<string>();
  for (const line of actorLines) {
    const [, name = '', , , others = ''] = line.split('\t');
    known.add(kbKey(name));
    for (const k of others.split('|')) if (k !== '') known.add(k);
  }
  for (const line of countryLines) {
    const [, name = '', , capital = '', words = ''] = line.split('\t');
    for (const w of [name, capital, ...words.split('|')]) if (w !== '') known.add(kbKey(w));
  }
  const lines: string[] = [];
  for (const line of readFileSync(join(repoRoot, 'scripts/kb/places.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [name = '', country = '', others = ''] = line.split('\t');
    const names = [name, ...others.split('|')].filter((n) => n !== '' && !known.has(kbKey(n)));
    if (names.length === 0) continue;
    for (const n of names) known.add(kbKey(n));
    const dated = country.includes('@');
    const keys = [...new Set(names.slice(1).map(kbKey))].filter((k) => k !== kbKey(names[0]!));
    lines.push(['place', names[0]!, dated ? '' : country, dated ? country : '', keys.join('|'), 'sitrep'].join('\t'));
  }
  return lines;
}

/**
 * The team's political parties (`scripts/kb/parties.tsv`) as `party` lines of `actors.tsv`: the
 * party's country in the code column, its other names, and the source `sitrep`.
 */
function buildParties(): string[] {
  const lines: string[] = [];
  for (const line of readFileSync(join(repoRoot, 'scripts/kb/parties.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [name = '', country = '', others = ''] = line.split('\t');
    const keys = [
      ...new Set(
        others
          .split('|')
          .filter((n) => n !== '')
          .map(kbKey),
      ),
    ].filter((k) => k !== kbKey(name));
    lines.push(['party', name, country, '', keys.join('|'), 'sitrep'].join('\t'));
  }
  return lines;
}

function buildRoles(kb: string): string[] {
  const rows = new Set<string>();
  const add = (
    scope: string,
    role: string | null,
    name: string | undefined,
    from: string | undefined,
    to: string | undefined,
    source: string,
  ) => {
    if (!role || !name || /[<>]/.test(name) || !isDate(from)) return;
    rows.add([scope, role, displayCase(name), from, isDate(to) ? to : '', source].join('\t'));
  };
  const info = JSON.parse(readFileSync(join(kb, 'countryinfo/countryinfo.json'), 'utf8')) as { countries: InfoCountry[] };
  for (const c of info.countries) {
    const scope = infoIso3(c);
    for (const l of c.Leaders ?? []) {
      const role = normalizeRole(
        l.position
          .replace(/\s*\(.*$/, '')
          .replace(/s$/i, '')
          .replace(/ies$/i, 'y'),
      );
      for (const t of l.terms) add(scope, role, l.names[0], t.from, t.to, 'countryinfo');
    }
    for (const g of c.Government ?? []) {
      const role = normalizeRole(g.title.split(/[,&;]/)[0]!);
      for (const t of g.terms) add(scope, role, g.names[0], t.from, t.to, 'countryinfo');
    }
  }
  // Heads of international organisations (PETRARCH-2's IGOrulers entries).
  for (const a of readJsonl<PetrarchActor>(join(kb, 'petrarch2/jsonl/Phoenix.International.actors.jsonl'))) {
    if (!a.comment?.includes('IGOrulers')) continue;
    for (const c of a.codes) if (/^IGO[A-Z]+$/.test(c.code)) add(c.code, 'head', a.names[0], c.from, c.to, 'petrarch2');
  }
  const team = readTeamRoles();
  for (const t of team.terms) rows.add([t.scope, t.role, t.name, t.from, t.to ?? '', 'sitrep'].join('\t'));
  // (a struck term is the older sources'; the team's own term of the same first day stays)
  return [...rows]
    .filter((r) => r.endsWith('\tsitrep') || !team.wrong.some((w) => r.startsWith(`${w.scope}\t${w.role}\t${w.name}\t${w.from}\t`)))
    .sort();
}

interface TeamTerm {
  scope: string;
  role: string;
  name: string;
  from: string;
  to?: string;
}
interface TeamRoles {
  terms: TeamTerm[];
  /** Terms of the older sources that are wrong (`-` lines). */
  wrong: TeamTerm[];
  /** Other spellings of a holder's name (`=` lines), under the holder's name as written. */
  otherNames: Map<string, string[]>;
}

/** `scripts/kb/recent-roles.tsv`: terms, struck terms and other spellings (its header says how). */
function readTeamRoles(): TeamRoles {
  const out: TeamRoles = { terms: [], wrong: [], otherNames: new Map() };
  for (const line of readFileSync(join(repoRoot, 'scripts/kb/recent-roles.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith('=\t')) {
      const [, name = '', others = ''] = line.split('\t');
      const list = others.split('|').filter((n) => n.trim() !== '');
      if (name !== '') out.otherNames.set(name, [...(out.otherNames.get(name) ?? []), ...list]);
      continue;
    }
    const struck = line.startsWith('-\t');
    const [scope, role, name, from, to] = (struck ? line.slice(2) : line).split('\t');
    if (!scope || !role || !name || !isDate(from)) continue;
    (struck ? out.wrong : out.terms).push({ scope, role, name, from, ...(isDate(to) ? { to } : {}) });
  }
  return out;
}

const DAY = 86_400_000;
const shiftDay = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The code a term of the team's table stands for: the organisation's code, or the country's government. */
function termCode(t: TeamTerm): string {
  return officeCode(t.scope, t.role);
}

/** What is left of `c` outside the days `[from, to]` (either end open). */
function outside(c: DatedCode, from: string, to: string | undefined): DatedCode[] {
  const cFrom = c.from ?? '0000-01-01';
  const cTo = c.to ?? '9999-12-31';
  const end = to ?? '9999-12-31';
  if (cTo < from || cFrom > end) return [c];
  const parts: DatedCode[] = [];
  if (cFrom < from) parts.push({ code: c.code, ...(c.from ? { from: c.from } : {}), to: shiftDay(from, -1) });
  if (to !== undefined && cTo > to) parts.push({ code: c.code, from: shiftDay(to, 1), ...(c.to ? { to: c.to } : {}) });
  return parts;
}

/**
 * The people of the team's table as `person` lines of `actors.tsv`, with a dated code for every
 * term (`FRAGOV` for a head of state or government or a minister of France, `IGOWSTNAT` for NATO's
 * Secretary General) and their other spellings. A person the older sources have keeps their line,
 * but the table decides the days it covers: a code the older sources leave open ends at
 * {@link OLD_SOURCES_END} (or, when it starts later, before the person's next office of the table),
 * and codes on days of the table's terms give way to those terms, so that Mark Rutte is `NLDGOV`
 * in 2015 and `IGOWSTNAT` in 2025, and nothing between the two offices. People the older sources
 * lack get a line of their own marked with a sixth column, `sitrep`.
 */
function buildTeamPeople(actorLines: string[]): string[] {
  const team = readTeamRoles();
  const byKey = new Map<string, { name: string; terms: TeamTerm[]; others: string[] }>();
  for (const t of team.terms) {
    const key = kbKey(t.name);
    const person = byKey.get(key) ?? { name: t.name, terms: [], others: team.otherNames.get(t.name) ?? [] };
    person.terms.push(t);
    byKey.set(key, person);
  }
  for (const name of team.otherNames.keys())
    if (!byKey.has(kbKey(name))) throw new Error(`recent-roles.tsv: other names of ${name}, who holds no office there`);
  const teamCodes = (terms: readonly TeamTerm[]): DatedCode[] => {
    // one code per run of terms with the same code that touch or overlap
    const sorted = terms.map((t) => ({ code: termCode(t), from: t.from, to: t.to })).sort((a, b) => (a.from < b.from ? -1 : 1));
    const out: { code: string; from: string; to: string | undefined }[] = [];
    for (const c of sorted) {
      const same = out.find((o) => o.code === c.code && (o.to === undefined || shiftDay(o.to, 1) >= c.from));
      // dates compare as strings: the later of the two last days, or none when either is open
      if (same) same.to = same.to === undefined || c.to === undefined ? undefined : [same.to, c.to].sort()[1];
      else out.push({ ...c });
    }
    return out.map((c) => ({ code: c.code, from: c.from, ...(c.to ? { to: c.to } : {}) }));
  };
  const byFrom = (a: DatedCode, b: DatedCode) => ((a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0);
  const found = new Set<string>();
  for (let i = 0; i < actorLines.length; i++) {
    const [kind, name = '', code = '', codes = '', others = '', ...rest] = actorLines[i]!.split('\t');
    if (kind !== 'person') continue;
    const keys = [kbKey(name), ...others.split('|')].filter((k) => k.includes(' '));
    const key = keys.find((k) => byKey.has(k));
    if (key === undefined) continue;
    const person = byKey.get(key)!;
    found.add(key);
    const own = teamCodes(person.terms);
    const starts = own.map((c) => c.from!).sort();
    let old: DatedCode[] = parseCodes(codes).filter(
      (c) => !team.wrong.some((w) => kbKey(w.name) === key && c.code.startsWith(w.scope) && c.from === w.from),
    );
    old = old.map((c) => {
      if (c.to !== undefined || c.from === undefined) return c;
      if (c.from <= OLD_SOURCES_END) return { ...c, to: OLD_SOURCES_END };
      const next = starts.find((s) => s > c.from!);
      return next ? { ...c, to: shiftDay(next, -1) } : c;
    });
    for (const t of own) old = old.flatMap((c) => outside(c, t.from!, t.to));
    const merged = [...old, ...own].sort(byFrom);
    const names = [...new Set([...others.split('|'), ...person.others.map(kbKey)])].filter((k) => k !== '' && k !== kbKey(name));
    actorLines[i] = [kind, name, code, codesField(merged), names.join('|'), ...rest].join('\t');
  }
  const lines: string[] = [];
  for (const [key, person] of byKey) {
    if (found.has(key)) continue;
    const names = [...new Set(person.others.map(kbKey))].filter((k) => k !== '' && k !== key);
    lines.push(['person', person.name, '', codesField(teamCodes(person.terms)), names.join('|'), 'sitrep'].join('\t'));
  }
  return lines.sort();
}

function buildFirstNames(): string[] {
  const read = (spec: string) =>
    readFileSync(join(packageDir(spec), 'data/names.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => /^\p{L}[\p{L}'-]+$/u.test(l));
  const female = new Set(read(LIST_PACKAGES.female));
  const male = new Set(read(LIST_PACKAGES.male));
  const out: string[] = [];
  for (const n of female) if (!male.has(n)) out.push(`${n}\tF`);
  for (const n of male) if (!female.has(n)) out.push(`${n}\tM`);
  // names listed for both sexes that the team's list gives to one ("hillary", "bernie")
  for (const line of readFileSync(resolve(repoRoot, 'scripts/kb/first-names-team.tsv'), 'utf8').split('\n')) {
    const [name, sex] = line.split('\t');
    if (!name || name.startsWith('#') || (sex !== 'F' && sex !== 'M')) continue;
    if (!female.has(name) || !male.has(name)) throw new Error(`first-names-team.tsv: ${name} is not listed for both sexes`);
    out.push(`${name}\t${sex}`);
  }
  return out.sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = join(sharedDir(), 'data/kb');
  const countryLines = buildCountries(kb);
  const actorLines = buildActors(kb);
  const people = buildTeamPeople(actorLines);
  const places = buildPlaces([...actorLines, ...people], countryLines);
  const files: [string, string[]][] = [
    ['countries.tsv', countryLines],
    ['actors.tsv', [...actorLines, ...people, ...places, ...buildParties()]],
    ['roles.tsv', buildRoles(kb)],
    ['first-names.tsv', buildFirstNames()],
  ];
  for (const [name, lines] of files) {
    writeFileSync(join(OUT, name), `${lines.join('\n')}\n`);
    console.error(`${name.padEnd(14)} ${lines.length} lines`);
  }
}
