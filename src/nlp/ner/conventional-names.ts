/**
 * Names that follow a convention of the CoNLL guidelines rather than a pattern the tagger can
 * learn from its 1996 training text, fixed in one sentence's spans after decoding:
 * - a nickname quoted inside a person's name belongs to the name ("Robin “ropz” Kool");
 * - social-media handles ("@RudyGiuliani") and disease names ("COVID-19", "AIDS") are MISC, as
 *   the training text tags the diseases it has (AIDS, BSE, CJD, HIV), and so is a social network
 *   used as a medium, as a product would be ("said on Twitter", "a Facebook post");
 * - a word built from a name and a hyphen ("London-listed", "pro-Trump", "post-Soviet") is MISC,
 *   as the training text tags 89 of 99 such words;
 * - "U.S." or "UK" before a generic body ("U.S. Senate", "U.S. Army") is part of its name, as the
 *   training text has "U.S. Treasury", "U.S. Postal Service" and "U.S. District Court";
 * - a share index and its number are one MISC name ("FTSE 250"), as in the training text.
 */
import type { TokenSpan } from './labels.js';
import type { Gazetteers } from './lexicon.js';

/** What the rules need to know of a word, from the tagger's gazetteers. */
export interface NameKnowledge {
  /** Whether the lower-cased word is a known given name ("barack", "rochelle"). */
  isFirstName(lower: string): boolean;
  /** Whether the lower-cased word is a known place, nationality or international body. */
  isPlaceOrPeople(lower: string): boolean;
  /** Whether the lower-cased words name a nationality or a faith ("islamic"). */
  isNationality(lower: string): boolean;
}

/** Knowledge of no word: the rules that need it do nothing. */
export const NO_KNOWLEDGE: NameKnowledge = {
  isFirstName: () => false,
  isPlaceOrPeople: () => false,
  isNationality: () => false,
};

const FIRST_NAME_LISTS = ['first-name', 'male-first', 'female-first'];
const PLACE_OR_PEOPLE_LISTS = ['country', 'capital', 'city', 'world-city', 'region', 'geo', 'demonym', 'igo'];
/** Faiths named like peoples: "Islamic Group" is no company. */
const FAITHS: ReadonlySet<string> = new Set([
  'islamic',
  'muslim',
  'moslem',
  'christian',
  'catholic',
  'jewish',
  'hindu',
  'buddhist',
  'sikh',
]);

/**
 * What the tagger's gazetteer lists know of words ({@link NO_KNOWLEDGE} when the model has none).
 *
 * @example
 * nameKnowledge(nerTagger().lexicon.gazetteers).isFirstName('barack'); // true
 */
export function nameKnowledge(gazetteers: Gazetteers | null): NameKnowledge {
  if (!gazetteers) return NO_KNOWLEDGE;
  const mask = (lists: readonly string[]) => gazetteers.names.reduce((m, name, bit) => (lists.includes(name) ? m | (1 << bit) : m), 0);
  const first = mask(FIRST_NAME_LISTS);
  const place = mask(PLACE_OR_PEOPLE_LISTS);
  const people = mask(['demonym']);
  const bits = (lower: string) => gazetteers.entries.get(lower) ?? 0;
  return {
    isFirstName: (lower) => (bits(lower) & first) !== 0,
    isPlaceOrPeople: (lower) => (bits(lower) & place) !== 0,
    isNationality: (lower) => FAITHS.has(lower) || (bits(lower) & people) !== 0,
  };
}

const OPEN_QUOTES: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '``']);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['”', '"', '’', "'", "''"]);
/** Words that sit between quotes without being a nickname ('Vicente "and" Oscar'). */
const NOT_NICKNAMES: ReadonlySet<string> = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'for', 'vs', 'vs.', '&']);
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

function covering(spans: readonly TokenSpan[], from: number, to: number): TokenSpan[] {
  return spans.filter((s) => s.start < to && s.end > from);
}

function covered(spans: readonly TokenSpan[], i: number): boolean {
  return spans.some((s) => s.start <= i && i < s.end);
}

/**
 * Joins a name with a quoted nickname in its middle into one person: the tagger, which never saw
 * one, splits it into parts.
 *
 * @example
 * const tokens = ['Robin', '“', 'ropz', '”', 'Kool', 'won'];
 * withNicknames(tokens, [{ start: 0, end: 1, type: 'PER' }, { start: 4, end: 5, type: 'PER' }]);
 * // [{ start: 0, end: 5, type: 'PER' }]
 */
export function withNicknames(tokens: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i + 4 < tokens.length; i++) {
    const quote = tokens[i + 1]!;
    if (quote.length > 2 || !OPEN_QUOTES.has(quote) || !NAME_WORD.test(tokens[i]!)) continue;
    const close = nicknameEnd(tokens, i + 2);
    if (close < 0 || close + 1 >= tokens.length || !NAME_WORD.test(tokens[close + 1]!)) continue;
    const end = close + 2;
    const parts = covering(out, i, end);
    if (!parts.some((s) => s.type === 'PER') || parts.some((s) => s.start < i || s.end > end)) continue;
    out = out.filter((s) => !parts.includes(s));
    out.push({ start: i, end, type: 'PER' });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * The index of the quote that closes a nickname opening at `from`: one word ("ropz") or up to four
 * capitalised ones ("Hands of Stone"); -1 when there is none.
 */
function nicknameEnd(tokens: readonly string[], from: number): number {
  for (let k = 1; k <= 4 && from + k < tokens.length; k++) {
    const word = tokens[from + k - 1]!;
    if (OPEN_QUOTES.has(word[0]!) || CLOSE_QUOTES.has(word[0]!)) return -1;
    if (!CLOSE_QUOTES.has(tokens[from + k]!)) continue;
    if (k === 1) return NOT_NICKNAMES.has(word.toLowerCase()) ? -1 : from + 1;
    for (let j = from; j < from + k; j++) {
      if (!NAME_WORD.test(tokens[j]!) && !NOT_NICKNAMES.has(tokens[j]!.toLowerCase())) return -1;
    }
    return from + k;
  }
  return -1;
}

/** Disease names written as names (lower-cased here). */
const DISEASES: ReadonlySet<string> = new Set([
  'covid-19',
  'covid',
  'covid19',
  'sars-cov-2',
  'sars',
  'mers',
  'ebola',
  'zika',
  'aids',
  'hiv',
  'bse',
  'cjd',
  'h1n1',
  'h5n1',
  'mpox',
  'monkeypox',
]);

/** Social networks, MISC where the text uses one as a medium ("on Twitter", "a Facebook post"). */
const PLATFORMS: ReadonlySet<string> = new Set([
  'twitter',
  'facebook',
  'instagram',
  'whatsapp',
  'youtube',
  'tiktok',
  'telegram',
  'weibo',
  'wechat',
  'linkedin',
  'snapchat',
  'reddit',
  'vkontakte',
  'parler',
]);
const BEFORE_MEDIUM: ReadonlySet<string> = new Set(['on', 'via', 'through', 'over']);
/** Words after a network's name that make it the medium, not the company: "a Twitter post". */
const AFTER_MEDIUM: ReadonlySet<string> = new Set(
  (
    'post posts posted account accounts statement feed message messages video videos page pages live user users followers ' +
    'thread threads story stories group groups channel channels handle profile livestream broadcast chat call comment comments tweet tweets'
  ).split(' '),
);

function usedAsMedium(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    (before !== undefined && BEFORE_MEDIUM.has(before.toLowerCase())) || (after !== undefined && AFTER_MEDIUM.has(after.toLowerCase()))
  );
}

/** First letters (upper-case char codes) and lengths of the disease and network names: a cheap test before lower-casing. */
const KNOWN_INITIALS: ReadonlySet<number> = new Set([...DISEASES, ...PLATFORMS].map((w) => w.toUpperCase().charCodeAt(0)));
const KNOWN_LENGTHS: ReadonlySet<number> = new Set([...DISEASES, ...PLATFORMS].map((w) => w.length));

/** Second halves of "<name>-<word>" compounds: "London-based", "Kremlin-backed". */
const NAME_COMPOUND = new RegExp(
  '^(\\p{Lu}[\\p{L}\\p{N}_.&]*)-(' +
    [
      'based',
      'listed',
      'born',
      'led',
      'run',
      'owned',
      'backed',
      'controlled',
      'dominated',
      'powered',
      'made',
      'bound',
      'funded',
      'sponsored',
      'linked',
      'style',
      'era',
      'type',
      'speaking',
      'occupied',
      'held',
      'ruled',
      'registered',
      'headquartered',
      'driven',
      'inspired',
      'related',
      'allied',
      'aligned',
      'friendly',
    ].join('|') +
    ')$',
  'u',
);
/** "<prefix>-<name>" compounds: "pro-Trump", "post-Soviet", "ex-England". */
const PREFIXED_NAME = /^(?:pro|anti|post|pre|non|ex)-(\p{Lu}[\p{L}\p{N}_.&-]*)$/u;
const PREFIX_START = /^(?:pro|anti|post|pre|non|ex)-/;

function hyphenCompound(tokens: readonly string[], spans: readonly TokenSpan[], i: number, knows: NameKnowledge): boolean {
  const word = tokens[i]!;
  const compound = NAME_COMPOUND.exec(word);
  const prefixed = compound ? null : PREFIXED_NAME.exec(word);
  if (!compound && !prefixed) return false;
  const before = tokens[i - 1];
  // "St. Louis-based", "New York-based": the name runs on from the words before, left to the tagger
  if (before !== undefined && /^\p{Lu}/u.test(before) && (i > 1 || before.endsWith('.') || covered(spans, i - 1))) return false;
  if (i === 0 && compound) {
    // a capital at the start of a sentence proves nothing: "Family-controlled"
    const name = compound[1]!;
    return name === name.toUpperCase() || knows.isPlaceOrPeople(name.toLowerCase());
  }
  return true;
}

/**
 * Tags handles, disease names, networks used as a medium and hyphen compounds of names as MISC,
 * where the tagger left them out or gave a one-word span another type.
 *
 * @example
 * withConventionalMisc(['The', 'London-listed', 'firm', 'cited', 'COVID-19'], [{ start: 4, end: 5, type: 'ORG' }]);
 * // [{ start: 1, end: 2, type: 'MISC' }, { start: 4, end: 5, type: 'MISC' }]
 */
export function withConventionalMisc(
  tokens: readonly string[],
  spans: readonly TokenSpan[],
  knows: NameKnowledge = NO_KNOWLEDGE,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (word.length < 3) continue;
    const first = word.charCodeAt(0);
    const handle = first === 64;
    // disease names and networks all start with an ASCII capital and have a few letters
    const lower =
      first >= 65 && first <= 90 && word.length <= 10 && KNOWN_INITIALS.has(first) && KNOWN_LENGTHS.has(word.length)
        ? word.toLowerCase()
        : '';
    const known = lower !== '' && (DISEASES.has(lower) || (PLATFORMS.has(lower) && usedAsMedium(tokens, i)));
    // a hyphen compound opens with a capital ("London-listed") or a prefix in lower case ("pro-Trump")
    const compound = !handle && !known && word.indexOf('-') >= 2 && (!(first >= 97 && first <= 122) || PREFIX_START.test(word));
    if (!handle && !known && !compound) continue;
    if (handle && !/^@\w{2,}$/u.test(word)) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    if (compound && (covered(current, i) || !hyphenCompound(tokens, current, i, knows))) continue;
    const at = covering(current, i, i + 1);
    const misc = known ? at.every((s) => s.end - s.start === 1 && s.type !== 'MISC') : at.length === 0;
    if (!misc) continue;
    out = current.filter((s) => !at.includes(s));
    out.push({ start: i, end: i + 1, type: 'MISC' });
    out.sort((a, b) => a.start - b.start);
  }
  return out ?? (spans as TokenSpan[]);
}

const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(['U.S.', 'US', 'UK', 'U.K.']);
/** First words of bodies that a country's name comes with ("U.S. Senate"), lower-cased. */
const GENERIC_BODIES: ReadonlySet<string> = new Set(
  (
    'senate house congress treasury army navy air marine marines supreme district department embassy postal central coast ' +
    'border customs justice state defense defence commerce consulate parliament cabinet government military forces court council mission'
  ).split(' '),
);

/**
 * Joins a country's abbreviation and the generic body after it into one organisation.
 *
 * @example
 * withCountryBodies(['the', 'U.S.', 'Senate', 'voted'], [{ start: 1, end: 2, type: 'LOC' }, { start: 2, end: 3, type: 'ORG' }]);
 * // [{ start: 1, end: 3, type: 'ORG' }]
 */
export function withCountryBodies(tokens: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k + 1 < spans.length; k++) {
    const country = spans[k]!;
    const body = spans[k + 1]!;
    if (country.type !== 'LOC' || body.type !== 'ORG' || body.start !== country.end || country.end - country.start !== 1) continue;
    if (!COUNTRY_ABBREVIATIONS.has(tokens[country.start]!) || !GENERIC_BODIES.has(tokens[body.start]!.toLowerCase())) continue;
    out ??= spans.slice();
    out.splice(out.indexOf(country), 2, { start: country.start, end: body.end, type: 'ORG' });
  }
  return out ?? (spans as TokenSpan[]);
}

/** Names of share indices that go with a number ("FTSE 100", "S&P 500"). */
const SHARE_INDICES: ReadonlySet<string> = new Set([
  'FTSE',
  'S&P',
  'Nikkei',
  'Stoxx',
  'STOXX',
  'Russell',
  'MSCI',
  'Topix',
  'TOPIX',
  'Kospi',
  'KOSPI',
  'Sensex',
  'Nifty',
]);

/**
 * A share index and its number are one MISC name, as the training text has "FTSE 100" (the tagger
 * reads "S&P" alone as the rating agency).
 *
 * @example
 * withShareIndices(['the', 'S&P', '500', 'rose'], [{ start: 1, end: 2, type: 'ORG' }]); // [{ start: 1, end: 3, type: 'MISC' }]
 */
export function withShareIndices(tokens: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!SHARE_INDICES.has(tokens[i]!) || !/^\d{2,4}$/.test(tokens[i + 1]!)) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    const parts = covering(current, i, i + 2);
    if (parts.some((s) => s.start < i || s.end > i + 2)) continue;
    out = current.filter((s) => !parts.includes(s));
    out.push({ start: i, end: i + 2, type: 'MISC' });
    out.sort((a, b) => a.start - b.start);
  }
  return out ?? (spans as TokenSpan[]);
}
