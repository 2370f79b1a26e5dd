import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy } from './own-copy.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap bytes still held after keeping a 40-character piece of each of 20 strings of 2.2 MB. */
function heldByPieces(copy: (s: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < 20; i++) {
    const page = `page ${i} `.repeat(300_000);
    kept.push(copy(page.slice(1000 + i, 1040 + i)));
  }
  gc();
  gc();
  const held = process.memoryUsage().heapUsed - before;
  expect(kept).toHaveLength(20);
  return held;
}

describe('ownCopy', () => {
  it('keeps the text', () => {
    const page = 'x'.repeat(100) + 'article-body-main-column' + 'y'.repeat(100);
    const piece = page.slice(100, 124);
    expect(ownCopy(piece)).toBe('article-body-main-column');
    expect(ownCopy('short')).toBe('short');
    expect(ownCopy('')).toBe('');
  });

  it('lets the string it was cut from be collected, which a plain slice does not', () => {
    expect(heldByPieces((s) => s)).toBeGreaterThan(30_000_000);
    expect(heldByPieces(ownCopy)).toBeLessThan(8_000_000);
  });
});
