/**
 * The party a person belongs to, as the article says it: a party's name or adjective in the title
 * before their name ("Republican presidential candidate Ted Cruz", "Labour leader Keir Starmer"), a
 * member's word in apposition ("Ted Cruz, a Republican from Texas,"), the party a name owns ("Geert
 * Wilders' Party for Freedom"), or a US party label after it ("Sen. Bob Casey (D-Pa.)", "Rand Paul, R-Ky.,").
 */

/** The US parties' labels after a name: `(D-Pa.)`, `, R-Ky.,`. */
const US_LABEL = /^\s*[,(]\s*([RD])\s?[-–]\s?\p{Lu}/u;
const US_PARTIES: Record<string, string> = { R: 'party/republican-party', D: 'party/democratic-party' };

/** Lower-case words of a title between a party's word and a person's name ("presidential candidate", "party leader"). */
const TITLE_WORDS = new Set(
  (
    'presidential vice candidate nominee hopeful contender front-runner frontrunner senator sen. rep. representative ' +
    'congressman congresswoman lawmaker legislator governor gov. mayor leader chairman chairwoman chair president ' +
    'former party state senate house assembly deputy co-leader strategist operative spokesman spokeswoman whip ' +
    'minister prime mp member candidate challenger incumbent lt.'
  ).split(' '),
);

/**
 * Whether the words between a party's word and a name make a title: capitalised words or title
 * words only, on one line, and no sentence's end among them ("Democrat Hillary Clinton.\n\nTrump":
 * a full stop only after an abbreviation, "Sen.", "Gov.", "U.S.").
 */
function titleBetween(words: string): boolean {
  if (!/^[^\S\n]+(?:[\p{L}'’.-]+[^\S\n]+){0,4}$/u.test(words)) return false;
  return words
    .trim()
    .split(/\s+/u)
    .every((w) => w === '' || TITLE_WORDS.has(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && (!w.endsWith('.') || /^(?:\p{Lu}\.)+$/u.test(w))));
}

/** "a Republican Obama": a party's word between an article and a bare name compares, it does not affiliate. */
function comparison(text: string, party: Span, name: Span): boolean {
  return /^\s+$/u.test(text.slice(party.end, name.start)) && /\ban?\s+$/iu.test(text.slice(Math.max(0, party.start - 6), party.start));
}

/**
 * A possessive, then at most two words of a party's leaning, between a person's name and a
 * party's full name or acronym ("' ", "'s pro-European ", "'s ruling "; not "'s favorite").
 */
const OWNER_BEFORE_PARTY =
  /^['’]s?\s+(?:(?:\p{Ll}+-[\p{L}-]+|ruling|governing|opposition|conservative|liberal|nationalist|populist|centrist|new|own)\s+){0,2}$/u;

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The knowledge-base id of the party the article gives a person, by the most of their named
 * mentions that carry one, or undefined. `parties` are the mentions of the article's party-linked
 * entities with the party's id; `usParties` says whether the article's party links are American,
 * which a bare "R-" or "D-" label needs.
 *
 * @example
 * // "Republican presidential candidate Ted Cruz said …"
 * partyOfPerson(text, cruzMentions, [{ start: 0, end: 10, party: 'party/republican-party' }], true); // 'party/republican-party'
 */
export function partyOfPerson(
  text: string,
  mentions: readonly Span[],
  parties: readonly (Span & { readonly party: string })[],
  usParties: boolean,
): string | undefined {
  const votes = new Map<string, number>();
  const vote = (party: string) => votes.set(party, (votes.get(party) ?? 0) + 1);
  for (const m of mentions) {
    const before = parties.find(
      (p) => p.end <= m.start && m.start - p.end <= 40 && titleBetween(text.slice(p.end, m.start)) && !comparison(text, p, m),
    );
    if (before) vote(before.party);
    // "Sen. Ted Cruz, a Republican from Texas,"
    const after = parties.find((p) => p.start >= m.end && p.start - m.end <= 6 && /^,\s+an?\s+$/u.test(text.slice(m.end, p.start)));
    if (after) vote(after.party);
    // "Geert Wilders' Party for Freedom", "Sandu's pro-European PAS party" (not "Obama's Republican
    // opponent", "Cruz's GOP campaign": a party's word before a noun describes the noun)
    const owned = parties.find(
      (p) =>
        p.start > m.end &&
        p.start - m.end <= 30 &&
        OWNER_BEFORE_PARTY.test(text.slice(m.end, p.start)) &&
        /\s|^\p{Lu}{2,}$/u.test(text.slice(p.start, p.end)) &&
        !/^\s+(?!party\b)\p{Ll}/u.test(text.slice(p.end, p.end + 20)),
    );
    if (owned) vote(owned.party);
    const label = usParties ? US_LABEL.exec(text.slice(m.end, m.end + 12)) : null;
    if (label) vote(US_PARTIES[label[1]!]!);
  }
  let best: string | undefined;
  let most = 0;
  for (const [party, n] of votes) {
    if (n > most) {
      best = party;
      most = n;
    } else if (n === most) best = undefined;
  }
  return best;
}
