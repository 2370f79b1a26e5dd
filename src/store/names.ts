/**
 * The form names are compared in: accents dropped, lower case, punctuation as spaces, a leading
 * "the" and a trailing possessive dropped. `Angela Merkel`, `ANGELA MERKEL` and `Angela Merkel's`
 * all become `angela merkel`; `the Financial Times` becomes `financial times`.
 *
 * @example
 * normalizeName('  Sergei  Lavrov’s ') // 'sergei lavrov'
 * normalizeName('Émile Zola')          // 'emile zola'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The last word of a normalised name (a person's surname), for one-word look-ups. */
export function lastWord(normalized: string): string {
  const i = normalized.lastIndexOf(' ');
  return i < 0 ? normalized : normalized.slice(i + 1);
}
