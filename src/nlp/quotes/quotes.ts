/**
 * The `quotes` layer: every attributed statement of an article — direct quotations, indirect
 * (reported) speech and mixed quotes — with its speaker as it should be reported, the surface
 * span that names the speaker, the cue, and the outlet that relayed it.
 */
import type { Doc } from '../../doc.js';
import type { Annotator, Layers } from '../../pipeline/annotator.js';
import { type Entity, findEntities } from '../entities/entities.js';
import { findOutlet } from '../sources/outlets.js';
import { docSentences } from '../tokenize/annotator.js';
import type { Sentence } from '../tokenize/tokenize.js';
import { attribute, type QuoteType, type RawAttribution } from './attribute.js';
import { filterAttributions } from './filter.js';
import { findQuotations, lineParagraphs } from './marks.js';
import { relayAround } from './relays.js';
import { outletStoodFor, resolveSpeakers, type SpeakerKind } from './resolve.js';
import { buildTokenView, DATELINE, negationBefore, type TokenView } from './tokens.js';
import { transcriptTurns } from './transcript.js';

export type { QuoteType } from './attribute.js';
export { lineParagraphs } from './marks.js';
export type { SpeakerKind } from './resolve.js';

/**
 * One attributed statement. Every offset is a JS string index into {@link Doc.text}, end
 * exclusive: `doc.text.slice(q.start, q.end) === q.text`.
 */
export interface Quote {
  /** The content: from the first piece's start to the last piece's end (quotation marks left out). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `direct`: all inside quotation marks; `indirect`: none; `mixed`: reported speech with quoted words. */
  readonly type: QuoteType;
  /** The speaker as it should be reported (a pronoun or role resolved to the person), or null when unknown. */
  readonly speaker: string | null;
  /** The words in the text that name the speaker ("he", "the former prime minister", "Merkel"). */
  readonly speakerStart?: number;
  readonly speakerEnd?: number;
  /** The id of the speaker's entity in the `entities` layer. */
  readonly speakerEntity?: string;
  /** How the speaker was named: by name, pronoun, role, a vague description, or not at all. */
  readonly speakerKind: SpeakerKind;
  /** The cue: "said", "told", "according to", "as saying", ":"; empty (at `start`) for an unattributed quotation. */
  readonly cue: string;
  readonly cueStart: number;
  readonly cueEnd: number;
  /** The outlet that relayed the statement ("Reuters quoted Rutte as saying"). */
  readonly via?: string;
  readonly viaStart?: number;
  readonly viaEnd?: number;
  /** The pieces of a quotation broken by its frame or spread over paragraphs, as `[start, end)` pairs. */
  readonly fragments?: readonly (readonly [number, number])[];
  /** True when the speaker and cue were carried over from the quotation next to it (a quote paragraph of its own). */
  readonly carried?: boolean;
  /**
   * True when the text denies the statement: "did not say", "has never suggested", "doesn't
   * believe". The cue then takes in the negation and its auxiliary ("had never suggested").
   */
  readonly negated?: boolean;
}

declare module '../../pipeline/annotator.js' {
  interface LayerMap {
    quotes: readonly Quote[];
  }
}

/** Options for {@link findQuotes}. */
export interface QuoteOptions {
  /** ISO date of the article, to pick the holder of an office named as speaker. */
  readonly publishedAt?: string | null;
  /** The article's authors: "I" outside quotations is the author when there is one. */
  readonly authors?: readonly string[];
  /** Drop the attributions the learned filter finds unlikely (default true; off to see the rules alone). */
  readonly filter?: boolean;
}

/** Paragraph spans of a document: its blocks, or its non-empty lines when it has none. */
export function paragraphsOf(doc: Pick<Doc, 'text' | 'blocks'>): { start: number; end: number }[] {
  if (doc.blocks.length > 0) return doc.blocks.map((b) => ({ start: b.start, end: b.end }));
  return lineParagraphs(doc.text);
}

/** Builds the token view the finder works on (exposed for the sources layer and for tests). */
export function quoteView(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): TokenView {
  return buildTokenView(text, paragraphs, sentences, findQuotations(text, paragraphs), entities);
}

/**
 * Finds the attributed statements of a text, given its paragraphs, sentences and entities.
 *
 * @example
 * const text = '"We are ready," Merkel said. She added that talks would go on.';
 * const sentences = splitSentences(text);
 * findQuotes(text, [{ start: 0, end: text.length }], sentences, findEntities(text, sentences))
 *   .map((q) => [q.type, q.speaker, q.text]);
 * // [['direct', 'Merkel', 'We are ready,'], ['indirect', 'Merkel', 'talks would go on']]
 */
export function findQuotes(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  options: QuoteOptions = {},
): Quote[] {
  const v = quoteView(text, paragraphs, sentences, entities);
  const found = attribute(v);
  const kept = options.filter === false ? found : filterAttributions(v, found);
  // an interview printed as a transcript: each turn is its speaker's, and what the rules found inside one is part of it
  const turns = transcriptTurns(v);
  const inTurn = (a: RawAttribution) => turns.some((t) => a.pieces.some(([s, e]) => s < t.pieces[0]![1] && t.pieces[0]![0] < e));
  const atts = [...kept.filter((a) => !inTurn(a)), ...turns].sort((a, b) => a.pieces[0]![0] - b.pieces[0]![0]);
  const speakers = resolveSpeakers(v, atts, { publishedAt: options.publishedAt ?? null, authors: options.authors ?? [] });
  const T = v.tokens;
  return atts.map((a, i) => {
    const sp = speakers[i]!;
    const pieces = a.pieces.map(([s, e]) => trimPiece(text, s, e)).filter(([s, e]) => e > s);
    const start = pieces[0]?.[0] ?? a.pieces[0]![0];
    const end = pieces[pieces.length - 1]?.[1] ?? a.pieces[0]![1];
    const denial = a.cue ? negationBefore(T, a.cue[0], v.units[T[a.cue[0]]!.unit]!.from) : -1;
    const cueStart = a.cue ? T[denial >= 0 ? denial : a.cue[0]]!.start : start;
    const cueEnd = a.cue ? T[a.cue[1] - 1]!.end : start;
    const q: {
      -readonly [K in keyof Quote]: Quote[K];
    } = {
      start,
      end,
      text: text.slice(start, end),
      type: a.type,
      speaker: sp.name,
      speakerKind: sp.kind,
      cue: text.slice(cueStart, cueEnd),
      cueStart,
      cueEnd,
    };
    if (sp.start !== undefined && sp.end !== undefined) {
      q.speakerStart = sp.start;
      q.speakerEnd = sp.end;
    }
    if (sp.entity !== undefined) q.speakerEntity = sp.entity;
    const via = a.via ?? relayAround(v, a);
    if (via) {
      const vs = T[via.from]!.start;
      const ve = T[via.to - 1]!.end;
      const e = T[via.to - 1]!.entity;
      // ("The newspaper, citing unnamed sources, said": the outlet the article named before)
      const stoodFor = e >= 0 ? -1 : outletStoodFor(v, via);
      q.via = findOutlet(text.slice(vs, ve))?.name ?? v.entities[e >= 0 ? e : stoodFor]?.name ?? text.slice(vs, ve);
      q.viaStart = vs;
      q.viaEnd = ve;
    }
    if (pieces.length > 1) q.fragments = pieces;
    if (a.carried) q.carried = true;
    if (denial >= 0) q.negated = true;
    return q;
  });
}

/** Trims white space at both ends of a piece. */
function trimPiece(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  // a wire dateline opening the paragraph is where the story was filed, not what was said
  if (s === 0 || text[s - 1] === '\n') {
    const dateline = DATELINE.exec(text.slice(s, Math.min(e, s + 80)));
    if (dateline && dateline[0].length < e - s) s += dateline[0].length;
  }
  // "…, bowing to pressure from Trump, though Spain said …": a conjunction that opens the next
  // speaker's clause is no part of what the first one said
  const dangling = /[,;]\s*(?:though|although|but|while|whereas|and|yet)$/iu.exec(text.slice(s, e));
  if (dangling && dangling.index > 0) e = s + dangling.index;
  return [s, e];
}

/** Annotator: the article's attributed statements, with speakers resolved through the `entities` layer. */
export const quotesAnnotator: Annotator<'quotes'> = {
  name: 'quotes',
  version: '1',
  provides: 'quotes',
  requires: ['sentences', 'entities'],
  run: (doc: Doc, layers: Layers) => {
    const sentences = layers.sentences ?? docSentences(doc);
    const entities = layers.entities ?? findEntities(doc.text, sentences);
    return findQuotes(doc.text, paragraphsOf(doc), sentences, entities, { publishedAt: doc.meta.publishedAt, authors: doc.meta.authors });
  },
};
