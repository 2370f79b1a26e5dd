/**
 * What the ingest loop hands to analysis workers and gets back. Kept apart from the analysis
 * itself so that the thread that reads and stores documents never loads the models.
 */
import type { Fingerprint } from '../dedup/fingerprint.js';
import type { Doc } from '../doc.js';
import type { Provenance, RawDoc } from '../ingest/index.js';
import type { LayerInput } from '../store/types.js';

/** What a worker gets: one RawDoc's body and the provenance fields analysis uses. @internal */
export interface AnalyzeTask {
  readonly body: Uint8Array | string;
  readonly mode?: 'html' | 'text';
  /** The charset the source declared for the bytes (HTTP Content-Type). */
  readonly charset?: string;
  readonly provenance: Provenance;
  /** Run the annotators after extraction (default true); false stores the extracted article only. */
  readonly annotate?: boolean;
}

/** What a worker gives back. @internal */
export interface AnalyzeResult {
  /**
   * A JSON line's own `"id"`; else the source's URL in canonical form; else a hash of the body. The page's own canonical link is
   * kept in `doc.meta.url` but not trusted as an id: sites that point every page at their home page
   * would otherwise collapse distinct articles into one.
   */
  readonly id: string;
  readonly doc: Doc;
  readonly fingerprint: Fingerprint;
  readonly layers: readonly LayerInput[];
}

/** The task of a RawDoc, with a copy of its bytes so that the reader's buffers stay its own. @internal */
export function analyzeTask(raw: RawDoc, options: { annotate?: boolean } = {}): AnalyzeTask {
  const body = typeof raw.body === 'string' ? raw.body : new Uint8Array(raw.body);
  return {
    body,
    provenance: raw.provenance,
    ...(raw.mode ? { mode: raw.mode } : {}),
    ...(raw.charset ? { charset: raw.charset } : {}),
    ...(options.annotate === false ? { annotate: false } : {}),
  };
}
