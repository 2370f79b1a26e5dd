import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { formatBytes } from '../bytes.js';
import { type RawDocResult, rawError } from '../raw-doc.js';

/** One document file to read, named as the `sitrep extract` contract says. */
export interface InputItem {
  /** File name without folders and without `.gz`, `.html`, `.htm`, `.txt` (`html/abc.html.gz` → `abc`); `-` for stdin. */
  readonly id: string;
  readonly path: string;
  /** Reads the bytes, unzipping `.gz` files (and gzip data on stdin). Rejects with a clear reason. */
  read(): Promise<Uint8Array>;
}

/** Options of {@link listInputs} and {@link readFiles}. */
export interface FileOptions {
  /** Files (after gunzip) larger than this are refused with a per-item error. Default 64 MiB. */
  maxBytes?: number;
  /** Where `-` reads from. Default `process.stdin`. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Called for a directory that holds no file to read (a mistyped path, or a crawl with nothing new). */
  onEmptyDirectory?: (dir: string) => void;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const EXTENSIONS = /(?:\.(?:html?|txt|xhtml|text))?(?:\.gz)?$/i;
const READABLE = /\.(?:html?|xhtml|txt|text)(?:\.gz)?$/i;

/**
 * The id of an input path: its file name without folders and without `.html`, `.htm`, `.xhtml`,
 * `.txt`, `.text` and `.gz`.
 *
 * @example
 * inputId('pages/2024/abc.html.gz') // 'abc'
 */
export function inputId(path: string): string {
  if (path === '-') return '-';
  const name = basename(path);
  const stripped = name.replace(EXTENSIONS, '');
  return stripped.length > 0 ? stripped : name;
}

function gunzipIfNeeded(bytes: Uint8Array, path: string, maxBytes: number): Uint8Array {
  const gz = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gz) {
    if (/\.gz$/i.test(path) && bytes.length > 0) throw new Error('not gzip data, although the name ends in .gz');
    if (bytes.length > maxBytes) throw new Error(`larger than the ${formatBytes(maxBytes)} limit`);
    return bytes;
  }
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new Error(`larger than the ${formatBytes(maxBytes)} limit once unzipped`);
    }
    throw new Error(`corrupt or truncated gzip file (${(error as Error).message})`);
  }
}

async function readAll(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    // gzip input may be smaller than its content; the gunzip step checks the unzipped size
    if (total > maxBytes * 4) throw new Error(`larger than the ${formatBytes(maxBytes)} limit`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

/**
 * Expands command-line paths into inputs lazily: files as given, directories recursively in
 * sorted order (only `.html`, `.htm`, `.xhtml`, `.txt`, `.text`, optionally `.gz`), `-` for stdin.
 * A missing path becomes an item whose `read()` fails, so a batch goes on.
 *
 * @example
 * for await (const item of listInputs(['pages/', 'extra.html'])) console.log(item.id, item.path);
 */
export async function* listInputs(paths: readonly string[], options: FileOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const p of paths) {
    if (p === '-') {
      const stdin = options.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
      yield { id: '-', path: '-', read: async () => gunzipIfNeeded(await readAll(stdin, maxBytes), '-', maxBytes) };
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(p)).isDirectory();
    } catch (error) {
      const reason = describe(error);
      yield { id: inputId(p), path: p, read: () => Promise.reject(new Error(reason)) };
      continue;
    }
    if (isDirectory) {
      for await (const file of filesUnder(p, (name) => READABLE.test(name), options.onEmptyDirectory)) yield fileItem(file, maxBytes);
    } else yield fileItem(p, maxBytes);
  }
}

/**
 * {@link listInputs} collected into an array (what `sitrep extract` uses).
 *
 * @example
 * const items = await expandInputs(['pages/']);
 * const bytes = await items[0]!.read();
 */
export async function expandInputs(paths: readonly string[], options: FileOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of listInputs(paths, options)) items.push(item);
  return items;
}

function fileItem(path: string, maxBytes: number): InputItem {
  return {
    id: inputId(path),
    path,
    read: async () => {
      let size: number;
      try {
        size = (await stat(path)).size;
      } catch (error) {
        throw new Error(describe(error));
      }
      if (size > maxBytes * (/\.gz$/i.test(path) ? 4 : 1))
        throw new Error(`${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} limit`);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
      } catch (error) {
        throw new Error(describe(error));
      }
      return gunzipIfNeeded(bytes, path, maxBytes);
    },
  };
}

/** The files under `dir` whose names pass `keep`, recursively, in sorted order. @internal */
export async function* walkFiles(dir: string, keep: (name: string) => boolean): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walkFiles(full, keep);
    else if (e.isFile() && keep(e.name)) yield full;
  }
}

/** {@link walkFiles}, telling `onEmpty` when the directory holds no such file. @internal */
export async function* filesUnder(dir: string, keep: (name: string) => boolean, onEmpty?: (dir: string) => void): AsyncGenerator<string> {
  let found = false;
  for await (const file of walkFiles(dir, keep)) {
    found = true;
    yield file;
  }
  if (!found) onEmpty?.(dir);
}

/**
 * Reads HTML and text files and directories (the `sitrep extract` input rules) as RawDocs: the
 * bytes (gunzipped), the id from {@link inputId}, and a mode hint from the extension (`.txt` and
 * `.text` → `text`, `.html`, `.htm`, `.xhtml` → `html`, none for stdin). A file that cannot be
 * read yields a {@link RawDocError} and the others go on.
 *
 * @example
 * import { readFiles } from './ingest/index.js';
 * for await (const item of readFiles(['pages/'])) {
 *   if (item.ok) console.log(item.id, item.mode, item.provenance.path); // 'abc' 'html' 'pages/abc.html'
 * }
 */
export async function* readFiles(paths: readonly string[], options: FileOptions = {}): AsyncGenerator<RawDocResult> {
  for await (const item of listInputs(paths, options)) {
    const provenance = { kind: 'file' as const, path: item.path };
    try {
      const body = await item.read();
      const mode = /\.(?:txt|text)(?:\.gz)?$/i.test(item.path)
        ? 'text'
        : /\.(?:html?|xhtml)(?:\.gz)?$/i.test(item.path)
          ? 'html'
          : undefined;
      yield { ok: true, id: item.id, body, ...(mode ? { mode } : {}), provenance, warnings: [] };
    } catch (error) {
      yield rawError(item.id, (error as Error).message, provenance);
    }
  }
}
