/**
 * What a line of scraped page text looks like near the top of an article: prose, a headline, a
 * byline or date line. Shared by text mode's headline rules and its headline model's features.
 */
import { CAPTION_LINE, CHROME_LINE, RELATED_HEADING } from '../chrome-lines.js';
import { parseDate } from '../dates.js';
import { BYLINE, CREDIT_LINE, DATE_LINE } from './line-features.js';

/** A line of article prose: 15 words or more, ending as a sentence ends. */
export function isProse(s: string): boolean {
  if (!/[.!?"”’)]$/.test(s)) return false;
  // 14 spaces or more: lines are trimmed, with single spaces
  for (let at = -1, spaces = 0; spaces < 14; spaces++) if ((at = s.indexOf(' ', at + 1)) < 0) return false;
  return !CHROME_LINE.test(s);
}

/** A line that can be a headline: a short phrase, not furniture, no date, byline, caption or share prompt. */
export function isHeadlineCandidate(s: string): boolean {
  const words = s.split(' ').length;
  if (words < 3 || words > 25 || s.length > 200 || /[.:;,]$/.test(s) || /[|•·»›]/.test(s)) return false;
  // two sentences are no headline ("U.S." and initials do not end one), but a question may open one
  // ("Need a Change? 7 Vital Tips on How to Rent a Car")
  if (/[.!]\s/.test(s.replace(/\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|U\.S|vs)\.\s/gu, ''))) return false;
  if (CHROME_LINE.test(s) || RELATED_HEADING.test(s) || CREDIT_LINE.test(s) || CAPTION_LINE.test(s) || BYLINE.test(s) || DATE_LINE.test(s))
    return false;
  if (NOT_A_HEADLINE.test(s)) return false;
  return parseDate(s) === null;
}

const NOT_A_HEADLINE =
  /\b\d{1,2}:\d{2}\b|@|^(?:updated|posted|published|by|share|sharing|cover|photo|image|illustration|click|browse)\b|\b(?:ago|min read|minutes? read)\b/i;

/** A short line that gives a byline or a date: "By Corey Kilgannon", "Oct 18, 2019 · 8 min read", "AFP 30 avril 2015 à 07:19". */
export function isMetaLine(s: string): boolean {
  return s.length <= 80 && (BYLINE.test(s) || DATE_LINE.test(s) || (!isProse(s) && parseDate(s) !== null));
}

/** The share of a line's words of four letters or more that begin with a capital. */
export function capitalisedShare(line: string): number {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length === 0) return 0;
  let capitalised = 0;
  for (const w of words) if (/^\p{Lu}/u.test(w)) capitalised++;
  return capitalised / words.length;
}

/** The first line of the first run of prose (two of three lines prose), else the first prose line; -1 when none. */
export function firstProseRun(lines: readonly string[], prose: readonly boolean[] = lines.map(isProse)): number {
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    if (!prose[i]) continue;
    let run = 0;
    for (let j = i; j < i + 3 && j < n; j++) if (prose[j]) run++;
    if (run >= 2) return i;
  }
  return prose.indexOf(true);
}

/** The word stems (first five letters of words of four letters or more) of the first four prose lines from `start`. */
export function proseStems(lines: readonly string[], prose: readonly boolean[], start: number): Set<string> {
  const stems = new Set<string>();
  for (let j = start, seen = 0; j >= 0 && j < lines.length && seen < 4; j++) {
    if (!prose[j]) continue;
    seen++;
    for (const w of lines[j]!.toLowerCase().match(LONG_WORD) ?? []) stems.add(w.slice(0, 5));
  }
  return stems;
}

/** The share of a line's long words whose stem (first five letters) is among `stems`; null for a line without long words. */
export function sharedWords(line: string, stems: ReadonlySet<string>): number | null {
  const words = line.toLowerCase().match(LONG_WORD) ?? [];
  if (words.length === 0) return null;
  let shared = 0;
  for (const w of words) if (stems.has(w.slice(0, 5))) shared++;
  return shared / words.length;
}

const LONG_WORD = /[\p{L}\p{N}]{4,}/gu;
