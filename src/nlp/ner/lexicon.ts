/**
 * Word-level knowledge the tagger reads besides its weights: hierarchical word clusters (derived
 * from word embeddings) and gazetteers (lists of names derived from the knowledge data).
 */
import { hashString, hashTagged, mix32 } from './hash.js';

/** Lists of names matched as whole token sequences, case-insensitively. */
export interface Gazetteers {
  /** List names, in bit order. */
  readonly names: readonly string[];
  /**
   * Lower-cased token sequences (joined by single spaces) → bit set of the lists they are in,
   * with every proper prefix of an entry (in tokens) marked, to stop matching early.
   */
  readonly entries: PhraseTable;
  /** The longest entry, in tokens. */
  readonly maxTokens: number;
}

/** Hash of one lower-cased token, as phrase tables combine them (the word feature `l=`). */
export function tokenHash(lower: string): number {
  return hashTagged('l=', lower);
}

/** Extends the hash of a token sequence by one more token's {@link tokenHash}. */
export function extendPhraseHash(h: number, next: number): number {
  return mix32(Math.imul(h ^ 0x5bd1e995, 0x01000193) + next);
}

/** What a {@link PhraseTable} knows of a token sequence. */
export const PHRASE_ENTRY = 1;
export const PHRASE_PREFIX = 2;

/**
 * Lower-cased token sequences → bit sets, looked up one token at a time from combined token
 * hashes (so that matching a phrase in a sentence builds no strings). Keys are kept and compared,
 * so lookups are exact.
 */
export class PhraseTable {
  private keys: string[] = [];
  private hashes: number[] = [];
  private bits: number[] = [];
  private flags: number[] = [];
  private slots = new Int32Array(1024);
  private mask = 1023;

  get size(): number {
    let n = 0;
    for (const f of this.flags) if (f & PHRASE_ENTRY) n++;
    return n;
  }

  /** The hash of a phrase given as lower-cased tokens `tokens[from .. to)`. */
  static hashTokens(tokens: readonly string[], from = 0, to = tokens.length): number {
    let h = tokenHash(tokens[from]!);
    for (let i = from + 1; i < to; i++) h = extendPhraseHash(h, tokenHash(tokens[i]!));
    return h;
  }

  /** Adds `flag` (and, for entries, `bits`) to the phrase `tokens`. */
  add(tokens: readonly string[], flag: number, bits: number): void {
    this.addKey(tokens.join(' '), PhraseTable.hashTokens(tokens), flag, bits);
  }

  /** Adds the phrase `tokens` with `bits`, and marks its proper prefixes. */
  addPhrase(tokens: readonly string[], bits: number): void {
    let h = tokenHash(tokens[0]!);
    let key = tokens[0]!;
    for (let n = 1; n < tokens.length; n++) {
      this.addKey(key, h, PHRASE_PREFIX, 0);
      key = `${key} ${tokens[n]!}`;
      h = extendPhraseHash(h, tokenHash(tokens[n]!));
    }
    this.addKey(key, h, PHRASE_ENTRY, bits);
  }

  private addKey(key: string, h: number, flag: number, bits: number): void {
    let slot = this.find(h, key);
    if (slot < 0) {
      if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
      slot = this.insertSlot(h);
      this.slots[slot] = this.keys.length + 1;
      this.keys.push(key);
      this.bits.push(0);
      this.flags.push(0);
    }
    const k = this.slots[slot]! - 1;
    this.flags[k]! |= flag;
    if (flag & PHRASE_ENTRY) this.bits[k]! |= bits;
  }

  private insertSlot(h: number): number {
    this.hashes.push(h);
    let slot = h & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let k = 0; k < this.hashes.length; k++) {
      let slot = this.hashes[k]! & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = k + 1;
    }
  }

  /** The slot holding `key` (whose hash is `h`), or -1. */
  private find(h: number, key: string): number {
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.slots[slot]!;
      if (k === 0) return -1;
      if (this.hashes[k - 1] === h && this.keys[k - 1] === key) return slot;
    }
  }

  /**
   * The index of the phrase `words[from .. to)` (lower-cased tokens, `h` its hash), or -1. Read
   * its {@link flagsAt} and {@link bitsAt}.
   */
  lookup(h: number, words: readonly { readonly lower: string }[], from: number, to: number): number {
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.slots[slot]!;
      if (k === 0) return -1;
      if (this.hashes[k - 1] === h && sameTokens(this.keys[k - 1]!, words, from, to)) return k - 1;
    }
  }

  /** The index of the one-token phrase `lower` (`h` its {@link tokenHash}), or -1. */
  lookupToken(h: number, lower: string): number {
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.slots[slot]!;
      if (k === 0) return -1;
      if (this.hashes[k - 1] === h && this.keys[k - 1] === lower) return k - 1;
    }
  }

  flagsAt(index: number): number {
    return this.flags[index]!;
  }

  bitsAt(index: number): number {
    return this.bits[index]!;
  }

  /** The list bits of an entry given as lower-cased tokens joined by single spaces. */
  get(phrase: string): number | undefined {
    const tokens = phrase.split(' ');
    const slot = this.find(PhraseTable.hashTokens(tokens), phrase);
    if (slot < 0) return undefined;
    const k = this.slots[slot]! - 1;
    return this.flags[k]! & PHRASE_ENTRY ? this.bits[k]! : undefined;
  }
}

/** Whether `key` is the tokens `words[from .. to)` joined by single spaces. */
function sameTokens(key: string, words: readonly { readonly lower: string }[], from: number, to: number): boolean {
  let at = 0;
  for (let i = from; i < to; i++) {
    const t = words[i]!.lower;
    if (i > from) {
      if (key.charCodeAt(at) !== 32) return false;
      at++;
    }
    if (!key.startsWith(t, at)) return false;
    at += t.length;
  }
  return at === key.length;
}

/** A read-only word → value table (a Map, or a {@link SortedTable}). */
export interface WordTable {
  get(word: string): string | undefined;
  readonly size: number;
}

/**
 * A word → value table over the text of `key<TAB>value` lines sorted by key (in JavaScript string
 * order), looked up through a hash index of line numbers into the text itself: loading costs one
 * scan for line starts and key hashes instead of a Map of hundreds of thousands of strings.
 */
export class SortedTable implements WordTable {
  private readonly starts: Int32Array;
  /** Open-addressing hash index over the keys: slot → line + 1 (0 for an empty slot). */
  private readonly slots: Int32Array;

  constructor(private readonly text: string) {
    const length = text.length;
    let n = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
    if (length > 0 && text.charCodeAt(length - 1) !== 10) n++;
    const starts = new Int32Array(n + 1);
    let size = 1;
    while (size < 1.5 * n) size <<= 1;
    const slots = new Int32Array(size);
    const mask = size - 1;
    // One pass: each line's start, and its key's hash into the index.
    let at = 0;
    for (let line = 0; line < n; line++) {
      starts[line] = at;
      let h = 0x811c9dc5;
      let i = at;
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === 9 || c === 10) break;
        h = Math.imul(h ^ c, 0x01000193);
      }
      let slot = mixSlot(h) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = line + 1;
      const end = text.indexOf('\n', i);
      at = end < 0 ? length + 1 : end + 1;
    }
    starts[n] = at;
    this.starts = starts;
    this.slots = slots;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** Compares `word` with the key of line `i`: negative when the word sorts first. */
  private compare(word: string, i: number): number {
    const text = this.text;
    let at = this.starts[i]!;
    for (let k = 0; k < word.length; k++, at++) {
      const c = text.charCodeAt(at);
      if (c === 9) return 1;
      const d = word.charCodeAt(k) - c;
      if (d !== 0) return d;
    }
    return text.charCodeAt(at) === 9 ? 0 : -1;
  }

  get(word: string): string | undefined {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = mixSlot(h) & mask; ; slot = (slot + 1) & mask) {
      const line = this.slots[slot]!;
      if (line === 0) return undefined;
      if (this.compare(word, line - 1) !== 0) continue;
      const from = this.starts[line - 1]! + word.length + 1;
      let to = this.starts[line]! - 1;
      if (this.text.charCodeAt(to - 1) === 13) to--;
      return this.text.slice(from, to);
    }
  }

  /** Every `[key, value]`, in key order. */
  *entries(): IterableIterator<[string, string]> {
    for (let i = 0; i < this.size; i++) {
      const line = this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
      const tab = line.indexOf('\t');
      if (tab > 0) yield [line.slice(0, tab), line.slice(tab + 1)];
    }
  }

  /** A content hash, for model fingerprints. */
  hash(): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < this.text.length; i += 3) h = Math.imul(h ^ this.text.charCodeAt(i), 0x01000193);
    return (h ^ this.text.length) >>> 0;
  }
}

/**
 * Spreads an FNV-1a key hash over every bit before it picks a slot: the keys come sorted, and
 * FNV's low bits alone put neighbours into long runs of taken slots.
 */
function mixSlot(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

/** Sorts `key<TAB>value` lines the way {@link SortedTable} needs them. */
export function sortedLines(entries: Iterable<readonly [string, string]>): string {
  const lines = [...entries].filter(([k]) => k !== '' && !/[\t\n\r]/.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${lines.map(([k, v]) => `${k}\t${v}`).join('\n')}\n`;
}

/** Clusters of lower-cased words in a tree: each word has one cluster at every level. */
export interface WordClusters {
  /** Number of clusters at each level, coarsest first. */
  readonly sizes: readonly number[];
  /** Word → cluster id at the finest level (as a decimal string). */
  readonly finest: WordTable;
  /** `ancestors[f * (levels - 1) + l]`: the level-`l` cluster that holds finest cluster `f`. */
  readonly ancestors: Int32Array;
}

/** The cluster ids of `word` at every level (coarsest first), or null when it has none. */
export function clusterPath(clusters: WordClusters, word: string): number[] | null {
  const value = clusters.finest.get(word);
  if (value === undefined) return null;
  const f = Number(value);
  const up = clusters.sizes.length - 1;
  const out = new Array<number>(up + 1);
  for (let l = 0; l < up; l++) out[l] = clusters.ancestors[f * up + l]!;
  out[up] = f;
  return out;
}

export interface Lexicon {
  readonly clusters: WordClusters | null;
  readonly gazetteers: Gazetteers | null;
  /** Lower-cased word → the entity type its word vector suggests and a confidence bucket (`PER\t3`). */
  readonly wordTypes: WordTable | null;
  /** A hash of the lexicon's content, recorded in a model so that a mismatch is caught. */
  readonly fingerprint: number;
}

const SIMPLE_PHRASE = /^[^\s]+(?: [^\s]+)*$/;

/** Builds gazetteers from named lists of phrases (tokens separated by spaces). At most 31 lists. */
export function buildGazetteers(lists: ReadonlyArray<{ name: string; phrases: Iterable<string> }>): Gazetteers {
  if (lists.length > 31) throw new Error(`at most 31 gazetteer lists, got ${lists.length}`);
  const entries = new PhraseTable();
  let maxTokens = 0;
  lists.forEach((list, bit) => {
    for (const phrase of list.phrases) {
      const lower = phrase.toLowerCase();
      // The lists are written one space between tokens; anything else takes the slow path.
      const tokens = SIMPLE_PHRASE.test(lower) ? lower.split(' ') : lower.split(/\s+/).filter(Boolean);
      if (tokens.length === 0) continue;
      maxTokens = Math.max(maxTokens, tokens.length);
      entries.addPhrase(tokens, 1 << bit);
    }
  });
  return { names: lists.map((l) => l.name), entries, maxTokens };
}

/**
 * Parses a clusters file: a `#clusters` header with the number of clusters per level (coarsest
 * first), one `#f a0 a1 …` line per finest cluster listing its ancestors, then `word<TAB>f` lines.
 */
export function parseClusters(text: string): WordClusters {
  if (!text.startsWith('#clusters ')) throw new Error('clusters file must start with "#clusters"');
  let at = text.indexOf('\n');
  const sizes = text.slice(10, at).trim().split(/\s+/).map(Number);
  const up = sizes.length - 1;
  const ancestors = new Int32Array(sizes[up]! * up);
  while (text.charCodeAt(at + 1) === 35) {
    const end = text.indexOf('\n', at + 1);
    const parts = text
      .slice(at + 2, end)
      .split(' ')
      .map(Number);
    const f = parts[0]!;
    for (let l = 0; l < up; l++) ancestors[f * up + l] = parts[l + 1]!;
    at = end;
  }
  return { sizes, finest: new SortedTable(text.slice(at + 1)), ancestors };
}

/** Parses a word types file: `word<TAB>TYPE<TAB>bucket` lines sorted by word. */
export function parseWordTypes(text: string): SortedTable {
  return new SortedTable(text);
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

function tableHash(table: WordTable): number {
  return table instanceof SortedTable ? table.hash() : table.size;
}

/** Combines clusters, gazetteers and word types into a lexicon with a content fingerprint. */
export function makeLexicon(clusters: WordClusters | null, gazetteers: Gazetteers | null, wordTypes: WordTable | null = null): Lexicon {
  let h = hashString(`c${clusters?.sizes.join(',') ?? ''}:${clusters?.finest.size ?? 0}`);
  if (clusters) h = (h * 31 + tableHash(clusters.finest) + clusters.ancestors.length) >>> 0;
  if (gazetteers) {
    h = (h * 31 + hashString(gazetteers.names.join(','))) >>> 0;
    h = (h * 31 + gazetteers.entries.size) >>> 0;
  }
  if (wordTypes) h = (h * 31 + tableHash(wordTypes)) >>> 0;
  return { clusters, gazetteers, wordTypes, fingerprint: h };
}
