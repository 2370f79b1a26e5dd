/** Block features and labels for every development page, for training and cross-validating the body classifier. */
import { pages, type Page } from '../../bench/lib/extraction-data.js';
import { decodeBytes } from '../../src/extract/decode.js';
import { analysePage } from '../../src/extract/html/extract-html.js';
import { FEATURE_COUNT, blockFeatures } from '../../src/extract/html/features.js';
import { GoldIndex } from './labels.js';

export interface PageRow {
  dataset: string;
  id: string;
  url: string | null;
  /** First block row of the page in the matrix, and its block count. */
  offset: number;
  count: number;
}

export interface BlockDataset {
  x: Float32Array;
  y: Uint8Array;
  w: Float32Array;
  /** Share of each block's tokens found in the gold text. */
  coverage: Float32Array;
  pages: PageRow[];
}

function grow(a: Float32Array, need: number): Float32Array {
  if (need <= a.length) return a;
  const b = new Float32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

export function htmlText(page: Page): string {
  return decodeBytes(page.html).text;
}

/** Builds the dataset over the given datasets (all when empty). */
export function buildHtmlDataset(only: string[] = [], log?: (s: string) => void): BlockDataset {
  let x: Float32Array = new Float32Array(1 << 20);
  let yRaw: Float32Array = new Float32Array(1 << 16);
  let wRaw: Float32Array = new Float32Array(1 << 16);
  let cov: Float32Array = new Float32Array(1 << 16);
  const rows: PageRow[] = [];
  let n = 0;
  for (const page of pages(only)) {
    const a = analysePage(htmlText(page), page.url ?? null);
    const feats = blockFeatures(a.page, a.stats, a.meta.title);
    const count = a.page.blocks.length;
    x = grow(x, (n + count) * FEATURE_COUNT);
    x.set(feats, n * FEATURE_COUNT);
    yRaw = grow(yRaw, n + count);
    wRaw = grow(wRaw, n + count);
    cov = grow(cov, n + count);
    const gold = new GoldIndex(page.articleBody);
    let pageTokens = 0;
    const covs = a.page.blocks.map((b) => gold.coverage(b.text));
    for (const c of covs) pageTokens += c.tokens;
    covs.forEach((c, k) => {
      const frac = c.tokens > 0 ? c.covered / c.tokens : 0;
      cov[n + k] = frac;
      yRaw[n + k] = frac >= 0.5 ? 1 : 0;
      wRaw[n + k] = Math.max(0.02, (300 * c.tokens) / Math.max(pageTokens, 300));
    });
    rows.push({ dataset: page.dataset, id: page.id, url: page.url ?? null, offset: n, count });
    n += count;
    if (log && rows.length % 500 === 0) log(`${rows.length} pages, ${n} blocks`);
  }
  return {
    x: x.slice(0, n * FEATURE_COUNT),
    y: Uint8Array.from(yRaw.subarray(0, n)),
    w: wRaw.slice(0, n),
    coverage: cov.slice(0, n),
    pages: rows,
  };
}
