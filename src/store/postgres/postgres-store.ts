import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { CorpusSchema } from '../schema.js';
import { CorpusStore } from '../store.js';
import { postgresMigrations } from './postgres-migrations.js';
import { postgresSearch } from './postgres-search.js';

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /** Connections in the pool; default 4. */
  readonly poolSize?: number;
}

/**
 * Opens a corpus in a PostgreSQL database (`postgres://user:password@host:5432/name`), migrated to
 * the latest schema: the same tables, queries and behaviour as the SQLite engine, with full-text
 * search on a tsvector index. The database must exist; the user needs the right to create tables,
 * functions and a text search configuration in it.
 *
 * @example
 * import { openPostgresStore } from 'sitrep/store/postgres';
 * const store = await openPostgresStore('postgres://sitrep@127.0.0.1:5432/news');
 * console.log(await store.stats());
 * await store.close();
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<CorpusStore> {
  const pool = new pg.Pool({ connectionString: url, max: Math.max(1, options.poolSize ?? 4) });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new Error(`cannot connect to ${redact(url)}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<CorpusSchema>({ dialect: new PostgresDialect({ pool }) });
  const store = new CorpusStore({ name: 'postgres', db, migrations: postgresMigrations, search: postgresSearch });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the database';
  }
}
