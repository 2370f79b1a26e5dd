import type { Generated } from 'kysely';

/**
 * The corpus schema, as Kysely sees it. Every engine creates these tables with the same columns
 * (see each engine's migrations); full-text indexing is engine-specific and not listed here.
 *
 * JSON values are stored as text in every engine, so the code that reads them is shared.
 * @internal
 */
export interface CorpusSchema {
  documents: DocumentsTable;
  layers: LayersTable;
  ingest_errors: IngestErrorsTable;
  dedup_signatures: DedupSignaturesTable;
  dedup_bands: DedupBandsTable;
}

/** @internal */
export interface DocumentsTable {
  /** Integer key for the full-text index (stable across VACUUM). */
  seq: Generated<number>;
  /** Canonical URL, or `sha256:<hex>` of the input when there is no URL. */
  id: string;
  /** The input the document was read from (file path, WARC record, JSONL line), for resuming. */
  input_id: string | null;
  url: string | null;
  /** Lower-case host name of `url` without `www.`. */
  host: string | null;
  title: string | null;
  /** JSON array of strings. */
  authors: string;
  published_at: string | null;
  site: string | null;
  lang: string | null;
  text: string;
  /** JSON: the rest of the Doc (description, image credits, related links, blocks, mode, warnings). */
  meta: string;
  /** JSON: provenance. */
  source: string;
  content_hash: string | null;
  dup_group: string;
  ingested_at: string;
}

/** @internal */
export interface LayersTable {
  doc_id: string;
  kind: string;
  version: string;
  /** JSON. */
  data: string;
  created_at: string;
}

/** @internal */
export interface IngestErrorsTable {
  input_id: string;
  /** JSON: provenance, as far as it is known. */
  source: string;
  reason: string;
  at: string;
}

/** @internal */
export interface DedupSignaturesTable {
  /** `documents.seq`: integer keys keep the dedup tables small and fast to write. */
  doc_seq: number;
  signature: Uint8Array;
}

/** @internal */
export interface DedupBandsTable {
  band_key: number;
  doc_seq: number;
}
