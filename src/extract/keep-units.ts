/**
 * Units at or above the threshold; when none is, the units close to the best one (a page whose
 * whole text is one short article would otherwise come out empty).
 */
export function keepWithFallback(p: ArrayLike<number>, threshold: number): boolean[] {
  const keep = Array.from(p, (x) => x >= threshold);
  if (keep.includes(true) || p.length === 0) return keep;
  let max = 0;
  for (let i = 0; i < p.length; i++) max = Math.max(max, p[i]!);
  if (max < 0.1) return keep;
  return Array.from(p, (x) => x >= max * 0.6);
}

/** How many unkept units in a row end a stretch of kept ones (fewer join the stretches either side). */
const STRAY_GAP = 10;
/** The most words a stray stretch has. */
const STRAY_MAX_WORDS = 80;

/**
 * Drops the short stretches of kept units that stand apart from the body: a stretch (kept units
 * with fewer than ten unkept ones between them) of at most 80 words and less than a fifth of the
 * longest stretch's words, such as a teaser or a stray caption far above or below the article.
 * `words(i)` gives unit `i`'s number of words (asked of kept units only). Returns `keep` itself when
 * nothing is dropped.
 *
 * @example
 * dropStrayRuns([true, ...Array(12).fill(false), true, true], (i) => [5, 300, 200][Math.max(0, i - 12)]);
 * // the first unit is dropped: 5 words, twelve units away from a stretch of 500
 */
export function dropStrayRuns(keep: boolean[], words: (i: number) => number): boolean[] {
  const runs: Array<{ start: number; end: number; words: number }> = [];
  let run: { start: number; end: number; words: number } | null = null;
  let gap = 0;
  for (let i = 0; i < keep.length; i++) {
    if (keep[i]) {
      run ??= { start: i, end: i, words: 0 };
      run.end = i;
      run.words += words(i);
      gap = 0;
    } else if (run && ++gap >= STRAY_GAP) {
      runs.push(run);
      run = null;
      gap = 0;
    }
  }
  if (run) runs.push(run);
  if (runs.length < 2) return keep;
  const main = runs.reduce((best, r) => (r.words > best.words ? r : best));
  const out = keep.slice();
  let dropped = false;
  for (const r of runs) {
    if (r === main || r.words > STRAY_MAX_WORDS || r.words * 5 >= main.words) continue;
    for (let i = r.start; i <= r.end; i++) out[i] = false;
    dropped = true;
  }
  return dropped ? out : keep;
}
