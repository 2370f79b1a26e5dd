import type { Fingerprint } from '../dedup/fingerprint.js';
import type { Doc } from '../doc.js';

/** Where a document came from: the source reader's provenance record (any JSON object). */
export type SourceRecord = Readonly<Record<string, unknown>>;

/** One annotation layer to store: its kind, the version of the annotator that made it, and its data. */
export interface LayerInput {
  readonly kind: string;
  readonly version: string;
  /** Any JSON value. */
  readonly data: unknown;
}

/** A document to store. */
export interface DocumentInput {
  /** Canonical URL or content id (see `canonicalUrl`, `contentId`). */
  readonly id: string;
  /** The input it was read from (file path, WARC record, JSON Lines line); lets a re-run skip it. */
  readonly inputId?: string | null;
  readonly doc: Doc;
  readonly source?: SourceRecord;
  readonly layers?: readonly LayerInput[];
  /** Computed from `doc.text` when absent (workers compute it to spare the writer). */
  readonly fingerprint?: Fingerprint;
}

/** An input that could not be turned into a document. */
export interface IngestErrorInput {
  readonly inputId: string;
  readonly reason: string;
  readonly source?: SourceRecord;
}

/** What one {@link CorpusStore.write} call did. */
export interface WriteResult {
  /** Documents stored now, in order, with the group each joined. */
  readonly stored: ReadonlyArray<{ readonly id: string; readonly dupGroup: string; readonly duplicate: 'exact' | 'near' | null }>;
  /** Ids that were already in the store (or twice in the batch): nothing was written for them. */
  readonly skipped: readonly string[];
  /** Errors recorded. */
  readonly errors: number;
}

/** A stored document. */
export interface StoredDocument {
  readonly id: string;
  readonly inputId: string | null;
  readonly url: string | null;
  readonly host: string | null;
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly site: string | null;
  readonly lang: string | null;
  readonly text: string;
  /** The whole Doc, as extraction made it. */
  readonly doc: Doc;
  readonly source: SourceRecord;
  readonly contentHash: string | null;
  /** The id of the first-seen copy of this story (the document's own id when it is the first). */
  readonly dupGroup: string;
  readonly ingestedAt: string;
}

/** A stored layer. */
export interface StoredLayer extends LayerInput {
  readonly docId: string;
  readonly createdAt: string;
}

/** A recorded ingest failure. */
export interface IngestErrorRecord {
  readonly inputId: string;
  readonly reason: string;
  readonly source: SourceRecord;
  readonly at: string;
}

/** Options of {@link CorpusStore.search}. */
export interface SearchOptions {
  /** What the user typed; see `parseSearchText` for the (small) syntax. */
  readonly query: string;
  /** Published on or after this date or time (ISO 8601). Documents without a date are left out. */
  readonly since?: string;
  /** Published on or before this date (the whole day) or time (ISO 8601). */
  readonly until?: string;
  /** Site name or host (`reuters.com` also matches `www.reuters.com` and `uk.reuters.com`). */
  readonly source?: string;
  /** Default 20, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
  /** One hit per document instead of one per duplicate group. */
  readonly allCopies?: boolean;
  /** Marks around matched words in snippets; default `['«', '»']`. */
  readonly marks?: readonly [string, string];
}

/** One search result. */
export interface SearchHit {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly site: string | null;
  readonly host: string | null;
  readonly publishedAt: string | null;
  readonly dupGroup: string;
  /** How many matching documents of the same group this hit stands for (1 with `allCopies`). */
  readonly copies: number;
  /** bm25 relevance; larger is better. */
  readonly score: number;
  /** A passage of the text around the matches, with the matched words marked. */
  readonly snippet: string;
}

/** Corpus totals. */
export interface CorpusStats {
  readonly documents: number;
  /** Distinct duplicate groups: stories, not copies. */
  readonly stories: number;
  readonly layers: number;
  readonly errors: number;
}
