/**
 * Pronoun coreference for people: "he", "she" and their other forms, and descriptions such as
 * "the 68-year-old", resolved to a person the article named before them.
 *
 * The antecedent is searched the way readers do: first leftwards in the pronoun's own sentence
 * (the nearest person), then in earlier sentences, each from its start (a sentence's first person
 * is usually its subject), at most {@link MAX_SENTENCES_BACK} sentences back. A person whose
 * gender is known (from a first name, "Mr"/"Mrs", or "man"/"woman") must agree with the pronoun.
 * Pronouns inside quotations are left alone: there they are the speaker's words about someone else;
 * and people named only inside quotations are not antecedents of pronouns outside them.
 */
import { findQuotations, lineParagraphs } from '../quotes/marks.js';
import type { Sentence } from '../tokenize/tokenize.js';

export type Gender = 'F' | 'M';

/** A person of the article: its mentions so far and, when known, its gender. */
export interface CorefPerson {
  readonly mentions: readonly { readonly start: number; readonly end: number }[];
  readonly gender?: Gender;
}

/** A pronoun or description resolved to `person` (an index into the people given). */
export interface CorefMention {
  readonly start: number;
  readonly end: number;
  readonly person: number;
  readonly kind: 'pronoun' | 'description';
}

/** How far back a pronoun looks for its person, in sentences. */
export const MAX_SENTENCES_BACK = 3;

const PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'M'],
  ['him', 'M'],
  ['his', 'M'],
  ['himself', 'M'],
  ['she', 'F'],
  ['her', 'F'],
  ['hers', 'F'],
  ['herself', 'F'],
]);
const AGE = /^\d{1,3}-year-old$/;
const DESCRIPTION_NOUNS: ReadonlyMap<string, Gender | undefined> = new Map([
  ['man', 'M'],
  ['woman', 'F'],
  ['father', 'M'],
  ['mother', 'F'],
  ['veteran', undefined],
]);

/** Words after "her" that make it an object ("told her that"), not a possessive ("her husband"). */
const OBJECT_FOLLOWERS = new Set([
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'that',
  'as',
  'for',
  'with',
  'from',
  'about',
  'by',
  'after',
  'before',
  'if',
  'when',
  'but',
  'so',
]);
/** Words that open a new clause: a person before one can be the antecedent of an object pronoun after it. */
const CLAUSE_BOUNDARIES = new Set([
  ',',
  ';',
  ':',
  'that',
  'said',
  'says',
  'and',
  'but',
  'when',
  'after',
  'before',
  'because',
  'who',
  'which',
  'while',
  'as',
  'if',
]);

/**
 * Where a participle clause, or a subordinate clause whose subject is a pronoun, opens the sentence
 * and ends, when the pronoun at offset `at` follows it right after its comma ("Coming down heavily
 * on …, he said", "Asked about …, she replied", "After meeting …, he", "Though he did not name
 * Kasich, he"): the comma's offset; -1 otherwise.
 */
function frontedParticipleEnd(s: Sentence, at: number): number {
  const first = s.tokens[0]?.text.toLowerCase() ?? '';
  const second = s.tokens[1]?.text.toLowerCase() ?? '';
  const participle =
    (/^\p{L}{3,}ing$/u.test(first) && /^\p{Ll}/u.test(second)) ||
    // "Though he did not mention Rubio or Kasich by name, he made it clear …"
    (SUBORDINATORS.has(first) && (second === 'he' || second === 'she')) ||
    /^(?:asked|pressed|questioned|confronted)$/u.test(first) ||
    (/^(?:after|before|while|since|despite|on|in|by|without)$/u.test(first) && /^\p{L}{3,}ing$/u.test(second));
  if (!participle || first === 'according') return -1;
  // the clause's comma is the sentence's first, and the pronoun comes right after it
  const i = s.tokens.findIndex((t) => t.text === ',');
  return i >= 0 && s.tokens[i + 1]?.start === at ? s.tokens[i]!.start : -1;
}

/**
 * From a person named as the owner of a role to the person holding it: "Trump's Indiana chairman, "
 * (Rex Early), " campaign chairman " ("Trump campaign chairman Paul Manafort").
 */
const OWNER_OF_ROLE = new RegExp(
  "^(?:['\u2019]s(?:\\s+[\\p{L}.-]+){1,6},\\s+|(?:['\u2019]s)?(?:\\s+[\\p{Ll}-]+){0,3}\\s+(?:" +
    'chairman|chairwoman|spokesman|spokeswoman|spokesperson|adviser|advisor|aide|manager|strategist|pollster|lawyer|attorney|' +
    'secretary|director|chief|official|surrogate|counsel|lieutenant|deputy|ally' +
    ')\\s+)$',
  'u',
);
/** Words that open a subordinate clause before the main one ("Although it was far from …, Lynch took …"). */
const SUBORDINATORS = new Set([
  'although',
  'though',
  'while',
  'whereas',
  'after',
  'before',
  'when',
  'as',
  'because',
  'since',
  'if',
  'unless',
  'until',
  'once',
  'despite',
]);

/** Where an opening subordinate clause ends (its comma's offset), or the sentence's start when it has none. */
function openingClauseEnd(s: Sentence): number {
  const first = s.tokens[0]?.text.toLowerCase() ?? '';
  if (!SUBORDINATORS.has(first)) return s.start;
  const comma = s.tokens.find((t) => t.text === ',');
  return comma ? comma.start : s.start;
}

/** Nouns for a person the text does not name ("a woman", "a retired teacher"), with the gender they tell. */
export const PERSON_NOUNS: ReadonlyMap<string, Gender | undefined> = new Map([
  ...(['man', 'father', 'boy', 'husband', 'son', 'brother', 'grandfather', 'gentleman'] as const).map((w) => [w, 'M'] as const),
  ...(['woman', 'mother', 'girl', 'wife', 'daughter', 'sister', 'grandmother', 'lady', 'widow'] as const).map((w) => [w, 'F'] as const),
  ...(
    ['voter', 'resident', 'supporter', 'student', 'retiree', 'protester', 'caller', 'teacher', 'worker', 'nurse', 'official'] as const
  ).map((w) => [w, undefined] as const),
]);

/**
 * Whether the word at index `noun` brings in a person without a name ("a woman in Worcester",
 * "an elderly voter"), and with which gender: `null` when it does not, because it is no person
 * noun, has no "a" before it, says what someone named is ("LeVell is a black man", "as a college
 * student") or stands beside a name ("Roxana Leon, 63, an independent voter").
 */
export function unnamedPerson(
  word: (j: number) => string | undefined,
  isName: (j: number) => boolean,
  noun: number,
): Gender | undefined | null {
  const w = word(noun);
  if (w === undefined || !PERSON_NOUNS.has(w)) return null;
  let article = noun - 1;
  while (article >= noun - 3 && /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u.test(word(article) ?? '') && !/^(?:a|an|another)$/iu.test(word(article)!))
    article--;
  if (!/^(?:a|an|another)$/iu.test(word(article) ?? '')) return null;
  const before = word(article - 1)?.toLowerCase();
  if (before !== undefined && /^(?:is|was|are|were|be|been|being|as|became|becomes|become|remains|remained)$/u.test(before)) return null;
  if (
    before === ',' &&
    (isName(article - 2) || (/^\d+$/u.test(word(article - 2) ?? '') && word(article - 3) === ',' && isName(article - 4)))
  )
    return null;
  return PERSON_NOUNS.get(w);
}

/**
 * Where, in sentence `s` before offset `at`, someone without a name comes in ({@link unnamedPerson})
 * whose gender does not clash with the pronoun's: the noun's offset, or -1. A pronoun after it
 * is about that person, not about anyone named before.
 */
function unnamedPersonBefore(s: Sentence, at: number, gender: Gender | undefined, isName: (offset: number) => boolean): number {
  let found = -1;
  const toks = s.tokens;
  const word = (j: number) => toks[j]?.text;
  for (let i = 0; i < toks.length && toks[i]!.end <= at; i++) {
    const g = unnamedPerson(word, (j) => j >= 0 && j < toks.length && isName(toks[j]!.start), i);
    if (g === null) continue;
    if (gender === undefined || g === undefined || g === gender) found = toks[i]!.start;
  }
  return found;
}

/**
 * Whether the name at `start`–`end` is someone addressed ("told X", "in a letter to President X")
 * right before "that" and the pronoun at `at`.
 */
function addressedBefore(text: string, start: number, end: number, at: number): boolean {
  if (!/^\s*that\s+$/u.test(text.slice(end, at))) return false;
  return ADDRESSED.test(text.slice(Math.max(0, start - 40), start));
}

/** Words before an addressee's name: the verb or preposition, then titles. */
const ADDRESSED =
  /\b(?:to|told|tells|telling|informed|assured|reminded|warned|wrote)\s+(?:(?:President|Prime|Minister|Chancellor|King|Mr\.?|Ms\.?|Mrs\.?|Gen\.?|Sen\.?|Rep\.?|Gov\.?|the|his|her|their|its)\s+)*$/u;

/** Prepositions that open a phrase before the subject ("In his response, Coll said"). */
const OPENING_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'with',
  'for',
  'despite',
  'since',
  'throughout',
  'from',
  'upon',
]);

/**
 * Where the subject of the main clause starts when the possessive at token `i` sits in a phrase
 * that opens the sentence ("In his response, Mr. Coll said", "During her visit, Merkel"): the
 * offset of the token after that phrase's comma (a title such as "Mr." may come before the name
 * the possessive points ahead to); -1 otherwise.
 */
function namedAfterOpening(s: Sentence, i: number): number {
  if (!OPENING_PREPOSITIONS.has(s.tokens[0]?.text.toLowerCase() ?? '') || i > 6) return -1;
  const comma = s.tokens.findIndex((t) => t.text === ',');
  if (comma < i || comma > 8) return -1;
  const next = s.tokens[comma + 1];
  return next ? next.start : -1;
}

function boundaryBetween(s: Sentence, from: number, to: number): boolean {
  return s.tokens.some((t) => t.start > from && t.end <= to && CLAUSE_BOUNDARIES.has(t.text.toLowerCase()));
}

/**
 * Character ranges inside quotation marks, as the quotes layer pairs them (curly, straight,
 * doubled typewriter and single marks, guillemets, quotations over several paragraphs), each
 * line of the text a paragraph.
 */
export function quotedRanges(text: string): [number, number][] {
  return findQuotations(text, lineParagraphs(text)).map((q) => [q.start, q.end]);
}

/**
 * Finds the pronouns and age descriptions of people in `sentences` and the person each refers to.
 *
 * @example
 * const text = 'Angela Merkel spoke. She said talks would go on.';
 * resolvePronouns(text, splitSentences(text), [{ mentions: [{ start: 0, end: 13 }], gender: 'F' }]);
 * // [{ start: 21, end: 24, person: 0, kind: 'pronoun' }]
 */
export function resolvePronouns(text: string, sentences: readonly Sentence[], people: readonly CorefPerson[]): CorefMention[] {
  const first = resolveOnce(text, sentences, people);
  // A person whose gender no name or title told takes the gender of most pronouns resolved to
  // them; a second round then keeps the other pronouns off them.
  const tally = people.map((): [number, number] => [0, 0]);
  for (const c of first) {
    const g = PRONOUNS.get(text.slice(c.start, c.end).toLowerCase());
    if (g && people[c.person]!.gender === undefined) tally[c.person]![g === 'F' ? 0 : 1]++;
  }
  let learned = false;
  const informed = people.map((p, i) => {
    const [f, m] = tally[i]!;
    if (p.gender !== undefined || f + m < 2) return p;
    const gender: Gender | undefined = f >= 2 * m ? 'F' : m >= 2 * f ? 'M' : undefined;
    if (!gender) return p;
    learned = true;
    return { ...p, gender };
  });
  return learned ? resolveOnce(text, sentences, informed) : first;
}

function resolveOnce(text: string, sentences: readonly Sentence[], people: readonly CorefPerson[]): CorefMention[] {
  const mentions: { start: number; end: number; person: number; pronoun?: boolean; gender?: Gender }[] = people
    .flatMap((p, person) => p.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .sort((a, b) => a.start - b.start);
  if (mentions.length === 0) return [];
  const quoted = quotedRanges(text);
  const inQuote = (at: number) => quoted.some(([a, b]) => a <= at && at < b);
  // A person named inside a quotation is the speaker's topic, not the narrative's: pronouns
  // outside quotations (the only ones resolved) do not look there.
  for (let i = mentions.length - 1; i >= 0; i--) if (inQuote(mentions[i]!.start)) mentions.splice(i, 1);
  const fits = (person: number, gender: Gender | undefined) => {
    const g = people[person]!.gender;
    return gender === undefined || g === undefined || g === gender;
  };

  const antecedent = (at: number, k: number, gender: Gender | undefined, object: boolean, subject = false, owners = true): number => {
    // Own sentence: the nearest person before the pronoun. An object pronoun ("him") is not the
    // subject of its own clause: a person with no clause boundary in between is passed over.
    const s = sentences[k]!;
    let passed = -1;
    // "Coming down on the ministers X and Y, he said": people in an opening participle clause are
    // what its subject, the pronoun, acts on; they are passed over here and in earlier sentences.
    const clauseEnd = subject ? frontedParticipleEnd(s, at) : -1;
    const acted = new Set<number>();
    // people a pronoun of the other gender was resolved to ("His Lithuanian counterpart, Dovile
    // Sakaliene, agreed. She said …": "His" is a man's, whoever he is)
    const excluded = new Set<number>();
    const otherGender = (m: { gender?: Gender }) => m.gender !== undefined && gender !== undefined && m.gender !== gender;
    // "a woman in Worcester told him she worries": someone the text does not name is nearer
    const unnamed = unnamedPersonBefore(s, at, gender, (offset) => mentions.some((m) => !m.pronoun && m.start <= offset && offset < m.end));
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.start >= at || m.start < s.start) continue;
      if (m.start < unnamed) return -1;
      if (m.start < clauseEnd) {
        // a pronoun there is the participle's own subject, the same person; a name is acted on
        if (!m.pronoun) acted.add(m.person);
        continue;
      }
      if (otherGender(m)) {
        excluded.add(m.person);
        continue;
      }
      if (m.person === passed || excluded.has(m.person) || !fits(m.person, gender)) continue;
      // "Oli said in a letter to President Paudel that he was stepping down": the one told is no
      // subject of what was said; the one who said it is
      if (subject && !m.pronoun && addressedBefore(text, m.start, m.end, at)) {
        passed = m.person;
        continue;
      }
      if (object && !boundaryBetween(s, m.start, at)) {
        passed = m.person;
        continue;
      }
      return m.person;
    }
    if (unnamed >= 0) return -1;
    // Earlier sentences: the first person in each, going back; one named as an owner ("Clinton's
    // email scandal") or inside an opening subordinate clause ("Although …, Lynch took") only
    // when nobody else in that sentence fits.
    for (let j = k - 1; j >= Math.max(0, k - MAX_SENTENCES_BACK); j--) {
      const prev = sentences[j]!;
      const clauseEnd = openingClauseEnd(prev);
      let aside = -1;
      for (let n = 0; n < mentions.length; n++) {
        const m = mentions[n]!;
        if (m.start < prev.start) continue;
        if (m.start >= prev.end) break;
        if (otherGender(m)) excluded.add(m.person);
        if (m.person === passed || excluded.has(m.person) || acted.has(m.person) || !fits(m.person, gender)) continue;
        const next = mentions[n + 1];
        if (!owners && !m.pronoun && /^['\u2019]s\b/u.test(text.slice(m.end, m.end + 3))) continue;
        const owner = next !== undefined && next.start < prev.end && OWNER_OF_ROLE.test(text.slice(m.end, next.start));
        if (m.start >= clauseEnd && !owner) return m.person;
        if (aside < 0) aside = m.person;
      }
      if (aside >= 0) return aside;
    }
    return -1;
  };
  // The person named most often in the sentences before `at` (back to MAX_SENTENCES_BACK), the first
  // named of them on a tie (the lead's); -1 when none is
  const mostNamed = (at: number, k: number, gender: Gender | undefined): number => {
    const from = sentences[Math.max(0, k - MAX_SENTENCES_BACK)]!.start;
    const counts = new Map<number, number>();
    for (const m of mentions)
      if (m.start >= from && m.start < at && fits(m.person, gender)) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
    let best = -1;
    for (const [person, count] of counts) if (best < 0 || count > counts.get(best)!) best = person;
    return best;
  };
  // Resolved pronouns join the chain: a later pronoun can find its person through an earlier one.
  const remember = (start: number, person: number, gender?: Gender) => {
    let i = mentions.length;
    while (i > 0 && mentions[i - 1]!.start > start) i--;
    mentions.splice(i, 0, { start, end: start, person, pronoun: true, gender });
  };

  const out: CorefMention[] = [];
  sentences.forEach((s, k) => {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const lower = t.text.toLowerCase();
      if (inQuote(t.start)) continue;
      const gender = PRONOUNS.get(lower);
      // ("He Lifeng": a name, not the pronoun)
      if (gender && lower === 'he' && mentions.some((m) => !m.pronoun && m.start <= t.start && t.end <= m.end)) continue;
      if (gender) {
        const next = toks[i + 1]?.text.toLowerCase();
        const object = lower === 'him' || (lower === 'her' && (next === undefined || !/^\p{L}/u.test(next) || OBJECT_FOLLOWERS.has(next)));
        const ahead = lower === 'his' || lower === 'her' ? namedAfterOpening(s, i) : -1;
        const cataphor = ahead >= 0 ? mentions.find((m) => m.start >= ahead && m.start <= ahead + 5 && !m.pronoun) : undefined;
        const person =
          cataphor && fits(cataphor.person, gender)
            ? cataphor.person
            : antecedent(t.start, k, gender, object, lower === 'he' || lower === 'she');
        if (person >= 0) {
          out.push({ start: t.start, end: t.end, person, kind: 'pronoun' });
          remember(t.start, person, gender);
        }
        continue;
      }
      if (lower === 'the' && AGE.test(toks[i + 1]?.text ?? '')) {
        const noun = toks[i + 2]?.text.toLowerCase() ?? '';
        const withNoun = DESCRIPTION_NOUNS.has(noun);
        const end = withNoun ? toks[i + 2]!.end : toks[i + 1]!.end;
        // "the 68-year-old former minister" and the like: only a bare age or a person noun.
        if (!withNoun && /^\p{L}/u.test(toks[i + 2]?.text ?? '') && !/^(?:said|says|added|told|was|is|has|had|who)$/.test(noun)) continue;
        // ("… ahead of Prime Minister Petr Fiala's coalition. "…," the 71-year-old told …": an age
        // describes someone the story named as a person, before one it named only as an owner, and
        // among owners the one named most in the last sentences)
        const gender = withNoun ? DESCRIPTION_NOUNS.get(noun) : undefined;
        const named = antecedent(t.start, k, gender, false, false, false);
        const person = named >= 0 ? named : mostNamed(t.start, k, gender);
        if (person >= 0) {
          out.push({ start: t.start, end, person, kind: 'description' });
          remember(t.start, person);
        }
        i += withNoun ? 2 : 1;
      }
    }
  });
  return out;
}
