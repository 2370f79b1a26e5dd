import { bandKeys, type Fingerprint, fingerprint, similarity } from './fingerprint.js';

/**
 * Near-duplicate threshold: two articles are copies of one story when the estimated Jaccard
 * similarity of their word 5-gram sets (MinHash, 120 values) is at least 0.7.
 *
 * A wire story re-posted with another headline, a trailing "Reporting by …" line, a dateline or a
 * few edited sentences stays far above it (0.85–0.99 for a 400-word story); two different stories
 * on the same topic share almost no 5-grams (below 0.1). The estimate's standard error at 0.7 is
 * about 0.04.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

/** At most this many candidates from the LSH bands are compared per document. */
export const MAX_CANDIDATES = 200;

/** A document the index already holds. */
export interface IndexedDoc {
  readonly id: string;
  /** The duplicate group it belongs to: the id of the first-seen copy of its story. */
  readonly group: string;
}

/** An earlier document that shares an LSH band with the one being looked up. */
export interface Candidate extends IndexedDoc {
  readonly signature: Uint32Array;
}

/**
 * What {@link findDuplicate} needs to look up earlier documents. The store implements it over its
 * tables (inside the write transaction); {@link MemoryDuplicateIndex} keeps it in memory.
 */
export interface DuplicateIndex {
  /** The earliest document whose normalised text has this hash. */
  byContentHash(hash: string): Promise<IndexedDoc | undefined>;
  /** Earlier documents that share at least one band key, at most `limit` of them. */
  byBandKeys(keys: readonly number[], limit: number): Promise<Candidate[]>;
}

/** How a document relates to the ones seen before it. */
export type DuplicateMatch =
  | { readonly kind: 'exact'; readonly of: IndexedDoc; readonly similarity: 1 }
  | { readonly kind: 'near'; readonly of: IndexedDoc; readonly similarity: number };

/** Options of {@link findDuplicate}. */
export interface FindDuplicateOptions {
  /** Minimum estimated Jaccard similarity; default {@link NEAR_DUPLICATE_THRESHOLD}. */
  readonly threshold?: number;
}

/**
 * Finds the earlier copy of a document: an exact copy (same normalised-text hash) first,
 * otherwise the most similar earlier document at or above the threshold (its group is the
 * document's group, so copies of copies join the first-seen version's group). `undefined` means
 * the document starts a story of its own.
 *
 * @example
 * const index = new MemoryDuplicateIndex();
 * for (const { id, text } of articles) {
 *   const fp = fingerprint(text);
 *   const match = await findDuplicate(fp, index);
 *   index.add(id, match?.of.group ?? id, fp);
 * }
 */
export async function findDuplicate(
  fp: Fingerprint,
  index: DuplicateIndex,
  options: FindDuplicateOptions = {},
): Promise<DuplicateMatch | undefined> {
  if (fp.contentHash !== null) {
    const exact = await index.byContentHash(fp.contentHash);
    if (exact) return { kind: 'exact', of: exact, similarity: 1 };
  }
  if (fp.signature === null) return undefined;
  const threshold = options.threshold ?? NEAR_DUPLICATE_THRESHOLD;
  let best: Candidate | undefined;
  let bestSim = -1;
  for (const c of await index.byBandKeys(bandKeys(fp.signature), MAX_CANDIDATES)) {
    const s = similarity(fp.signature, c.signature);
    if (s > bestSim) {
      best = c;
      bestSim = s;
    }
  }
  if (best && bestSim >= threshold) return { kind: 'near', of: { id: best.id, group: best.group }, similarity: bestSim };
  return undefined;
}

/** A {@link DuplicateIndex} in memory, for one batch of texts or for tests. */
export class MemoryDuplicateIndex implements DuplicateIndex {
  readonly #byHash = new Map<string, IndexedDoc>();
  readonly #byBand = new Map<number, Candidate[]>();

  /** Records a document after its group was decided. */
  add(id: string, group: string, fp: Fingerprint): void {
    if (fp.contentHash !== null && !this.#byHash.has(fp.contentHash)) this.#byHash.set(fp.contentHash, { id, group });
    if (fp.signature === null) return;
    const entry: Candidate = { id, group, signature: fp.signature };
    for (const key of bandKeys(fp.signature)) {
      const list = this.#byBand.get(key);
      if (list) list.push(entry);
      else this.#byBand.set(key, [entry]);
    }
  }

  async byContentHash(hash: string): Promise<IndexedDoc | undefined> {
    return this.#byHash.get(hash);
  }

  async byBandKeys(keys: readonly number[], limit: number): Promise<Candidate[]> {
    const seen = new Map<string, Candidate>();
    for (const key of keys) {
      for (const c of this.#byBand.get(key) ?? []) {
        if (seen.size >= limit) return [...seen.values()];
        seen.set(c.id, c);
      }
    }
    return [...seen.values()];
  }
}

/**
 * Groups a list of texts into stories, in order: each text's group is the id of the first-seen
 * copy of its story.
 *
 * @example
 * const groups = await groupDuplicates([{ id: 'a', text: story }, { id: 'b', text: `${story}\nReporting by Jane Doe` }]);
 * groups.get('b') // 'a'
 */
export async function groupDuplicates(
  items: Iterable<{ readonly id: string; readonly text: string }>,
  options: FindDuplicateOptions = {},
): Promise<Map<string, string>> {
  const index = new MemoryDuplicateIndex();
  const groups = new Map<string, string>();
  for (const { id, text } of items) {
    const fp = fingerprint(text);
    const group = (await findDuplicate(fp, index, options))?.of.group ?? id;
    index.add(id, group, fp);
    groups.set(id, group);
  }
  return groups;
}
