/**
 * Office holders by date: who was a country's president, prime minister, chancellor, monarch,
 * vice president, or foreign, defence, finance or interior minister on a given day. Read from
 * `models/quotes/roles.tsv` and `countries.tsv` (derived from CountryInfo, see the README there).
 */
import { readFileSync } from 'node:fs';

/** One term of office. `to` is null while the source knew it as current. */
export interface Term {
  readonly country: string;
  readonly role: string;
  readonly name: string;
  readonly from: string;
  readonly to: string | null;
}

/** The last day the source knew about: open terms are trusted until the end of that year. */
export const ROLES_KNOWN_UNTIL = '2012-12-31';

const MODEL_DIR = new URL('../../../models/quotes/', import.meta.url);

export interface RoleTable {
  /** Lower-cased country name or nationality word → ISO 3166 alpha-3 code. */
  readonly countryWords: ReadonlyMap<string, string>;
  readonly terms: readonly Term[];
}

let table: RoleTable | null = null;

/** Loads the office-holder table once. */
export function roleTable(): RoleTable {
  if (table) return table;
  const countryWords = new Map<string, string>();
  for (const line of readFileSync(new URL('countries.tsv', MODEL_DIR), 'utf8').split('\n')) {
    const [code, , ...words] = line.split('\t');
    if (!code) continue;
    for (const w of words) if (!countryWords.has(w)) countryWords.set(w, code);
  }
  const terms: Term[] = [];
  for (const line of readFileSync(new URL('roles.tsv', MODEL_DIR), 'utf8').split('\n')) {
    const [country, role, name, from, to] = line.split('\t');
    if (!country || !role || !name || !from) continue;
    terms.push({ country, role, name, from, to: to ? to : null });
  }
  table = { countryWords, terms };
  return table;
}

const ROLE_PATTERNS: [RegExp, string][] = [
  [/\bvice[- ]president\b/, 'vice president'],
  [/\bprime minister\b|\bpremier\b/, 'prime minister'],
  [/\bforeign (?:minister|secretary)\b|\bminister (?:of|for) foreign affairs\b/, 'foreign minister'],
  [/\bdefen[cs]e (?:minister|secretary)\b|\bminister of defen[cs]e\b/, 'defence minister'],
  [/\bfinance minister\b|\bminister of finance\b/, 'finance minister'],
  [/\binterior minister\b|\bminister of (?:the )?interior\b/, 'interior minister'],
  [/\bpresident\b/, 'president'],
  [/\bchancellor\b/, 'chancellor'],
  [/\b(?:king|queen|monarch|emir|sultan)\b/, 'monarch'],
];

/** An office named by a phrase: "the former Estonian prime minister" → EST, prime minister, former. */
export interface Office {
  readonly country: string;
  readonly role: string;
  readonly former: boolean;
}

/**
 * Reads the office a speaker phrase names, when it names a country and one of the known roles.
 *
 * @example
 * officeOf('the former Estonian prime minister'); // { country: 'EST', role: 'prime minister', former: true }
 */
export function officeOf(phrase: string): Office | null {
  const lower = phrase.toLowerCase().replace(/[\u2019']s\b/g, '');
  const role = ROLE_PATTERNS.find(([re]) => re.test(lower))?.[1];
  if (!role) return null;
  const words = lower.split(/[^a-z.]+/).filter(Boolean);
  const { countryWords } = roleTable();
  let country: string | undefined;
  for (let n = 3; n >= 1 && !country; n--) {
    for (let i = 0; i + n <= words.length && !country; i++) country = countryWords.get(words.slice(i, i + n).join(' '));
  }
  if (!country) return null;
  return { country, role, former: /\b(?:former|ex-|then-)/.test(lower) };
}

/** The holders of an office on a date (ISO), or its former holders before that date. */
export function holders(office: Office, date: string): Term[] {
  const day = date.slice(0, 10);
  return roleTable().terms.filter((t) => {
    if (t.country !== office.country || t.role !== office.role) return false;
    if (office.former) return t.to !== null && t.to <= day;
    if (t.from > day) return false;
    return t.to === null ? day <= ROLES_KNOWN_UNTIL : day < t.to;
  });
}

/** The countries a person held a known office of (by surname and first name), for consistency checks. */
export function countriesOf(name: string): Set<string> {
  const key = foldName(name);
  const out = new Set<string>();
  if (!key) return out;
  for (const t of roleTable().terms) if (foldName(t.name) === key) out.add(t.country);
  return out;
}

/** A comparable form of a person's name: the last word, ASCII, lower case. */
export function foldName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words[words.length - 1] ?? '';
}
