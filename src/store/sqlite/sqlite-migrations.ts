import { type Kysely, sql } from 'kysely';
import { corpusMigrations, type SchemaDialect } from '../migrations.js';

/**
 * SQLite's side of the corpus schema. Tables read only through their primary key are stored in key
 * order (`WITHOUT ROWID`). Full text: an FTS5 table with external content (it indexes
 * `documents.title` and `.text` without a second copy of the text), kept in sync by triggers inside
 * the writing transaction.
 * @internal
 */
export const sqliteDialect: SchemaDialect = {
  autoId: 'integer',
  bytes: 'blob',
  bigint: 'integer',
  double: 'real',
  clusteredByKey: (table) => table.modifyEnd(sql`WITHOUT ROWID`),
  async createFullText(db: Kysely<unknown>): Promise<void> {
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
};

/** The SQLite schema, one migration per step (see {@link corpusMigrations}). @internal */
export const sqliteMigrations = corpusMigrations(sqliteDialect);
