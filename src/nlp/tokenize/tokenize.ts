/**
 * Tokens and sentences for running text, split the way CoNLL-2003 newswire is (the NER model's
 * training data): punctuation apart, possessive `'s` and `n't` apart, hyphenated words, numbers
 * with separators, abbreviations (`U.S.`, `Mr.`) and URLs kept whole.
 */

/** A token: a span `[start, end)` of the text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A sentence: a span of the text and its tokens. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

/** A website's domain name: words joined by dots, ending in a common top-level domain. */
const DOMAIN = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|info|io|co\.uk|ru|cn|fr|de|ua|pl)`;

/** Whether a token is a website's domain name ("GunBroker.com", "ouest-france.fr"). */
export const WEBSITE = new RegExp(`^${DOMAIN}$`, 'u');

const TOKEN = new RegExp(
  [
    String.raw`https?://\S+[^\s.,;:!?"')\]]`, // URLs
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail addresses
    String.raw`[@#][\p{L}\p{N}_]+`, // handles and hashtags
    String.raw`${DOMAIN}\b(?![.-]?\p{L})`, // Politico.com  ouest-france.fr
    String.raw`(?:\p{Lu}\.){2,}`, // U.S.  U.N.
    String.raw`[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-(?:\p{Lu}\.){2,}`, // anti-U.S.  Jordanian-U.S.
    String.raw`\p{N}+(?:[.,:/]\p{N}+)+`, // 1,000.5  10:30  1996-08-22 (below)
    String.raw`\p{L}+(?:['\u2019]\p{L}+)*(?=n['\u2019]t\b)`, // do|n't
    String.raw`n['\u2019]t\b`,
    String.raw`['\u2019](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M)\b`, // 's 're …
    String.raw`[\p{L}\p{N}]+(?:(?:[-&]|['\u2019](?!(?:s|re|ve|ll|d|m)\b))[\p{L}\p{N}]+)*\.?`, // words, hyphenated, O'Brien, with a possible abbreviation dot
    String.raw`\.{2,}|-{2,}`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

/** Words that end with a dot that does not end the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr inc corp co ltd plc bros no vs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig approx dept est etc'
  ).split(' '),
);

/** Words that open a sentence and never follow an initial ("posted on X. The ministry …"). */
const SENTENCE_OPENERS = /^(?:The|He|She|It|They|We|I|In|On|A|An|But|And|This|That|His|Her|Their|Its)\b/u;

/**
 * Whether a sentence ends at the dot after a single letter: the line ends there, or a sentence's
 * opening word follows ("wrote on X."). After a capitalised word the letter stays an initial or a
 * numeral with its dot ("World War I.", "George W. Bush").
 */
function sentenceAfterLetter(part: string, at: number): boolean {
  const rest = /^[ \t]*(\S*)/u.exec(part.slice(at, at + 40))![1]!;
  return rest === '' || SENTENCE_OPENERS.test(rest);
}

/**
 * Splits `text[from, to)` into tokens.
 *
 * @example
 * tokenize("Merkel's U.S. visit, 1996-08-22.").map((t) => t.text);
 * // ['Merkel', "'s", 'U.S.', 'visit', ',', '1996-08-22', '.']
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const part = text.slice(from, to);
  for (const m of part.matchAll(TOKEN)) {
    let value = m[0];
    let start = from + m.index;
    if (value.length > 1 && value.endsWith('.') && /[\p{L}\p{N}]\.$/u.test(value) && !/^\p{N}+(?:-\p{N}+)+$/u.test(value)) {
      // A trailing dot stays on abbreviations (Mr., Corp., U.S.) and single letters; otherwise it is punctuation.
      const word = value.slice(0, -1);
      const keep =
        ABBREVIATIONS.has(word.toLowerCase()) ||
        (/^\p{L}$/u.test(word) &&
          !(sentenceAfterLetter(part, m.index + value.length) && !/^\p{Lu}/u.test(out[out.length - 1]?.text ?? ''))) ||
        /^(?:\p{L}\.)+\p{L}$/u.test(word) ||
        /-(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
      if (!keep) {
        out.push({ text: word, start, end: start + word.length });
        start += word.length;
        value = '.';
      }
    }
    out.push({ text: value, start, end: start + value.length });
  }
  return out;
}

const CLOSERS = new Set([')', ']', '\u201d', '\u2019', '\u00bb']);

/**
 * Splits the text into sentences: at `.`, `!` or `?` (with any closing quotes or brackets after
 * it) followed by a token that starts with a capital letter, a digit or an opening quote, and at
 * every line break. Abbreviation tokens (`Mr.`) do not end sentences; `U.S.` does when the next
 * word could start a sentence and is not a name-like capitalised word right after it.
 *
 * @example
 * splitSentences('He left. She stayed.').map((s) => s.tokens.length); // [3, 3]
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = text.slice(from, to).split('\n');
  let offset = from;
  for (const line of lines) {
    const tokens = tokenize(text, offset, offset + line.length);
    offset += line.length + 1;
    let first = 0;
    // Straight quotation marks seen on the line so far: an odd count means one is open, even when a
    // sentence already ended inside it (`"What is this? Here we go!" The …`).
    let quotes = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!.text;
      if (t === '"') quotes++;
      const terminal = t === '.' || t === '!' || t === '?' || t === '...' || t === '…';
      if (!terminal) continue;
      let end = i + 1;
      let open = quotes % 2 === 1;
      while (end < tokens.length) {
        const c = tokens[end]!.text;
        if (c === '"' && open) open = false;
        else if (!CLOSERS.has(c) && !closesWithTypewriterMark(tokens, end)) break;
        end++;
      }
      const next = tokens[end];
      if (next && !/^[\p{Lu}\p{N}"'\u201c\u2018([]/u.test(next.text)) continue;
      sentences.push(makeSentence(tokens.slice(first, end)));
      for (let k = i + 1; k < end; k++) if (tokens[k]!.text === '"') quotes++;
      first = end;
      i = end - 1;
    }
    if (first < tokens.length) sentences.push(makeSentence(tokens.slice(first)));
  }
  return sentences;
}

/** A typewriter mark set against the stop and before a space closes a quotation: `'never.'`, `''never.''`. */
function closesWithTypewriterMark(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at]!;
  if (mark.text !== "'" || mark.start !== tokens[at - 1]!.end) return false;
  const after = tokens[at + 1];
  return !after || after.start > mark.end || after.text === "'";
}

function makeSentence(tokens: Token[]): Sentence {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens };
}
