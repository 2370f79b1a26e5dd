import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sourceKind } from '../ingest/index.js';

const PAGE = /\.(?:html?|xhtml|txt|text)(?:\.gz)?$/i;
const CONTAINER = /\.(?:warc|jsonl|ndjson|rss|atom|rdf|xml)(?:\.gz)?$/i;

/**
 * How many documents the paths hold, when that can be known without reading them: only HTML and
 * text files and directories of them. `null` when a path is an archive, a feed, a JSON Lines file
 * (or a directory holding one), stdin, or cannot be read.
 */
export async function countDocuments(paths: readonly string[]): Promise<number | null> {
  let n = 0;
  const walk = async (dir: string): Promise<boolean> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!(await walk(join(dir, e.name)))) return false;
      } else if (e.isFile()) {
        if (CONTAINER.test(e.name)) return false;
        if (PAGE.test(e.name)) n++;
      }
    }
    return true;
  };
  try {
    for (const p of paths) {
      if (p === '-') return null;
      if ((await stat(p)).isDirectory()) {
        if (!(await walk(p))) return null;
      } else if (sourceKind(p) === 'file') n++;
      else return null;
    }
  } catch {
    return null;
  }
  return n;
}
