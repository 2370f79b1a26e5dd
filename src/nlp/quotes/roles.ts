/**
 * Offices named by speaker phrases ("the former Estonian prime minister", "Germany's chancellor"),
 * read against the knowledge base's office holders by date (`src/kb`).
 */
import { findCountry, kbKey, type RoleTerm, roleHolders, rolesOf } from '../../kb/kb.js';

const ROLE_PATTERNS: [RegExp, string][] = [
  // ("The Kremlin's spokesman", "Russian presidential spokesman", "the foreign ministry spokeswoman")
  [/\b(?:kremlin|presidential) spokes(?:man|woman|person)\b/, 'presidential spokesman'],
  [/\bforeign ministry spokes(?:man|woman|person)\b/, 'foreign ministry spokesperson'],
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

/** Seats of government a phrase may name its country by. */
const SEATS = new Map([
  ['kremlin', 'RUS'],
  ['elysee', 'FRA'],
]);

/** An office named by a phrase: "the former Estonian prime minister" → EST, prime minister, former. */
export interface Office {
  /** ISO 3166 alpha-3 of the country. */
  readonly country: string;
  readonly role: string;
  readonly former: boolean;
}

/**
 * Reads the office a speaker phrase names, when it names a country and one of the common offices.
 *
 * @example
 * officeOf('the former Estonian prime minister'); // { country: 'EST', role: 'prime minister', former: true }
 */
export function officeOf(phrase: string): Office | null {
  const lower = phrase.toLowerCase().replace(/[\u2019']s\b/g, '');
  const role = ROLE_PATTERNS.find(([re]) => re.test(lower))?.[1];
  if (!role) return null;
  const words = lower.split(/[^a-z.]+/).filter(Boolean);
  // (a seat of government names its country: "the Kremlin's spokesman")
  let country: string | undefined = SEATS.get(words.find((w) => SEATS.has(w)) ?? '');
  for (let n = 3; n >= 1 && !country; n--) {
    for (let i = 0; i + n <= words.length && !country; i++) country = findCountry(words.slice(i, i + n).join(' '))?.iso3;
  }
  if (!country) return null;
  return { country, role, former: /\b(?:former|ex-|then-)/.test(lower) };
}

/** Who held an office on a date (ISO); for a former office, nobody (the table cannot tell which former holder). */
export function holders(office: Office, date: string): RoleTerm[] {
  if (office.former) return [];
  return roleHolders(office.country, office.role, date.slice(0, 10));
}

/** Whether a person held the office before the date, by the knowledge base. */
export function heldBefore(name: string, office: Office, date: string | null): boolean {
  const day = date?.slice(0, 10);
  return rolesOf(name).some((t) => t.scope === office.country && t.role === office.role && (day === undefined || t.from < day));
}

/** The countries a person held an office of, for consistency checks. */
export function countriesOf(name: string): Set<string> {
  return new Set(rolesOf(name).map((t) => t.scope));
}

/** A comparable form of a person's name. */
export function foldName(name: string): string {
  return kbKey(name);
}
