import { fullFirstName } from '../kb/first-name-forms.js';

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

/**
 * A normalised person's name without its middle initials and with its first name in full, so
 * that the forms one person goes by meet (`paul d ryan` and `paul ryan`, `tim kaine` and `timothy
 * m kaine`). A generational suffix stays: "Donald Trump Jr." and "Duncan Hunter Sr." are not the
 * men of the name without it. A name of one word, or of initials only, is returned as it is.
 *
 * @example
 * nameCore('lindsey o graham'); // 'lindsey graham'
 * nameCore('dick durbin'); // 'richard durbin'
 * nameCore('donald trump jr'); // 'donald trump jr'
 */
export function nameCore(normalized: string): string {
  const words = normalized.split(' ');
  if (words.length < 2 || words[0]!.length < 2 || words.at(-1)!.length < 2) return normalized;
  const first = fullFirstName(words[0]!);
  return [first, ...words.slice(1, -1).filter((w) => w.length > 1), words.at(-1)!].join(' ');
}

/**
 * The middle initials of a normalised person's name (`h w` of `george h w bush`), empty when it
 * has none: two forms with different initials may be two people.
 */
export function middleInitials(normalized: string): string {
  const words = normalized.split(' ');
  if (words.length < 3 || words[0]!.length < 2 || words.at(-1)!.length < 2) return '';
  return words
    .slice(1, -1)
    .filter((w) => w.length === 1)
    .join(' ');
}
