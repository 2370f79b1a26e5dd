/**
 * Exact and near-duplicate detection over a corpus: content hashes, MinHash signatures with LSH
 * banding, and incremental grouping of copies into stories.
 *
 * @example
 * import { groupDuplicates } from 'sitrep/dedup';
 * const groups = await groupDuplicates(articles.map((a) => ({ id: a.url, text: a.text })));
 * const stories = new Set(groups.values()).size;
 */
export {
  type Candidate,
  type DuplicateIndex,
  type DuplicateMatch,
  type FindDuplicateOptions,
  findDuplicate,
  groupDuplicates,
  type IndexedDoc,
  MAX_CANDIDATES,
  MemoryDuplicateIndex,
  NEAR_DUPLICATE_THRESHOLD,
} from './duplicates.js';
export {
  bandKeys,
  type Fingerprint,
  fingerprint,
  LSH_BANDS,
  LSH_ROWS,
  MIN_WORDS_FOR_NEAR,
  MINHASH_SIZE,
  normalizeText,
  SHINGLE_SIZE,
  signatureFromBytes,
  signatureToBytes,
  similarity,
} from './fingerprint.js';
