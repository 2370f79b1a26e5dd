/**
 * Histogram gradient boosting with logistic loss, leaf-wise tree growth, row and column
 * subsampling. Writes the {@link GbdtJson} format read by `src/ml/gbdt.ts`.
 */
import type { GbdtJson } from '../../src/ml/gbdt.js';

export interface TrainOptions {
  trees: number;
  learningRate: number;
  maxLeaves: number;
  minChildWeight: number;
  lambda: number;
  rowSample: number;
  colSample: number;
  bins: number;
  seed: number;
  log?: (msg: string) => void;
}

export const DEFAULTS: TrainOptions = {
  trees: 300,
  learningRate: 0.08,
  maxLeaves: 31,
  minChildWeight: 5,
  lambda: 1,
  rowSample: 0.7,
  colSample: 0.8,
  bins: 64,
  seed: 1,
};

/** Training rows: a row-major feature matrix, 0/1 labels and per-row weights. */
export interface TrainData {
  x: Float32Array;
  y: Uint8Array;
  w: Float32Array;
  features: readonly string[];
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function quantileEdges(x: Float32Array, F: number, N: number, f: number, bins: number, rand: () => number): Float32Array {
  const sampleSize = Math.min(N, 200_000);
  const sample = new Float32Array(sampleSize);
  for (let i = 0; i < sampleSize; i++) {
    const r = sampleSize === N ? i : Math.floor(rand() * N);
    sample[i] = x[r * F + f]!;
  }
  sample.sort();
  const edges: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = sample[Math.min(sampleSize - 1, Math.floor((b * sampleSize) / bins))]!;
    if (edges.length === 0 || v > edges[edges.length - 1]!) edges.push(v);
  }
  // make the largest value its own bin boundary so `<= edge` splits can isolate the top
  const max = sample[sampleSize - 1]!;
  if (edges.length > 0 && edges[edges.length - 1] === max) edges.pop();
  return Float32Array.from(edges);
}

function binOf(edges: Float32Array, v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Leaf {
  rows: Uint32Array;
  g: number;
  h: number;
  hist: Float64Array | null; // [F][bins][2]
  node: number; // index in the tree's node list
  depth: number;
  best?: { gain: number; f: number; bin: number };
}

/** Trains a model; `log` receives progress lines. */
export function trainGbdt(data: TrainData, opts: Partial<TrainOptions> = {}): GbdtJson {
  const o = { ...DEFAULTS, ...opts };
  const F = data.features.length;
  const N = data.y.length;
  const rand = rng(o.seed);
  const B = o.bins;

  const edges: Float32Array[] = [];
  const bins = new Uint8Array(F * N);
  for (let f = 0; f < F; f++) {
    const e = quantileEdges(data.x, F, N, f, B, rand);
    edges.push(e);
    const base = f * N;
    for (let i = 0; i < N; i++) bins[base + i] = binOf(e, data.x[i * F + f]!);
  }

  let pos = 0;
  let tot = 0;
  for (let i = 0; i < N; i++) {
    pos += data.y[i]! * data.w[i]!;
    tot += data.w[i]!;
  }
  const p0 = Math.min(0.99, Math.max(0.01, pos / tot));
  const base = Math.log(p0 / (1 - p0));
  const margin = new Float64Array(N).fill(base);
  const grad = new Float64Array(N);
  const hess = new Float64Array(N);

  const out: { roots: number[]; feature: number[]; threshold: number[]; left: number[]; right: number[]; value: number[] } = {
    roots: [],
    feature: [],
    threshold: [],
    left: [],
    right: [],
    value: [],
  };

  const buildHist = (rows: Uint32Array, cols: Int32Array): Float64Array => {
    const hist = new Float64Array(F * B * 2);
    for (const f of cols) {
      const base = f * N;
      const hb = f * B * 2;
      for (let k = 0; k < rows.length; k++) {
        const i = rows[k]!;
        const b = hb + bins[base + i]! * 2;
        hist[b] = hist[b]! + grad[i]!;
        hist[b + 1] = hist[b + 1]! + hess[i]!;
      }
    }
    return hist;
  };

  const findBest = (leaf: Leaf, cols: Int32Array) => {
    const hist = leaf.hist!;
    const G = leaf.g;
    const H = leaf.h;
    const parentScore = (G * G) / (H + o.lambda);
    let best = { gain: 0, f: -1, bin: -1 };
    for (const f of cols) {
      const nb = edges[f]!.length; // split candidates: bin <= s for s in [0, nb-1]
      let gl = 0;
      let hl = 0;
      const hb = f * B * 2;
      for (let s = 0; s < nb; s++) {
        gl += hist[hb + s * 2]!;
        hl += hist[hb + s * 2 + 1]!;
        const hr = H - hl;
        if (hl < o.minChildWeight || hr < o.minChildWeight) continue;
        const gr = G - gl;
        const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parentScore;
        if (gain > best.gain) best = { gain, f, bin: s };
      }
    }
    leaf.best = best;
  };

  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < N; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]!));
      const w = data.w[i]!;
      grad[i] = (p - data.y[i]!) * w;
      hess[i] = Math.max(p * (1 - p), 1e-6) * w;
    }
    const picked: number[] = [];
    for (let i = 0; i < N; i++) if (rand() < o.rowSample) picked.push(i);
    const rows = Uint32Array.from(picked);
    const colList: number[] = [];
    for (let f = 0; f < F; f++) if (rand() < o.colSample) colList.push(f);
    const cols = Int32Array.from(colList);

    const nodeFeature: number[] = [-1];
    const nodeThreshold: number[] = [0];
    const nodeLeft: number[] = [0];
    const nodeRight: number[] = [0];
    const nodeValue: number[] = [0];
    let g = 0;
    let h = 0;
    for (const i of rows) {
      g += grad[i]!;
      h += hess[i]!;
    }
    const root: Leaf = { rows, g, h, hist: buildHist(rows, cols), node: 0, depth: 0 };
    findBest(root, cols);
    const leaves: Leaf[] = [root];
    while (leaves.length < o.maxLeaves) {
      let bi = -1;
      let bg = 1e-9;
      for (let k = 0; k < leaves.length; k++) {
        const b = leaves[k]!.best!;
        if (b.f >= 0 && b.gain > bg) {
          bg = b.gain;
          bi = k;
        }
      }
      if (bi < 0) break;
      const leaf = leaves[bi]!;
      const { f, bin } = leaf.best!;
      const base = f * N;
      let nl = 0;
      for (const i of leaf.rows) if (bins[base + i]! <= bin) nl++;
      const lrows = new Uint32Array(nl);
      const rrows = new Uint32Array(leaf.rows.length - nl);
      let a = 0;
      let c = 0;
      let gl = 0;
      let hl = 0;
      for (const i of leaf.rows) {
        if (bins[base + i]! <= bin) {
          lrows[a++] = i;
          gl += grad[i]!;
          hl += hess[i]!;
        } else rrows[c++] = i;
      }
      const small = lrows.length <= rrows.length ? lrows : rrows;
      const smallHist = buildHist(small, cols);
      const bigHist = leaf.hist!;
      for (let k = 0; k < bigHist.length; k++) bigHist[k] = bigHist[k]! - smallHist[k]!;
      const ln = nodeFeature.length;
      const rn = ln + 1;
      nodeFeature.push(-1, -1);
      nodeThreshold.push(0, 0);
      nodeLeft.push(0, 0);
      nodeRight.push(0, 0);
      nodeValue.push(0, 0);
      nodeFeature[leaf.node] = f;
      nodeThreshold[leaf.node] = edges[f]![bin]!;
      nodeLeft[leaf.node] = ln;
      nodeRight[leaf.node] = rn;
      const left: Leaf = { rows: lrows, g: gl, h: hl, hist: small === lrows ? smallHist : bigHist, node: ln, depth: leaf.depth + 1 };
      const right: Leaf = { rows: rrows, g: leaf.g - gl, h: leaf.h - hl, hist: small === lrows ? bigHist : smallHist, node: rn, depth: leaf.depth + 1 };
      leaf.hist = null;
      findBest(left, cols);
      findBest(right, cols);
      leaves.splice(bi, 1, left, right);
    }
    for (const leaf of leaves) {
      nodeValue[leaf.node] = (-leaf.g / (leaf.h + o.lambda)) * o.learningRate;
      leaf.hist = null;
    }
    // apply the tree to every row (also the ones left out of this tree's sample)
    for (let i = 0; i < N; i++) {
      let node = 0;
      while (nodeFeature[node]! >= 0) {
        node = data.x[i * F + nodeFeature[node]!]! <= nodeThreshold[node]! ? nodeLeft[node]! : nodeRight[node]!;
      }
      margin[i] = margin[i]! + nodeValue[node]!;
    }
    out.roots.push(out.feature.length);
    out.feature.push(...nodeFeature);
    out.threshold.push(...nodeThreshold.map((v) => Math.fround(v)));
    out.left.push(...nodeLeft);
    out.right.push(...nodeRight);
    out.value.push(...nodeValue.map((v) => Number(v.toPrecision(6))));
    if (o.log && (t + 1) % 25 === 0) {
      let loss = 0;
      for (let i = 0; i < N; i++) {
        const p = 1 / (1 + Math.exp(-margin[i]!));
        loss -= data.w[i]! * (data.y[i] ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      }
      o.log(`tree ${t + 1}/${o.trees} train logloss ${(loss / tot).toFixed(4)}`);
    }
  }
  return { format: 'sitrep-gbdt-1', features: data.features, base, ...out };
}

/** Split-gain-free importance: how often each feature is used to split. */
export function splitCounts(model: GbdtJson): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const f of model.feature) if (f >= 0) counts.set(model.features[f]!, (counts.get(model.features[f]!) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
