import type { DatedCount } from '../store/types.js';

/** Time buckets of a series. */
export type Period = 'day' | 'week' | 'month';

/**
 * The bucket a day falls in: the day itself (`2024-03-07`), its ISO week (`2024-W10`) or its month
 * (`2024-03`).
 *
 * @example
 * bucketOf('2024-03-07', 'week') // '2024-W10'
 * bucketOf('2024-12-30', 'week') // '2025-W01'
 */
export function bucketOf(day: string, by: Period): string {
  if (by === 'day') return day;
  if (by === 'month') return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  // the Thursday of the same week decides the ISO year
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function nextBucket(bucket: string, by: Period): string {
  if (by === 'month') {
    const [y, m] = bucket.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  if (by === 'day') {
    const d = new Date(`${bucket}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }
  const [y, w] = bucket.split('-W').map(Number) as [number, number];
  // the Monday of ISO week w, plus seven days
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000);
  return bucketOf(new Date(monday.getTime() + 7 * 86_400_000).toISOString().slice(0, 10), 'week');
}

/**
 * Every bucket from `first` to `last`, so that a timeline shows quiet periods as zeros; only the
 * given buckets when the span has more than `max`.
 */
export function bucketRange(buckets: readonly string[], by: Period, max = 1000): string[] {
  const sorted = [...new Set(buckets)].sort();
  if (sorted.length < 2) return sorted;
  const out: string[] = [];
  const last = sorted.at(-1)!;
  for (let b = sorted[0]!; b <= last; b = nextBucket(b, by)) {
    out.push(b);
    if (out.length > max) return sorted;
  }
  return out;
}

/** A series reduced to buckets. */
export interface Tally {
  /** Stories (or documents, with all copies) per bucket. */
  readonly items: Map<string, number>;
  /** The summed counts (mentions, quotes) per bucket. */
  readonly counts: Map<string, number>;
  /** The summed scores (events: Goldstein) per bucket. */
  readonly scores: Map<string, number>;
  /** Over all the series, undated documents included. */
  readonly totalItems: number;
  readonly totalCounts: number;
  readonly totalScore: number;
  readonly documents: number;
}

/**
 * Reduces document rows to buckets. Stories, not copies: each story counts once, with the counts of
 * its first stored copy and in that copy's bucket, unless `allCopies`. Undated documents count in
 * the totals only.
 */
export function tally(rows: readonly DatedCount[], by: Period, allCopies = false): Tally {
  let kept: DatedCount[];
  if (allCopies) kept = [...rows];
  else {
    const first = new Map<number, DatedCount>();
    for (const r of rows) {
      const seen = first.get(r.story);
      if (!seen || r.docSeq < seen.docSeq) first.set(r.story, r);
    }
    kept = [...first.values()];
  }
  const items = new Map<string, number>();
  const counts = new Map<string, number>();
  const scores = new Map<string, number>();
  let totalCounts = 0;
  let totalScore = 0;
  for (const r of kept) {
    totalCounts += r.count;
    totalScore += r.score ?? 0;
    if (!r.day || !/^\d{4}-\d{2}-\d{2}$/.test(r.day)) continue;
    const b = bucketOf(r.day, by);
    items.set(b, (items.get(b) ?? 0) + 1);
    counts.set(b, (counts.get(b) ?? 0) + r.count);
    scores.set(b, (scores.get(b) ?? 0) + (r.score ?? 0));
  }
  return { items, counts, scores, totalItems: kept.length, totalCounts, totalScore, documents: new Set(rows.map((r) => r.docSeq)).size };
}
