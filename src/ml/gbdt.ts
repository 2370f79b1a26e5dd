/**
 * Gradient-boosted decision trees for binary classification: the inference half. Models are
 * trained by `scripts/ml/gbdt-train.ts` and stored as JSON ({@link GbdtJson}).
 */
import { compileForest, type WasmForest } from './gbdt-wasm.js';

/** A trained model as stored on disk. Trees are flattened: node `i` of tree `t` lives at `roots[t] + i`. */
export interface GbdtJson {
  readonly format: 'sitrep-gbdt-1';
  readonly features: readonly string[];
  readonly base: number;
  readonly roots: readonly number[];
  /** Feature index per node, or -1 for a leaf. */
  readonly feature: readonly number[];
  /** Go left when `x[feature] <= threshold`. */
  readonly threshold: readonly number[];
  /** Child offsets relative to the tree's root. */
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** Leaf values (log-odds contributions). */
  readonly value: readonly number[];
}

/** A loaded model, ready to score rows of a feature matrix. */
export class Gbdt {
  readonly featureCount: number;
  private readonly base: number;
  private readonly roots: Int32Array;
  /**
   * Per node, one word: the absolute index of its left child (the right child follows at
   * `left + 1`) above the low byte, and in the low byte the feature index plus one, or 0 for a
   * leaf. One load per node visited instead of two.
   */
  private readonly node: Int32Array;
  /** Per node: the leaf value (leaves only). */
  private readonly value: Float64Array;
  /**
   * Per node: the threshold, rounded down to the nearest single-precision value. Features are
   * single precision, and for such an `x`, `x <= t` exactly when `x <=` that rounded value; the
   * smaller table keeps more of the trees in the cache.
   */
  private readonly threshold: Float32Array;
  /** The same trees compiled to WebAssembly on the first {@link predict}; null where that cannot run. */
  private compiled: WasmForest | null | undefined;

  constructor(json: GbdtJson) {
    if (json.format !== 'sitrep-gbdt-1') throw new Error(`unknown model format ${String(json.format)}`);
    this.featureCount = json.features.length;
    if (this.featureCount > 255) throw new Error(`a model may have at most 255 features, not ${this.featureCount}`);
    this.base = json.base;
    this.roots = Int32Array.from(json.roots);
    const n = json.feature.length;
    if (n >= 2 ** 23) throw new Error(`a model may have at most ${2 ** 23 - 1} nodes, not ${n}`);
    this.node = new Int32Array(n);
    this.value = new Float64Array(n);
    this.threshold = new Float32Array(n);
    // re-lay each tree so that a node's two children sit side by side
    let next = 0;
    const roots = json.roots;
    for (let t = 0; t < roots.length; t++) {
      const root = roots[t]!;
      const start = next;
      this.roots[t] = start;
      next++;
      const queue: Array<[number, number]> = [[root, start]];
      while (queue.length > 0) {
        const [src, dst] = queue.pop()!;
        const f = json.feature[src]!;
        if (f < 0) {
          this.node[dst] = 0;
          this.value[dst] = json.value[src]!;
          continue;
        }
        this.threshold[dst] = floatBelow(json.threshold[src]!);
        this.node[dst] = (next << 8) | (f + 1);
        queue.push([root + json.left[src]!, next], [root + json.right[src]!, next + 1]);
        next += 2;
      }
    }
  }

  /** Log-odds for row `row` of a row-major matrix with {@link featureCount} columns. */
  margin(x: Float32Array, row: number): number {
    const off = row * this.featureCount - 1;
    let sum = this.base;
    const { roots, node: word, value, threshold } = this;
    for (let t = 0; t < roots.length; t++) {
      let node = roots[t]!;
      let w = word[node]!;
      while ((w & 255) !== 0) {
        node = x[off + (w & 255)]! <= threshold[node]! ? w >>> 8 : (w >>> 8) + 1;
        w = word[node]!;
      }
      sum += value[node]!;
    }
    return sum;
  }

  /**
   * Probabilities for every row of the matrix, tree by tree over all rows rather than row by row
   * over all trees (one tree's nodes stay in the cache while the rows go past). Each row's sum adds
   * the trees in the same order as {@link margin}, so the results are identical. The trees run as
   * WebAssembly (more than twice as fast) unless the matrix is too large to copy into its memory.
   */
  predict(x: Float32Array): Float64Array {
    const columns = this.featureCount;
    const rows = Math.floor(x.length / columns);
    const out = new Float64Array(rows).fill(this.base);
    if (this.compiled === undefined) {
      const { featureCount, roots, node, threshold, value } = this;
      this.compiled = compileForest({ columns: featureCount, roots, node, threshold, value });
    }
    if (!this.compiled?.addTrees(x.subarray(0, rows * columns), out)) this.addTrees(x, rows, out);
    for (let r = 0; r < rows; r++) out[r] = 1 / (1 + Math.exp(-out[r]!));
    return out;
  }

  /** The tree walk of {@link predict} over the node tables. */
  private addTrees(x: Float32Array, rows: number, out: Float64Array): void {
    const columns = this.featureCount;
    const { roots, node: word, value, threshold } = this;
    for (let t = 0; t < roots.length; t++) {
      const root = roots[t]!;
      // `off` is one before the row's first column: feature indexes are stored plus one
      for (let r = 0, off = -1; r < rows; r++, off += columns) {
        let node = root;
        let w = word[node]!;
        while ((w & 255) !== 0) {
          node = x[off + (w & 255)]! <= threshold[node]! ? w >>> 8 : (w >>> 8) + 1;
          w = word[node]!;
        }
        out[r]! += value[node]!;
      }
    }
  }
}

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

/** The largest single-precision value not above `t`. */
export function floatBelow(t: number): number {
  F32[0] = t;
  if (F32[0]! <= t || Number.isNaN(t)) return F32[0]!;
  // rounded up: step one unit towards minus infinity
  if (F32[0]! > 0) U32[0] = U32[0]! - 1;
  else if (F32[0]! < 0) U32[0] = U32[0]! + 1;
  else U32[0] = 0x80000001;
  return F32[0]!;
}
