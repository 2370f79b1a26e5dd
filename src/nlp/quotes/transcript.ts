/**
 * Interviews printed as transcripts: paragraphs that open with the speaker's name and a colon
 * ("Morton: I see him as …", "TAPPER: Do you think …"), the name a person's or an organisation's
 * the entities layer found, or a name in capitals. Each such paragraph is its speaker's words. A
 * headline "Paul Ryan: FBI decision defies explanation", sections headed by names and tables of
 * figures are no transcript: an article needs two such paragraphs after its first, by two
 * speakers, two of them one after the other, each with words after its colon.
 */
import type { RawAttribution } from './attribute.js';
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
  if (turns.length < 2 || labels.size < 2 || !exchange) return [];
  return turns.map((t) => {
    const start = T[t.colon + 1]!.start;
    const end = v.paragraphs[t.para]!.end;
    const unit = v.units.findIndex((u) => u.from <= t.colon && t.colon < u.to);
    return {
      pieces: [[start, end]],
      type: 'direct',
      cue: [t.colon, t.colon + 1],
      speaker: { from: t.label[0], to: t.label[1], kind: 'name' },
      via: null,
      quotations: [],
      carried: false,
      how: 'after',
      unit,
    };
  });
}
