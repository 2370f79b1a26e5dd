/**
 * What a user typed into a search box, as a list of terms that every engine compiles into its own
 * full-text syntax without ever passing user text through as operators.
 */

/** One term: a word or a quoted phrase; `prefix` when it ended in `*` (`nato*`). */
export interface SearchTerm {
  readonly text: string;
  readonly prefix: boolean;
}

const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Splits search text into terms, all of which must match. `"…"` keeps a phrase together; a
 * trailing `*` on a word asks for a prefix match; everything else (operators such as `OR`,
 * `NEAR`, `AND`, `-`, parentheses, column filters, quotes) is only text to look for. Terms
 * without a letter or digit are dropped.
 *
 * @example
 * parseSearchText('"gas price" cap* OR (NATO')
 * // [{ text: 'gas price', prefix: false }, { text: 'cap', prefix: true },
 * //  { text: 'OR', prefix: false }, { text: '(NATO', prefix: false }]
 */
export function parseSearchText(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const re = /"([^"]*)"?|(\S+)/g;
  for (const m of input
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .matchAll(re)) {
    if (m[1] !== undefined) {
      const phrase = m[1].trim().replace(/\s+/g, ' ');
      if (WORDISH.test(phrase)) terms.push({ text: phrase, prefix: false });
      continue;
    }
    const word = m[2]!;
    const prefix = /[\p{L}\p{N}]\*+$/u.test(word);
    const text = prefix ? word.replace(/\*+$/, '') : word;
    if (WORDISH.test(text)) terms.push({ text, prefix });
  }
  return terms;
}
