import { createHash } from 'node:crypto';

/**
 * Exact and near-duplicate fingerprints of an article text.
 *
 * - The **content hash** is SHA-256 (first 128 bits, hex) of the normalised text: Unicode NFKC,
 *   lower case, every run of non-letters/non-digits turned into one space. Two copies that differ
 *   only in case, punctuation or spacing get the same hash.
 * - The **MinHash signature** has {@link MINHASH_SIZE} 32-bit values over the set of word
 *   {@link SHINGLE_SIZE}-grams ("shingles") of the normalised text. The share of equal positions
 *   in two signatures estimates the Jaccard similarity of the two shingle sets.
 * - The signature is cut into {@link LSH_BANDS} bands of {@link LSH_ROWS} rows; two documents
 *   that agree on every row of at least one band become candidates (locality-sensitive hashing).
 *   With 20 bands of 6 rows, a pair with Jaccard similarity 0.8 becomes a candidate with
 *   probability 0.998, one at 0.7 with 0.96, one at 0.3 with 0.01.
 */

/** Words per shingle. */
export const SHINGLE_SIZE = 5;
/** Number of LSH bands. */
export const LSH_BANDS = 20;
/** Signature values per LSH band. */
export const LSH_ROWS = 6;
/** Values in a MinHash signature (`LSH_BANDS * LSH_ROWS`). */
export const MINHASH_SIZE = LSH_BANDS * LSH_ROWS;
/** Texts with fewer words than this get no MinHash signature: too short to call near-duplicates. */
export const MIN_WORDS_FOR_NEAR = 20;

/** What the dedup index keeps of a document. */
export interface Fingerprint {
  /** Hash of the normalised text; `null` when the text has no words (nothing to compare). */
  readonly contentHash: string | null;
  /** MinHash signature; `null` for texts shorter than {@link MIN_WORDS_FOR_NEAR} words. */
  readonly signature: Uint32Array | null;
}

/** The text that the content hash and the shingles are computed from. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Computes the exact and near-duplicate fingerprints of an article text.
 *
 * @example
 * import { fingerprint, similarity } from 'sitrep/dedup';
 * const a = fingerprint(wireStory);
 * const b = fingerprint(`${wireStory}\n\nReporting by Jane Doe; Editing by John Roe`);
 * a.contentHash === b.contentHash            // false: not an exact copy
 * similarity(a.signature!, b.signature!)     // about 0.97: a near duplicate
 */
export function fingerprint(text: string): Fingerprint {
  const normal = normalizeText(text);
  if (normal.length === 0) return { contentHash: null, signature: null };
  const contentHash = createHash('sha256').update(normal).digest('hex').slice(0, 32);
  const words = normal.split(' ');
  const signature = words.length >= MIN_WORDS_FOR_NEAR ? minhash(words) : null;
  return { contentHash, signature };
}

const SEEDS = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x = fmix32((x + 0x6d2b79f5) >>> 0);
    seeds[i] = x;
  }
  return seeds;
})();

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MinHash signature of the word shingles of already-normalised words. */
function minhash(words: readonly string[]): Uint32Array {
  const hashes = words.map(wordHash);
  const shingles = new Set<number>();
  const n = Math.max(1, hashes.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    for (let k = i; k < Math.min(i + SHINGLE_SIZE, hashes.length); k++) h = fmix32((h ^ hashes[k]!) + k - i);
    shingles.add(h);
  }
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let p = 0; p < MINHASH_SIZE; p++) {
      const v = fmix32((s ^ SEEDS[p]!) >>> 0);
      if (v < sig[p]!) sig[p] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two MinHash signatures: the share of equal positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The LSH band keys of a signature: one integer per band, `band * 2^32 + hash(rows)`, safe as a
 * JavaScript number and as a 64-bit database integer. Documents sharing a key are candidates.
 */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0x1b873593 ^ b;
    for (let r = 0; r < LSH_ROWS; r++) h = fmix32((h ^ signature[b * LSH_ROWS + r]!) >>> 0);
    keys.push(b * 0x1_0000_0000 + h);
  }
  return keys;
}

/** A signature as bytes, for storage (little-endian 32-bit values). */
export function signatureToBytes(signature: Uint32Array): Uint8Array {
  const out = new Uint8Array(signature.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < signature.length; i++) view.setUint32(i * 4, signature[i]!, true);
  return out;
}

/** Reads a signature stored by {@link signatureToBytes}. */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
