/**
 * Titles and roles of people, from the article itself: the title before a name ("German
 * Chancellor Angela Merkel"), an apposition after it ("Stoltenberg, a former Norwegian prime
 * minister,"), and later noun phrases that name the role alone ("the former prime minister"),
 * which become mentions of the one person the article gave that role.
 */
import type { Token } from '../tokenize/tokenize.js';

/** Last words of a role (lower-cased); two-word heads are matched first. */
const ROLE_HEADS = new Set(
  (
    'president|prime minister|chancellor|minister|secretary|secretary-general|spokesman|spokeswoman|spokesperson|governor|' +
    'senator|mayor|king|queen|prince|princess|chief|chairman|chairwoman|chair|director|general|commander|leader|ambassador|' +
    'envoy|negotiator|premier|executive|officer|ceo|coach|manager|judge|prosecutor|candidate|lawmaker|congressman|congresswoman|' +
    'representative|pope|cardinal|archbishop|bishop|sheikh|emir|foreign minister|finance minister|defence minister|' +
    'defense minister|interior minister|vice president|vice-president|head of state|head|founder|owner|economist|analyst|' +
    "charge d'affaires|chargé d'affaires|commissioner|trade chief|trade representative|commerce minister|commerce secretary|" +
    'vice premier|' +
    // abbreviated titles of US politics ("Sen. Cruz", "Gov. Kasich") and the House's speaker
    'sen.|gov.|speaker'
  ).split('|'),
);
const MODIFIERS = new Set([
  'former',
  'then',
  'acting',
  'interim',
  'deputy',
  'vice',
  'outgoing',
  'incoming',
  'new',
  'late',
  'top',
  'senior',
  'chief',
]);
const DETERMINERS = new Set(['a', 'an', 'the']);
const FUNCTION_WORDS = new Set([
  'on',
  'in',
  'at',
  'the',
  'a',
  'an',
  'and',
  'but',
  'by',
  'for',
  'of',
  'to',
  'with',
  'when',
  'as',
  'after',
  'before',
]);

/** Nouns for an organisation that may own a role ("the alliance's chief", "the bloc's trade chief"). */
const OWNING_NOUNS = new Set(['alliance', 'bloc', 'commission']);

/** Verbs that end a noun phrase ("the Kremlin said the president …"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'announced', 'warned', 'asked', 'is', 'was', 'has', 'had', 'will', 'would']);

/** Words `tokens[from, to)` that end with a role head: the length of the head (1 or 2), or 0. */
function headLength(tokens: readonly Token[], to: number, from: number): number {
  if (to - from >= 2 && ROLE_HEADS.has(`${tokens[to - 2]!.text} ${tokens[to - 1]!.text}`.toLowerCase())) return 2;
  return to - from >= 1 && ROLE_HEADS.has(tokens[to - 1]!.text.toLowerCase()) ? 1 : 0;
}

const isCapitalised = (t: string) => /^\p{Lu}/u.test(t);

/**
 * The title right before a name: a capitalised role head, with modifiers ("former") and at most
 * one qualifier before it, e.g. "German Chancellor" before "Angela Merkel". `at` is the name's
 * first token.
 */
export function titleBefore(tokens: readonly Token[], at: number): string | null {
  const len = headLength(tokens, at, Math.max(0, at - 2));
  if (len === 0) return null;
  let from = at - len;
  // a title in lower case ("former prime minister Boris Johnson", "spokesman Dmitry Peskov") needs
  // a modifier or a capitalised word before it, or to follow punctuation or open the sentence
  if (!isCapitalised(tokens[from]!.text)) {
    const prev = tokens[from - 1]?.text;
    if (prev !== undefined && /^\p{L}/u.test(prev) && !MODIFIERS.has(prev.toLowerCase()) && !isCapitalised(prev)) return null;
  }
  let qualifiers = 0;
  while (from > 0) {
    const t = tokens[from - 1]!.text;
    if (MODIFIERS.has(t.toLowerCase())) from--;
    else if (isCapitalised(t) && qualifiers === 0 && !FUNCTION_WORDS.has(t.toLowerCase())) {
      // One qualifier ("German", "NATO").
      from--;
      qualifiers++;
    } else break;
  }
  return join(tokens, from, at);
}

/**
 * An apposition after a name that states a role: `, a former Norwegian prime minister ,` →
 * "former Norwegian prime minister". `end` is the token after the name.
 */
export function appositionAfter(tokens: readonly Token[], end: number): string | null {
  if (tokens[end]?.text !== ',' || !DETERMINERS.has(tokens[end + 1]?.text.toLowerCase() ?? '')) return null;
  const from = end + 2;
  for (let to = from + 1; to <= Math.min(tokens.length, from + 6); to++) {
    const after = tokens[to]?.text;
    if (headLength(tokens, to, from) > 0 && (after === undefined || after === ',' || after === '.' || after === 'of' || after === 'who')) {
      return join(tokens, from, to);
    }
  }
  return null;
}

function join(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/**
 * The first token of the name a role reference stands in apposition to: "the Polish president,
 * Karol Nawrocki", "the Russian ambassador in Warsaw, Andrei Ordash"; -1 when no comma follows it
 * (after, at most, the place the role is held in).
 */
export function nameAfterRole(tokens: readonly Token[], ref: { end: number }): number {
  let k = ref.end;
  if (/^(?:in|of|at|to)$/u.test(tokens[k]?.text ?? '')) {
    const place = k + 1;
    while (k + 1 < tokens.length && k + 1 <= place + 3 && isCapitalised(tokens[k + 1]!.text)) k++;
    if (k < place) return -1;
    k++;
  }
  if (tokens[k]?.text !== ',' || !tokens[k + 1] || !isCapitalised(tokens[k + 1]!.text)) return -1;
  // the name closes the apposition ("…, Mark Rutte, told"), not opens a clause ("than that of the CIA chief, Zuckoff said")
  let end = k + 1;
  while (end < tokens.length && (isCapitalised(tokens[end]!.text) || NAME_PARTICLES.has(tokens[end]!.text))) end++;
  // ("the judge, Gonzalo P. Curiel of United States District Court")
  return end >= tokens.length || /^(?:[,.;:)]|of|who|whose|from)$/u.test(tokens[end]!.text) ? k + 1 : -1;
}

/** Lower-case words inside a name ("Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'del', 'di', 'bin', 'al', 'la', 'le', 'du', 'dos']);

/** The role head of a role phrase ("former Norwegian prime minister" → "prime minister"). */
export function roleHead(role: string): string {
  const words = role.toLowerCase().split(' ');
  if (words.length >= 2 && ROLE_HEADS.has(words.slice(-2).join(' '))) return words.slice(-2).join(' ');
  const head = words[words.length - 1]!;
  // ("Prime Minister Petr Fiala … the outgoing premier": one office under two names)
  return head === 'premier' ? 'prime minister' : head;
}

/**
 * Noun phrases that name a role without a name: "the (former|…)* (Adjective)* head", not followed
 * by a capitalised word (which would be the name itself). Returns token ranges and heads.
 */
export function roleReferences(tokens: readonly Token[]): { start: number; end: number; head: string }[] {
  const out: { start: number; end: number; head: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'the') continue;
    let best = 0;
    let bestLen = 0;
    for (let to = i + 2; to <= Math.min(tokens.length, i + 6); to++) {
      const word = tokens[to - 1]!.text;
      // "the bloc's trade chief": an organisation's role, owned by the noun that stands for it
      if (to === i + 3 && /^['\u2019]s$/u.test(word) && OWNING_NOUNS.has(tokens[i + 1]!.text.toLowerCase())) continue;
      if (
        !/^(?:[\p{L}-]+|\p{L}['\u2019]\p{L}+|(?:\p{Lu}\.)+)$/u.test(word) ||
        FUNCTION_WORDS.has(word.toLowerCase()) ||
        SPEECH_VERBS.has(word.toLowerCase())
      )
        break;
      const len = headLength(tokens, to, i + 1);
      const next = tokens[to]?.text ?? '';
      if (len > 0 && !isCapitalised(next) && next !== 'of') [best, bestLen] = [to, len];
    }
    if (best === 0) continue;
    out.push({ start: i, end: best, head: roleHead(join(tokens, best - bestLen, best)) });
    i = best - 1;
  }
  return out;
}
