/**
 * Noun phrases around a reporting verb, found without a parser: the subject that ends right
 * before the verb ("the former prime minister said"), the phrase right after it ("said Carson",
 * "according to the alliance chief"), with appositions, titles and time phrases stepped over.
 */
import { isLowerCaseOutletName } from '../sources/outlets.js';
import {
  CLAIM_NOUNS,
  CUE_VERBS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  MISSION_NOUNS,
  MODIFIERS,
  PEOPLE_QUANTIFIERS,
  POSSESSIVE_PRONOUNS,
  ROLE_NOUNS,
  SEATED_BODIES,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  VAGUE_HEADS,
  VERB_PREFIX,
} from './lexicon.js';
import { mentionKind, type TokenView } from './tokens.js';

/** A phrase: tokens `[from, to)` and what kind of head it has. */
export interface Phrase {
  readonly from: number;
  readonly to: number;
  readonly kind: 'pronoun' | 'name' | 'role';
  /** Where the words that present the speaker start, when a description leads the name ("The mayor of Paris, Anne Hidalgo"). */
  readonly lead?: number;
}

const TITLES = new Set(
  'mr. mrs. ms. dr. sen. gov. rep. gen. lt. col. prof. rev. pres. sec. amb. adm. capt. sgt. supt. det. insp. atty. gov sen rep mr mrs ms dr st. lt.gov. maj. cmdr. gens.'.split(
    ' ',
  ),
);

/** Words that never belong to a speaker's noun phrase. */
const STOP = new Set(
  (
    'in on at to from with by about after before during over under into onto upon against among between through ' +
    'without within and or but nor so yet if when while because although though since unless until as than ' +
    'is was are were be been being has have had do does did will would could should may might must can ' +
    'not no yes that which who whom whose what where why how this these those there here it its ' +
    'he she they we i you him them us me his her their our my your also said says say told ' +
    'just very too more most less least only even still already again ever never always'
  ).split(' '),
);

/** What may stand before a clause's subject. */
const CLAUSE_OPENERS = /^(?:[,;:(\u2014-]|while|whereas|though|although|yet)$/u;
const NOUN_LIKE = /(?:er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents|man|men|woman|women|ee|ees|ary|aries|ive|ives|ess)$/;

function isCap(text: string): boolean {
  return /^\p{Lu}/u.test(text) || isLowerCaseOutletName(text);
}

/** Whether a token can be part of a name: an entity's mention, or a capitalised word that is no time word. */
export function isNameToken(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  if (!t || t.quote >= 0) return false;
  // A mention by name; the entities layer's pronoun, role and description mentions are no names.
  if (t.entity >= 0) return mentionKind(v, i) === 'name';
  if (!isCap(t.text) || TIME_WORDS.has(t.lower)) return false;
  // Capitalised only because it starts the sentence.
  const first = i === v.units[t.unit]!.from;
  return !(first && (STOP.has(t.lower) || DETERMINERS.has(t.lower)));
}

function isTitle(lower: string): boolean {
  return TITLES.has(lower);
}

/** Whether the token could be the head noun of a speaker's phrase. */
function isRoleHead(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower);
}

/** "Israel's ambulance service", "the security service": a service that speaks as a body (not "service workers"). */
function bodyService(v: TokenView, h: number): boolean {
  return /^services?$/u.test(v.tokens[h]!.lower) && SERVICE_KINDS.has(v.tokens[h - 1]?.lower ?? '');
}

const SERVICE_KINDS = new Set(
  'ambulance security intelligence emergency rescue fire secret civil health border prison customs tax weather meteorological diplomatic postal migration immigration penitentiary electoral statistical statistics geological'.split(
    ' ',
  ),
);

/**
 * Whether the word at `i` modifies the noun after it though it is also a verb of saying ("state
 * television", "state media", "state news agency").
 */
export function modifiesNoun(v: TokenView, i: number): boolean {
  if (!MODIFIERS.has(v.tokens[i]!.lower)) return false;
  const next = v.tokens[i + 1];
  if (isRoleHead(next?.lower ?? '')) return true;
  return next !== undefined && /^\p{Ll}+$/u.test(next.text) && !CUE_VERBS.has(next.lower) && isRoleHead(v.tokens[i + 2]?.lower ?? '');
}

function isTimeToken(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  // (a number or a time, not "the 71-year-old", a person named by age)
  const aged = /-year-old$/u.test(t.lower) && DETERMINERS.has(v.tokens[i - 1]?.lower ?? '');
  return TIME_WORDS.has(t.lower) || (/^\d/u.test(t.text) && !aged) || t.lower === 'p.m.' || t.lower === 'a.m.' || t.lower === 'day';
}

/** Offices held for a place, named by it after "from" ("the senator from Vermont"). */
const SEAT_HOLDERS = new Set(['senator', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'delegate', 'governor']);

const DASHES = new Set(['--', '\u2014', '\u2013']);

/** A dash between words: "--", "—", "–", or a hyphen with spaces around it ("Reynolds - Santilli's girlfriend -"). */
function isDash(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  if (DASHES.has(t.text)) return true;
  return t.text === '-' && /\s/u.test(v.text[t.start - 1] ?? '') && /\s/u.test(v.text[t.end] ?? '');
}

/** Steps left over auxiliaries, adverbs, time phrases, parentheticals and asides between dashes; returns the new end (exclusive). */
export function skipLeftFillers(v: TokenView, end: number, floor: number): number {
  let j = end - 1;
  let steps = 0;
  while (j >= floor && steps < 8) {
    const t = v.tokens[j]!;
    if (t.quote >= 0) break;
    // (a name in -ly opening the sentence is its subject: "Jolly said" after "David Jolly", "Kelly said")
    if ((VERB_PREFIX.has(t.lower) || /ly$/u.test(t.lower)) && (!/^\p{Lu}/u.test(t.text) || (j === v.units[t.unit]!.from && t.entity < 0))) {
      j--;
      steps++;
      continue;
    }
    // ("Six in 10 say": a share of people, not a time)
    if (isTimeToken(v, j) && !shareOfPeople(v, j, floor)) {
      let k = j - 1;
      while (k >= floor && (isTimeToken(v, k) || v.tokens[k]!.lower === ',')) k--;
      if (k >= floor && /^(?:on|in|at|last|this|early|late|since|during|earlier)$/u.test(v.tokens[k]!.lower)) k--;
      steps += j - k;
      j = k;
      continue;
    }
    // "The Supreme Court justice -- who has been involved in a scuffle -- said": an aside between dashes
    if (isDash(v, j) && j > floor) {
      let k = j - 1;
      while (k >= floor && k > j - 30 && !isDash(v, k) && v.tokens[k]!.quote < 0) k--;
      if (k > floor && isDash(v, k) && v.tokens[k]!.text === t.text) {
        // ("A former candidate -- John McCain, who lost in 2008 -- said": the person the aside names speaks)
        const named = v.tokens[k + 1]!;
        if (named.entity >= 0 && v.entities[named.entity]!.type === 'PERSON') {
          let end = k + 1;
          while (end + 1 < j && v.tokens[end + 1]!.entity === named.entity && v.tokens[end + 1]!.mention === named.mention) end++;
          // (the name stands alone in the aside, not as an owner: "- Santilli's girlfriend -")
          if (end + 1 === j || v.tokens[end + 1]!.text === ',') return end + 1;
        }
        steps++;
        j = k - 1;
        continue;
      }
    }
    if (t.text === ')') {
      let k = j - 1;
      while (k >= floor && k > j - 8 && v.tokens[k]!.text !== '(') k--;
      if (k >= floor && v.tokens[k]!.text === '(') {
        steps++;
        j = k - 1;
        continue;
      }
    }
    break;
  }
  return j + 1;
}

/** Can the token sit inside a noun phrase before its head? */
function modifierToken(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  if (t.quote >= 0) return false;
  // Words of a role mention the entities layer resolved ("the German chancellor") stay in the phrase.
  if (t.entity >= 0 && !SUBJECT_PRONOUNS.has(t.lower) && !POSSESSIVE_PRONOUNS.has(t.lower)) return true;
  if (
    isNameToken(v, i) ||
    isTitle(t.lower) ||
    MODIFIERS.has(t.lower) ||
    isRoleHead(t.lower) ||
    (DETERMINERS.has(t.lower) && t.lower !== 'that')
  )
    return true;
  // (a hyphen inside a word, not a dash between spaces: "their communications - a frequent complaint - technology companies")
  if (t.text === '-' && v.text[t.start - 1] === ' ') return false;
  if (t.text === "'s" || t.text === '\u2019s' || t.text === '-' || t.text === '.')
    return t.text !== '.' || isTitle(v.tokens[i - 1]?.lower ?? '');
  // ("The United Nations' humanitarian office": the possessive of a plural, right after its word)
  if ((t.text === "'" || t.text === '\u2019') && t.start === v.tokens[i - 1]?.end && /s$/u.test(v.tokens[i - 1]!.text)) return true;
  if (t.lower === 'of' || t.lower === 'for') return true;
  if (STOP.has(t.lower) || CUE_VERBS.has(t.lower) || !/^\p{L}/u.test(t.text)) return false;
  return /^[\p{Ll}-]+$/u.test(t.text);
}

/**
 * Whether the word before `at`, in a phrase whose head `h` is a person's name, is a noun an indefinite article opens, which the name
 * does not belong to: "in a contest President Maia Sandu has called …", "a word Trump then
 * repeated" (not "a spokesman Dmitry …").
 */
function objectBeforeName(v: TokenView, at: number, h: number): boolean {
  const w = v.tokens[at - 1];
  const head = v.tokens[h]!;
  const person = head.entity >= 0 && v.entities[head.entity]!.type === 'PERSON';
  if (!w || !/^\p{Lu}/u.test(v.tokens[at]!.text) || !person || !/^\p{Ll}+$/u.test(w.text) || w.entity >= 0) return false;
  // (an adjective describes the person: "A defensive Obama said")
  if (MODIFIERS.has(w.lower) || isRoleHead(w.lower) || isTitle(w.lower) || /(?:ive|ous|ful|less|able|ible)$/u.test(w.lower)) return false;
  return /^(?:a|an)$/u.test(v.tokens[at - 2]?.lower ?? '');
}

/**
 * The noun phrase that ends at `end` (exclusive): a pronoun, a name with its titles, or a
 * determiner-led common noun phrase. Appositions are stepped over (`Bush, Florida's former
 * governor,` gives `Bush`), and a relative clause leads back to what it modifies.
 */
export function phraseBefore(v: TokenView, end: number, floor: number): Phrase | null {
  const h = end - 1;
  if (h < floor) return null;
  const t = v.tokens[h]!;
  if (t.quote >= 0) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) {
    if (t.lower === 'who') return relativeAntecedent(v, h, floor);
    return { from: h, to: h + 1, kind: 'pronoun' };
  }
  if (t.text === ',') return apposition(v, h, floor);
  const share = shareOfPeople(v, h, floor);
  if (share) return share;
  let np = nounPhraseEndingAt(v, h, floor);
  const pronoun = insideRelativeClause(v, np, end, floor) ? relativePronounBefore(v, h, floor) : -1;
  if (pronoun >= 0) return relativeAntecedent(v, pronoun, floor);
  // "the order released Friday said": a noun with a participle after it.
  if (!np && /^\p{Ll}+ed$/u.test(t.text) && !CUE_VERBS.has(t.lower)) np = nounPhraseEndingAt(v, h - 1, floor);
  if (!np) return null;
  // `Another source speaking to Fox News said`: the phrase after a preposition is its object.
  const prep = v.tokens[np.from - 1];
  if (prep && np.from - 1 >= floor && /^(?:to|with|from|on|at|in|by|about|for)$/u.test(prep.lower)) {
    for (let k = np.from - 2; k >= floor && k >= np.from - 6; k--) {
      const w = v.tokens[k]!;
      if (/^\p{Ll}+ing$/u.test(w.text)) return phraseBefore(v, k, floor);
      if (w.quote >= 0 || /^[,.;:]$/u.test(w.text)) break;
    }
  }
  return np;
}

/** A number before "percent": "47", "12.5", "Twenty-four". */
const SHARE_NUMBER = /^(?:\d[\d.,]*|(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)$/u;

/** Words that hedge a share ("about 9 percent", "nearly one in three"). */
const ROUGHLY = /^(?:about|around|nearly|almost|roughly|some|only|just|over|under|approximately)$/u;

/** Shares named in a word ("two-thirds said"). */
const FRACTION = /^(?:two-thirds|three-fourths|three-quarters|one-third|one-quarter)$/u;

/** The count of "one in three", and how many it is one of. */
const FEW = /^(?:one|two|three|four|five|six|seven|eight|nine|\d+)$/u;
const OF_MANY = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/u;

/**
 * A share of the people a poll asked, ending at token `h`: "47 percent", "About 9 percent", "One in
 * three" (the phrase "47 percent said" opens with), or null.
 */
export function shareOfPeople(v: TokenView, h: number, floor: number): Phrase | null {
  const T = v.tokens;
  let from = -1;
  if (/^(?:percent|%)$/u.test(T[h]!.lower) && h - 1 >= floor && SHARE_NUMBER.test(T[h - 1]!.lower)) from = h - 1;
  if (OF_MANY.test(T[h]!.lower) && h - 2 >= floor && T[h - 1]!.lower === 'in' && FEW.test(T[h - 2]!.lower)) from = h - 2;
  // ("nine out of 10", "two-thirds", "three-fourths")
  if (OF_MANY.test(T[h]!.lower) && h - 3 >= floor && T[h - 1]!.lower === 'of' && T[h - 2]!.lower === 'out' && FEW.test(T[h - 3]!.lower))
    from = h - 3;
  if (FRACTION.test(T[h]!.lower) && (h === floor || !/^(?:the|a|an|of)$/u.test(T[h - 1]!.lower))) from = h;
  if (from < 0) return null;
  if (from - 1 >= floor && ROUGHLY.test(T[from - 1]!.lower)) from--;
  return { from, to: h + 1, kind: 'role' };
}

/**
 * Whether the words are a share of the people a poll asked, as {@link phraseBefore} reads one:
 * "47 percent", "About 9 percent", "One in three".
 *
 * @example
 * isShareOfPeople('About 9 percent'); // true
 * isShareOfPeople('the percentage'); // false
 */
export function isShareOfPeople(words: string): boolean {
  const w = words.toLowerCase().replace(/(\d)%/gu, '$1 %').split(/\s+/u);
  if (ROUGHLY.test(w[0]!) && w.length > 2) w.shift();
  if (w.length === 1) return FRACTION.test(w[0]!);
  if (w.length === 2) return /^(?:percent|%)$/u.test(w[1]!) && SHARE_NUMBER.test(w[0]!);
  if (w.length === 4) return FEW.test(w[0]!) && w[1] === 'out' && w[2] === 'of' && OF_MANY.test(w[3]!);
  return w.length === 3 && FEW.test(w[0]!) && w[1] === 'in' && OF_MANY.test(w[2]!);
}

/**
 * Whether the words before the verb at `end`, read as the phrase `np` (null: none), are part of a
 * relative clause rather than the verb's subject: "Democrats who backed the bill said" (a verb and
 * its object after "who"), "a book which in the wake of the defeat urged" (an object of a
 * preposition), "Republicans who have praised"; not "less credit than aides say" or "which critics
 * said" (a subject of its own), nor before a participle or after a preposition ("who have committed
 * the offense of supporting …").
 */
function insideRelativeClause(v: TokenView, np: Phrase | null, end: number, floor: number): boolean {
  const h = end - 1;
  if (h < floor || /ing$/u.test(v.tokens[end]?.lower ?? '') || /^(?:of|to|for|by|in|on|at|with|from)$/u.test(v.tokens[h]!.lower))
    return false;
  if (!np) return true;
  const first = v.tokens[np.from]!;
  if (/^\p{Ll}+ed$/u.test(first.text)) return true;
  const clause = v.tokens[np.from - 1];
  if (!clause) return false;
  const verbAfterRelative =
    np.to - np.from > 1 && /^\p{Ll}/u.test(first.text) && !DETERMINERS.has(first.lower) && !POSSESSIVE_PRONOUNS.has(first.lower);
  const w = clause.lower;
  return ((w === 'who' || w === 'which') && verbAfterRelative) || VERB_PREFIX.has(w) || CLAUSE_PREPOSITIONS.has(w);
}

/**
 * The "who" or "which" that opens a relative clause ending at `h`, within the clause's words (no
 * punctuation, quotation or "and" between), as a token index; -1 when none does, or when the pronoun
 * follows a preposition ("a sound bite for which she later apologized": a subject of its own).
 */
function relativePronounBefore(v: TokenView, h: number, floor: number): number {
  for (let k = h; k > floor && k >= h - 12; k--) {
    const w = v.tokens[k]!;
    if (w.quote >= 0 || /^(?:[,;:()\u2014]|and|or|but)$/u.test(w.text)) break;
    if ((w.lower === 'who' || w.lower === 'which') && k < h && /^\p{Ll}/u.test(v.tokens[k + 1]!.text)) {
      return APPOSITION_PREPOSITIONS.has(v.tokens[k - 1]?.lower ?? '') ? -1 : k;
    }
  }
  return -1;
}

/** Prepositions whose object, right before a verb, is no subject of it ("which in the wake of the defeat urged"). */
const CLAUSE_PREPOSITIONS = new Set(
  'in after during since amid following before at on over under against about with from into toward towards'.split(' '),
);

/** A reporting verb as written in running text: lower case, and not a form that is mostly a noun ("state", "reports"). */
function isSpeechVerb(text: string): boolean {
  if (!/^\p{Ll}/u.test(text)) return false;
  const e = CUE_VERBS.get(text);
  if (e?.cls !== 'speech') return false;
  return text !== e.lemma || /^(?:say|tell|add|write|ask|insist|argue)$/u.test(text)
    ? !/^(?:states|reports|claims|comments|calls|questions|answers|posts|tweets|quotes|remarks|charges|demands|attacks)$/u.test(text)
    : false;
}

function relativeBefore(v: TokenView, at: number, floor: number): boolean {
  for (let k = at - 1; k >= Math.max(0, floor) && k >= at - 12; k--) {
    const w = v.tokens[k]!;
    if (w.text === ',') return false;
    if (/^(?:who|which|whom)$/u.test(w.lower)) return true;
  }
  return false;
}

function relativeAntecedent(v: TokenView, who: number, floor: number): Phrase | null {
  let j = who - 1;
  if (j >= floor && /^(?:,|-|--|\u2014|\u2013)$/u.test(v.tokens[j]!.text)) j--;
  if (j < floor) return null;
  const np = nounPhraseEndingAt(v, j, floor);
  // "Democrats in Iowa who watched the debate": the people, not the place
  const prep = np ? v.tokens[np.from - 1] : undefined;
  if (np && prep && np.from - 2 >= floor && /^(?:in|from|at)$/u.test(prep.lower)) {
    // ("A lawmaker from the governing party who sits on …": the lawmaker)
    const head = v.tokens[np.from - 2]!.lower;
    const people = nounPhraseEndingAt(v, np.from - 2, floor);
    if (people && (/s$/u.test(head) || isRoleHead(head))) return { ...people, to: np.to };
  }
  return np;
}

/** Prepositions whose object, inside an apposition, is not the subject ("a retiree in Carthage, Ill."). */
const APPOSITION_PREPOSITIONS = new Set(['in', 'of', 'from', 'near', 'at', 'outside', 'for', 'with', 'on', 'by', 'to']);

/** Whether every token of the phrase names one person of the entities layer. */
function wholePerson(v: TokenView, np: Phrase): boolean {
  const e = v.tokens[np.from]!.entity;
  // "Rep. Jason Chaffetz, R-Utah, said": a party label the tagger may take for a person
  if (e < 0 || v.entities[e]!.type !== 'PERSON' || /^[RDI]-/u.test(v.tokens[np.from]!.text)) return false;
  for (let i = np.from + 1; i < np.to; i++) if (v.tokens[i]!.entity !== e) return false;
  return true;
}

/**
 * The person's name that ends a phrase of titles before it ("former Botswana President Mokgweetsi
 * Masisi": "Mokgweetsi Masisi"), or null when other words stand before the name.
 */
function titledPerson(v: TokenView, np: Phrase): Phrase | null {
  const e = v.tokens[np.to - 1]!.entity;
  if (e < 0 || v.entities[e]!.type !== 'PERSON') return null;
  let from = np.to - 1;
  while (from - 1 >= np.from && v.tokens[from - 1]!.entity === e) from--;
  for (let i = np.from; i < from; i++) {
    const t = v.tokens[i]!;
    if (!(MODIFIERS.has(t.lower) || isTitle(t.lower) || /^\p{Lu}/u.test(t.text))) return null;
  }
  return { from, to: np.to, kind: 'name' };
}

function apposition(v: TokenView, comma: number, floor: number): Phrase | null {
  // `The mayor of Paris, Anne Hidalgo, said`, `The head of the mission, former Botswana President
  // Mokgweetsi Masisi, told`: a person's name between two commas is the speaker, and the phrase
  // before it describes them.
  const phrase = nounPhraseEndingAt(v, comma - 1, floor);
  const named = phrase && (wholePerson(v, phrase) ? phrase : titledPerson(v, phrase));
  if (phrase && named && phrase.from - 1 >= floor && v.tokens[phrase.from - 1]!.text === ',') {
    const description = nounPhraseEndingAt(v, phrase.from - 2, floor);
    // ("Dmitry Peskov, the Kremlin spokesman, said": the role the entities tied to him describes the name before it)
    if (description && mentionKind(v, named.from) === 'role' && wholePerson(v, description)) return description;
    return description ? { ...named, lead: description.from } : named;
  }
  // `X, <apposition>, said`, `X, meanwhile, who …, said`: the phrase before one of the commas.
  for (let k = comma - 1; k >= floor && k >= comma - 40; k--) {
    const t = v.tokens[k]!;
    // A reporting verb in the apposition ends the search, unless a relative clause holds it ("who says …").
    if (t.quote >= 0 && !v.titles.has(t.quote)) return null;
    if (isSpeechVerb(t.text) && !relativeBefore(v, k, comma - 40)) return null;
    if (t.text !== ',') continue;
    let end = k;
    while (end - 1 >= floor && /^(?:meanwhile|however|too|though|also|instead|then|now|again)$/u.test(v.tokens[end - 1]!.lower)) end--;
    // "Rep. Bobby Scott (D-Va.), ranking member …, said": the party label is no part of the name's end.
    if (v.tokens[end - 1]?.text === ')') {
      let p = end - 2;
      while (p >= floor && p > end - 8 && v.tokens[p]!.text !== '(') p--;
      if (p >= floor && v.tokens[p]!.text === '(') end = p;
    }
    const np = nounPhraseEndingAt(v, end - 1, floor);
    // `Carole Bower, 75, a retiree in Carthage, Ill., said`: the object of a preposition is part of the apposition
    if (np && np.from - 1 >= floor && APPOSITION_PREPOSITIONS.has(v.tokens[np.from - 1]!.lower)) continue;
    // "The former astronaut, who was married to Ride, added": a relative "who" makes any noun a person
    const who = v.tokens[k + 1]?.lower === 'who';
    if (np && (np.kind !== 'role' || who || isRoleHead(v.tokens[np.to - 1]!.lower))) {
      // "Hogan Gidley, a former executive director of the party, whose roots …, said": the name the description follows
      const named = v.tokens[np.from - 1]?.text === ',' ? nounPhraseEndingAt(v, np.from - 2, floor) : null;
      return named && !wholePerson(v, np) && wholePerson(v, named) ? named : np;
    }
    if (SUBJECT_PRONOUNS.has(v.tokens[end - 1]?.lower ?? '') && end - 1 >= floor) return { from: end - 1, to: end, kind: 'pronoun' };
  }
  return null;
}

function nounPhraseEndingAt(v: TokenView, h: number, floor: number): Phrase | null {
  if (h < floor) return null;
  const t = v.tokens[h]!;
  if (t.quote >= 0) return null;
  let headKind: Phrase['kind'];
  // "Some said", "…, while others cautioned": a quantifier standing alone for people.
  // (Not "Hawkins and others", nor "most recently defended".)
  if (
    PEOPLE_QUANTIFIERS.has(t.lower) &&
    !/ly$/u.test(v.tokens[h + 1]?.lower ?? '') &&
    (h === floor ||
      CLAUSE_OPENERS.test(v.tokens[h - 1]!.lower) ||
      (/^(?:and|but)$/u.test(v.tokens[h - 1]!.lower) && (h - 1 === floor || v.tokens[h - 2]!.text === ',')))
  )
    return { from: h, to: h + 1, kind: 'role' };
  // ("the 71-year-old told supporters": a person named by age)
  const aged = /^\d+-year-old$/u.test(t.lower) && DETERMINERS.has(v.tokens[h - 1]?.lower ?? '');
  if (isNameToken(v, h)) headKind = 'name';
  else if (isRoleHead(t.lower) || aged || (NOUN_LIKE.test(t.lower) && !CUE_VERBS.has(t.lower) && !STOP.has(t.lower)) || bodyService(v, h))
    headKind = 'role';
  // Any common noun after a determiner or a modifier: "the tycoon", "many voters".
  else if (
    /^[\p{Ll}-]+$/u.test(t.text) &&
    !STOP.has(t.lower) &&
    (!CUE_VERBS.has(t.lower) || documentOfNoun(v, h)) &&
    !/ly$/u.test(t.lower) &&
    h > floor &&
    (leadsNoun(v, h - 1) || sourcesCloseTo(v, h) || peopleOfNoun(v, h))
  )
    headKind = 'role';
  else return null;
  let from = h;
  // ("Trump's campaign released a statement": a document a name issued keeps the name, who speaks through it)
  const people = VAGUE_HEADS.has(t.lower) || GROUP_NOUNS.test(t.lower);
  while (
    from - 1 >= floor &&
    from > h - 10 &&
    modifierToken(v, from - 1) &&
    !(people && verbAfterName(v, from - 1)) &&
    !nounBeforeArticle(v, from) &&
    !(headKind === 'name' && objectBeforeName(v, from, h))
  )
    from--;
  // Drop leading words that cannot start a phrase (a stray "of", a lower-case verb-like word).
  while (from < h && !startsPhrase(v, from)) from++;
  if (headKind === 'role' && from === h && !isRoleHead(t.lower)) {
    // A bare common noun needs a determiner or a possessive in front to count ("officials" is fine).
    if (!/s$/u.test(t.lower)) return null;
  }
  // A possessive pronoun makes "his spokesman" a role phrase.
  if (from - 1 >= floor && POSSESSIVE_PRONOUNS.has(v.tokens[from - 1]!.lower) && headKind === 'role') from--;
  // "the Florida senator and Republican presidential candidate", "Clinton and Sanders".
  const and = v.tokens[from - 1];
  if (and?.lower === 'and' && from - 2 >= floor) {
    const left = nounPhraseEndingAt(v, from - 2, floor);
    const before = left ? v.tokens[left.from - 1] : undefined;
    // (a clause of its own after "that": "told reporters that Putin and Trump had agreed")
    if (left && (left.from === floor || !before || before.quote >= 0 || /^(?:[,;:(\u2014-]|that)$/u.test(before.text))) {
      from = left.from;
      // "Estonia, Latvia and Lithuania": names listed before the last two (not "voters in Alabama,
      // Georgia and Texas", whose list a preposition opens)
      let k = from;
      while (k - 2 >= floor && v.tokens[k - 1]!.text === ',' && v.tokens[k - 2]!.entity >= 0 && v.tokens[k]!.entity >= 0) {
        const named = nounPhraseEndingAt(v, k - 2, floor);
        if (!named || named.kind !== 'name') break;
        const opener = v.tokens[named.from - 1];
        // ("In Vilnius, Estonia, …": a place the sentence opens with is not in the list)
        if (named.from > floor && opener && opener.entity < 0 && /^\p{Lu}\p{Ll}*$/u.test(opener.text)) break;
        k = named.from;
        if (k > floor && opener && /^\p{Ll}+$/u.test(opener.text)) k = from;
        if (k === from || k === floor || opener?.text !== ',') break;
      }
      from = k;
    }
  }
  // "a column in the Financial Times", "a report from Foreign Policy": the document is the source;
  // "some diplomats in Brussels", "officials in Moscow", "a source in Kyiv": the people are; "the Russian Embassy in
  // Washington": the embassy is
  // ("A Reuters poll of 40 economists": a count opens the phrase the document is of)
  if (
    from - 3 >= floor &&
    /^\p{N}/u.test(v.tokens[from - 1]!.text) &&
    v.tokens[from - 2]!.lower === 'of' &&
    DOCUMENT_NOUNS.has(v.tokens[from - 3]!.lower)
  )
    from--;
  // ("A Kremlin readout of the call": the readout is)
  const prep = v.tokens[from - 1];
  const documentOf = prep?.lower === 'of' && DOCUMENT_NOUNS.has(v.tokens[from - 2]?.lower ?? '');
  if (prep && from - 2 >= floor && (/^(?:in|from|by|at|on)$/u.test(prep.lower) || documentOf)) {
    const noun = v.tokens[from - 2]!.lower;
    // ("the foreign ministry in Paris", "the government in Kyiv": a body in its seat)
    const mission = prep.lower === 'in' && (MISSION_NOUNS.has(noun) || SEATED_BODIES.has(noun));
    const people = prep.lower !== 'by' && prep.lower !== 'on' && VAGUE_HEADS.has(noun);
    // "The senator from Vermont", "the congressman from Texas": a person's office held for a place
    const seat = prep.lower === 'from' && SEAT_HOLDERS.has(noun) && DETERMINERS.has(v.tokens[from - 3]?.lower ?? '');
    if (DOCUMENT_NOUNS.has(noun) || mission || people || seat) {
      const owner = nounPhraseEndingAt(v, from - 2, floor);
      // ("a diplomatic source in Dar es Salaam": one unnamed person, as "officials in Moscow" are several)
      const one = owner && /^(?:a|an|one|another)$/u.test(v.tokens[owner.from]!.lower);
      if (owner && (!people || /s$/u.test(noun) || one || DOCUMENT_NOUNS.has(noun) || mission)) from = owner.from;
    }
  }
  // "Economists polled by Reuters", "analysts surveyed by Bloomberg": the people asked, not the outlet that asked them
  if (
    prep?.lower === 'by' &&
    from - 3 >= floor &&
    /^(?:polled|surveyed|interviewed|questioned|contacted)$/u.test(v.tokens[from - 2]!.lower) &&
    (VAGUE_HEADS.has(v.tokens[from - 3]!.lower) || GROUP_NOUNS.test(v.tokens[from - 3]!.lower) || ROLE_NOUNS.has(v.tokens[from - 3]!.lower))
  ) {
    const asked = nounPhraseEndingAt(v, from - 3, floor);
    if (asked) from = asked.from;
  }
  // "sources close to the talks", "people familiar with the plans", "an official briefed on the talks": the sources are
  // ("a person with knowledge of the talks": the phrase may have taken in the tie's last words)
  for (let s = Math.max(floor + 1, from - 3); s < from; s++) {
    const tie = tieStartingAt(v, s);
    if (tie === 0 || s + tie < from || !VAGUE_HEADS.has(v.tokens[s - 1]!.lower)) continue;
    const owner = nounPhraseEndingAt(v, s - 1, floor);
    if (owner) from = owner.from;
    break;
  }
  const hasName = (() => {
    for (let k = from; k <= h; k++) if (isNameToken(v, k)) return true;
    return false;
  })();
  return { from, to: h + 1, kind: hasName && headKind === 'name' ? 'name' : hasName ? 'name' : 'role' };
}

/** "a readout of the call", "a transcript of the statement": the noun a document is of, though it can be a verb. */
function documentOfNoun(v: TokenView, h: number): boolean {
  return (
    DETERMINERS.has(v.tokens[h - 1]?.lower ?? '') && v.tokens[h - 2]?.lower === 'of' && DOCUMENT_NOUNS.has(v.tokens[h - 3]?.lower ?? '')
  );
}

/** Plural nouns of people a phrase may end with ("supporters", "voters"). */
const GROUP_NOUNS =
  /^(?:supporters|voters|opponents|critics|rivals|donors|allies|members|delegates|lawmakers|protesters|workers|activists|reporters)$/u;

/** People of a cause, before "of": "Supporters of reform", "Opponents of abortion", "advocates of gun control". */
const PEOPLE_OF = /^(?:supporters|opponents|critics|advocates|proponents|backers|defenders|foes|champions|members)$/u;

/** Whether the noun at `h` is what people before "of" are for or against ("Supporters of reform said"). */
function peopleOfNoun(v: TokenView, h: number): boolean {
  const of = v.tokens[h - 1];
  if (of?.lower === 'of' && PEOPLE_OF.test(v.tokens[h - 2]?.lower ?? '')) return true;
  // ("Advocates of gun control": a noun before the head)
  return /^\p{Ll}+$/u.test(of?.text ?? '') && v.tokens[h - 2]?.lower === 'of' && PEOPLE_OF.test(v.tokens[h - 3]?.lower ?? '');
}

/** "Obama met critics who say", "The Vermont senator emailed supporters": a verb after a name or a role ends the phrase before it. */
function verbAfterName(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  if (i === 0 || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (!isNameToken(v, i - 1) && !isRoleHead(v.tokens[i - 1]!.lower)) return false;
  // ("Democratic registered voters", "Republican elected officials": participles as adjectives)
  if (/^(?:registered|elected|retired|undecided|unaffiliated|disaffected|frustrated|concerned|unnamed|affected|involved)$/u.test(t.lower))
    return false;
  return (
    /^\p{Ll}{2,}(?:ed|es)$/u.test(t.text) ||
    /^(?:met|won|lost|led|held|sent|took|gave|made|hit|beat|sought|told|saw|urges|meets|slams|blasts|hits)$/u.test(t.lower)
  );
}

/**
 * "a figure the government disputed", "a figure economists expected": a noun after an article,
 * right before the article that opens a phrase (or before any phrase when it stands for a claim),
 * heads a phrase of its own, which the clause after it describes.
 */
function nounBeforeArticle(v: TokenView, i: number): boolean {
  const before = v.tokens[i - 1]!;
  if (i < 2 || !ARTICLES.has(v.tokens[i - 2]!.lower) || !/^\p{Ll}+$/u.test(before.text)) return false;
  if (CLAIM_NOUNS.has(before.lower)) return v.tokens[i]!.lower !== 'of';
  return ARTICLES.has(v.tokens[i]!.lower) && !DETERMINERS.has(before.lower) && !MODIFIERS.has(before.lower) && !isRoleHead(before.lower);
}

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those']);

/** The words that tie an unnamed source to what it knows: "familiar with", "close to", "briefed on", "with knowledge of". */
const SOURCE_TIES: readonly (readonly string[])[] = [
  'close to',
  'privy to',
  'familiar with',
  'briefed on',
  'aware of',
  'involved in',
  'knowledgeable about',
  'with knowledge of',
  'with direct knowledge of',
].map((t) => t.split(' '));

/** The number of words of a source tie that ends at token `k` ("familiar with" ending at "with"), or 0. */
function tieEndingAt(v: TokenView, k: number): number {
  return SOURCE_TIES.find((tie) => tie.every((w, i) => v.tokens[k - tie.length + 1 + i]?.lower === w))?.length ?? 0;
}

/** The number of words of a source tie that starts at token `k`, or 0. */
function tieStartingAt(v: TokenView, k: number): number {
  return SOURCE_TIES.find((tie) => tie.every((w, i) => v.tokens[k + i]?.lower === w))?.length ?? 0;
}

/** "sources privy to negotiations", "people familiar with talks": a bare noun after the words that make a source. */
function sourcesCloseTo(v: TokenView, h: number): boolean {
  const tie = tieEndingAt(v, h - 1);
  return tie > 0 && VAGUE_HEADS.has(v.tokens[h - tie - 1]?.lower ?? '');
}

function leadsNoun(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  return DETERMINERS.has(t.lower) || MODIFIERS.has(t.lower) || isNameToken(v, i) || t.text === "'s" || t.text === '\u2019s';
}

function startsPhrase(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  if (t.lower === 'of' || t.lower === 'for' || t.text === "'s" || t.text === '\u2019s' || t.text === '-' || t.text === '.') return false;
  return true;
}

/**
 * The noun phrase that starts at `at`: `said the former Estonian prime minister`, `according to
 * Reuters`, `told ABC's George Stephanopoulos`. Stops at punctuation, prepositions (but "of") and
 * verbs, and ends at its last head word.
 */
export function phraseAfter(v: TokenView, at: number, ceiling: number): Phrase | null {
  if (at >= ceiling) return null;
  const t = v.tokens[at]!;
  if (t.quote >= 0 || (STOP.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && !DETERMINERS.has(t.lower)) || t.lower === 'of') return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'who' && t.lower !== 'it') return { from: at, to: at + 1, kind: 'pronoun' };
  let j = at;
  let lastHead = -1;
  let hasName = false;
  let hasRole = false;
  while (j < ceiling && j < at + 12) {
    const u = v.tokens[j]!;
    if (u.quote >= 0) break;
    const first = j === at;
    if (first && (DETERMINERS.has(u.lower) || POSSESSIVE_PRONOUNS.has(u.lower))) {
      j++;
      continue;
    }
    if (isNameToken(v, j) || isTitle(u.lower)) {
      if (isNameToken(v, j)) {
        hasName = true;
        lastHead = j;
      }
      j++;
      continue;
    }
    if (u.text === "'s" || u.text === '\u2019s' || u.text === '-' || u.text === '&') {
      j++;
      continue;
    }
    if (u.lower === 'of' && j + 1 < ceiling && !STOP.has(v.tokens[j + 1]!.lower)) {
      j++;
      continue;
    }
    if (u.text === '(') {
      let k = j + 1;
      while (k < ceiling && k < j + 8 && v.tokens[k]!.text !== ')') k++;
      if (k < ceiling && v.tokens[k]!.text === ')') {
        j = k + 1;
        continue;
      }
      break;
    }
    // ("a report by Reuters", "a new study": a document's noun after a determiner or an adjective is no verb)
    // ("a Reuters report": after a name a determiner opened, the document's noun still)
    const documentNoun = DOCUMENT_NOUNS.has(u.lower) && j > at && (!hasName || DETERMINERS.has(v.tokens[at]!.lower));
    const modifier = j + 1 < ceiling && modifiesNoun(v, j);
    if (STOP.has(u.lower) || (CUE_VERBS.has(u.lower) && !documentNoun && !modifier) || !/^[\p{Ll}-]+$/u.test(u.text)) break;
    if (documentNoun) {
      lastHead = j;
      hasRole = true;
      // "a report by Reuters", "a tally by the Associated Press": the document and who wrote it
      const by = v.tokens[j + 1];
      if (by && /^(?:by|from)$/u.test(by.lower)) {
        const author = phraseAfter(v, j + 2, ceiling);
        if (author && author.kind === 'name') return { from: at, to: author.to, kind: 'name' };
      }
      j++;
      continue;
    }
    // After a name, a lower-case word that is no role noun starts the predicate ("Carson shared …").
    // ("a White House fact sheet": a document's noun ahead, after a determiner)
    const headAhead = (w: string) => isRoleHead(w) || (DOCUMENT_NOUNS.has(w) && DETERMINERS.has(v.tokens[at]!.lower));
    const roleAhead = [1, 2].some(
      (d) => j + d < ceiling && headAhead(v.tokens[j + d]!.lower) && /^[\p{Ll}-]+$/u.test(v.tokens[j + d - 1]!.text),
    );
    if (hasName && !isRoleHead(u.lower) && !roleAhead && v.tokens[j - 1]!.text !== "'s" && v.tokens[j - 1]!.text !== '\u2019s') break;
    if (isRoleHead(u.lower) || NOUN_LIKE.test(u.lower) || MODIFIERS.has(u.lower) || /s$/u.test(u.lower) || j > at) {
      if (isRoleHead(u.lower) || NOUN_LIKE.test(u.lower)) {
        hasRole = true;
        lastHead = j;
      }
      j++;
      continue;
    }
    j++;
  }
  if (lastHead < 0) return null;
  if (!hasName && !hasRole) return null;
  return { from: at, to: familiarWith(v, lastHead + 1, ceiling), kind: hasName ? 'name' : 'role' };
}

/**
 * A description after a frame followed by the person's name, the sentence's last words ("according
 * to the head of the city's military administration, Tymur Tkachenko", "said the company's chief
 * executive, John J. Ferriola."): the name, led by the description; else the phrase as it was.
 */
export function withNameAfter(v: TokenView, p: Phrase, ceiling: number): Phrase {
  const T = v.tokens;
  if (p.kind !== 'role' || T[p.to]?.text !== ',') return p;
  const e = T[p.to + 1]?.entity ?? -1;
  if (e < 0 || v.entities[e]!.type !== 'PERSON') return p;
  let end = p.to + 1;
  while (end < ceiling && T[end]!.entity === e) end++;
  const next = T[end];
  if (end < ceiling && next && !/^[.,;:!?)]$/u.test(next.text) && next.quote < 0) return p;
  return { from: p.to + 1, to: end, kind: 'name', lead: p.from };
}

/**
 * "a person familiar with the matter", "an official briefed on the talks": where the description
 * that makes an unnamed source what it is ends (the end of "familiar with …" before a comma or
 * the sentence's end), or `at` when none follows.
 */
function familiarWith(v: TokenView, at: number, ceiling: number): number {
  const tie = tieStartingAt(v, at);
  if (tie === 0 || !VAGUE_HEADS.has(v.tokens[at - 1]!.lower)) return at;
  const k = plainWordsTo(v, at + tie, Math.min(ceiling, at + tie + 6));
  return k > at + tie ? k : at;
}

/**
 * Where a run of plain words from token `at` ends (before `ceiling`): at the first punctuation,
 * quotation or reporting verb. For the words that describe a source ("familiar with the matter",
 * "in the defence ministry").
 */
export function plainWordsTo(v: TokenView, at: number, ceiling: number): number {
  const T = v.tokens;
  let k = at;
  while (k < ceiling && T[k]!.quote < 0 && /^[\p{L}\p{N}'\u2019-]+$/u.test(T[k]!.text) && !CUE_VERBS.has(T[k]!.lower)) k++;
  return k;
}
