/**
 * Conventions of today's news that a tagger trained on 1996 newswire does not learn, applied to its
 * spans after decoding:
 * - capitalised words that are no names: photo credits and desk lines ("REUTERS/Kai
 *   Pfaffenbach/File Photo", "FILE PHOTO: …", "Editing by …") and holidays ("before Christmas");
 * - a title before a person's name stays outside it ("Governor Kemp" gives "Kemp");
 * - the names of a wire dateline are places ("HOUSTON (Reuters) -").
 * Each follows the CoNLL guidelines and what the training data does where it has such cases.
 */
import { monthNumber } from '../../extract/dates.js';
import type { TokenSpan } from './labels.js';

/** Phrases, as lower-case tokens, that are no name on their own. */
const NOT_NAME_PHRASES: readonly (readonly string[])[] = [
  ['file', 'photo'],
  ['editing'],
  ['christmas'],
  ['christmas', 'eve'],
  ['new', 'year'],
  ['new', "year's"],
  ['new', "year's", 'eve'],
];

/** Trailing words of a credit line that are cut from a span ("… / File Photo", "… Editing"). */
const CREDIT_TAILS: readonly (readonly string[])[] = [['/', 'file', 'photo'], ['file', 'photo'], ['editing']];

/** The words of {@link NOT_NAME_PHRASES} and {@link CREDIT_TAILS}: spans without any are left as they are. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...NOT_NAME_PHRASES, ...CREDIT_TAILS].flat());

function phraseAt(lower: readonly string[], start: number, end: number, phrase: readonly string[]): boolean {
  if (end - start !== phrase.length) return false;
  for (let i = 0; i < phrase.length; i++) if (lower[start + i] !== phrase[i]) return false;
  return true;
}

/**
 * Whether the span is only photo-credit or holiday phrases, one between each two slashes, as
 * "File Photo / File Photo" or "Christmas Eve" ("New York" or "Christmas Island" are not).
 */
function onlyNotNames(lower: readonly string[], start: number, end: number): boolean {
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && lower[i] !== '/') continue;
    if (i > from && !NOT_NAME_PHRASES.some((p) => phraseAt(lower, from, i, p))) return false;
    from = i + 1;
  }
  return true;
}

/**
 * Titles written before a person's name: outside the name in the CoNLL guidelines ("President
 * Bill Clinton" gives "Bill Clinton"), as in nearly every case of the training text.
 */
const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'governor',
  'gov.',
  'sheikh',
  'senator',
  'sen.',
  'princess',
  'queen',
  'president',
  'general',
  'gen.',
  'judge',
  'minister',
  'pope',
  'cardinal',
  'rev.',
  'sir',
  'lord',
  'lady',
  'chancellor',
  'premier',
  'mayor',
  'colonel',
  'col.',
  'captain',
  'capt.',
  'coach',
  'sheriff',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
]);

/**
 * A party's word before a person's name and title, outside the name as a title is ("Democrat Sen.
 * Benjamin L. Cardin" gives "Benjamin L. Cardin").
 */
const PARTY_WORDS: ReadonlySet<string> = new Set(['democrat', 'republican']);

/**
 * Drops the spans of a sentence that are only photo-credit or holiday words, cuts a credit's
 * trailing "/ File Photo" or "Editing" from the others, and titles and a party's word from the
 * front of a person's name ("Governor Kemp" gives "Kemp", "Democrat Sen. Ben Cardin" "Ben Cardin").
 *
 * @example
 * const tokens = ['REUTERS', '/', 'File', 'Photo'];
 * withoutNotNames(tokens, [{ start: 0, end: 4, type: 'ORG' }]); // [{ start: 0, end: 1, type: 'ORG' }]
 */
export function withoutNotNames(tokens: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let lower: string[] | null = null;
  for (const given of spans) {
    let span = given;
    while (span.type === 'PER' && span.end - span.start >= 2) {
      const first = tokens[span.start]!.toLowerCase();
      if (!TITLES.has(first) && !PARTY_WORDS.has(first)) break;
      span = { start: span.start + 1, end: span.end, type: 'PER' };
    }
    let has = false;
    for (let i = span.start; i < span.end && !has; i++) has = NOT_NAME_WORDS.has(tokens[i]!.toLowerCase());
    if (!has) {
      out.push(span);
      continue;
    }
    lower ??= tokens.map((t) => t.toLowerCase());
    if (onlyNotNames(lower, span.start, span.end)) continue;
    let end = span.end;
    for (const tail of CREDIT_TAILS) {
      if (end - span.start > tail.length && phraseAt(lower, end - tail.length, end, tail)) {
        end -= tail.length;
        break;
      }
    }
    out.push(end === span.end ? span : { start: span.start, end, type: span.type });
  }
  return out;
}

const AGENCIES: ReadonlySet<string> = new Set(['reuters', 'ap', 'afp', 'bloomberg', 'upi', 'tass', 'xinhua', 'dpa', 'efe', 'ansa']);

/** Whether a token has letters and no lower-case letter ("HOUSTON", "U.S."). */
function allCaps(token: string): boolean {
  return /\p{Lu}/u.test(token) && !/\p{Ll}/u.test(token);
}

/**
 * The end of a wire dateline that opens a sentence ("HOUSTON (Reuters) -", "CAPE TOWN, Dec 5
 * (Reuters) -", "SUN CITY, South Africa (Reuters) -"): the index of the token after its places, or
 * -1 when the sentence has none.
 */
function datelineEnd(tokens: readonly string[]): number {
  if (tokens.length < 4 || !allCaps(tokens[0]!)) return -1;
  let comma = false;
  for (let i = 1; i < Math.min(tokens.length - 1, 12); i++) {
    const t = tokens[i]!;
    if (t === '(' && AGENCIES.has(tokens[i + 1]!.toLowerCase())) return i;
    if (t === ',' && monthNumber(tokens[i + 1]!) !== null && /^\d{1,2}$/.test(tokens[i + 2] ?? '')) return i;
    // places in capitals, joined by slashes, maybe a region after a comma ("SUN CITY, South Africa")
    if (t === ',') comma = true;
    else if (t !== '/' && !allCaps(t) && !(comma && /^\p{Lu}/u.test(t))) return -1;
  }
  return -1;
}

/**
 * Names in a wire dateline are places, whatever the tagger makes of them: "LOS ANGELES (Reuters)"
 * is not an organisation. Spans inside the dateline become LOC; the rest are left as they are.
 *
 * @example
 * withDatelinePlaces(['HOUSTON', '(', 'Reuters', ')', '-', 'Oil', 'rose'], [{ start: 0, end: 1, type: 'ORG' }]);
 * // [{ start: 0, end: 1, type: 'LOC' }]
 */
export function withDatelinePlaces(tokens: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const end = datelineEnd(tokens);
  if (end < 0 || !spans.some((s) => s.end <= end && s.type !== 'LOC')) return spans;
  return spans.map((s) => (s.end <= end && s.type !== 'LOC' ? { start: s.start, end: s.end, type: 'LOC' } : s));
}
