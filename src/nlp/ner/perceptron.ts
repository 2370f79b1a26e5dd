/**
 * Training: a structured averaged perceptron (Collins 2002) over hashed features, decoding each
 * training sentence with Viterbi and moving weights towards the gold sequence where they differ.
 */
import { emissionScores, type LinearWeights, viterbi } from './decode.js';
import type { SentenceFeatures } from './features.js';
import type { TagScheme } from './labels.js';

/** One training sentence: its features and gold labels in the scheme. */
export interface TrainingSentence {
  readonly feats: SentenceFeatures;
  readonly gold: Int32Array;
}

/**
 * An averaged perceptron. Averages are kept lazily: `sum` accumulates `step * update`, so the
 * average after `step` updates is `w - sum / step`.
 */
export class AveragedPerceptron {
  readonly labels: number;
  readonly mask: number;
  private readonly w: Float32Array;
  private readonly sum: Float64Array;
  private readonly t: Float32Array;
  private readonly tSum: Float64Array;
  private step = 1;
  private scores = new Float32Array(0);

  constructor(
    readonly scheme: TagScheme,
    readonly hashBits: number,
  ) {
    this.labels = scheme.labels.length;
    this.mask = (1 << hashBits) - 1;
    this.w = new Float32Array((this.mask + 1) * this.labels);
    this.sum = new Float64Array(this.w.length);
    this.t = new Float32Array((this.labels + 1) * this.labels);
    this.tSum = new Float64Array(this.t.length);
  }

  private get current(): LinearWeights {
    return { labels: this.labels, weights: this.w, mask: this.mask, transitions: this.t };
  }

  /** Decodes with the current (not averaged) weights. */
  predict(feats: SentenceFeatures): Int32Array {
    const L = this.labels;
    if (this.scores.length < feats.length * L) this.scores = new Float32Array(feats.length * L * 2);
    emissionScores(feats, this.current, this.scores);
    return viterbi(this.scores, feats.length, this.t, this.scheme);
  }

  /** Learns from one sentence; returns the number of tokens it got wrong before the update. */
  learn(s: TrainingSentence): number {
    const pred = this.predict(s.feats);
    const L = this.labels;
    let errors = 0;
    const { ids, offsets } = s.feats;
    const step = this.step;
    for (let i = 0; i < pred.length; i++) {
      const g = s.gold[i]!;
      const p = pred[i]!;
      const gPrev = i === 0 ? L : s.gold[i - 1]!;
      const pPrev = i === 0 ? L : pred[i - 1]!;
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.t, this.tSum, gPrev * L + g, 1, step);
        this.bump(this.t, this.tSum, pPrev * L + p, -1, step);
      }
      if (g === p) continue;
      errors++;
      for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
        const row = (ids[k]! & this.mask) * L;
        this.bump(this.w, this.sum, row + g, 1, step);
        this.bump(this.w, this.sum, row + p, -1, step);
      }
    }
    this.step++;
    return errors;
  }

  private bump(w: Float32Array, sum: Float64Array, i: number, d: number, step: number): void {
    w[i]! += d;
    sum[i]! += step * d;
  }

  /** The averaged weights, as a new model. */
  averaged(): LinearWeights {
    const weights = new Float32Array(this.w.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.w[i]! - this.sum[i]! / this.step;
    const transitions = new Float32Array(this.t.length);
    for (let i = 0; i < transitions.length; i++) transitions[i] = this.t[i]! - this.tSum[i]! / this.step;
    return { labels: this.labels, weights, mask: this.mask, transitions };
  }
}
