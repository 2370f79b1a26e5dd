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
 * Short forms of English first names that stand for one full name only (not "Chris", "Pat",
 * "Alex" or "Ted", which stand for several).
 */
const SHORT_FIRST_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    robert: 'bob bobby rob robbie bert',
    william: 'bill billy will willie',
    richard: 'dick rich richie rick ricky',
    james: 'jim jimmy jamie',
    joseph: 'joe joey',
    michael: 'mike mikey',
    thomas: 'tom tommy',
    timothy: 'tim timmy',
    charles: 'chuck charlie',
    daniel: 'dan danny',
    david: 'dave davey',
    donald: 'don donnie',
    edward: 'ed eddie',
    frederick: 'fred freddie freddy',
    gregory: 'greg',
    john: 'jack johnny',
    jeffrey: 'jeff',
    kenneth: 'ken kenny',
    lawrence: 'larry',
    matthew: 'matt',
    nicholas: 'nick nicky',
    peter: 'pete',
    ronald: 'ron ronnie',
    anthony: 'tony',
    andrew: 'andy drew',
    elizabeth: 'liz beth betsy',
    jonathan: 'jon',
    benjamin: 'ben',
    newton: 'newt',
    mitchell: 'mitch',
    bernard: 'bernie',
    douglas: 'doug',
    gerald: 'gerry',
    harold: 'hal',
    leonard: 'len lenny',
    patrick: 'paddy',
    raymond: 'ray',
    samuel: 'sammy',
    stanley: 'stan',
    terrence: 'terry',
    vincent: 'vince',
    walter: 'walt',
    zachary: 'zach zack',
  }).flatMap(([full, short]) => short.split(' ').map((s) => [s, full] as const)),
);

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
  const first = SHORT_FIRST_NAMES.get(words[0]!) ?? words[0]!;
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
