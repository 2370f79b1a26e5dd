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
  q_entities: QEntitiesTable;
  q_entity_docs: QEntityDocsTable;
  q_quotes: QQuotesTable;
  q_quote_about: QQuoteAboutTable;
  q_sources: QSourcesTable;
  q_claims: QClaimsTable;
  q_events: QEventsTable;
  q_docs: DocColumns;
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

/**
 * Columns every query table repeats from its document, so that the corpus queries filter and
 * count stories without a join: `story` is the `seq` of the first-seen copy of the document's
 * duplicate group, `site` is the site name in lower case.
 * @internal
 */
export interface DocColumns {
  doc_seq: number;
  story: number;
  published_at: string | null;
  host: string | null;
  site: string | null;
}

/** One row per entity across the corpus, with running totals. @internal */
export interface QEntitiesTable {
  id: Generated<number>;
  /** The knowledge-base id when linked, else `TYPE:normalised name`. */
  key: string;
  /** The fullest name seen. */
  name: string;
  type: string;
  kb_id: string | null;
  /** Normalised name (see `normalizeName`) and its last word. */
  norm: string;
  tail: string;
  documents: number;
  stories: number;
  mentions: number;
}

/** Which documents mention which entity, how often. @internal */
export interface QEntityDocsTable extends DocColumns {
  entity_id: number;
  mentions: number;
  /** The knowledge-base id of the party this document gives the entity (a person), or null. */
  party: string | null;
}

/** One row per quote. @internal */
export interface QQuotesTable extends DocColumns {
  id: Generated<number>;
  /** Index in the document's `quotes` layer. */
  idx: number;
  speaker: string | null;
  speaker_norm: string | null;
  speaker_id: number | null;
  speaker_kind: string;
  type: string;
  cue: string;
  via: string | null;
  text: string;
}

/** The entities a quote mentions. @internal */
export interface QQuoteAboutTable {
  entity_id: number;
  quote_id: number;
  story: number;
}

/** One row per source of a document. @internal */
export interface QSourcesTable extends DocColumns {
  name: string;
  norm: string;
  kind: string;
  /** 1 or 0. */
  named: number;
  /** The outlet's domain, its id in the outlet table. */
  outlet: string | null;
  outlet_name: string | null;
  outlet_country: string | null;
  state_media: string | null;
  state_media_label: string | null;
  claims: number;
  relayed: number;
  entity_id: number | null;
}

/** A document's sourcing summary. @internal */
export interface QClaimsTable extends DocColumns {
  claims: number;
  named_people: number;
  named_outlets: number;
  named_organisations: number;
  documents: number;
  unnamed: number;
  unresolved: number;
  unattributed: number;
  relayed: number;
}

/** One row per coded event. @internal */
export interface QEventsTable extends DocColumns {
  idx: number;
  cameo: string;
  plover: string | null;
  goldstein: number;
  quad_class: number;
  source_id: number | null;
  target_id: number | null;
  source_code: string | null;
  target_code: string | null;
  /** The first three letters of a country actor's code (`RUS` of `RUSGOV`). */
  source_country: string | null;
  target_country: string | null;
  /** 1 when neither negated nor hedged. */
  factual: number;
  statement: number;
  trigger: string;
  /** The tone of the sentences that carry the document's events between the same two actor codes (the `tone` layer); null without it. */
  tone: number | null;
}
