import { describe, expect, it } from 'vitest';
import { Gbdt } from '../../src/ml/gbdt.js';
import { trainGbdt } from './gbdt-train.js';

describe('trainGbdt', () => {
  it('learns an interaction that no single split can', () => {
    // label = (a > 0.5) xor (b > 0.5), plus a noise feature
    const n = 4000;
    const x = new Float32Array(n * 3);
    const y = new Uint8Array(n);
    let s = 7;
    const rand = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
    for (let i = 0; i < n; i++) {
      const a = rand();
      const b = rand();
      x[i * 3] = a;
      x[i * 3 + 1] = b;
      x[i * 3 + 2] = rand();
      y[i] = a > 0.5 !== b > 0.5 ? 1 : 0;
    }
    const json = trainGbdt({ x, y, w: new Float32Array(n).fill(1), features: ['a', 'b', 'noise'] }, { trees: 40, maxLeaves: 8, minChildWeight: 1 });
    const model = new Gbdt(json);
    const p = model.predict(x);
    let correct = 0;
    for (let i = 0; i < n; i++) if (p[i]! >= 0.5 === (y[i] === 1)) correct++;
    expect(correct / n).toBeGreaterThan(0.97);
    expect(model.predict(Float32Array.from([0.9, 0.1, 0.5]))[0]).toBeGreaterThan(0.8);
    expect(model.predict(Float32Array.from([0.9, 0.9, 0.5]))[0]).toBeLessThan(0.2);
  });
});
