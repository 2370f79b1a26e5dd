/** The longest run of dropped lines between two kept ones that {@link fillGaps} takes back. */
export const MAX_GAP = 3;
/** The body probability every line of such a run needs. */
export const GAP_FLOOR = 0.3;

/**
 * Takes back short runs of lines that fall between two kept lines and that the classifier only
 * half doubted (every line at `floor` or above, none placed by the rules): a list item, a
 * subheading or a one-line paragraph inside the article. Returns a new mask.
 */
export function fillGaps(
  keep: readonly boolean[],
  p: ArrayLike<number>,
  eligible: (i: number) => boolean,
  maxGap = MAX_GAP,
  floor = GAP_FLOOR,
): boolean[] {
  const out = keep.slice();
  let last = -1;
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    const gap = i - last - 1;
    if (last >= 0 && gap > 0 && gap <= maxGap) {
      let ok = true;
      for (let j = last + 1; j < i && ok; j++) ok = p[j]! >= floor && eligible(j);
      if (ok) for (let j = last + 1; j < i; j++) out[j] = true;
    }
    last = i;
  }
  return out;
}
