import { describe, expect, it } from 'vitest';
import { dropStrayRuns, keepWithFallback } from './keep-units.js';

describe('keepWithFallback', () => {
  it('keeps the units at the threshold, or those near the best when none is', () => {
    expect(keepWithFallback([0.2, 0.7, 0.5], 0.5)).toEqual([false, true, true]);
    expect(keepWithFallback([0.2, 0.4, 0.3], 0.5)).toEqual([false, true, true]);
    expect(keepWithFallback([0.01, 0.05], 0.5)).toEqual([false, false]);
  });
});

describe('dropStrayRuns', () => {
  const gap = (n: number) => Array<boolean>(n).fill(false);
  it('drops a short stretch far from the body', () => {
    const keep = [true, ...gap(12), true, true];
    const words = [5, ...Array<number>(12).fill(9), 300, 200];
    expect(dropStrayRuns(keep, (i) => words[i]!)).toEqual([false, ...gap(12), true, true]);
  });

  it('keeps a stretch that is close, long, or not much shorter than the body', () => {
    const near = [true, ...gap(5), true, true];
    expect(dropStrayRuns(near, (i) => [5, 0, 0, 0, 0, 0, 300, 200][i]!)).toBe(near);
    const long = [true, ...gap(12), true];
    expect(dropStrayRuns(long, (i) => (i === 0 ? 120 : 900))).toBe(long);
    const even = [true, ...gap(12), true];
    expect(dropStrayRuns(even, (i) => (i === 0 ? 40 : 150))).toBe(even);
  });
});
