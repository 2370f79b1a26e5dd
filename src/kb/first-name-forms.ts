/**
 * Short forms of English first names and the full names they stand for ("Bob" and "Robert",
 * "Dick" and "Richard"), so that the forms of one person's name meet.
 */

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

const FORMS_OF_FULL = new Map<string, string[]>();
for (const [short, full] of SHORT_FIRST_NAMES) {
  const forms = FORMS_OF_FULL.get(full);
  if (forms) forms.push(short);
  else FORMS_OF_FULL.set(full, [full, short]);
}

/**
 * The full first name a short form stands for, in lower case, or the name itself.
 *
 * @example
 * fullFirstName('dick'); // 'richard'
 * fullFirstName('angela'); // 'angela'
 */
export function fullFirstName(lower: string): string {
  return SHORT_FIRST_NAMES.get(lower) ?? lower;
}

/**
 * Every form of a first name that stands for the same full name, in lower case, the full one
 * first; the name alone when it has no short forms.
 *
 * @example
 * firstNameForms('joseph'); // ['joseph', 'joe', 'joey']
 * firstNameForms('joe'); // ['joseph', 'joe', 'joey']
 */
export function firstNameForms(lower: string): readonly string[] {
  return FORMS_OF_FULL.get(fullFirstName(lower)) ?? [lower];
}
