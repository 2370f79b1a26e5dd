/**
 * Gradient-boosted decision trees for binary classification: the inference half. Models are
 * trained by `scripts/ml/gbdt-train.ts` and stored as JSON ({@link GbdtJson}).
 */

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
  private readonly feature: Int16Array;
  private readonly threshold: Float32Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly value: Float32Array;

  constructor(json: GbdtJson) {
    if (json.format !== 'sitrep-gbdt-1') throw new Error(`unknown model format ${String(json.format)}`);
    this.featureCount = json.features.length;
    this.base = json.base;
    this.roots = Int32Array.from(json.roots);
    this.feature = Int16Array.from(json.feature);
    this.threshold = Float32Array.from(json.threshold);
    this.left = Int32Array.from(json.left);
    this.right = Int32Array.from(json.right);
    this.value = Float32Array.from(json.value);
  }

  /** Log-odds for row `row` of a row-major matrix with {@link featureCount} columns. */
  margin(x: Float32Array, row: number): number {
    const F = this.featureCount;
    const off = row * F;
    let sum = this.base;
    const { roots, feature, threshold, left, right, value } = this;
    for (let t = 0; t < roots.length; t++) {
      const root = roots[t]!;
      let node = root;
      let f = feature[node]!;
      while (f >= 0) {
        node = root + (x[off + f]! <= threshold[node]! ? left[node]! : right[node]!);
        f = feature[node]!;
      }
      sum += value[node]!;
    }
    return sum;
  }

  /** Probabilities for every row of the matrix. */
  predict(x: Float32Array): Float64Array {
    const rows = Math.floor(x.length / this.featureCount);
    const out = new Float64Array(rows);
    for (let r = 0; r < rows; r++) out[r] = 1 / (1 + Math.exp(-this.margin(x, r)));
    return out;
  }
}
