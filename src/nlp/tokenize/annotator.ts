/** The `sentences` layer: tokens and sentences of an article, block by block. */
import type { Doc } from '../../doc.js';
import type { Annotator } from '../../pipeline/annotator.js';
import { type Sentence, splitSentences } from './tokenize.js';

declare module '../../pipeline/annotator.js' {
  interface LayerMap {
    sentences: readonly Sentence[];
  }
}

/**
 * The sentences of each block of the article (a sentence never crosses a block).
 *
 * @example
 * docSentences(doc).map((s) => s.tokens.map((t) => t.text));
 */
export function docSentences(doc: Doc): Sentence[] {
  if (doc.blocks.length === 0) return splitSentences(doc.text);
  return doc.blocks.flatMap((b) => splitSentences(doc.text, b.start, b.end));
}

/** Annotator: tokens and sentences of the article. */
export const sentencesAnnotator: Annotator<'sentences'> = {
  name: 'sentences',
  version: '1',
  provides: 'sentences',
  requires: [],
  run: (doc) => docSentences(doc),
};
