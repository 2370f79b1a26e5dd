import { describe, expect, it } from 'vitest';
import { Gbdt, type GbdtJson } from './gbdt.js';
import { compileForest, type ForestTables } from './gbdt-wasm.js';

/** A deterministic pseudo-random source, so that a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A random forest in the JSON form: `trees` trees of up to `leaves` leaves over `columns` features. */
function randomModel(seed: number, columns: number, trees: number, leaves: number): GbdtJson {
  const r = rng(seed);
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const value: number[] = [];
  const roots: number[] = [];
  for (let t = 0; t < trees; t++) {
    const root = feature.length;
    roots.push(root);
    // grow by splitting a random leaf until the tree has its leaves
    const nodes: number[] = [0];
    feature.push(-1);
    threshold.push(0);
    left.push(0);
    right.push(0);
    value.push(r() * 2 - 1);
    const open = [0];
    for (let n = 1; n < leaves; n++) {
      const at = open.splice(Math.floor(r() * open.length), 1)[0]!;
      const l = nodes.length;
      nodes.push(l, l + 1);
      for (let k = 0; k < 2; k++) {
        feature.push(-1);
        threshold.push(0);
        left.push(0);
        right.push(0);
        value.push(r() * 2 - 1);
      }
      feature[root + at] = Math.floor(r() * columns);
      // thresholds on a coarse grid, so that features often land exactly on them
      threshold[root + at] = Math.round((r() * 4 - 2) * 8) / 8 + (r() < 0.2 ? 0.1 : 0);
      left[root + at] = l;
      right[root + at] = l + 1;
      open.push(l, l + 1);
    }
  }
  return {
    format: 'sitrep-gbdt-1',
    features: Array.from({ length: columns }, (_, i) => `f${i}`),
    base: r() - 0.5,
    roots,
    feature,
    threshold,
    left,
    right,
    value,
  };
}

function randomMatrix(seed: number, rows: number, columns: number): Float32Array {
  const r = rng(seed);
  const x = new Float32Array(rows * columns);
  for (let i = 0; i < x.length; i++) {
    const u = r();
    x[i] = u < 0.05 ? Number.NaN : u < 0.3 ? Math.round((r() * 4 - 2) * 8) / 8 : r() * 4 - 2;
  }
  return x;
}

/** Margins by walking the trees in JavaScript, one row at a time. */
function tableMargins(g: Gbdt, x: Float32Array): Float64Array {
  const rows = x.length / g.featureCount;
  return Float64Array.from({ length: rows }, (_, r) => g.margin(x, r));
}

/** The tables a Gbdt keeps, read from its private fields for a direct test of the compiler. */
function tablesOf(g: Gbdt): ForestTables {
  const t = g as unknown as Omit<ForestTables, 'columns'>;
  return { columns: g.featureCount, roots: t.roots, node: t.node, threshold: t.threshold, value: t.value };
}

function baseOf(g: Gbdt): number {
  return (g as unknown as { base: number }).base;
}

describe('compileForest', () => {
  it('gives every row the margin of the JavaScript tree walk, to the bit', () => {
    for (const [seed, columns, trees, leaves] of [
      [1, 3, 1, 2],
      [2, 7, 40, 16],
      [3, 255, 25, 31],
      [4, 1, 5, 1],
    ] as const) {
      const g = new Gbdt(randomModel(seed, columns, trees, leaves));
      const forest = compileForest(tablesOf(g));
      expect(forest).not.toBeNull();
      for (const rows of [0, 1, 37]) {
        const x = randomMatrix(seed * 100 + rows, rows, columns);
        // margin() starts from the model's base, addTrees from what the array holds
        const margins = new Float64Array(rows).fill(baseOf(g));
        expect(forest!.addTrees(x, margins)).toBe(true);
        expect(margins).toEqual(tableMargins(g, x));
      }
    }
  });

  it('makes predict identical to the tree walk on every row', () => {
    const g = new Gbdt(randomModel(9, 12, 60, 24));
    const x = randomMatrix(10, 500, 12);
    const p = g.predict(x);
    const m = tableMargins(g, x);
    for (let r = 0; r < 500; r++) expect(p[r]).toBe(1 / (1 + Math.exp(-m[r]!)));
  });

  it('declines a matrix larger than its memory may grow, and predict still scores it', () => {
    const g = new Gbdt(randomModel(5, 4, 10, 8));
    const forest = compileForest(tablesOf(g), 1000);
    const small = randomMatrix(6, 10, 4);
    expect(forest!.addTrees(small, new Float64Array(10))).toBe(true);
    const big = randomMatrix(7, 100, 4);
    const margins = new Float64Array(100);
    expect(forest!.addTrees(big, margins)).toBe(false);
    expect(margins.every((v) => v === 0)).toBe(true);
  });

  it('grows its memory for a larger page after a small one', () => {
    const g = new Gbdt(randomModel(11, 50, 20, 16));
    const forest = compileForest(tablesOf(g))!;
    for (const rows of [2, 5000, 3]) {
      const x = randomMatrix(rows, rows, 50);
      const margins = new Float64Array(rows).fill(baseOf(g));
      expect(forest.addTrees(x, margins)).toBe(true);
      expect(margins).toEqual(tableMargins(g, x));
    }
  });

  it('refuses a matrix whose length does not match the margins', () => {
    const g = new Gbdt(randomModel(12, 4, 3, 4));
    expect(() => compileForest(tablesOf(g))!.addTrees(new Float32Array(9), new Float64Array(2))).toThrow(/rows/);
  });
});
