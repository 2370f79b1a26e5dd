import { stat } from 'node:fs/promises';
import { type FeedOptions, readFeed } from './feed/feed.js';
import { type FileOptions, filesUnder, readFiles } from './files/files.js';
import { type JsonlOptions, readJsonl } from './jsonl/jsonl.js';
import { type RawDocResult, rawError } from './raw-doc.js';
import { readWarc, type WarcOptions } from './warc/warc.js';

/** Which reader a path goes to. */
export type SourceKind = 'warc' | 'feed' | 'jsonl' | 'file';

/** Options of {@link readSources}: each reader's own options. */
export interface SourceOptions {
  warc?: WarcOptions;
  feed?: FeedOptions;
  jsonl?: JsonlOptions;
  files?: FileOptions;
}

const KINDS: Array<[RegExp, SourceKind]> = [
  [/\.warc(?:\.gz)?$/i, 'warc'],
  [/\.(?:jsonl|ndjson)(?:\.gz)?$/i, 'jsonl'],
  [/\.(?:rss|atom|rdf|xml)(?:\.gz)?$/i, 'feed'],
  [/\.(?:html?|xhtml|txt|text)(?:\.gz)?$/i, 'file'],
];

/**
 * The reader for a path, by its name: `.warc(.gz)` → WARC, `.jsonl`/`.ndjson(.gz)` → JSON Lines,
 * `.rss`/`.atom`/`.rdf`/`.xml(.gz)` → feed, anything else → an HTML or text file.
 *
 * @example
 * sourceKind('crawl/2024-03.warc.gz') // 'warc'
 * sourceKind('world.rss')             // 'feed'
 */
export function sourceKind(path: string): SourceKind {
  for (const [pattern, kind] of KINDS) if (pattern.test(path)) return kind;
  return 'file';
}

function known(name: string): boolean {
  return KINDS.some(([pattern]) => pattern.test(name));
}

/**
 * Reads any mix of sources, one after another: WARC archives, feeds, JSON Lines files, HTML and
 * text files, directories (recursively, sorted; every file of a known kind), and `-` for HTML or
 * text on stdin. This is what `sitrep ingest <path...>` reads. A path that does not exist yields
 * a {@link RawDocError} and the others go on.
 *
 * @example
 * import { readSources } from './ingest/index.js';
 * for await (const item of readSources(['crawl.warc.gz', 'feeds/', 'pages.jsonl'])) {
 *   if (item.ok) console.log(item.provenance.kind, item.id);
 *   else console.error(`${item.id}: ${item.error}`);
 * }
 */
export async function* readSources(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<RawDocResult> {
  for (const path of paths) {
    if (path === '-') {
      yield* readFiles(['-'], options.files);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      yield rawError(
        path,
        code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message,
        {
          kind: sourceKind(path),
          path,
        },
      );
      continue;
    }
    if (!isDirectory) {
      yield* readOne(path, options);
      continue;
    }
    for await (const file of filesUnder(path, known, options.files?.onEmptyDirectory)) yield* readOne(file, options);
  }
}

function readOne(path: string, options: SourceOptions): AsyncGenerator<RawDocResult> {
  switch (sourceKind(path)) {
    case 'warc':
      return readWarc(path, options.warc);
    case 'feed':
      return readFeed(path, options.feed);
    case 'jsonl':
      return readJsonl(path, options.jsonl);
    default:
      return readFiles([path], options.files);
  }
}
