import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The SQLite schema, one migration per step; never edit a released step, add one.
 * Full text: an FTS5 table with external content (it indexes `documents.title` and `.text`
 * without a second copy of the text), kept in sync by triggers inside the writing transaction.
 * @internal
 */
export const sqliteMigrations: Readonly<Record<string, Migration>> = {
  '0001_corpus': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('documents')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
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
        .addColumn('signature', 'blob', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('dedup_bands')
        .addColumn('band_key', 'integer', (c) => c.notNull())
        .addColumn('doc_seq', 'integer', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
        .addPrimaryKeyConstraint('dedup_bands_pk', ['band_key', 'doc_seq'])
        .modifyEnd(sql`WITHOUT ROWID`)
        .execute();
      await db.schema.createIndex('dedup_bands_doc_seq').on('dedup_bands').column('doc_seq').execute();

      await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
      END`.execute(db);
      await sql`CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
      END`.execute(db);
      await sql`CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
      END`.execute(db);
    },
  },
};
