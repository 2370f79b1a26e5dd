/**
 * Scoring and decoding: label scores per token from hashed features, then the best label
 * sequence under first-order transitions and the tag scheme's constraints (Viterbi).
 */
import { NEIGHBOUR_OFFSETS, type SentenceFeatures, type WordFeatures } from './features.js';
import { hashString } from './hash.js';
import type { TagScheme } from './labels.js';

/** A linear sequence model: a weight row per hashed feature and a transition matrix. */
export interface LinearWeights {
  /** Number of labels. */
  readonly labels: number;
  /** `weights[(hash & mask) * labels + label]`. */
  readonly weights: Float32Array;
  readonly mask: number;
  /** `transitions[prev * labels + cur]`, with `prev = labels` for the sentence start. */
  readonly transitions: Float32Array;
}

/** Fills `out[i * L + y]` with the emission score of label `y` at token `i`. */
export function emissionScores(feats: SentenceFeatures, model: LinearWeights, out: Float32Array): void {
  const L = model.labels;
  const { weights, mask } = model;
  const { ids, offsets } = feats;
  out.fill(0, 0, feats.length * L);
  for (let i = 0; i < feats.length; i++) {
    const base = i * L;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const row = (ids[k]! & mask) * L;
      for (let y = 0; y < L; y++) out[base + y]! += weights[row + y]!;
    }
  }
}

/**
 * A linear model for tagging: only the weight rows that are not all zero, found through a bitmap
 * over hashed rows with a rank per 32-row block, so that the rows in use stay small enough for
 * the processor's caches. Scores equal those of the dense {@link LinearWeights} it was made from.
 */
export interface CompactWeights {
  readonly labels: number;
  readonly mask: number;
  readonly transitions: Float32Array;
  /** Bit `r & 31` of `present[r >>> 5]` is set when row `r` is stored. */
  readonly present: Uint32Array;
  /** Stored rows before each 32-row block. */
  readonly ranks: Uint32Array;
  /** The stored rows, `labels` values each. */
  readonly values: Float32Array;
}

/** Builds compact weights from a presence bitmap and the present rows' values. */
export function compactFromRows(
  labels: number,
  mask: number,
  transitions: Float32Array,
  present: Uint32Array,
  values: Float32Array,
): CompactWeights {
  const ranks = new Uint32Array(present.length);
  let count = 0;
  for (let i = 0; i < present.length; i++) {
    ranks[i] = count;
    count += popcount(present[i]!);
  }
  if (count * labels !== values.length) throw new Error('compact weights: bitmap and values disagree');
  return { labels, mask, transitions, present, ranks, values };
}

/** Keeps the rows of dense weights that are not all zero. */
export function compactWeights(dense: LinearWeights): CompactWeights {
  const L = dense.labels;
  const rows = dense.mask + 1;
  const present = new Uint32Array(Math.ceil(rows / 32));
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) {
    let any = false;
    for (let y = 0; y < L; y++) if (dense.weights[r * L + y] !== 0) any = true;
    if (!any) continue;
    present[r >>> 5]! |= 1 << (r & 31);
    for (let y = 0; y < L; y++) kept.push(dense.weights[r * L + y]!);
  }
  return compactFromRows(L, dense.mask, dense.transitions, present, Float32Array.from(kept));
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * The passes of a model over one set of rows: a row is stored when any pass uses it, and holds
 * every pass's weights side by side, so that one lookup serves all passes (the second pass reuses
 * the first's features and adds its own few).
 */
export interface StagedWeights {
  readonly labels: number;
  readonly stages: number;
  readonly mask: number;
  readonly present: Uint32Array;
  readonly ranks: Uint32Array;
  /** `values[(row * stages + stage) * labels + label]`. */
  readonly values: Float32Array;
  readonly transitions: readonly Float32Array[];
}

/** Joins the passes of a model into one {@link StagedWeights}. */
export function stageWeights(passes: readonly CompactWeights[]): StagedWeights {
  const first = passes[0];
  if (!first) throw new Error('a model needs at least one pass');
  const S = passes.length;
  const L = first.labels;
  const present = new Uint32Array(first.present.length);
  for (const p of passes) {
    if (p.labels !== L || p.mask !== first.mask) throw new Error('the passes of a model must share labels and hash size');
    for (let i = 0; i < present.length; i++) present[i]! |= p.present[i]!;
  }
  const ranks = new Uint32Array(present.length);
  let count = 0;
  for (let i = 0; i < present.length; i++) {
    ranks[i] = count;
    count += popcount(present[i]!);
  }
  const values = new Float32Array(count * S * L);
  passes.forEach((p, s) => {
    for (let block = 0; block < p.present.length; block++) {
      let bits = p.present[block]!;
      while (bits !== 0) {
        const low = bits & -bits;
        const below = low - 1;
        const from = (p.ranks[block]! + popcount(p.present[block]! & below)) * L;
        const to = ((ranks[block]! + popcount(present[block]! & below)) * S + s) * L;
        values.set(p.values.subarray(from, from + L), to);
        bits ^= low;
      }
    }
  });
  return { labels: L, stages: S, mask: first.mask, present, ranks, values, transitions: passes.map((p) => p.transitions) };
}

/** The stored row index of feature `id`, or -1. */
function rowOf(w: StagedWeights, id: number): number {
  const r = id & w.mask;
  const word = w.present[r >>> 5]!;
  const bit = 1 << (r & 31);
  if ((word & bit) === 0) return -1;
  return w.ranks[r >>> 5]! + popcount(word & (bit - 1));
}

/** Adds feature `id`'s weights for every pass: pass `s` to `out[s * stride + at ..]`. */
function addAllStages(out: Float32Array, at: number, stride: number, w: StagedWeights, id: number): void {
  const row = rowOf(w, id);
  if (row < 0) return;
  const { labels: L, stages: S, values } = w;
  let v = row * S * L;
  for (let s = 0; s < S; s++, v += L) {
    const o = s * stride + at;
    for (let y = 0; y < L; y++) out[o + y]! += values[v + y]!;
  }
}

const BOS_ROWS = NEIGHBOUR_OFFSETS.map((k) => hashString(`bos@${k}`));
const EOS_ROWS = NEIGHBOUR_OFFSETS.map((k) => hashString(`eos@${k}`));

/** Hands out the words' weight-sum arrays as views of larger chunks (see {@link wordSums}). */
// Small chunks: the allocation runs often from the start, so the JIT compiles it in rather than
// leaving it to a late deoptimisation. One chunk per word cache (capitals sentences or not): a
// chunk lives while any view into it does, so the rarely emptied capitals cache must not pin
// the chunks of the other.
const SUMS_CHUNK = 1 << 12;
const sumsChunks = [new Float32Array(0), new Float32Array(0)];
const sumsUsed = [0, 0];

/**
 * A word's weight sums for every pass, cached on the word: `[part][stage][label]` with parts own,
 * lent to -2, -1, +1, +2.
 */
function wordSums(w: WordFeatures, model: StagedWeights): Float32Array {
  if (w.sums.length !== 0) return w.sums;
  const SL = model.stages * model.labels;
  const size = 5 * SL;
  const c = w.capsSentence ? 1 : 0;
  let used = sumsUsed[c]!;
  let chunk = sumsChunks[c]!;
  if (used + size > chunk.length) {
    chunk = new Float32Array(Math.max(SUMS_CHUNK, size));
    sumsChunks[c] = chunk;
    used = 0;
  }
  const sums = chunk.subarray(used, used + size);
  sumsUsed[c] = used + size;
  const { ids, ownCount, nearCount } = w;
  const { present, ranks, values, mask } = model;
  for (let k = 0; k < ids.length; k++) {
    const r = ids[k]! & mask;
    const word = present[r >>> 5]!;
    const bit = 1 << (r & 31);
    if ((word & bit) === 0) continue;
    const v = (ranks[r >>> 5]! + popcount(word & (bit - 1))) * SL;
    // The word's own features fill part 0; those lent to the neighbours, parts 1-4.
    const o = k < ownCount ? 0 : (1 + Math.floor((k - ownCount) / nearCount)) * SL;
    for (let y = 0; y < SL; y++) sums[o + y]! += values[v + y]!;
  }
  w.sums = sums;
  return sums;
}

/**
 * Emission scores of every pass from the word features (whose weight sums are cached on the
 * words) and the token features: pass `s` of token `i` at `out[s * n * L + i * L ..]`. Equal to
 * {@link emissionScores} over the expanded features; this is the tagging-time path.
 */
export function stagedEmissionScores(
  words: readonly WordFeatures[],
  tokens: SentenceFeatures,
  model: StagedWeights,
  out: Float32Array,
): void {
  const { labels: L, stages: S } = model;
  const n = words.length;
  const stride = n * L;
  const { ids, offsets } = tokens;
  out.fill(0, 0, S * stride);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const own = wordSums(words[i]!, model);
    for (let s = 0; s < S; s++) {
      const o = s * stride + base;
      const from = s * L;
      for (let y = 0; y < L; y++) out[o + y]! += own[from + y]!;
    }
    for (let j = 0; j < 4; j++) {
      const at = i + NEIGHBOUR_OFFSETS[j]!;
      if (at < 0) addAllStages(out, base, stride, model, BOS_ROWS[j]!);
      else if (at >= n) addAllStages(out, base, stride, model, EOS_ROWS[j]!);
      else {
        const sums = wordSums(words[at]!, model);
        for (let s = 0; s < S; s++) {
          const o = s * stride + base;
          const from = ((j + 1) * S + s) * L;
          for (let y = 0; y < L; y++) out[o + y]! += sums[from + y]!;
        }
      }
    }
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) addAllStages(out, base, stride, model, ids[k]!);
  }
}

/** Adds pass `stage`'s weights of extra token features to that pass's scores `out` (n × L). */
export function addStageFeatures(tokens: SentenceFeatures, model: StagedWeights, stage: number, out: Float32Array): void {
  const { labels: L, stages: S, values } = model;
  const { ids, offsets } = tokens;
  for (let i = 0; i < tokens.length; i++) {
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const row = rowOf(model, ids[k]!);
      if (row < 0) continue;
      const v = (row * S + stage) * L;
      for (let y = 0; y < L; y++) out[i * L + y]! += values[v + y]!;
    }
  }
}

/**
 * The best label sequence for emission scores `scores` (n × L) under `transitions` and the
 * scheme's allowed transitions, written to `out` (a new array when not given).
 *
 * @example
 * const labels = viterbi(scores, n, model.transitions, BILOU);
 */
export function viterbi(
  scores: Float32Array,
  n: number,
  transitions: Float32Array,
  scheme: TagScheme,
  out: Int32Array = new Int32Array(n),
): Int32Array {
  const L = scheme.labels.length;
  if (n === 0) return out;
  const { allowed, predecessors, predecessorStart, final } = scheme;
  if (work.length < 2 * L) work = new Float64Array(2 * L);
  if (back.length < n * L) back = new Int32Array(n * L * 2);
  // The transition score of each allowed (predecessor, label) pair, in predecessor-list order.
  if (pairScores.length < predecessors.length) pairScores = new Float64Array(predecessors.length);
  const pair = pairScores;
  for (let y = 0; y < L; y++) {
    for (let k = predecessorStart[y]!, end = predecessorStart[y + 1]!; k < end; k++) pair[k] = transitions[predecessors[k]! * L + y]!;
  }
  const w = work;
  const bp = back;
  const start = L * L;
  for (let y = 0; y < L; y++) {
    w[y] = allowed[start + y] ? scores[y]! + transitions[start + y]! : Number.NEGATIVE_INFINITY;
  }
  let prev = 0;
  let cur = L;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    for (let y = 0; y < L; y++) {
      let k = predecessorStart[y]!;
      const end = predecessorStart[y + 1]!;
      let arg = k < end ? predecessors[k]! : 0;
      let best = k < end ? w[prev + arg]! + pair[k]! : Number.NEGATIVE_INFINITY;
      for (k++; k < end; k++) {
        const p = predecessors[k]!;
        const v = w[prev + p]! + pair[k]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      w[cur + y] = best + scores[base + y]!;
      bp[base + y] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (final[y] && w[prev + y]! > best) {
      best = w[prev + y]!;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = bp[i * L + arg]!;
  }
  return out;
}

// Scratch space for viterbi (tagging is synchronous, so one set serves every call).
let work = new Float64Array(0);
let back = new Int32Array(0);
let pairScores = new Float64Array(0);
