import type { SourceInfo } from '../corpus/source-doc.js';
import { expandInputs as expandFiles, type InputItem as FileItem } from '../ingest/files/files.js';
import { readSources, sourceKind } from '../ingest/sources.js';
import type { CliIo } from './io.js';

export { inputId } from '../ingest/files/files.js';

/**
 * One document a command reads: a file, or an item of a feed, a WARC archive or a JSON Lines file
 * named on the command line, with what that source says about it (`source`).
 */
export interface InputItem extends FileItem {
  readonly source?: SourceInfo;
}

/** A note on stderr for a directory argument with nothing to read in it (the run goes on). */
export function noteEmptyDirectory(
  io: CliIo,
  command: string,
  kinds = '.html, .htm, .xhtml, .txt, .text, optionally .gz',
): (dir: string) => void {
  return (dir) => io.err(`sitrep ${command}: ${dir}: no file to read in this directory (${kinds})\n`);
}

/**
 * The inputs of a command's path arguments, with a note for each empty directory. A path named
 * like a feed (`.rss`, `.atom`, `.rdf`, `.xml`), a WARC archive (`.warc`) or JSON Lines (`.jsonl`,
 * `.ndjson`), each optionally gzipped, gives one input per item, record or line, as `sitrep
 * ingest` reads them; an item that cannot be read gives an input whose reading fails with the reason.
 * `jsonlAsFiles` leaves JSON Lines files whole, for commands that read their lines as plain texts.
 */
export async function expandInputs(
  paths: readonly string[],
  io: CliIo,
  command: string,
  options: { jsonlAsFiles?: boolean } = {},
): Promise<InputItem[]> {
  const items: InputItem[] = [];
  let files: string[] = [];
  const flushFiles = async () => {
    if (files.length > 0) items.push(...(await expandFiles(files, { onEmptyDirectory: noteEmptyDirectory(io, command) })));
    files = [];
  };
  for (const path of paths) {
    const kind = path === '-' ? 'file' : sourceKind(path);
    if (kind === 'file' || (kind === 'jsonl' && options.jsonlAsFiles)) {
      files.push(path);
      continue;
    }
    await flushFiles();
    for await (const raw of readSources([path])) {
      if (!raw.ok) {
        const reason = raw.error;
        items.push({ id: raw.id, path, read: () => Promise.reject(new Error(reason)) });
        continue;
      }
      // (a copy: a reader may reuse its buffers)
      const body = typeof raw.body === 'string' ? new TextEncoder().encode(raw.body) : new Uint8Array(raw.body);
      const source: SourceInfo = {
        provenance: raw.provenance,
        ...(raw.mode ? { mode: raw.mode } : {}),
        // (text handed on as a string is UTF-8 now, whatever the source declared)
        ...(raw.charset && typeof raw.body !== 'string' ? { charset: raw.charset } : {}),
      };
      items.push({ id: raw.id, path, read: () => Promise.resolve(body), source });
    }
  }
  await flushFiles();
  return items;
}

export { UsageError } from './io.js';
