import type { Doc } from './doc.js';
import { type ExtractOptions, extract } from './extract/extract.js';
import { entitiesAnnotator } from './nlp/entities/entities.js';
import { eventsAnnotator } from './nlp/events/events.js';
import { quotesAnnotator } from './nlp/quotes/quotes.js';
import { sourcesAnnotator } from './nlp/sources/sources.js';
import { sentencesAnnotator } from './nlp/tokenize/annotator.js';
import { toneAnnotator } from './nlp/tone/tone.js';
import type { Annotator, Layers } from './pipeline/annotator.js';
import { runAnnotators } from './pipeline/run.js';

/** A clean article and every annotation layer computed over its text. */
export interface Analysis {
  readonly doc: Doc;
  readonly layers: Layers;
}

/** Options of {@link analyze}: extraction options plus the annotators to run. */
export interface AnalyzeOptions extends ExtractOptions {
  /** Annotators to run (default {@link defaultAnnotators}); the pipeline orders them by what they require. */
  annotators?: readonly Annotator[];
}

const registry: Annotator[] = [sentencesAnnotator, entitiesAnnotator, quotesAnnotator, sourcesAnnotator, eventsAnnotator, toneAnnotator];

/** The annotators {@link analyze} runs by default, in no particular order. */
export function defaultAnnotators(): readonly Annotator[] {
  return registry;
}

/**
 * Adds an annotator to the default set (modules that provide a layer register themselves here).
 * Replaces an earlier annotator that provides the same layer. @internal
 */
export function registerAnnotator(annotator: Annotator): void {
  const i = registry.findIndex((a) => a.provides === annotator.provides);
  if (i >= 0) registry[i] = annotator;
  else registry.push(annotator);
}

/**
 * Extracts the article from a page (HTML or flattened text) and runs every annotator over it.
 *
 * @example
 * import { analyzeSync } from 'sitrep';
 * const { doc, layers } = analyzeSync(html, { url });
 * for (const e of layers.entities ?? []) console.log(e.type, e.name, e.mentions.length);
 */
export function analyzeSync(input: string | Uint8Array, options: AnalyzeOptions = {}): Analysis {
  const doc = extract(input, options);
  return { doc, layers: analyzeDoc(doc, options.annotators) };
}

/** {@link analyzeSync}, as a promise (the engine is synchronous; this keeps call sites uniform with I/O). */
export async function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): Promise<Analysis> {
  return analyzeSync(input, options);
}

/** Runs annotators over an already extracted Doc. */
export function analyzeDoc(doc: Doc, annotators: readonly Annotator[] = registry): Layers {
  return runAnnotators(doc, annotators);
}
