/**
 * Bodies the tagger missed that an apposition describes: "Fingrid, the Finnish grid operator,
 * said …", "Naftogaz, Ukraine's state energy company, …". A capitalised word (or two) that no span
 * covers, followed by a comma and a description whose head is a noun only organisations take, is
 * an organisation's name.
 */
import type { TokenSpan } from '../ner/labels.js';

/** Nouns that head a description of an organisation ("the grid operator", "a state energy company"). */
const BODY_NOUNS = new Set(
  (
    'operator company firm group agency regulator utility bank insurer carrier manufacturer maker producer provider ' +
    'broadcaster airline retailer conglomerate watchdog exporter importer supplier distributor developer lender ' +
    'shipper shipyard refiner miner automaker carmaker chipmaker startup start-up giant monopoly consortium'
  ).split(' '),
);

/** Capitalised words that open a sentence and are no part of a name. */
const FUNCTION_WORDS = /^(?:In|At|On|For|From|With|By|The|A|An|And|But|As|After|Before|When|While|Since|Meanwhile|However)$/;

/** Words a description may open with: articles and possessives ("the", "a", "Ukraine's"). */
const OPENERS = /^(?:the|a|an|its|their)$/i;

/**
 * The spans of such names in one sentence's words, added to `spans` (kept in order); a word the
 * tagger covered is left as it was.
 *
 * @example
 * appositiveBodies(['Fingrid', ',', 'the', 'Finnish', 'grid', 'operator', ',', 'said'], []);
 * // [{ start: 0, end: 1, type: 'ORG' }]
 */
export function appositiveBodies(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let k = s.start; k < s.end; k++) covered[k] = 1;
  const added: TokenSpan[] = [];
  for (let i = 0; i + 3 < words.length; i++) {
    if (words[i + 1] !== ',' || covered[i] || !/^\p{Lu}[\p{L}\p{N}&-]+$/u.test(words[i]!)) continue;
    // the name: one or two capitalised words ("Eagle Shipping"), not a sentence's opening preposition
    const start =
      i > 0 && /^\p{Lu}[\p{L}\p{N}&-]+$/u.test(words[i - 1]!) && !covered[i - 1] && !FUNCTION_WORDS.test(words[i - 1]!) ? i - 1 : i;
    const before = words[start - 1];
    if (before !== undefined && /^\p{Lu}/u.test(before)) continue;
    // the description: an opener or a possessive, a few modifiers, a body's noun, then a comma
    const k = i + 2;
    if (!(OPENERS.test(words[k]!) || /['’]s$/u.test(words[k + 1] ?? '') || words[k + 1] === "'s" || words[k + 1] === '’s')) continue;
    let head = -1;
    for (let j = k + 1; j < words.length && j <= k + 6; j++) {
      if (words[j] === ',') {
        head = j - 1;
        break;
      }
    }
    if (head < 0 || !BODY_NOUNS.has(words[head]!.toLowerCase())) continue;
    added.push({ start, end: i + 1, type: 'ORG' });
  }
  if (added.length === 0) return [...spans];
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** Nouns that describe a body before its name ("rights group Human Rights Watch", "monitoring group Airwars"). */
const DESCRIPTOR_NOUNS = new Set([...BODY_NOUNS, 'organisation', 'organization', 'network', 'monitor', 'charity', 'movement', 'militia']);

/**
 * Spans with a description the tagger ran into a body's name left out: "Rights group Human Rights
 * Watch" at a sentence's start is "Human Rights Watch" (a capitalised word, a body's noun in lower
 * case, then the capitalised name).
 *
 * @example
 * withoutDescriptors(['Rights', 'group', 'Human', 'Rights', 'Watch', 'said'], [{ start: 0, end: 5, type: 'ORG' }]);
 * // [{ start: 2, end: 5, type: 'ORG' }]
 */
export function withoutDescriptors(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  return spans.map((s) => {
    // (the description's first word has its capital from the sentence's start: "Rights group …", not "the Fox network Tuesday")
    const opening = s.start === 0 || /^[.!?"“:]$/u.test(words[s.start - 1]!);
    const k = s.start + 1;
    if (s.type !== 'ORG' || !opening || k + 1 >= s.end || !DESCRIPTOR_NOUNS.has(words[k]!) || !/^\p{Lu}/u.test(words[k + 1]!)) return s;
    return { ...s, start: k + 1 };
  });
}
