import Database from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';
import type { CorpusSchema } from '../schema.js';
import { CorpusStore } from '../store.js';
import { sqliteMigrations } from './sqlite-migrations.js';
import { sqliteSearch } from './sqlite-search.js';

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Fail when the file does not exist instead of creating an empty corpus (for read-only commands). */
  readonly mustExist?: boolean;
  /** Milliseconds to wait for another process's write lock; default 10 000. */
  readonly busyTimeout?: number;
  /** Most memory SQLite keeps for pages of the file (MB); default 64. A long write can do with less. */
  readonly cacheMb?: number;
}

const STATEMENT_CACHE = 256;

/** better-sqlite3 with prepared statements reused across Kysely queries of the same SQL. */
function cachingDatabase(db: Database.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare: (text: string) => {
      let stmt = cache.get(text);
      if (stmt) {
        cache.delete(text);
      } else {
        stmt = db.prepare(text) as unknown as SqliteStatement;
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      }
      cache.set(text, stmt);
      return stmt;
    },
  };
}

/**
 * Opens (creating it if needed) a corpus in an SQLite file, migrated to the latest schema.
 * Write-ahead logging lets searches run while an ingest writes; `synchronous=NORMAL` keeps every
 * committed batch through a process crash (not necessarily through a power cut). Use `':memory:'`
 * for a throw-away corpus.
 *
 * @example
 * import { openSqliteStore } from 'sitrep/store';
 * const store = await openSqliteStore('./sitrep.db');
 * console.log(await store.stats());
 * await store.close();
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<CorpusStore> {
  let raw: Database.Database;
  try {
    raw = new Database(path, { fileMustExist: options.mustExist ?? false });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (options.mustExist && /does not exist|unable to open/i.test(e.message)) {
      throw new Error(`no corpus at ${path} (run sitrep ingest first)`, { cause: error });
    }
    throw new Error(`cannot open ${path}: ${e.message}`, { cause: error });
  }
  try {
    raw.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeout ?? 10_000))}`);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma(`cache_size = -${Math.max(1, Math.floor((options.cacheMb ?? 64) * 1024))}`);
    raw.pragma('temp_store = MEMORY');
  } catch (error) {
    raw.close();
    throw new Error(`cannot open ${path}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<CorpusSchema>({ dialect: new SqliteDialect({ database: cachingDatabase(raw) }) });
  const store = new CorpusStore({ name: 'sqlite', db, migrations: sqliteMigrations, search: sqliteSearch });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
