/**
 * The corpus store (`sitrep/store`): documents, layers, duplicate groups, full-text search and
 * ingest errors in one database, through Kysely. SQLite (better-sqlite3) is the embedded engine.
 *
 * @example
 * import { openSqliteStore } from 'sitrep/store';
 * const store = await openSqliteStore('./sitrep.db');
 * for (const hit of await store.search({ query: 'ceasefire talks', limit: 5 })) console.log(hit.title, hit.snippet);
 * await store.close();
 */
export { canonicalUrl, contentId, hostOf } from './ids.js';
export { parseSearchText, type SearchTerm } from './search-query.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
export { CorpusStore } from './store.js';
export type * from './types.js';
