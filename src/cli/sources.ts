import { readFeed } from '../ingest/feed/feed.js';
import { type FileOptions, listInputs, readFiles } from '../ingest/files/files.js';
import { readJsonl } from '../ingest/jsonl/jsonl.js';
import { type RawDocResult, rawError } from '../ingest/raw-doc.js';
import { readWarc } from '../ingest/warc/warc.js';

/** Which reader a command-line path goes to, by its name. */
export function sourceKind(path: string): 'warc' | 'jsonl' | 'feed' | 'files' {
  if (/\.warc(?:\.gz)?$/i.test(path)) return 'warc';
  if (/\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(path)) return 'jsonl';
  if (/\.(?:xml|rss|atom)(?:\.gz)?$/i.test(path)) return 'feed';
  return 'files';
}

/**
 * Every document of the given paths, read by the reader their names call for: `.warc(.gz)`
 * archives, `.jsonl`/`.ndjson` JSON Lines, `.xml`/`.rss`/`.atom` feeds, and otherwise HTML and
 * text files and directories (as `sitrep extract` reads them). A reader that fails outright
 * yields one error item and the next path goes on.
 */
export async function* readSources(paths: readonly string[], options: FileOptions = {}): AsyncGenerator<RawDocResult> {
  for (const path of paths) {
    const kind = sourceKind(path);
    try {
      if (kind === 'warc') yield* readWarc(path);
      else if (kind === 'jsonl') yield* readJsonl(path);
      else if (kind === 'feed') yield* readFeed(path);
      else yield* readFiles([path], options);
    } catch (error) {
      yield rawError(path, (error as Error).message, { kind: kind === 'files' ? 'file' : kind, path });
    }
  }
}

/** How many documents the paths hold, when that can be known cheaply (only files and directories); else `null`. */
export async function countDocuments(paths: readonly string[]): Promise<number | null> {
  if (paths.some((p) => sourceKind(p) !== 'files' || p === '-')) return null;
  let n = 0;
  for await (const _ of listInputs(paths)) n++;
  return n;
}
