import { type Kysely, sql } from 'kysely';
import { corpusMigrations, type SchemaDialect } from '../migrations.js';

/**
 * PostgreSQL's side of the corpus schema. Full text: a `documents_fts` table with a weighted
 * tsvector (title A, text D) kept in step by a trigger, over the `sitrep` text search configuration
 * (the English Snowball stemmer without stop words, so that every word a user types must match, as
 * in SQLite's FTS5).
 * @internal
 */
export const postgresDialect: SchemaDialect = {
  autoId: 'serial',
  bytes: 'bytea',
  bigint: 'bigint',
  double: 'double precision',
  clusteredByKey: (table) => table,
  async createFullText(db: Kysely<unknown>): Promise<void> {
    await sql`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'sitrep_english') THEN
        CREATE TEXT SEARCH DICTIONARY sitrep_english (TEMPLATE = snowball, LANGUAGE = english);
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'sitrep') THEN
        CREATE TEXT SEARCH CONFIGURATION sitrep (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION sitrep
          ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH sitrep_english;
      END IF;
    END $$`.execute(db);
    await sql`CREATE TABLE documents_fts (
      seq integer PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
      search tsvector NOT NULL)`.execute(db);
    await sql`CREATE INDEX documents_fts_search ON documents_fts USING gin (search)`.execute(db);
    await sql`CREATE FUNCTION documents_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO documents_fts (seq, search)
        VALUES (NEW.seq, setweight(to_tsvector('sitrep', coalesce(NEW.title, '')), 'A') || setweight(to_tsvector('sitrep', NEW.text), 'D'))
        ON CONFLICT (seq) DO UPDATE SET search = EXCLUDED.search;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER documents_fts_sync AFTER INSERT OR UPDATE OF title, text ON documents
      FOR EACH ROW EXECUTE FUNCTION documents_fts_sync()`.execute(db);
  },
};

/** The PostgreSQL schema, one migration per step (see {@link corpusMigrations}): the same tables and columns as SQLite's. @internal */
export const postgresMigrations = corpusMigrations(postgresDialect);
