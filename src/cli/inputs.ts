import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One document to process, named as the CLI contract says. */
export interface InputItem {
  /** File name without folders and without `.gz`, `.html`, `.htm`, `.txt` (`html/abc.html.gz` → `abc`); `-` for stdin. */
  readonly id: string;
  readonly path: string;
  /** Reads the bytes, unzipping `.gz` files (and gzip data on stdin). Rejects with a clear reason. */
  read(): Promise<Uint8Array>;
}

const EXTENSIONS = /(?:\.(?:html?|txt|xhtml|text))?(?:\.gz)?$/i;
const READABLE = /\.(?:html?|xhtml|txt|text)(?:\.gz)?$/i;

/** The id of an input path, as the CLI contract defines it. */
export function inputId(path: string): string {
  if (path === '-') return '-';
  const name = basename(path);
  const stripped = name.replace(EXTENSIONS, '');
  return stripped.length > 0 ? stripped : name;
}

/** Thrown for command-line mistakes (exit status 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function gunzipIfNeeded(bytes: Uint8Array, path: string): Uint8Array {
  const gz = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gz) {
    if (/\.gz$/i.test(path) && bytes.length > 0) throw new Error('not gzip data, although the name ends in .gz');
    return bytes;
  }
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new Error(`corrupt or truncated gzip file (${(error as Error).message})`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Expands command-line paths into inputs: files as given, directories recursively in sorted order
 * (only `.html`, `.htm`, `.txt`, optionally `.gz`), `-` for stdin. Missing paths are reported as
 * items whose `read()` fails, so a batch goes on.
 */
export async function expandInputs(paths: readonly string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const p of paths) {
    if (p === '-') {
      items.push({ id: '-', path: '-', read: async () => gunzipIfNeeded(await readStdin(), '-') });
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      items.push({ id: inputId(p), path: p, read: () => Promise.reject(new Error(reason)) });
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await walk(p)) items.push(fileItem(file));
    } else {
      items.push(fileItem(p));
    }
  }
  return items;
}

function fileItem(path: string): InputItem {
  return {
    id: inputId(path),
    path,
    read: async () => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new Error(code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message);
      }
      return gunzipIfNeeded(bytes, path);
    },
  };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && READABLE.test(e.name)) out.push(full);
  }
  return out;
}
