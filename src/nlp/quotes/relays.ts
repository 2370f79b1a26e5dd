/**
 * Outlets that relay a statement from outside its frame: named after it ("Lavrov said Russia would
 * respond, TASS quoted him as saying.", "…, Interfax reported."), at the start of its sentence
 * ("Speaking to state broadcaster CGTN, Lin Jian said …"), or as the one that carried what the
 * frame says was a statement or a speech ("said in a statement carried by IRNA").
 */
import { findOutlet, stateMediaNamed } from '../sources/outlets.js';
import type { RawAttribution } from './attribute.js';
import { CARRIED, timeWord } from './lexicon.js';
import { firstTokenAt, type TokenView } from './tokens.js';

/**
 * The token range of the outlet that relays attribution `a` from outside its frame, or null.
 *
 * @example
 * // "Peskov said Russia had not interfered, Interfax reported." → the tokens of "Interfax"
 * relayAround(view, peskovSaid);
 */
export function relayAround(v: TokenView, a: RawAttribution): { from: number; to: number } | null {
  return trailingRelay(v, a) ?? (a.cue ? (openingRelay(v, a.cue[0]) ?? carriedRelay(v, a.cue[1])) : null);
}

/**
 * The outlet that carried a statement the frame says was made in a statement, a speech or comments:
 * "said in a statement carried by the state news agency IRNA", "in a speech broadcast by state
 * television VTV". Its token range (up to a comma or the sentence's end), or null. `after` is the
 * token after the cue.
 */
function carriedRelay(v: TokenView, after: number): { from: number; to: number } | null {
  const T = v.tokens;
  const unit = T[after - 1]!.unit;
  let k = after;
  let limit = after + 8;
  while (k < T.length && k < limit && T[k]!.unit === unit && T[k]!.quote < 0 && !CARRIED.test(T[k]!.lower)) {
    // ("told a meeting of his Security Council, in comments broadcast by state television": past a
    // comma that opens where the words were carried)
    if (T[k]!.text === ',' && T[k + 1]?.lower === 'in' && limit === after + 8) limit = k + 6;
    else if (/^[,.;:]$/u.test(T[k]!.text)) break;
    k++;
  }
  if (!CARRIED.test(T[k]?.lower ?? '') || T[k + 1]?.lower !== 'by' || k === after) return null;
  const from = k + 2;
  let end = from;
  while (end < T.length && end < from + 8 && T[end]!.unit === unit && T[end]!.quote < 0 && !/^(?:[,.;:!?]|that)$/u.test(T[end]!.text))
    end++;
  return end > from && outletNamed(v.text.slice(T[from]!.start, T[end - 1]!.end)) ? { from, to: end } : null;
}

/** Whether the words name an outlet: one the outlet table knows, or a state's media. */
function outletNamed(words: string): boolean {
  return findOutlet(words) !== null || stateMediaNamed(words) !== null;
}

/** Verbs an outlet named after a statement relays it with. */
const RELAY_VERBS = /^(?:quoted|reported|reports)$/u;

/**
 * The outlet named after a statement as the one that relayed it: "Lavrov said Russia would
 * respond, TASS quoted him as saying.", "Peskov said Russia had not interfered, Interfax
 * reported.", "Ryabkov said …, according to the TASS news agency.", "…, according to a readout
 * published by Xinhua." Its token range, or null.
 */
function trailingRelay(v: TokenView, a: RawAttribution): { from: number; to: number } | null {
  const T = v.tokens;
  let k = firstTokenAt(v, a.pieces[a.pieces.length - 1]![1]);
  // (the relay is named in the statement's own sentence, not the next: "… he said Ukraine would not
  // surrender land. TASS quoted Lavrov as saying …")
  const unit = T[k - 1]?.unit;
  while (k < T.length && /^[,"'\u201d\u2019]$/u.test(T[k]!.text)) k++;
  if (T[k]?.unit !== unit) return null;
  // "…, according to the TASS news agency.": the outlet after "according to", up to the sentence's end
  if (T[k]?.lower === 'according' && T[k + 1]?.lower === 'to' && a.cue?.[0] !== k) {
    let from = k + 2;
    // "…, according to a readout published by state news agency Xinhua.": the outlet that carried the document
    for (let j = from; j < T.length && j < k + 7 && /^\p{L}/u.test(T[j]!.text); j++) {
      if (CARRIED.test(T[j]!.lower) && T[j + 1]?.lower === 'by') {
        from = j + 2;
        break;
      }
    }
    let end = from;
    while (end < T.length && end < from + 6 && /^[\p{L}\p{N}'.-]/u.test(T[end]!.text) && T[end]!.text !== '.') end++;
    const closes = /^[.!?]$/u.test(T[end]?.text ?? '.') && T[end - 1]?.unit === T[from]?.unit;
    return end > from && closes && findOutlet(v.text.slice(T[from]!.start, T[end - 1]!.end)) ? { from, to: end } : null;
  }
  const from = k;
  while (k < T.length && k < from + 5 && !RELAY_VERBS.test(T[k]!.lower)) k++;
  // (not the outlet's own report of the statement)
  if (k === from || !RELAY_VERBS.test(T[k]?.lower ?? '') || a.cue?.[0] === k) return null;
  if (!findOutlet(v.text.slice(T[from]!.start, T[k - 1]!.end))) return null;
  // "…, Interfax reported.": the report ends the sentence, or names its source ("…, RIA reported, citing Peskov.")
  if (T[k]!.lower !== 'quoted') {
    const ends = /^[.!?]$/u.test(T[k + 1]?.text ?? '.') || (T[k + 1]?.text === ',' && T[k + 2]?.lower === 'citing');
    return ends && T[k]!.unit === T[from]!.unit ? { from, to: k } : null;
  }
  let j = k + 1;
  while (j < T.length && j <= k + 4 && T[j]!.lower !== 'as') j++;
  return T[j]?.lower === 'as' && T[j + 1]?.lower === 'saying' && T[j]!.unit === T[from]!.unit ? { from, to: k } : null;
}

/**
 * The outlet a sentence opens with as the one its speaker talked to, or that carried what was said:
 * "Speaking to state broadcaster CGTN, Lin Jian said …", "In an interview with CNN, Rutte said …",
 * "In comments carried by state television, Lukashenko said …". Its token range
 * (up to the comma), when the cue at token `cue` follows in the same sentence, or null.
 */
function openingRelay(v: TokenView, cue: number): { from: number; to: number } | null {
  const T = v.tokens;
  const u = v.units[T[cue]!.unit]!;
  const opener = T.slice(u.from, Math.min(u.from + 4, cue))
    .map((t) => t.lower)
    .join(' ');
  const lead = /^(?:(?:speaking|talking|writing) (?:to|with|in|on)|in an interview (?:with|on)|(?:told|asked by))\b/u.exec(opener);
  let comma = u.from;
  while (comma < cue && comma < u.from + 12 && T[comma]!.text !== ',') comma++;
  if (T[comma]?.text !== ',' || comma >= cue) return null;
  // "In comments carried by state television, Lukashenko said …": the outlet that carried what was said
  let from = lead ? u.from + lead[0].split(' ').length : -1;
  if (!lead && /^in$/u.test(T[u.from]!.lower)) {
    for (let k = u.from + 1; k < comma - 2; k++) if (CARRIED.test(T[k]!.lower) && T[k + 1]!.lower === 'by') from = k + 2;
  }
  // ("Speaking on state radio on Friday, …": the outlet without the day)
  let to = comma;
  while (to - 1 > from && timeWord(T[to - 1]!.lower)) to--;
  return from >= 0 && from < to && outletNamed(v.text.slice(T[from]!.start, T[to - 1]!.end)) ? { from, to } : null;
}
