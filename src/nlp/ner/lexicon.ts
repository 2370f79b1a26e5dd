/**
 * Word-level knowledge the tagger reads besides its weights: hierarchical word clusters (derived
 * from word embeddings) and gazetteers (lists of names derived from the knowledge data).
 */
import { hashString } from './hash.js';

/** Lists of names matched as whole token sequences, case-insensitively. */
export interface Gazetteers {
  /** List names, in bit order. */
  readonly names: readonly string[];
  /** Lower-cased token sequence joined by single spaces → bit set of the lists it is in. */
  readonly entries: ReadonlyMap<string, number>;
  /** Every proper prefix of an entry (in tokens), to stop matching early. */
  readonly prefixes: ReadonlySet<string>;
  /** The longest entry, in tokens. */
  readonly maxTokens: number;
}

/** Clusters of lower-cased words in a tree: each word has one cluster at every level. */
export interface WordClusters {
  /** Number of clusters at each level, coarsest first. */
  readonly sizes: readonly number[];
  /** Word → cluster id at the finest level. */
  readonly finest: ReadonlyMap<string, number>;
  /** `ancestors[f * (levels - 1) + l]`: the level-`l` cluster that holds finest cluster `f`. */
  readonly ancestors: Int32Array;
}

/** The cluster ids of `word` at every level (coarsest first), or null when it has none. */
export function clusterPath(clusters: WordClusters, word: string): number[] | null {
  const f = clusters.finest.get(word);
  if (f === undefined) return null;
  const up = clusters.sizes.length - 1;
  const out = new Array<number>(up + 1);
  for (let l = 0; l < up; l++) out[l] = clusters.ancestors[f * up + l]!;
  out[up] = f;
  return out;
}

export interface Lexicon {
  readonly clusters: WordClusters | null;
  readonly gazetteers: Gazetteers | null;
  /** A hash of the lexicon's content, recorded in a model so that a mismatch is caught. */
  readonly fingerprint: number;
}

/** Builds gazetteers from named lists of phrases (tokens separated by spaces). At most 31 lists. */
export function buildGazetteers(lists: ReadonlyArray<{ name: string; phrases: Iterable<string> }>): Gazetteers {
  if (lists.length > 31) throw new Error(`at most 31 gazetteer lists, got ${lists.length}`);
  const entries = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxTokens = 0;
  lists.forEach((list, bit) => {
    for (const phrase of list.phrases) {
      const tokens = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (tokens.length === 0) continue;
      maxTokens = Math.max(maxTokens, tokens.length);
      const key = tokens.join(' ');
      entries.set(key, (entries.get(key) ?? 0) | (1 << bit));
      for (let n = 1; n < tokens.length; n++) prefixes.add(tokens.slice(0, n).join(' '));
    }
  });
  return { names: lists.map((l) => l.name), entries, prefixes, maxTokens };
}

/**
 * Parses a clusters file: a `#clusters` header with the number of clusters per level (coarsest
 * first), one `#f a0 a1 …` line per finest cluster listing its ancestors, then `word<TAB>f` lines.
 */
export function parseClusters(text: string): WordClusters {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  if (!header.startsWith('#clusters ')) throw new Error('clusters file must start with "#clusters"');
  const sizes = header.slice(10).trim().split(/\s+/).map(Number);
  const up = sizes.length - 1;
  const finestCount = sizes[up]!;
  const ancestors = new Int32Array(finestCount * up);
  const finest = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) {
      const parts = line.slice(1).split(' ').map(Number);
      const f = parts[0]!;
      for (let l = 0; l < up; l++) ancestors[f * up + l] = parts[l + 1]!;
      continue;
    }
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    finest.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return { sizes, finest, ancestors };
}

/** Parses a gazetteer list file: one phrase per line, `#` comments. */
export function parseList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t !== '' && !t.startsWith('#')) out.push(t);
  }
  return out;
}

/** Combines clusters and gazetteers into a lexicon with a content fingerprint. */
export function makeLexicon(clusters: WordClusters | null, gazetteers: Gazetteers | null): Lexicon {
  let h = hashString(`c${clusters?.sizes.join(',') ?? ''}:${clusters?.finest.size ?? 0}`);
  if (clusters) {
    let n = 0;
    for (const [w, id] of clusters.finest) {
      if (n++ % 97 === 0) h = (h * 31 + hashString(w) + id) >>> 0;
    }
  }
  if (gazetteers) {
    h = (h * 31 + hashString(gazetteers.names.join(','))) >>> 0;
    h = (h * 31 + gazetteers.entries.size) >>> 0;
  }
  return { clusters, gazetteers, fingerprint: h };
}
