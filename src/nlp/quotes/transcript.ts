/**
 * Interviews printed as transcripts: paragraphs that open with the speaker's name and a colon
 * ("Morton: I see him as …", "TAPPER: Do you think …"), the name a person's or an organisation's
 * the entities layer found, or a name in capitals. Each such paragraph is its speaker's words. A
 * headline "Paul Ryan: FBI decision defies explanation", sections headed by names and tables of
 * figures are no transcript: an article needs two such paragraphs after its first, by two
 * speakers, two of them one after the other, each with words after its colon.
 */
import { findOutlet } from '../sources/outlets.js';
import type { RawAttribution } from './attribute.js';
import type { Phrase } from './phrases.js';
import type { TokenView } from './tokens.js';

/** Labels that name no one: the questions and answers of an interview, and page furniture. */
const NOT_SPEAKERS = new Set([
  'q',
  'a',
  'question',
  'answer',
  'note',
  'update',
  'editor',
  'photo',
  'related',
  'source',
  'read',
  'watch',
  'video',
]);

/** The longest label read as a speaker's name, in tokens ("Andrew Morton", "Sen. Lindsey Graham"). */
const MAX_LABEL = 4;

interface Turn {
  readonly label: readonly [number, number];
  readonly colon: number;
  readonly para: number;
}

/** The paragraph's opening "Name:", when it has one. */
function turnAt(v: TokenView, first: number, para: number): Turn | null {
  const T = v.tokens;
  for (let k = first; k < T.length && k <= first + MAX_LABEL && T[k]!.para === para; k++) {
    const t = T[k]!;
    if (t.text === ':') {
      if (k === first || T[k + 1]?.para !== para || T[k + 1]!.quote >= 0) return null;
      if (k === first + 1 && NOT_SPEAKERS.has(T[first]!.lower)) return null;
      if (!speakerLabel(v, first, k)) return null;
      // words, not a figure ("Hillary Clinton: 1,769.")
      const rest = v.text.slice(T[k + 1]!.start, v.paragraphs[para]!.end);
      if (!/\p{Ll}{2,}/u.test(rest)) return null;
      return { label: [first, k], colon: k, para };
    }
    // a name's words: capitalised, or a title's dot ("Sen."), never inside quotation marks
    if (t.quote >= 0 || !(/^\p{Lu}/u.test(t.text) || t.text === '.' || t.text === "'")) return null;
  }
  return null;
}

/** A name in capitals, as broadcasters print a transcript's speakers ("TAPPER", "O'REILLY"). */
export const IN_CAPITALS = /^\p{Lu}[\p{Lu}'-]+$/u;

/** A person's or an organisation's name ("Morton", "AP"), or a name in capitals as broadcasters print them ("TAPPER"). */
function speakerLabel(v: TokenView, from: number, to: number): boolean {
  const T = v.tokens;
  const e = T[from]!.entity;
  if (e >= 0 && (v.entities[e]!.type === 'PERSON' || v.entities[e]!.type === 'ORG')) {
    for (let k = from; k < to; k++) if (T[k]!.entity !== e && T[k]!.text !== '.') return false;
    return true;
  }
  for (let k = from; k < to; k++) if (!IN_CAPITALS.test(T[k]!.text)) return false;
  return true;
}

/**
 * The turns of a transcript, as attributions of whole paragraphs to the name before the colon;
 * none unless the text reads as a transcript.
 *
 * @example
 * transcriptTurns(view).map((a) => view.text.slice(a.pieces[0][0], a.pieces[0][1]));
 * // ['I see him as a man who is linked to his faith.', …]
 */
export function transcriptTurns(v: TokenView): RawAttribution[] {
  const T = v.tokens;
  const turns: Turn[] = [];
  let para = -1;
  for (let i = 0; i < T.length; i++) {
    if (T[i]!.para === para) continue;
    para = T[i]!.para;
    if (para === 0) continue;
    const turn = turnAt(v, i, para);
    if (turn) turns.push(turn);
  }
  const labels = new Set(turns.map((t) => v.text.slice(T[t.label[0]]!.start, T[t.label[1] - 1]!.end).toLowerCase()));
  // speakers taking turns in paragraphs that follow each other, not a list of sections headed by names
  const exchange = turns.some((t, i) => i > 0 && t.para === turns[i - 1]!.para + 1);
  if (turns.length < 2 || labels.size < 2 || !exchange) return answers(v);
  return turns.map((t) => turnAttribution(v, t.colon, t.para, { from: t.label[0], to: t.label[1], kind: 'name' }, null));
}

function turnAttribution(v: TokenView, colon: number, para: number, speaker: Phrase, via: Phrase | null): RawAttribution {
  const T = v.tokens;
  return {
    pieces: [[T[colon + 1]!.start, v.paragraphs[para]!.end]],
    type: 'direct',
    cue: [colon, colon + 1],
    speaker,
    via,
    quotations: [],
    carried: false,
    how: 'after',
    unit: v.units.findIndex((u) => u.from <= colon && colon < u.to),
  };
}

/**
 * An interview printed as questions and answers ("Q: Is Russia testing NATO?" / "A: We see cables
 * cut …"): each answer is the words of the person the article introduces before the first
 * question, and an outlet they spoke to there ("spoke to Reuters") relays them. None when the text
 * has fewer than two answers, each right after a question, or names no person before them.
 */
function answers(v: TokenView): RawAttribution[] {
  const T = v.tokens;
  const label = (i: number) => (T[i + 1]?.text === ':' && T[i + 2]?.para === T[i]!.para ? T[i]!.lower : '');
  const turns: { colon: number; para: number; question: boolean }[] = [];
  let para = -1;
  for (let i = 0; i < T.length; i++) {
    if (T[i]!.para === para) continue;
    para = T[i]!.para;
    const l = label(i);
    if (l === 'q' || l === 'a') turns.push({ colon: i + 1, para, question: l === 'q' });
  }
  const replies = turns.filter((t, i) => !t.question && i > 0 && turns[i - 1]!.question && turns[i - 1]!.para === t.para - 1);
  if (replies.length < 2) return [];
  const first = turns[0]!.colon - 1;
  let person = -1;
  for (let i = 0; i < first; i++) {
    const e = T[i]!.entity;
    if (e >= 0 && v.entities[e]!.type === 'PERSON') {
      person = i;
      break;
    }
  }
  if (person < 0) return [];
  let end = person;
  while (end < first && T[end]!.entity === T[person]!.entity) end++;
  // "spoke to Reuters", "told the BBC", "in an interview with CNN": the outlet in the same sentence
  let via: Phrase | null = null;
  for (let i = end; i < first && T[i]!.unit === T[person]!.unit; i++) {
    const e = T[i]!.entity;
    if (e < 0 || v.entities[e]!.type !== 'ORG' || !/^(?:to|with|told)$/u.test(T[i - 1]!.lower)) continue;
    let j = i;
    while (j < first && T[j]!.entity === e) j++;
    if (findOutlet(v.text.slice(T[i]!.start, T[j - 1]!.end))) via = { from: i, to: j, kind: 'name' };
    break;
  }
  return replies.map((t) => turnAttribution(v, t.colon, t.para, { from: person, to: end, kind: 'name' }, via));
}
