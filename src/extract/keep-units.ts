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
