import { describe, expect, it } from 'vitest';
import { floatBelow, Gbdt, type GbdtJson } from './gbdt.js';

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
  it('refuses a model with more features than a node can name', () => {
    const features = Array.from({ length: 256 }, (_, i) => `f${i}`);
    expect(() => new Gbdt({ ...model, features })).toThrow(/at most 255 features/);
    expect(() => new Gbdt({ ...model, features: features.slice(0, 255) })).not.toThrow();
  });
  it('uses the last of 255 features', () => {
    const features = Array.from({ length: 255 }, (_, i) => `f${i}`);
    const g = new Gbdt({ ...model, features, feature: [254, -1, 1, -1, -1, -1] });
    const x = new Float32Array(255);
    x[254] = 0.9;
    x[1] = 3;
    expect(g.margin(x, 0)).toBeCloseTo(0.1 + 2 + 0.25);
  });
  it('walks each tree: left when x <= threshold', () => {
    const g = new Gbdt(model);
    const x = Float32Array.from([0.2, 9, 0.9, 1, 0.9, 3]);
    expect(g.margin(x, 0)).toBeCloseTo(0.1 - 1 + 0.25);
    expect(g.margin(x, 1)).toBeCloseTo(0.1 + 0.5 + 0.25);
    expect(g.margin(x, 2)).toBeCloseTo(0.1 + 2 + 0.25);
    const p = g.predict(x);
    expect(p[2]).toBeCloseTo(1 / (1 + Math.exp(-2.35)));
  });
  it('gives every row of a matrix exactly the probability of its margin', () => {
    const g = new Gbdt(model);
    const x = Float32Array.from([0.2, 9, 0.9, 1, 0.9, 3, 0.5, 2, 0.6, 2.5]);
    const p = g.predict(x);
    expect(p).toHaveLength(5);
    for (let r = 0; r < 5; r++) expect(p[r]).toBe(1 / (1 + Math.exp(-g.margin(x, r))));
  });
  it('splits single-precision features exactly as at the double-precision threshold', () => {
    // 0.1 has no single-precision form; Math.fround(0.1) lies just above it and must go right
    const g = new Gbdt({ ...model, threshold: [0.1, 0, 2, 0, 0, 0] });
    const x = Float32Array.from([0.1, 0, Math.fround(0.09999999), 0]);
    expect(x[0]!).toBeGreaterThan(0.1);
    expect(g.margin(x, 0)).toBeCloseTo(0.1 + 0.5 + 0.25);
    expect(g.margin(x, 1)).toBeCloseTo(0.1 - 1 + 0.25);
  });
  it('rounds thresholds down to single precision', () => {
    for (const t of [0.1, -0.1, 1 / 3, -1e-50, 1e-50, 2, 1e39, -1e39, 0]) {
      const f = floatBelow(t);
      expect(f).toBe(Math.fround(f));
      expect(f <= t).toBe(true);
    }
    expect(floatBelow(0.5)).toBe(0.5);
  });
  it('rejects unknown formats', () => {
    expect(() => new Gbdt({ ...model, format: 'x' as 'sitrep-gbdt-1' })).toThrow(/format/);
  });
});
