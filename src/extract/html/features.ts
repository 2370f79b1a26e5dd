import { CAPTION_LINE, CHROME_LINE, RELATED_HEADING, RELATED_LEAD } from '../chrome-lines.js';
import { isWhiteSpace, isWordChar, letterKey, words as wordsOf } from '../word-chars.js';
import { Inside, type PageBlocks } from './blocks.js';
import { type ContainerStats, pickTopContainer } from './content.js';
import { HINT_GROUP_COUNT } from './hints.js';

/**
 * Block features for the body classifier. One row of numbers per block; the order is fixed by
 * {@link FEATURE_NAMES} and the trained model depends on it, so append new features at the end
 * and retrain.
 */

const groupNames = (prefix: string) => Array.from({ length: HINT_GROUP_COUNT }, (_, g) => `${prefix}_h${g}`);

const INSIDE_FEATURES: ReadonlyArray<[string, number]> = Object.entries(Inside);
const CONTAINER_TAGS = [
  'div',
  'p',
  'td',
  'li',
  'section',
  'article',
  'span',
  'font',
  'center',
  'dd',
  'header',
  'footer',
  'main',
  'blockquote',
  'table',
  'ul',
  'form',
];
const INSIDE_BITS = Int32Array.from(INSIDE_FEATURES, ([, bit]) => bit);
const CONTAINER_TAG_INDEX = new Map(CONTAINER_TAGS.map((t, i) => [t, i]));

const STOPWORDS = new Set(
  (
    'the of and to a in is that for it as was with be by on not he she this are or his her from at which but have an they you were their ' +
    'has been will would who all its one there also had more than when can said into after about what over such these other them we our ' +
    'der die das und ist nicht den ein eine zu mit von sich auf für le la les et des est une dans pour que qui pas el los las del por con ' +
    'una para como il di che non per della sono da de het een van en op niet'
  ).split(' '),
);

export const FEATURE_NAMES: readonly string[] = [
  'logLen',
  'logWords',
  'linkDensity',
  'links',
  'endsPunct',
  'sentences',
  'commasPerWord',
  'avgWordLen',
  'upperWordRatio',
  'digitRatio',
  'stopwordRatio',
  'heading',
  'brBreak',
  'chromeLine',
  'relatedLead',
  'relatedHeading',
  'startsBy',
  'copyright',
  'dateLike',
  'pipes',
  'repeated',
  'titleEqual',
  'titleOverlap',
  'afterTitle',
  'blocksAfterTitle',
  ...INSIDE_FEATURES.map(([k]) => `in_${k}`),
  ...CONTAINER_TAGS.map((t) => `tag_${t}`),
  'depth',
  'depthVsTop',
  'inTop',
  'topShare',
  'beforeTop',
  'afterTop',
  'cLogChars',
  'cLinkDensity',
  'cLogBlocks',
  'cScore',
  'pLogChars',
  'pLinkDensity',
  'gpLogChars',
  'gpLinkDensity',
  'goodShare0',
  'goodShare1',
  'goodShare2',
  'goodShare3',
  'goodShareMax',
  'hintPos',
  'hintNeg',
  'ancPos',
  'ancNeg',
  ...groupNames('near'),
  ...groupNames('far'),
  'relPos',
  'relChars',
  'distFirstGood',
  'distLastGood',
  'betweenGood',
  'prevLen',
  'prevLd',
  'nextLen',
  'nextLd',
  'prev2Len',
  'next2Len',
  'windowGood',
  'sameContainerPrev',
  'sameContainerNext',
  'sameHintRun',
  'captionLine',
];

export const FEATURE_COUNT = FEATURE_NAMES.length;

/** `.`, `!`, `?` and their full-width forms. */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** After a sentence end at `at - 1`: white space or the end, perhaps after one closing quote or bracket. */
function endsSentenceAt(s: string, at: number): boolean {
  if (at >= s.length) return true;
  const c = s.charCodeAt(at);
  if (isWhiteSpace(c)) return true;
  if (c !== 34 && c !== 0x201d && c !== 0x2019 && c !== 41) return false;
  return at + 1 >= s.length || isWhiteSpace(s.charCodeAt(at + 1));
}
const RE_DATE =
  /\b(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})\b/i;

const norm = letterKey;

/** What {@link textStats} counts; one object, refilled for every block. */
const textCounts = {
  /** Words, as {@link wordsOf} splits them. */
  count: 0,
  /** Their characters. */
  chars: 0,
  /** Words with an upper-case ASCII initial. */
  capitalised: 0,
  /** Short stop words. */
  stopwords: 0,
  /** Words, lower-cased, that are among the title's words (each occurrence counts). */
  titleHits: 0,
  commas: 0,
  digits: 0,
  /** Separators of menus and breadcrumbs: `|`, `•`, `·`, `»`, `›`. */
  separators: 0,
  sentences: 0,
};

/** The lower-cased words of a title, and their hashes (see {@link wordHash}) for a quick first test. */
export interface TitleWords {
  readonly words: ReadonlySet<string>;
  readonly hashes: ReadonlySet<number>;
}

/** A string's hash: what {@link textStats} and {@link letterKeyHash} compute of lower-cased ASCII as they read it. */
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/** One character added to a {@link wordHash}. */
function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

const STOPWORD_HASHES: ReadonlySet<number> = new Set([...STOPWORDS].map(wordHash));

/** The title's words for {@link textStats}. */
export function titleWordsOf(title: string): TitleWords {
  const words = new Set(wordsOf(title.toLowerCase()));
  return { words, hashes: new Set([...words].map(wordHash)) };
}

/** Whether the word `text[start, end)` lower-cased is in `set`. */
function lowerWordIn(text: string, start: number, end: number, set: ReadonlySet<string>): boolean {
  return set.has(text.slice(start, end).toLowerCase());
}

/**
 * One pass over a block's text: its words as {@link wordsOf} splits them (their number, their
 * characters, those with an upper-case initial, short stop words and, when `title` is given, words
 * of the title), commas, digits, separators and sentence ends. ASCII words are lower-cased and
 * hashed as they are read, so that a word becomes a string only when its hash matches a stop word
 * or a title word.
 * @internal
 */
export function textStats(text: string, title: TitleWords | null): typeof textCounts {
  const w = textCounts;
  w.count = 0;
  w.chars = 0;
  w.capitalised = 0;
  w.stopwords = 0;
  w.titleHits = 0;
  w.commas = 0;
  w.digits = 0;
  w.separators = 0;
  w.sentences = 0;
  const n = text.length;
  let start = -1;
  let hash = 0;
  let ascii = true;
  for (let i = 0; i <= n; i++) {
    let code = i < n ? text.charCodeAt(i) : 32;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        hash = 0;
        ascii = true;
      }
      if (code < 128) {
        hash = hashStep(hash, code >= 65 && code <= 90 ? code | 32 : code);
        if (code >= 48 && code <= 57) w.digits++;
      } else ascii = false;
      i += width - 1;
      continue;
    }
    if (start >= 0) {
      const length = i - start;
      w.count++;
      w.chars += length;
      const c0 = text.charCodeAt(start);
      if (c0 >= 65 && c0 <= 90) w.capitalised++;
      if (length <= 5 && (ascii ? STOPWORD_HASHES.has(hash) : true) && lowerWordIn(text, start, i, STOPWORDS)) w.stopwords++;
      if (title !== null && (ascii ? title.hashes.has(hash) : true) && lowerWordIn(text, start, i, title.words)) w.titleHits++;
      start = -1;
    }
    if (i === n) break;
    if (code === 44) w.commas++;
    else if (code === 124 || code === 0x2022 || code === 0xb7 || code === 0xbb || code === 0x203a) w.separators++;
    else if (isSentenceEnd(code) && endsSentenceAt(text, i + 1)) w.sentences++;
    i += width - 1;
  }
  return w;
}

function log1(x: number): number {
  return Math.log(1 + x);
}

/**
 * The hash of `letterKey(text)`, computed without building the key when every letter and digit of
 * the text is ASCII. Equal keys have equal hashes.
 */
function letterKeyHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) h = hashStep(h, c);
      else if (c >= 65 && c <= 90) h = hashStep(h, c | 32);
    } else if ((c >= 0xd800 && c <= 0xdfff) || isWordChar(c)) return wordHash(letterKey(text));
  }
  return h;
}

/**
 * For each block, how many other blocks of the page read the same (capped at 5) and whether it
 * reads as the title: short blocks (300 characters or fewer) compared by {@link letterKey}, longer
 * ones as they are (normalising them costs more than it ever changes). Short keys are built only
 * for blocks whose key hash another block shares. `titleIndex` is the first block that reads as
 * the title, or -1.
 * @internal
 */
export function blockRepeats(
  blocks: readonly { readonly text: string }[],
  titleKey: string | null,
): { repeats: Uint8Array; isTitle: Uint8Array; titleIndex: number } {
  const n = blocks.length;
  const hashes = new Int32Array(n);
  const hashCounts = new Map<number, number>();
  const longCounts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const text = blocks[i]!.text;
    if (text.length > 300) longCounts.set(text, (longCounts.get(text) ?? 0) + 1);
    else {
      const h = letterKeyHash(text);
      hashes[i] = h;
      hashCounts.set(h, (hashCounts.get(h) ?? 0) + 1);
    }
  }
  const titleHash = titleKey ? wordHash(titleKey) : 0;
  const keys: Array<string | undefined> = new Array(n);
  const shortCounts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const text = blocks[i]!.text;
    if (text.length > 300 || hashCounts.get(hashes[i]!) === 1) continue;
    const key = letterKey(text);
    keys[i] = key;
    shortCounts.set(key, (shortCounts.get(key) ?? 0) + 1);
  }
  const repeats = new Uint8Array(n);
  const isTitle = new Uint8Array(n);
  let titleIndex = -1;
  for (let i = 0; i < n; i++) {
    const text = blocks[i]!.text;
    let title: boolean;
    if (text.length > 300) {
      repeats[i] = Math.min(longCounts.get(text)! - 1, 5);
      title = !!titleKey && text === titleKey;
    } else {
      const key = keys[i];
      if (key !== undefined) repeats[i] = Math.min(shortCounts.get(key)! - 1, 5);
      title = !!titleKey && hashes[i] === titleHash && (key ?? letterKey(text)) === titleKey;
    }
    if (title) {
      isTitle[i] = 1;
      if (titleIndex < 0) titleIndex = i;
    }
  }
  return { repeats, isTitle, titleIndex };
}

/** Computes the feature matrix (row-major, `blocks × FEATURE_COUNT`) for a page. */
export function blockFeatures(page: PageBlocks, stats: ContainerStats, title: string | null): Float32Array {
  const { blocks, containers } = page;
  const n = blocks.length;
  const F = FEATURE_COUNT;
  const out = new Float32Array(n * F);
  if (n === 0) return out;

  const nc = containers.length;
  const blockCount = new Float64Array(nc);
  const good = new Float64Array(nc);
  const isGood = new Uint8Array(n);
  let totalChars = 0;
  let totalGood = 0;
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    totalChars += b.text.length;
    const g = b.text.length >= 80 && b.linkChars / b.text.length < 0.3 && b.heading === 0;
    if (g) {
      isGood[i] = 1;
      totalGood += b.text.length;
    }
    let c = b.container;
    blockCount[c] = blockCount[c]! + 1;
    if (g) {
      while (c >= 0) {
        good[c] = good[c]! + b.text.length;
        c = containers[c]!.parent;
      }
    }
  }

  // hint masks: own element, and OR over ancestors (near = within 3 levels)
  const own = new Int32Array(nc);
  const near = new Int32Array(nc);
  const far = new Int32Array(nc);
  const ancPos = new Int16Array(nc);
  const ancNeg = new Int16Array(nc);
  for (let c = 0; c < nc; c++) {
    const info = containers[c]!;
    own[c] = stats.groups[c]!;
    const p = info.parent;
    let nm = own[c]!;
    if (p >= 0) {
      nm |= own[p]!;
      const gp = containers[p]!.parent;
      if (gp >= 0) nm |= own[gp]!;
    }
    near[c] = nm;
    far[c] = (p >= 0 ? far[p]! : 0) | own[c]!;
    ancPos[c] = (p >= 0 ? ancPos[p]! : 0) + stats.pos[c]!;
    ancNeg[c] = (p >= 0 ? ancNeg[p]! : 0) + stats.neg[c]!;
  }

  const top = pickTopContainer(page, stats);
  const inTop = new Uint8Array(n);
  let topFirst = -1;
  let topLast = -1;
  if (top >= 0) {
    for (let i = 0; i < n; i++) {
      let c = blocks[i]!.container;
      while (c >= 0 && c !== top) c = containers[c]!.parent;
      if (c === top) {
        inTop[i] = 1;
        if (topFirst < 0) topFirst = i;
        topLast = i;
      }
    }
  }
  const topDepth = top >= 0 ? containers[top]!.depth : 0;
  const topShare = top >= 0 && totalChars > 0 ? stats.chars[top]! / totalChars : 0;

  let firstGood = -1;
  let lastGood = -1;
  for (let i = 0; i < n; i++) {
    if (isGood[i]) {
      if (firstGood < 0) firstGood = i;
      lastGood = i;
    }
  }

  const titleWords = title ? titleWordsOf(title) : null;
  const { repeats, titleIndex, isTitle } = blockRepeats(blocks, title ? norm(title) : null);

  // prefix sums of good text for window features
  const goodPrefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) goodPrefix[i + 1] = goodPrefix[i]! + (isGood[i] ? blocks[i]!.text.length : 0);

  let charsBefore = 0;
  let hintRun = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const text = b.text;
    const len = text.length;
    // word statistics come from the first 2,000 characters: long paragraphs say nothing new after that
    const sample = len > 2000 ? text.slice(0, 2000) : text;
    const ws = textStats(sample, titleWords !== null && len <= 300 ? titleWords : null);
    const sw = ws.count;
    const wc = len > 2000 ? Math.round((sw * len) / 2000) : sw;
    k = i * F;
    out[k++] = log1(len);
    out[k++] = log1(wc);
    out[k++] = len > 0 ? b.linkChars / len : 0;
    out[k++] = Math.min(b.links, 20);
    out[k++] = /[.!?。！？:;]["”’)]?$/.test(text) ? 1 : 0;
    out[k++] = Math.min(ws.sentences, 30);
    out[k++] = sw > 0 ? ws.commas / sw : 0;
    out[k++] = sw > 0 ? ws.chars / sw : 0;
    out[k++] = sw > 0 ? ws.capitalised / sw : 0;
    out[k++] = sample.length > 0 ? ws.digits / sample.length : 0;
    out[k++] = sw > 0 ? ws.stopwords / sw : 0;
    out[k++] = b.heading;
    out[k++] = b.brBreak ? 1 : 0;
    out[k++] = len < 120 && CHROME_LINE.test(text) ? 1 : 0;
    out[k++] = len < 400 && RELATED_LEAD.test(text) ? 1 : 0;
    out[k++] = len < 80 && RELATED_HEADING.test(text) ? 1 : 0;
    out[k++] = /^(?:by|von|par|por)\s/i.test(text) ? 1 : 0;
    out[k++] = len < 400 && /©|\bcopyright\b|all rights reserved/i.test(text) ? 1 : 0;
    out[k++] = len < 200 && RE_DATE.test(text) ? 1 : 0;
    out[k++] = Math.min(ws.separators, 10);
    out[k++] = repeats[i]!;
    out[k++] = isTitle[i]!;
    if (titleWords && titleWords.words.size > 0 && wc > 0 && len <= 300) out[k++] = ws.titleHits / Math.max(wc, titleWords.words.size);
    else out[k++] = 0;
    out[k++] = titleIndex >= 0 ? (i > titleIndex ? 1 : i === titleIndex ? 0 : -1) : 0;
    out[k++] = titleIndex >= 0 ? Math.max(-50, Math.min(50, i - titleIndex)) : 0;
    for (let f = 0; f < INSIDE_BITS.length; f++) out[k++] = b.inside & INSIDE_BITS[f]! ? 1 : 0;
    const cinfo = containers[b.container]!;
    const tagAt = CONTAINER_TAG_INDEX.get(cinfo.tag);
    if (tagAt !== undefined) out[k + tagAt] = 1;
    k += CONTAINER_TAGS.length;
    out[k++] = cinfo.depth;
    out[k++] = top >= 0 ? cinfo.depth - topDepth : 0;
    out[k++] = inTop[i]!;
    out[k++] = topShare;
    out[k++] = top >= 0 && topFirst >= 0 && i < topFirst ? 1 : 0;
    out[k++] = top >= 0 && topLast >= 0 && i > topLast ? 1 : 0;
    const c = b.container;
    const cc = stats.chars[c]!;
    out[k++] = log1(cc);
    out[k++] = cc > 0 ? stats.linkChars[c]! / cc : 0;
    out[k++] = log1(blockCount[c]!);
    out[k++] = log1(stats.score[c]!);
    const p = cinfo.parent;
    const pc = p >= 0 ? stats.chars[p]! : 0;
    out[k++] = log1(pc);
    out[k++] = pc > 0 ? stats.linkChars[p]! / pc : 0;
    const gp = p >= 0 ? containers[p]!.parent : -1;
    const gpc = gp >= 0 ? stats.chars[gp]! : 0;
    out[k++] = log1(gpc);
    out[k++] = gpc > 0 ? stats.linkChars[gp]! / gpc : 0;
    // share of the page's good text held by the block's container and its first ancestors
    let anc = c;
    let maxShare = 0;
    for (let lvl = 0; lvl < 4; lvl++) {
      const share = anc >= 0 && totalGood > 0 ? good[anc]! / totalGood : 0;
      out[k++] = share;
      if (share > maxShare && anc >= 0 && stats.chars[anc]! > 0) maxShare = Math.max(maxShare, share * (good[anc]! / stats.chars[anc]!));
      anc = anc >= 0 ? containers[anc]!.parent : -1;
    }
    out[k++] = maxShare;
    out[k++] = stats.pos[c]!;
    out[k++] = stats.neg[c]!;
    out[k++] = ancPos[c]!;
    out[k++] = ancNeg[c]!;
    for (let g = 0; g < HINT_GROUP_COUNT; g++) out[k++] = near[c]! & (1 << g) ? 1 : 0;
    for (let g = 0; g < HINT_GROUP_COUNT; g++) out[k++] = far[c]! & (1 << g) ? 1 : 0;
    out[k++] = n > 1 ? i / (n - 1) : 0;
    out[k++] = totalChars > 0 ? charsBefore / totalChars : 0;
    out[k++] = firstGood >= 0 ? Math.max(-30, Math.min(30, i - firstGood)) : 0;
    out[k++] = lastGood >= 0 ? Math.max(-30, Math.min(30, lastGood - i)) : 0;
    out[k++] = firstGood >= 0 && i >= firstGood && i <= lastGood ? 1 : 0;
    const prev = i > 0 ? blocks[i - 1]! : null;
    const next = i + 1 < n ? blocks[i + 1]! : null;
    out[k++] = prev ? log1(prev.text.length) : 0;
    out[k++] = prev && prev.text.length > 0 ? prev.linkChars / prev.text.length : 1;
    out[k++] = next ? log1(next.text.length) : 0;
    out[k++] = next && next.text.length > 0 ? next.linkChars / next.text.length : 1;
    out[k++] = i > 1 ? log1(blocks[i - 2]!.text.length) : 0;
    out[k++] = i + 2 < n ? log1(blocks[i + 2]!.text.length) : 0;
    const lo = Math.max(0, i - 5);
    const hi = Math.min(n, i + 6);
    out[k++] = log1(goodPrefix[hi]! - goodPrefix[lo]!);
    out[k++] = prev && prev.container === c ? 1 : 0;
    out[k++] = next && next.container === c ? 1 : 0;
    if (prev && own[prev.container] === own[c] && containers[prev.container]!.hint === cinfo.hint) hintRun++;
    else hintRun = 0;
    out[k++] = Math.min(hintRun, 20);
    out[k++] = len < 400 && CAPTION_LINE.test(text) ? 1 : 0;
    charsBefore += len;
    if (k !== (i + 1) * F) throw new Error(`feature row ${i} has the wrong length`);
  }
  return out;
}
