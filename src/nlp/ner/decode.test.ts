import { describe, expect, it } from 'vitest';
import { emissionScores, viterbi } from './decode.js';
import { BILOU, IOB2 } from './labels.js';

const label = (scheme: typeof BILOU, name: string) => scheme.labels.indexOf(name);

function scoresFor(scheme: typeof BILOU, rows: Record<string, number>[]): Float32Array {
  const L = scheme.labels.length;
  const out = new Float32Array(rows.length * L);
  rows.forEach((row, i) => {
    for (const [name, v] of Object.entries(row)) out[i * L + label(scheme, name)] = v;
  });
  return out;
}

describe('viterbi', () => {
  it('follows the emissions when they form a valid sequence', () => {
    const s = scoresFor(IOB2, [{ 'B-PER': 2 }, { 'I-PER': 2 }, { O: 1 }]);
    const path = viterbi(s, 3, new Float32Array((IOB2.labels.length + 1) * IOB2.labels.length), IOB2);
    expect(Array.from(path, (l) => IOB2.labels[l])).toEqual(['B-PER', 'I-PER', 'O']);
  });

  it('never outputs an invalid sequence, even when emissions prefer one', () => {
    // I-PER is best at token 0 but cannot start a sentence; I-ORG can neither follow B-PER nor end one.
    const s = scoresFor(BILOU, [
      { 'I-PER': 5, 'B-PER': 3 },
      { 'L-PER': 3, 'I-ORG': 9 },
    ]);
    const path = viterbi(s, 2, new Float32Array((BILOU.labels.length + 1) * BILOU.labels.length), BILOU);
    expect(Array.from(path, (l) => BILOU.labels[l])).toEqual(['B-PER', 'L-PER']);
  });

  it('does not end a sentence inside a BILOU entity', () => {
    const s = scoresFor(BILOU, [{ 'B-LOC': 5, 'U-LOC': 4 }]);
    const path = viterbi(s, 1, new Float32Array((BILOU.labels.length + 1) * BILOU.labels.length), BILOU);
    expect(BILOU.labels[path[0]!]).toBe('U-LOC');
  });

  it('weighs transitions against emissions', () => {
    const L = IOB2.labels.length;
    const t = new Float32Array((L + 1) * L);
    t[label(IOB2, 'B-PER') * L + label(IOB2, 'I-PER')] = 10;
    const s = scoresFor(IOB2, [{ 'B-PER': 1 }, { O: 2 }]);
    expect(Array.from(viterbi(s, 2, t, IOB2), (l) => IOB2.labels[l])).toEqual(['B-PER', 'I-PER']);
  });
});

describe('emissionScores', () => {
  it('adds the weight rows of each token’s features, masked', () => {
    const labels = 3;
    const weights = new Float32Array(4 * labels);
    weights.set([1, 0, 0], 1 * labels);
    weights.set([0, 2, 0], 2 * labels);
    const out = new Float32Array(2 * labels);
    const feats = { length: 2, offsets: Int32Array.from([0, 2, 3]), ids: Uint32Array.from([1, 2, 4 + 2]) };
    emissionScores(feats, { labels, weights, mask: 3, transitions: new Float32Array(0) }, out);
    expect(Array.from(out)).toEqual([1, 2, 0, 0, 2, 0]);
  });
});
