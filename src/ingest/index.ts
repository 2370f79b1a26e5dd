/**
 * Source readers: they turn files, directories, WARC archives, RSS/Atom feeds, JSON Lines and
 * URLs into {@link RawDoc}s (bytes or text plus provenance), one at a time.
 *
 * Every reader is an async iterable of {@link RawDocResult}: `{ ok: true, …RawDoc }` for a
 * document, `{ ok: false, id, error }` for an item that could not be read, after which the reader
 * goes on (or, for a truncated archive, ends). Readers stream, so memory stays flat whatever the
 * size of the input. This module knows nothing of extraction, the store or the CLI.
 *
 * @example
 * import { readSources } from './ingest/index.js';
 * import { decodeBytes } from './extract/decode.js';
 * for await (const item of readSources(['crawl.warc.gz', 'world.rss', 'pages.jsonl', 'pages/'])) {
 *   if (!item.ok) { console.error(`${item.id}: ${item.error}`); continue; }
 *   const text = typeof item.body === 'string' ? item.body : decodeBytes(item.body, item.charset).text;
 *   // extract(text, { mode: item.mode ?? 'auto', url: item.provenance.url }) …
 * }
 */
export type { ByteInput } from './bytes.js';
export { type FeedOptions, readFeed } from './feed/feed.js';
export { blockedAddressReason } from './fetch/address.js';
export { type FetchOptions, fetchPages } from './fetch/fetch.js';
export { parseRobots, type RobotsRules } from './fetch/robots.js';
export { expandInputs, type FileOptions, type InputItem, inputId, listInputs, readFiles } from './files/files.js';
export { type JsonlOptions, readJsonl } from './jsonl/jsonl.js';
export type { Provenance, RawDoc, RawDocError, RawDocKind, RawDocResult, RawDocSource } from './raw-doc.js';
export { readSources, type SourceKind, type SourceOptions, sourceKind } from './sources.js';
export { readWarc, type WarcOptions, type WarcSkip } from './warc/warc.js';
