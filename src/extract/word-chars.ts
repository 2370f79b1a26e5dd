/**
 * Fast character tests and word splitting. Words are what the regular expression
 * `/[\p{L}\p{N}]+/gu` finds (the extraction scorer's notion of a word), white space is what `\s`
 * matches; both without the cost of a regular expression per character.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// 0 = not yet known, 1 = letter or digit, 2 = neither (UTF-16 code units; astral characters go through the regex)
const table = new Uint8Array(65536);

/** True when the UTF-16 code unit (or the code point, for astral characters) is a letter or digit. */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code < 65536) {
    let t = table[code]!;
    if (t === 0) {
      t = code >= 0xd800 && code <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
      table[code] = t;
    }
    return t === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** The number of words of a text as white space separates them: runs of units that are not {@link isWhiteSpace}. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether a UTF-16 unit is white space as the regular expression `\s` means it. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where a word starts and ends in its text; {@link nextWord} fills it. */
export interface WordSpan {
  start: number;
  end: number;
}

/**
 * Finds the first word at or after `from` (a run of letters and digits, as {@link words} splits
 * them) and puts where it starts and ends in `span`; false when no word is left. Lets callers walk
 * a text's words without a string for each.
 */
export function nextWord(text: string, from: number, span: WordSpan): boolean {
  let start = -1;
  for (let i = from; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      span.start = start;
      span.end = i;
      return true;
    }
    i += width - 1;
  }
  if (start < 0) return false;
  span.start = start;
  span.end = text.length;
  return true;
}

/** The words of a text, as `text.match(/[\p{L}\p{N}]+/gu)` would give them. */
export function words(text: string): string[] {
  const out: string[] = [];
  const span: WordSpan = { start: 0, end: 0 };
  for (let at = 0; nextWord(text, at, span); at = span.end) out.push(text.slice(span.start, span.end));
  return out;
}

/** Lower-cased letters and digits only: a key under which "Talks resume!" and "talks resume" are equal. */
export function letterKey(text: string): string {
  // the words' text joined, as words(text).join('') gives it, without the list
  const span: WordSpan = { start: 0, end: 0 };
  if (!nextWord(text, 0, span)) return '';
  if (span.start === 0 && span.end === text.length) return text.toLowerCase();
  let key = text.slice(span.start, span.end);
  for (let at = span.end; nextWord(text, at, span); at = span.end) key += text.slice(span.start, span.end);
  return key.toLowerCase();
}
