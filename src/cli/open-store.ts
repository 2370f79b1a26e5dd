import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { CorpusStore } from '../store/store.js';

/** Whether `--db` names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}

/**
 * Opens the corpus that `--db` names: a `postgres://` or `postgresql://` URL opens the PostgreSQL
 * engine (loaded only then), anything else an SQLite file. `mustExist`: an SQLite file must be
 * there already (for the commands that only read); `cacheMb`: SQLite's page cache.
 */
export async function openCorpus(
  db: string,
  options: { readonly mustExist?: boolean; readonly cacheMb?: number } = {},
): Promise<CorpusStore> {
  if (isPostgresUrl(db)) {
    const { openPostgresStore } = await import('../store/postgres/postgres-store.js');
    return openPostgresStore(db);
  }
  return openSqliteStore(db, options);
}
