import type { ColumnDataType, CreateTableBuilder, Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import { fillParties, rebuildFactsIfNeeded } from './fact-writer.js';
import type { CorpusSchema } from './schema.js';

/** What the corpus schema needs to know of an engine: a few column types, and how it indexes text. @internal */
export interface SchemaDialect {
  /** A whole-number primary key the engine numbers itself (SQLite `integer`, PostgreSQL `serial`). */
  readonly autoId: ColumnDataType;
  /** Raw bytes. */
  readonly bytes: ColumnDataType;
  /** A 64-bit whole number. */
  readonly bigint: ColumnDataType;
  /** A double-precision number. */
  readonly double: ColumnDataType;
  /** Declares a table that is only ever read through its primary key as stored in key order (or leaves it as is). */
  clusteredByKey<T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C>;
  /** Creates `documents_fts`, the full-text index of `documents.title` and `.text`, and keeps it in step with them. */
  createFullText(db: Kysely<unknown>): Promise<void>;
}

/**
 * The corpus schema, one migration per step, for the engine `dialect` describes; never edit a
 * released step, add one. Both engines get the same tables, columns and indexes.
 * @internal
 */
export function corpusMigrations(dialect: SchemaDialect): Readonly<Record<string, Migration>> {
  return {
    '0001_corpus': {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable('documents')
          .addColumn('seq', dialect.autoId, (c) => c.primaryKey())
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('input_id', 'text')
          .addColumn('url', 'text')
          .addColumn('host', 'text')
          .addColumn('title', 'text')
          .addColumn('authors', 'text', (c) => c.notNull())
          .addColumn('published_at', 'text')
          .addColumn('site', 'text')
          .addColumn('lang', 'text')
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('meta', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('content_hash', 'text')
          .addColumn('dup_group', 'text', (c) => c.notNull())
          .addColumn('ingested_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('documents_input_id').on('documents').column('input_id').execute();
        await db.schema.createIndex('documents_content_hash').on('documents').column('content_hash').execute();
        await db.schema.createIndex('documents_dup_group').on('documents').column('dup_group').execute();
        await db.schema.createIndex('documents_published_at').on('documents').column('published_at').execute();
        await db.schema.createIndex('documents_host').on('documents').column('host').execute();

        await db.schema
          .createTable('layers')
          .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('version', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('layers_pk', ['doc_id', 'kind'])
          .execute();
        await db.schema.createIndex('layers_kind').on('layers').column('kind').execute();

        await db.schema
          .createTable('ingest_errors')
          .addColumn('input_id', 'text', (c) => c.primaryKey())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('reason', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('dedup_signatures')
          .addColumn('doc_seq', 'integer', (c) => c.primaryKey().references('documents.seq').onDelete('cascade'))
          .addColumn('signature', dialect.bytes, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('dedup_bands')
          .addColumn('band_key', dialect.bigint, (c) => c.notNull())
          .addColumn('doc_seq', 'integer', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
          .addPrimaryKeyConstraint('dedup_bands_pk', ['band_key', 'doc_seq'])
          .$call(dialect.clusteredByKey)
          .execute();
        await db.schema.createIndex('dedup_bands_doc_seq').on('dedup_bands').column('doc_seq').execute();

        await dialect.createFullText(db);
      },
    },
    '0002_query_tables': {
      async up(db: Kysely<unknown>): Promise<void> {
        const doc = (t: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
          t
            .addColumn('doc_seq', 'integer', (c) => c.notNull())
            .addColumn('story', 'integer', (c) => c.notNull())
            .addColumn('published_at', 'text')
            .addColumn('host', 'text')
            .addColumn('site', 'text');
        await db.schema
          .createTable('q_entities')
          .addColumn('id', dialect.autoId, (c) => c.primaryKey())
          .addColumn('key', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('kb_id', 'text')
          .addColumn('norm', 'text', (c) => c.notNull())
          .addColumn('tail', 'text', (c) => c.notNull())
          .addColumn('documents', 'integer', (c) => c.notNull())
          .addColumn('stories', 'integer', (c) => c.notNull())
          .addColumn('mentions', 'integer', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('q_entities_norm').on('q_entities').column('norm').execute();
        await db.schema.createIndex('q_entities_tail').on('q_entities').column('tail').execute();
        await db.schema.createIndex('q_entities_kb_id').on('q_entities').column('kb_id').execute();
        await db.schema.createIndex('q_entities_stories').on('q_entities').columns(['stories', 'id']).execute();
        await db.schema.createIndex('q_entities_documents').on('q_entities').columns(['documents', 'id']).execute();
        await db.schema.createIndex('q_entities_type_stories').on('q_entities').columns(['type', 'stories', 'id']).execute();
        await db.schema.createIndex('q_entities_type_documents').on('q_entities').columns(['type', 'documents', 'id']).execute();

        await doc(db.schema.createTable('q_entity_docs'))
          .addColumn('entity_id', 'integer', (c) => c.notNull())
          .addColumn('mentions', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('q_entity_docs_pk', ['entity_id', 'story', 'doc_seq'])
          .$call(dialect.clusteredByKey)
          .execute();
        await db.schema.createIndex('q_entity_docs_doc').on('q_entity_docs').columns(['doc_seq', 'entity_id']).execute();
        await db.schema.createIndex('q_entity_docs_date').on('q_entity_docs').columns(['published_at', 'entity_id', 'story']).execute();

        await doc(db.schema.createTable('q_quotes'))
          .addColumn('id', dialect.autoId, (c) => c.primaryKey())
          .addColumn('idx', 'integer', (c) => c.notNull())
          .addColumn('speaker', 'text')
          .addColumn('speaker_norm', 'text')
          .addColumn('speaker_id', 'integer')
          .addColumn('speaker_kind', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('cue', 'text', (c) => c.notNull())
          .addColumn('via', 'text')
          .addColumn('text', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('q_quotes_speaker').on('q_quotes').columns(['speaker_id', 'story']).execute();
        await db.schema.createIndex('q_quotes_speaker_norm').on('q_quotes').column('speaker_norm').execute();
        await db.schema.createIndex('q_quotes_doc').on('q_quotes').column('doc_seq').execute();

        await db.schema
          .createTable('q_quote_about')
          .addColumn('entity_id', 'integer', (c) => c.notNull())
          .addColumn('quote_id', 'integer', (c) => c.notNull())
          .addColumn('story', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('q_quote_about_pk', ['entity_id', 'quote_id'])
          .$call(dialect.clusteredByKey)
          .execute();
        await db.schema.createIndex('q_quote_about_quote').on('q_quote_about').column('quote_id').execute();

        await doc(db.schema.createTable('q_sources'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('norm', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('named', 'integer', (c) => c.notNull())
          .addColumn('outlet', 'text')
          .addColumn('outlet_name', 'text')
          .addColumn('outlet_country', 'text')
          .addColumn('state_media', 'text')
          .addColumn('state_media_label', 'text')
          .addColumn('claims', 'integer', (c) => c.notNull())
          .addColumn('relayed', 'integer', (c) => c.notNull())
          .addColumn('entity_id', 'integer')
          .execute();
        await db.schema.createIndex('q_sources_outlet').on('q_sources').columns(['outlet', 'story']).execute();
        await db.schema.createIndex('q_sources_doc').on('q_sources').column('doc_seq').execute();

        await doc(db.schema.createTable('q_claims'))
          .addColumn('claims', 'integer', (c) => c.notNull())
          .addColumn('named_people', 'integer', (c) => c.notNull())
          .addColumn('named_outlets', 'integer', (c) => c.notNull())
          .addColumn('named_organisations', 'integer', (c) => c.notNull())
          .addColumn('documents', 'integer', (c) => c.notNull())
          .addColumn('unnamed', 'integer', (c) => c.notNull())
          .addColumn('unresolved', 'integer', (c) => c.notNull())
          .addColumn('unattributed', 'integer', (c) => c.notNull())
          .addColumn('relayed', 'integer', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('q_claims_doc').on('q_claims').column('doc_seq').unique().execute();
        await db.schema.createIndex('q_claims_story').on('q_claims').columns(['story', 'doc_seq']).execute();
      },
    },
    '0003_query_events': {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable('q_events')
          .addColumn('doc_seq', 'integer', (c) => c.notNull())
          .addColumn('story', 'integer', (c) => c.notNull())
          .addColumn('published_at', 'text')
          .addColumn('host', 'text')
          .addColumn('site', 'text')
          .addColumn('idx', 'integer', (c) => c.notNull())
          .addColumn('cameo', 'text', (c) => c.notNull())
          .addColumn('plover', 'text')
          .addColumn('goldstein', dialect.double, (c) => c.notNull())
          .addColumn('quad_class', 'integer', (c) => c.notNull())
          .addColumn('source_id', 'integer')
          .addColumn('target_id', 'integer')
          .addColumn('source_code', 'text')
          .addColumn('target_code', 'text')
          .addColumn('source_country', 'text')
          .addColumn('target_country', 'text')
          .addColumn('factual', 'integer', (c) => c.notNull())
          .addColumn('statement', 'integer', (c) => c.notNull())
          .addColumn('trigger', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('q_events_source').on('q_events').columns(['source_id', 'target_id']).execute();
        await db.schema.createIndex('q_events_target').on('q_events').columns(['target_id', 'source_id']).execute();
        await db.schema.createIndex('q_events_source_country').on('q_events').columns(['source_country', 'target_country']).execute();
        await db.schema.createIndex('q_events_target_country').on('q_events').columns(['target_country', 'source_country']).execute();
        await db.schema.createIndex('q_events_doc').on('q_events').column('doc_seq').execute();
      },
    },
    '0004_query_indexes': {
      async up(db: Kysely<unknown>): Promise<void> {
        // co-mentions read entity rows by document: the index carries what they count
        await db.schema.dropIndex('q_entity_docs_doc').execute();
        await db.schema
          .createIndex('q_entity_docs_doc')
          .on('q_entity_docs')
          .columns(['doc_seq', 'entity_id', 'story', 'mentions'])
          .execute();
        // one slim row per document, for the filters (the documents table carries the texts)
        await db.schema
          .createTable('q_docs')
          .addColumn('doc_seq', 'integer', (c) => c.primaryKey())
          .addColumn('story', 'integer', (c) => c.notNull())
          .addColumn('published_at', 'text')
          .addColumn('host', 'text')
          .addColumn('site', 'text')
          .execute();
        await db.schema.createIndex('q_docs_published_at').on('q_docs').column('published_at').execute();
        await db.schema.createIndex('q_sources_kind').on('q_sources').columns(['kind', 'named', 'story']).execute();
        await sql`INSERT INTO q_docs (doc_seq, story, published_at, host, site)
          SELECT d.seq, g.seq, d.published_at, d.host, lower(d.site) FROM documents AS d JOIN documents AS g ON g.id = d.dup_group`.execute(
          db,
        );
        // the facts of older corpora are rebuilt by 0005, once the events table has every column
      },
    },
    '0005_event_tone': {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema.alterTable('q_events').addColumn('tone', dialect.double).execute();
        // a corpus stored before the query tables, before events or before their tone gets its facts
        // now (without the people's parties, whose column comes at 0007)
        await rebuildFactsIfNeeded(db as unknown as Kysely<CorpusSchema>, { parties: false });
      },
    },
    '0006_event_pairs': {
      async up(db: Kysely<unknown>): Promise<void> {
        // an event between several actors is now stored under each pair of them ("Russia and
        // Ukraine agreed": each way): the events of a corpus stored before get their new rows
        await rebuildFactsIfNeeded(db as unknown as Kysely<CorpusSchema>, { parties: false });
      },
    },
    '0007_entity_party': {
      async up(db: Kysely<unknown>): Promise<void> {
        // the party an article gives a person, per document: a party's members and their quotes
        await db.schema.alterTable('q_entity_docs').addColumn('party', 'text').execute();
        // (on the few rows that have one: the other rows pay nothing for it at ingest)
        await db.schema
          .createIndex('q_entity_docs_party')
          .on('q_entity_docs')
          .columns(['party', 'entity_id'])
          .where(sql.ref('party'), 'is not', null)
          .execute();
        // a corpus stored before: the parties its entities layers hold, on the rows it has
        await fillParties(db as unknown as Kysely<CorpusSchema>);
      },
    },
  };
}
