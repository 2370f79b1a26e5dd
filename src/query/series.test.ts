import { describe, expect, it } from 'vitest';
import { bucketOf, bucketRange, tally } from './series.js';

describe('bucketOf', () => {
  it('gives days, ISO weeks and months', () => {
    expect(bucketOf('2024-03-07', 'day')).toBe('2024-03-07');
    expect(bucketOf('2024-03-07', 'month')).toBe('2024-03');
    expect(bucketOf('2024-03-04', 'week')).toBe('2024-W10');
    expect(bucketOf('2024-03-10', 'week')).toBe('2024-W10');
    expect(bucketOf('2024-03-11', 'week')).toBe('2024-W11');
    // ISO years start with the week of the first Thursday
    expect(bucketOf('2024-12-30', 'week')).toBe('2025-W01');
    expect(bucketOf('2021-01-03', 'week')).toBe('2020-W53');
    expect(bucketOf('2021-01-04', 'week')).toBe('2021-W01');
  });
});

describe('bucketRange', () => {
  it('fills the gaps between the first and last bucket', () => {
    expect(bucketRange(['2024-03', '2023-11'], 'month')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02', '2024-03']);
    expect(bucketRange(['2024-02-28', '2024-03-01'], 'day')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(bucketRange(['2020-W52', '2021-W02'], 'week')).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    expect(bucketRange([], 'week')).toEqual([]);
  });

  it('keeps only the buckets given when the span is too long', () => {
    expect(bucketRange(['1990-01-01', '2024-01-01'], 'day', 100)).toEqual(['1990-01-01', '2024-01-01']);
  });
});

describe('tally', () => {
  const rows = [
    { story: 1, docSeq: 1, day: '2024-03-04', count: 2 },
    { story: 1, docSeq: 5, day: '2024-03-12', count: 3 },
    { story: 2, docSeq: 2, day: '2024-03-05', count: 1 },
    { story: 3, docSeq: 3, day: null, count: 4 },
  ];

  it('counts each story once, in the bucket of its first copy', () => {
    const t = tally(rows, 'week');
    expect([...t.items]).toEqual([['2024-W10', 2]]);
    expect([...t.counts]).toEqual([['2024-W10', 3]]);
    expect([t.totalItems, t.totalCounts, t.documents]).toEqual([3, 7, 4]);
  });

  it('counts every copy with allCopies', () => {
    const t = tally(rows, 'week', true);
    expect([...t.items]).toEqual([
      ['2024-W10', 2],
      ['2024-W11', 1],
    ]);
    expect([t.totalItems, t.totalCounts]).toEqual([4, 10]);
  });
});
