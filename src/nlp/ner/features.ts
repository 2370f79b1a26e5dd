/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit hash that the model maps to a
 * weight row with a mask.
 *
 * Features come in two kinds. Word features depend only on a word form (and on whether its
 * sentence is in capitals): its own features, and the features it lends to the tokens up to two
 * positions away. They are computed once per form, and at tagging time their weight sums are
 * cached per form, so they cost nothing per token. Token features depend on the context (word
 * pairs, gazetteer matches, how the word is written elsewhere in the document) and are computed
 * for every token.
 */

import { ownCopy } from '../../text/own-copy.js';
import { hashPair, hashString, hashTagged, mix32 } from './hash.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { extendPhraseHash, type Lexicon, PHRASE_ENTRY, PHRASE_PREFIX } from './lexicon.js';

/** Which feature groups are on. Stored in the model so that training and tagging agree. */
export interface FeatureOptions {
  /** Word-cluster ids of the token and its neighbours. */
  readonly clusters: boolean;
  /** Gazetteer matches (B/I/L/U position within each matched phrase, by list). */
  readonly gazetteers: boolean;
  /** Document-level casing evidence: how the same word is written elsewhere in the document. */
  readonly document: boolean;
  /** The entity type a word's vector suggests (see `word-types.tsv`). Absent in older models. */
  readonly wordTypes?: boolean;
  /**
   * Word clusters and type priors conjoined with the word's short shape (`Xx`, `X`, `x` …), so
   * that what a lower-cased word's vector says is read apart for capitalised forms. Absent in
   * older models.
   */
  readonly shapeConjunctions?: boolean;
  /**
   * A sentence in title case ("Merkel Urges Nato To Keep Talks Open") is read as if written in
   * capitals, like the headlines of the training data (which has almost no title case). The
   * tagger turns this on unless a model's header turns it off; training leaves it off.
   */
  readonly titleCase?: boolean;
}

/** Features of token positions: token `i` owns `ids[offsets[i] .. offsets[i + 1])`. */
export interface SentenceFeatures {
  readonly length: number;
  readonly offsets: Int32Array;
  readonly ids: Uint32Array;
}

/** The word-level features of one word form. */
export interface WordFeatures {
  readonly lower: string;
  readonly lowerH: number;
  readonly shapeH: number;
  /**
   * `ids[0 .. ownCount)`: features at the token's own position (the bias first, the word form
   * second); then four runs of `nearCount` features lent to the tokens at offsets -2, -1, +1, +2.
   */
  readonly ids: Uint32Array;
  readonly ownCount: number;
  readonly nearCount: number;
  /** Whether the word's sentence is written in capitals. */
  readonly capsSentence: boolean;
  readonly hasLetter: boolean;
  readonly hasLower: boolean;
  readonly initCap: boolean;
  /** Whether the word begins a gazetteer phrase of two or more tokens. */
  readonly gazPrefix: boolean;
  /**
   * Tagging-time cache of the word's weight sums (for the one model this extractor serves);
   * empty until computed.
   */
  sums: Float32Array;
}

/** A document's features: word features per token and token features per sentence. */
export interface DocumentFeatures {
  readonly words: WordFeatures[][];
  readonly tokens: SentenceFeatures[];
}

/** Offsets of the neighbours a word lends features to, in the order of {@link WordFeatures.ids}. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

const H = hashString;
const SALTS = NEIGHBOUR_OFFSETS.map((k) => H(`@${k}`));
const BIAS = H('bias');
const BOS = NEIGHBOUR_OFFSETS.map((k) => H(`bos@${k}`));
const EOS = NEIGHBOUR_OFFSETS.map((k) => H(`eos@${k}`));
const FIRST = H('first');
const CAPS = H('capsSentence');
const BIGRAM_L = H('bi-1');
const BIGRAM_R = H('bi+1');
const SHAPE3 = H('shape3');
const GAZ_POS = ['B', 'I', 'L', 'U'].map((p) => H(`gaz${p}`));
const CAP = H('cap');
const NOCAP = H('nocap');
const TRUECASE = H('tc');
const TRUECASE_SHAPE = H('tcs');
const DOC_CASING: number[] = [];
for (const kind of ['A', 'I', 'M']) for (const low of [0, 1]) for (const cap of [0, 1]) DOC_CASING.push(H(`dc:${kind}:${low}:${cap}`));

/** 1 upper-case letter, 2 lower-case letter, 3 digit, 0 anything else. */
function charClass(code: number): number {
  return code < CLASS_TABLE.length ? CLASS_TABLE[code]! : classOf(code);
}

function classOf(code: number): number {
  if (code >= 48 && code <= 57) return 3;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return lower === upper ? 0 : ch === upper ? 1 : 2;
}

/**
 * Character classes up to the end of the general punctuation and currency blocks, looked up
 * rather than computed, so that an accented letter or a typographic quote takes the same path
 * through the code as an ASCII character.
 */
const CLASS_TABLE = Uint8Array.from({ length: 0x2100 }, (_, code) => classOf(code));

/** Word shape: letters to X/x, digits to d, other characters kept; runs longer than `maxRun` cut. */
export function wordShape(word: string, maxRun: number): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const cls = charClass(code);
    const c = cls === 1 ? 'X' : cls === 2 ? 'x' : cls === 3 ? 'd' : word[i]!;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= maxRun) out += c;
  }
  return out;
}

const HAS_LETTER = 1;
const HAS_LOWER = 2;
const INIT_CAP = 4;
/** FNV-1a states after the tags of the long (`S=`) and short (`s=`) shape features. */
const LONG_SHAPE_SEED = fnvTag('S=');
const SHORT_SHAPE_SEED = fnvTag('s=');

function fnvTag(tag: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < tag.length; i++) h = Math.imul(h ^ tag.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The hashes of a word's long and short shapes (`hashTagged('S=', wordShape(word, 4))` and
 * `hashTagged('s=', wordShape(word, 1))`) without building either string, into `out[0]` and
 * `out[1]`; `out[2]` gets the word's letter flags (has a letter, has a lower-case letter, starts
 * with a capital).
 */
function wordShapeHashes(word: string, out: Uint32Array): void {
  let long = LONG_SHAPE_SEED;
  let short = SHORT_SHAPE_SEED;
  let last = -1;
  let run = 0;
  let flags = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const cls = charClass(code);
    if (cls === 1) flags |= i === 0 ? HAS_LETTER | INIT_CAP : HAS_LETTER;
    else if (cls === 2) flags |= HAS_LETTER | HAS_LOWER;
    const c = cls === 1 ? 88 : cls === 2 ? 120 : cls === 3 ? 100 : code;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) long = Math.imul(long ^ c, 0x01000193);
    if (run <= 1) short = Math.imul(short ^ c, 0x01000193);
  }
  out[0] = mix32(long);
  out[1] = mix32(short);
  out[2] = flags;
}

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
};
const TYPOGRAPHIC_RE = /[\u2018-\u201e\u2032\u00ab\u00bb\u2013\u2014\u2212\u2026]/g;

/** Maps typographic quotes, apostrophes and dashes to their ASCII forms (as in CoNLL-2003 text). */
export function normalizeToken(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) >= 0xab) return word.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c);
  }
  return word;
}

const LENGTH = Array.from({ length: 11 }, (_, n) => H(`len=${n <= 4 ? String(n) : n <= 6 ? '5-6' : n <= 9 ? '7-9' : '10+'}`));
const PREFIX_TAGS = [0, 1, 2, 3, 4].map((k) => `p${k}=`);
const SUFFIX_TAGS = [0, 1, 2, 3, 4].map((k) => `x${k}=`);
const CLUSTER_LEVEL = [0, 1, 2, 3, 4, 5].map((l) => H(`c${l}`));
const NO_CLUSTER = H('c=none');

/**
 * Hands out small typed arrays as views of larger shared chunks, so that the many short arrays of
 * word and sentence features do not each need a buffer of their own.
 */
class Uint32Slab {
  // Small chunks, for the JIT's sake (see SUMS_CHUNK in decode.ts).
  private chunk = new Uint32Array(0);
  private used = 0;
  take(n: number): Uint32Array {
    if (this.used + n > this.chunk.length) {
      this.chunk = new Uint32Array(Math.max(SLAB_CHUNK, n));
      this.used = 0;
    }
    const out = this.chunk.subarray(this.used, this.used + n);
    this.used += n;
    return out;
  }
}

const SLAB_CHUNK = 1 << 13;

/** An empty weight-sum cache (see {@link WordFeatures.sums}). */
const NO_SUMS = new Float32Array(0);

/** A growable buffer of feature ids with per-token offsets. */
class FeatureBuffer {
  ids = new Uint32Array(1024);
  n = 0;
  private readonly slab = new Uint32Slab();
  push(id: number): void {
    if (this.n === this.ids.length) {
      const bigger = new Uint32Array(this.ids.length * 2);
      bigger.set(this.ids);
      this.ids = bigger;
    }
    this.ids[this.n++] = id;
  }
  take(offsets: Int32Array, length: number): SentenceFeatures {
    const ids = this.slab.take(this.n);
    ids.set(this.ids.subarray(0, this.n));
    this.n = 0;
    return { length, offsets, ids };
  }
}

/**
 * Computes features for documents. Keeps a cache of word features: create one per model and
 * reuse it.
 */
export class FeatureExtractor {
  private readonly cache = new Map<string, WordFeatures>();
  private readonly capsCache = new Map<string, WordFeatures>();
  private readonly buffer = new FeatureBuffer();
  private readonly gazLists: number[];
  private readonly clusterLevels: number[];
  // one slab per cache: a slab's chunk lives while any view into it does, so entries of the
  // rarely emptied capitals cache must not keep the other cache's chunks alive
  private readonly slab = new Uint32Slab();
  private readonly capsSlab = new Uint32Slab();
  // Scratch space for one word's features.
  private readonly own = new Uint32Array(256);
  private readonly near = new Uint32Array(64);
  private readonly shapes = new Uint32Array(3);
  private readonly gazMatches = new GazetteerMatches();

  constructor(
    readonly lexicon: Lexicon,
    readonly options: FeatureOptions,
    /**
     * Most word forms kept in the cache (per casing context) before it is emptied. An entry holds
     * about 1 KB (features and weight sums); 25,000 forms cover most running words of news text.
     */
    readonly cacheSize = 25_000,
  ) {
    this.gazLists = (lexicon.gazetteers?.names ?? []).map((name) => H(`gaz:${name}`));
    const levels = lexicon.clusters?.sizes.length ?? 0;
    this.clusterLevels = Array.from({ length: levels }, (_, l) => CLUSTER_LEVEL[l] ?? H(`c${l}`));
  }

  /** The word features of `word`, in a sentence written in capitals or not. */
  word(word: string, capsSentence = false): WordFeatures {
    const cache = capsSentence ? this.capsCache : this.cache;
    let info = cache.get(word);
    if (info) return info;
    if (cache.size >= this.cacheSize) cache.clear();
    // the cache outlives the document: its keys and forms must not point into the document's text
    const own = ownCopy(word);
    info = this.computeWord(own, capsSentence);
    cache.set(own, info);
    return info;
  }

  private computeWord(raw: string, caps: boolean): WordFeatures {
    const word = normalizeToken(raw);
    const lower = word.toLowerCase();
    const own = this.own;
    const near = this.near;
    let o = 0;
    let m = 0;
    const shapes = this.shapes;
    wordShapeHashes(word, shapes);
    const lowerH = hashTagged('l=', lower);
    const shapeH = shapes[1]!;
    own[o++] = BIAS;
    own[o++] = hashTagged('w=', word);
    own[o++] = lowerH;
    own[o++] = shapes[0]!;
    own[o++] = shapeH;
    own[o++] = LENGTH[Math.min(word.length, 10)]!;
    const n = lower.length;
    for (let k = 1; k <= 4 && k < n; k++) {
      own[o++] = hashTagged(PREFIX_TAGS[k]!, lower, 0, k);
      own[o++] = hashTagged(SUFFIX_TAGS[k]!, lower, n - k, n);
    }
    near[m++] = lowerH;
    near[m++] = shapeH;
    const conjoin = this.options.shapeConjunctions === true;
    const clusters = this.options.clusters ? this.lexicon.clusters : null;
    if (clusters) {
      const value = clusters.finest.get(lower);
      if (value === undefined) {
        own[o++] = NO_CLUSTER;
        near[m++] = NO_CLUSTER;
      } else {
        const finest = Number(value);
        const up = clusters.sizes.length - 1;
        for (let level = 0; level <= up; level++) {
          const cid = level < up ? clusters.ancestors[finest * up + level]! : finest;
          const f = hashPair(this.clusterLevels[level]!, cid);
          own[o++] = f;
          if (level > 0) near[m++] = f;
          if (conjoin && level > 0) own[o++] = hashPair(f, shapeH);
        }
      }
      if (conjoin && value === undefined) own[o++] = hashPair(NO_CLUSTER, shapeH);
    }
    const prior = this.options.wordTypes ? this.lexicon.wordTypes?.get(lower) : undefined;
    if (prior !== undefined) {
      const type = hashTagged('tp=', prior, 0, prior.indexOf('\t'));
      own[o++] = hashTagged('tpc=', prior);
      own[o++] = type;
      near[m++] = type;
      if (conjoin) own[o++] = hashPair(type, shapeH);
    }
    if (caps) {
      own[o++] = CAPS;
      own[o++] = hashPair(CAPS, lowerH);
    }
    const gaz = this.options.gazetteers ? this.lexicon.gazetteers : null;
    const initCap = (shapes[2]! & INIT_CAP) !== 0;
    let gazPrefix = false;
    if (gaz) {
      const at = gaz.entries.lookupToken(lowerH, lower);
      if (at >= 0) {
        const flags = gaz.entries.flagsAt(at);
        gazPrefix = (flags & PHRASE_PREFIX) !== 0;
        if (flags & PHRASE_ENTRY) {
          // A one-token gazetteer match depends on the word alone, so it is a word feature.
          const single = gaz.entries.bitsAt(at);
          for (let b = 0; b < this.gazLists.length; b++) {
            if ((single & (1 << b)) === 0) continue;
            const f = hashPair(this.gazLists[b]!, GAZ_POS[3]!);
            own[o++] = f;
            own[o++] = hashPair(f, initCap ? CAP : NOCAP);
          }
        }
      }
    }
    const ids = (caps ? this.capsSlab : this.slab).take(o + 4 * m);
    ids.set(own.subarray(0, o));
    let at = o;
    for (let j = 0; j < 4; j++) {
      const salt = SALTS[j]!;
      for (let k = 0; k < m; k++) ids[at++] = hashPair(near[k]!, salt);
    }
    return {
      lower,
      lowerH,
      shapeH,
      ids,
      ownCount: o,
      nearCount: m,
      capsSentence: caps,
      hasLetter: (shapes[2]! & HAS_LETTER) !== 0,
      hasLower: (shapes[2]! & HAS_LOWER) !== 0,
      initCap,
      gazPrefix,
      sums: NO_SUMS,
    };
  }

  /**
   * Features of every sentence of a document (an array of token arrays).
   *
   * @example
   * const feats = extractor.document([['EU', 'rejects', 'German', 'call']]);
   * feats.words[0].length; // 4
   */
  document(sentences: readonly (readonly string[])[]): DocumentFeatures {
    const lazyLower = new DocumentLowerWords(sentences);
    const words: WordFeatures[][] = [];
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      const title = this.options.titleCase === true && isTitleCased(s, lazyLower);
      const caps = title || isCapsSentence(s);
      const sent: WordFeatures[] = [];
      for (let i = 0; i < s.length; i++) sent.push(this.word(title ? s[i]!.toUpperCase() : s[i]!, caps));
      words.push(sent);
    }
    const casing = this.options.document ? documentCasing(words) : null;
    const tokens: SentenceFeatures[] = [];
    for (let k = 0; k < words.length; k++) tokens.push(this.tokenFeatures(words[k]!, casing));
    return { words, tokens };
  }

  private tokenFeatures(sent: readonly WordFeatures[], casing: DocumentCasing | null): SentenceFeatures {
    const n = sent.length;
    const out = this.buffer;
    const offsets = new Int32Array(n + 1);
    const caps = n > 0 && sent[0]!.capsSentence;
    const gaz = this.gazMatches;
    gaz.clear();
    if (this.options.gazetteers) this.gazetteerFeatures(sent, gaz);
    for (let i = 0; i < n; i++) {
      offsets[i] = out.n;
      const w = sent[i]!;
      const prev = i > 0 ? sent[i - 1]! : null;
      const next = i + 1 < n ? sent[i + 1]! : null;
      out.push(hashPair(BIGRAM_L, hashPair(prev ? prev.lowerH : BOS[1]!, w.lowerH)));
      out.push(hashPair(BIGRAM_R, hashPair(w.lowerH, next ? next.lowerH : EOS[2]!)));
      out.push(hashPair(SHAPE3, hashPair(hashPair(prev ? prev.shapeH : BOS[1]!, w.shapeH), next ? next.shapeH : EOS[2]!)));
      if (i === 0) out.push(hashPair(FIRST, w.shapeH));
      if (gaz.count > 0) gaz.copy(i, out);
      if (casing && w.hasLetter && w.initCap) casing.features(w, i === 0, caps, out);
    }
    offsets[n] = out.n;
    return out.take(offsets, n);
  }

  /** Adds the features of multi-token gazetteer matches in `sent` to `out`. */
  private gazetteerFeatures(sent: readonly WordFeatures[], out: GazetteerMatches): void {
    const gaz = this.lexicon.gazetteers!;
    const table = gaz.entries;
    for (let i = 0; i < sent.length; i++) {
      if (!sent[i]!.gazPrefix) continue;
      let h = sent[i]!.lowerH;
      for (let len = 2; len <= gaz.maxTokens && i + len <= sent.length; len++) {
        h = extendPhraseHash(h, sent[i + len - 1]!.lowerH);
        const at = table.lookup(h, sent, i, i + len);
        if (at < 0) break;
        const flags = table.flagsAt(at);
        if (flags & PHRASE_ENTRY) {
          const bits = table.bitsAt(at);
          for (let b = 0; b < this.gazLists.length; b++) {
            if ((bits & (1 << b)) === 0) continue;
            for (let t = i; t < i + len; t++) {
              const pos = t === i ? 0 : t === i + len - 1 ? 2 : 1;
              const f = hashPair(this.gazLists[b]!, GAZ_POS[pos]!);
              out.add(t, f);
              out.add(t, hashPair(f, sent[t]!.initCap ? CAP : NOCAP));
            }
          }
        }
        if ((flags & PHRASE_PREFIX) === 0) break;
      }
    }
  }
}

/** Features of gazetteer matches per token of one sentence, in the order they were found. */
class GazetteerMatches {
  count = 0;
  private tokens = new Int32Array(64);
  private ids = new Uint32Array(64);

  clear(): void {
    this.count = 0;
  }

  add(token: number, id: number): void {
    if (this.count === this.ids.length) {
      const ids = new Uint32Array(this.count * 2);
      ids.set(this.ids);
      this.ids = ids;
      const tokens = new Int32Array(this.count * 2);
      tokens.set(this.tokens);
      this.tokens = tokens;
    }
    this.tokens[this.count] = token;
    this.ids[this.count++] = id;
  }

  /** Appends token `token`'s features to `out`. */
  copy(token: number, out: FeatureBuffer): void {
    for (let k = 0; k < this.count; k++) if (this.tokens[k] === token) out.push(this.ids[k]!);
  }
}

/**
 * All features of a sentence as one list per token (word features of the token and its
 * neighbours, then token features), as training needs them.
 */
export function expandFeatures(words: readonly WordFeatures[], tokens: SentenceFeatures): SentenceFeatures {
  const n = words.length;
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = ids.length;
    const w = words[i]!;
    for (let k = 0; k < w.ownCount; k++) ids.push(w.ids[k]!);
    NEIGHBOUR_OFFSETS.forEach((k, j) => {
      const at = i + k;
      if (at < 0) ids.push(BOS[j]!);
      else if (at >= n) ids.push(EOS[j]!);
      else {
        const v = words[at]!;
        const from = v.ownCount + j * v.nearCount;
        for (let m = from; m < from + v.nearCount; m++) ids.push(v.ids[m]!);
      }
    });
    for (let k = tokens.offsets[i]!; k < tokens.offsets[i + 1]!; k++) ids.push(tokens.ids[k]!);
  }
  offsets[n] = ids.length;
  return { length: n, offsets, ids: Uint32Array.from(ids) };
}

/**
 * Training-time entity masking: the expanded features of a sentence (as {@link expandFeatures}
 * gives them) without the features that name the words at the `masked` positions (their forms,
 * the forms they lend their neighbours, the word pairs they are part of), as if those words had
 * never been seen in training. Shapes, affixes, clusters, type priors and gazetteers stay, so the
 * model learns to tag names it does not know from what it can still read of them.
 */
export function maskWords(words: readonly WordFeatures[], expanded: SentenceFeatures, masked: ArrayLike<boolean>): SentenceFeatures {
  const n = words.length;
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  const drop = new Set<number>();
  for (let t = 0; t < n; t++) {
    drop.clear();
    const w = words[t]!;
    const prev = t > 0 ? words[t - 1]! : null;
    const next = t + 1 < n ? words[t + 1]! : null;
    if (masked[t]) {
      drop.add(w.ids[1]!);
      drop.add(w.ids[2]!);
      if (w.capsSentence) drop.add(hashPair(CAPS, w.lowerH));
    }
    if (masked[t] || (t > 0 && masked[t - 1])) drop.add(hashPair(BIGRAM_L, hashPair(prev ? prev.lowerH : BOS[1]!, w.lowerH)));
    if (masked[t] || (t + 1 < n && masked[t + 1])) drop.add(hashPair(BIGRAM_R, hashPair(w.lowerH, next ? next.lowerH : EOS[2]!)));
    for (let j = 0; j < 4; j++) {
      const at = t + NEIGHBOUR_OFFSETS[j]!;
      if (at >= 0 && at < n && masked[at]) drop.add(hashPair(words[at]!.lowerH, SALTS[j]!));
    }
    offsets[t] = ids.length;
    for (let k = expanded.offsets[t]!; k < expanded.offsets[t + 1]!; k++) {
      const id = expanded.ids[k]!;
      if (drop.size === 0 || !drop.has(id)) ids.push(id);
    }
  }
  offsets[n] = ids.length;
  return { length: n, offsets, ids: Uint32Array.from(ids) };
}

const AGG_ANY = ['O', ...ENTITY_TYPES].map((t) => H(`agg:${t}`));
const AGG_MAJOR = ['O', ...ENTITY_TYPES].map((t) => H(`aggMajor:${t}`));
const AGG_ALL = ['O', ...ENTITY_TYPES].map((t) => H(`aggAll:${t}`));
const FIRST_PRED = ['O', ...ENTITY_TYPES].map((t) => H(`s1:${t}`));

/**
 * Second-pass token features from a first pass over the whole document: how the other
 * occurrences of the same capitalised word were tagged (each type seen, the majority type, whether
 * they agree), and the first pass's own type for the token.
 */
export function documentPredictionFeatures(
  words: readonly (readonly WordFeatures[])[],
  predicted: readonly (readonly TokenSpan[])[],
): SentenceFeatures[] {
  const typeOf: Int8Array[] = [];
  for (let k = 0; k < words.length; k++) {
    const t = new Int8Array(words[k]!.length);
    const spans = predicted[k] ?? [];
    for (let j = 0; j < spans.length; j++) {
      const span = spans[j]!;
      t.fill(ENTITY_TYPES.indexOf(span.type) + 1, span.start, span.end);
    }
    typeOf.push(t);
  }
  const counts = new Map<string, Int32Array>();
  for (let k = 0; k < words.length; k++) {
    const s = words[k]!;
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (!w.initCap) continue;
      let c = counts.get(w.lower);
      if (!c) counts.set(w.lower, (c = new Int32Array(5)));
      c[typeOf[k]![i]!]!++;
    }
  }
  const out = new FeatureBuffer();
  const result: SentenceFeatures[] = [];
  for (let k = 0; k < words.length; k++) {
    const sent = words[k]!;
    const offsets = new Int32Array(sent.length + 1);
    for (let i = 0; i < sent.length; i++) {
      offsets[i] = out.n;
      const own = typeOf[k]![i]!;
      out.push(FIRST_PRED[own]!);
      const w = sent[i]!;
      const c = w.initCap ? counts.get(w.lower) : undefined;
      if (!c) continue;
      let total = 0;
      let major = -1;
      let majorCount = 0;
      for (let t = 0; t < 5; t++) {
        const m = c[t]! - (t === own ? 1 : 0);
        if (m <= 0) continue;
        total += m;
        out.push(AGG_ANY[t]!);
        if (m > majorCount) {
          major = t;
          majorCount = m;
        }
      }
      if (major < 0) continue;
      out.push(AGG_MAJOR[major]!);
      out.push(hashPair(AGG_MAJOR[major]!, FIRST_PRED[own]!));
      if (majorCount === total) out.push(AGG_ALL[major]!);
    }
    offsets[sent.length] = out.n;
    result.push(out.take(offsets, sent.length));
  }
  return result;
}

/** Token features with the second-pass features appended, as training needs them. */
export function withDocumentPredictions(
  words: readonly (readonly WordFeatures[])[],
  tokens: readonly SentenceFeatures[],
  predicted: readonly (readonly TokenSpan[])[],
): SentenceFeatures[] {
  const extra = documentPredictionFeatures(words, predicted);
  return tokens.map((t, k) => {
    const e = extra[k]!;
    const ids = new Uint32Array(t.ids.length + e.ids.length);
    const offsets = new Int32Array(t.length + 1);
    let at = 0;
    for (let i = 0; i < t.length; i++) {
      offsets[i] = at;
      ids.set(t.ids.subarray(t.offsets[i]!, t.offsets[i + 1]!), at);
      at += t.offsets[i + 1]! - t.offsets[i]!;
      ids.set(e.ids.subarray(e.offsets[i]!, e.offsets[i + 1]!), at);
      at += e.offsets[i + 1]! - e.offsets[i]!;
    }
    offsets[t.length] = at;
    return { length: t.length, offsets, ids };
  });
}

/** The words a document writes in lower case, found only when first asked for. */
class DocumentLowerWords {
  private words: Set<string> | null = null;
  constructor(private readonly sentences: readonly (readonly string[])[]) {}
  has(word: string): boolean {
    this.words ??= lowerCaseWords(this.sentences);
    return this.words.has(word);
  }
}

/** Words a title-case headline leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via vs vs. with from into onto over upon than out is'.split(' '),
);

/** The words a document writes in lower case somewhere. */
function lowerCaseWords(sentences: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const t of s) if (t.length >= 3 && charClass(t.charCodeAt(0)) === 2) out.add(t);
  return out;
}

/**
 * Whether a sentence is in title case: at least four words of three letters or more, every word
 * with a letter capitalised but the small ones ("of", "to", "and"), and two or more of its words
 * written in lower case elsewhere in the document (`lowerWords`), which tells a headline
 * ("Merkel Urges Nato To Keep Talks Open") from a list of names.
 *
 * @example
 * isTitleCased(['Merkel', 'Urges', 'NATO', 'to', 'Keep', 'Talks', 'Open'], new Set(['urges', 'talks'])); // true
 * isTitleCased(['Merkel', 'urges', 'NATO', 'to', 'keep', 'talks', 'open'], new Set(['urges', 'talks'])); // false
 */
export function isTitleCased(tokens: readonly string[], lowerWords: { has(word: string): boolean }): boolean {
  let content = 0;
  let lower = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let letters = 0;
    let first = -1;
    for (let i = 0; i < t.length; i++) {
      const cls = charClass(t.charCodeAt(i));
      if (cls === 1 || cls === 2) {
        if (first < 0) first = cls;
        letters++;
        if (cls === 2) lower = true;
      }
    }
    if (letters === 0) continue;
    if (first === 2) {
      if (!TITLE_SMALL_WORDS.has(t)) return false;
      continue;
    }
    if (letters >= 3) content++;
  }
  if (!lower || content < 4) return false;
  // Only now, for the few sentences shaped like a title, ask the document.
  let common = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.length < 3 || charClass(t.charCodeAt(0)) === 2) continue;
    if (letterCount(t) >= 3 && lowerWords.has(t.toLowerCase())) common++;
  }
  return common >= 2;
}

function letterCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const cls = charClass(t.charCodeAt(i));
    if (cls === 1 || cls === 2) n++;
  }
  return n;
}

/** Whether a sentence has letters and none of them is lower-case (a headline in capitals). */
function isCapsSentence(tokens: readonly string[]): boolean {
  let letters = false;
  for (const t of tokens) {
    for (let i = 0; i < t.length; i++) {
      const cls = charClass(t.charCodeAt(i));
      if (cls === 2) return false;
      if (cls === 1) letters = true;
    }
  }
  return letters;
}

interface DocumentCasing {
  features(w: WordFeatures, initial: boolean, capsSentence: boolean, out: FeatureBuffer): void;
}

/** How each word is written in running (not all-capitals) text across the document. */
function documentCasing(doc: readonly (readonly WordFeatures[])[]): DocumentCasing {
  const lowerSeen = new Set<string>();
  const capMid = new Map<string, Map<WordFeatures, number>>();
  for (let k = 0; k < doc.length; k++) {
    const sent = doc[k]!;
    if (sent.length > 0 && sent[0]!.capsSentence) continue;
    for (let i = 0; i < sent.length; i++) {
      const w = sent[i]!;
      if (!w.hasLetter) continue;
      if (!w.initCap) {
        if (w.hasLower) lowerSeen.add(w.lower);
      } else if (i > 0 && w.hasLower) {
        let forms = capMid.get(w.lower);
        if (!forms) capMid.set(w.lower, (forms = new Map()));
        forms.set(w, (forms.get(w) ?? 0) + 1);
      }
    }
  }
  return {
    features(w, initial, capsSentence, out) {
      const kind = capsSentence ? 0 : initial ? 1 : 2;
      const low = lowerSeen.has(w.lower) ? 1 : 0;
      const forms = capMid.get(w.lower);
      out.push(DOC_CASING[kind * 4 + low * 2 + (forms ? 1 : 0)]!);
      if ((capsSentence || initial) && forms) {
        let best: WordFeatures | null = null;
        let count = 0;
        for (const [form, c] of forms) {
          if (c > count) {
            best = form;
            count = c;
          }
        }
        if (best && best !== w) {
          out.push(hashPair(TRUECASE, best.ids[1]!));
          out.push(hashPair(TRUECASE_SHAPE, best.shapeH));
        }
      }
    },
  };
}
