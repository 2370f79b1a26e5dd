import { describe, expect, it } from 'vitest';
import { Gbdt, type GbdtJson } from './gbdt.js';

// two trees: t0 splits on feature 0 at 0.5 then feature 1 at 2; t1 is a single leaf
const model: GbdtJson = {
  format: 'sitrep-gbdt-1',
  features: ['a', 'b'],
  base: 0.1,
  roots: [0, 5],
  feature: [0, -1, 1, -1, -1, -1],
  threshold: [0.5, 0, 2, 0, 0, 0],
  left: [1, 0, 3, 0, 0, 0],
  right: [2, 0, 4, 0, 0, 0],
  value: [0, -1, 0, 0.5, 2, 0.25],
};

describe('Gbdt', () => {
  it('walks each tree: left when x <= threshold', () => {
    const g = new Gbdt(model);
    const x = Float32Array.from([0.2, 9, 0.9, 1, 0.9, 3]);
    expect(g.margin(x, 0)).toBeCloseTo(0.1 - 1 + 0.25);
    expect(g.margin(x, 1)).toBeCloseTo(0.1 + 0.5 + 0.25);
    expect(g.margin(x, 2)).toBeCloseTo(0.1 + 2 + 0.25);
    const p = g.predict(x);
    expect(p[2]).toBeCloseTo(1 / (1 + Math.exp(-2.35)));
  });
  it('rejects unknown formats', () => {
    expect(() => new Gbdt({ ...model, format: 'x' as 'sitrep-gbdt-1' })).toThrow(/format/);
  });
});

describe('compiled trees', () => {
  it('give exactly the sums of the node walk', () => {
    // A random model of 20 trees over 6 features, and enough rows to take the compiled path.
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const json = { format: 'sitrep-gbdt-1' as const, features: ['a', 'b', 'c', 'd', 'e', 'f'], base: -0.3, roots: [] as number[] };
    const feature: number[] = [];
    const threshold: number[] = [];
    const left: number[] = [];
    const right: number[] = [];
    const value: number[] = [];
    for (let t = 0; t < 20; t++) {
      const root = feature.length;
      json.roots.push(root);
      // A full tree of depth 3: 7 inner nodes then 8 leaves, children relative to the root.
      for (let i = 0; i < 15; i++) {
        const inner = i < 7;
        feature.push(inner ? Math.floor(rand() * 6) : -1);
        threshold.push(inner ? rand() : 0);
        left.push(inner ? 2 * i + 1 : 0);
        right.push(inner ? 2 * i + 2 : 0);
        value.push(inner ? 0 : rand() - 0.5);
      }
    }
    const g = new Gbdt({ ...json, feature, threshold, left, right, value });
    const rows = 200;
    const x = new Float32Array(rows * 6);
    for (let i = 0; i < x.length; i++) x[i] = i % 97 === 0 ? Number.NaN : rand();
    const p = g.predict(x);
    for (let r = 0; r < rows; r++) expect(p[r]).toBe(1 / (1 + Math.exp(-g.margin(x, r))));
  });
});
