/** Spherical k-means (cosine similarity on unit vectors), seeded with k-means++, deterministic. */

export interface KMeansResult {
  /** Cluster of each input row. */
  readonly assignment: Int32Array;
  readonly k: number;
  /** Unit-length centroids, `d` per cluster. */
  readonly centroids: Float32Array;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/**
 * Clusters the rows `members` of `vectors` (dimension `d`) into at most `k` groups.
 */
export function sphericalKMeans(
  vectors: Float32Array,
  d: number,
  members: Int32Array,
  k: number,
  iterations: number,
  seed: number,
): KMeansResult {
  const n = members.length;
  const assignment = new Int32Array(n);
  if (n <= k) {
    const centroids = new Float32Array(n * d);
    for (let i = 0; i < n; i++) {
      assignment[i] = i;
      centroids.set(vectors.subarray(members[i]! * d, members[i]! * d + d), i * d);
    }
    return { assignment, k: n, centroids };
  }
  const random = rng(seed);
  const centroids = new Float32Array(k * d);
  const dot = (row: number, c: number) => {
    let s = 0;
    const a = row * d;
    const b = c * d;
    for (let j = 0; j < d; j++) s += vectors[a + j]! * centroids[b + j]!;
    return s;
  };
  // k-means++ on distance 1 - cos, over a sample to keep seeding cheap.
  const sample = Math.min(n, 20_000);
  const pick = new Int32Array(sample);
  for (let i = 0; i < sample; i++) pick[i] = members[Math.floor((i * n) / sample)]!;
  const dist = new Float64Array(sample).fill(Number.POSITIVE_INFINITY);
  let chosen = pick[Math.floor(random() * sample)]!;
  for (let c = 0; c < k; c++) {
    centroids.set(vectors.subarray(chosen * d, chosen * d + d), c * d);
    let total = 0;
    for (let i = 0; i < sample; i++) {
      const dd = Math.max(0, 1 - dot(pick[i]!, c));
      if (dd < dist[i]!) dist[i] = dd;
      total += dist[i]! * dist[i]!;
    }
    let r = random() * total;
    chosen = pick[sample - 1]!;
    for (let i = 0; i < sample; i++) {
      r -= dist[i]! * dist[i]!;
      if (r <= 0) {
        chosen = pick[i]!;
        break;
      }
    }
  }
  const sums = new Float64Array(k * d);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const row = members[i]!;
      let best = -2;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const s = dot(row, c);
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assignment[i] !== arg) changed++;
      assignment[i] = arg;
    }
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const a = members[i]! * d;
      const b = assignment[i]! * d;
      for (let j = 0; j < d; j++) sums[b + j]! += vectors[a + j]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += sums[c * d + j]! ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) continue;
      for (let j = 0; j < d; j++) centroids[c * d + j] = sums[c * d + j]! / norm;
    }
    if (it > 0 && changed < n / 1000) break;
  }
  return { assignment, k, centroids };
}

/** The nearest centroid (by dot product) of each row of `vectors`. */
export function assignNearest(vectors: Float32Array, d: number, centroids: Float32Array): Int32Array {
  const n = vectors.length / d;
  const k = centroids.length / d;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = Number.NEGATIVE_INFINITY;
    let arg = 0;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += vectors[i * d + j]! * centroids[c * d + j]!;
      if (s > best) {
        best = s;
        arg = c;
      }
    }
    out[i] = arg;
  }
  return out;
}

/** A cluster tree: each word's finest cluster and, for each finest cluster, its ancestors. */
export interface ClusterTree {
  /** Number of clusters at each level, coarsest first. */
  readonly sizes: number[];
  /** Finest-level cluster of each row. */
  readonly finest: Int32Array;
  /** `ancestors[f * (levels - 1) + l]`: the level-`l` cluster above finest cluster `f`. */
  readonly ancestors: Int32Array;
}

/**
 * Builds a cluster tree bottom-up: `k` clusters fitted on the first `fitRows` rows (the most
 * frequent words) and then assigned to every row; each split into up to `split` sub-clusters for
 * the finest level; the `k` centroids clustered again into each of `coarse` (descending sizes) for
 * the levels above.
 */
export function clusterTree(
  vectors: Float32Array,
  d: number,
  fitRows: number,
  k: number,
  split: number,
  coarse: readonly number[],
  seed: number,
): ClusterTree {
  const rows = vectors.length / d;
  const fit = sphericalKMeans(
    vectors,
    d,
    Int32Array.from({ length: Math.min(fitRows, rows) }, (_, i) => i),
    k,
    15,
    seed,
  );
  const mid = assignNearest(vectors, d, fit.centroids);
  const members: number[][] = Array.from({ length: fit.k }, () => []);
  mid.forEach((c, row) => {
    members[c]!.push(row);
  });
  const finest = new Int32Array(rows);
  const finestParent: number[] = [];
  members.forEach((rowsOf, c) => {
    if (rowsOf.length === 0) return;
    const sub = sphericalKMeans(vectors, d, Int32Array.from(rowsOf), split, 15, seed + c + 1);
    const base = finestParent.length;
    const used = new Map<number, number>();
    rowsOf.forEach((row, i) => {
      const a = sub.assignment[i]!;
      if (!used.has(a)) {
        used.set(a, base + used.size);
        finestParent.push(c);
      }
      finest[row] = used.get(a)!;
    });
  });
  // Levels above: cluster the centroids of the level below.
  const levels: Int32Array[] = [];
  let centroids = fit.centroids;
  let below = Int32Array.from({ length: fit.k }, (_, i) => i);
  for (const size of coarse) {
    const n = centroids.length / d;
    const res = sphericalKMeans(
      centroids,
      d,
      Int32Array.from({ length: n }, (_, i) => i),
      size,
      30,
      seed + size,
    );
    below = below.map((c) => res.assignment[c]!);
    levels.push(below);
    centroids = res.centroids;
  }
  levels.reverse();
  const ancestorsPerLevel = [...levels, Int32Array.from({ length: fit.k }, (_, i) => i)];
  const L = ancestorsPerLevel.length;
  const ancestors = new Int32Array(finestParent.length * L);
  finestParent.forEach((c, f) => {
    for (let l = 0; l < L; l++) ancestors[f * L + l] = ancestorsPerLevel[l]![c]!;
  });
  return { sizes: [...coarse].reverse().concat([fit.k, finestParent.length]), finest, ancestors };
}
