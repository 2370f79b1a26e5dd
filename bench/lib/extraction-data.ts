import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDir } from './paths.js';

export interface GoldPage {
  dataset: string;
  id: string;
  url?: string;
  articleBody: string;
  title?: string;
  byline?: string;
  date?: string;
  lang?: string;
}

export interface Page extends GoldPage {
  /** The page bytes (UTF-8 HTML, unzipped). */
  html: Uint8Array;
}

export function extractionDir(): string {
  return join(sharedDir(), 'data', 'extraction');
}

/** Lists the extraction datasets (folder names), sorted. */
export function datasets(): string[] {
  return readdirSync(extractionDir(), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Reads the gold records of one dataset. */
export function goldPages(dataset: string): GoldPage[] {
  const file = join(extractionDir(), dataset, 'ground-truth.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as GoldPage);
}

/** Yields every page of the given datasets with its bytes. */
export function* pages(only?: readonly string[]): Generator<Page> {
  for (const ds of datasets()) {
    if (only && only.length > 0 && !only.includes(ds)) continue;
    for (const g of goldPages(ds)) {
      const html = gunzipSync(readFileSync(join(extractionDir(), ds, 'html', `${g.id}.html.gz`)));
      yield { ...g, html };
    }
  }
}
