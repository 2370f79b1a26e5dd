import { CAPTION_LINE, CHROME_LINE, RELATED_HEADING, RELATED_LEAD } from '../chrome-lines.js';
import { isWordChar } from '../word-chars.js';
import { COMMENT_HEADING, shapeRepeats } from './comment-lines.js';
import { periodicity } from './periodic-lines.js';

/**
 * Line features for the text-mode body classifier, one row per non-empty line of flattened page
 * text. The order is fixed by {@link LINE_FEATURE_NAMES}; append, never reorder, and retrain.
 */

export const CREDIT_LINE =
  /\((?:user:|photo|image|credit|foto|pic)[^)]*\)|\b(?:wikimedia|flickr|getty\s+images|shutterstock|istock|afp\s+photo|ap\s+photo|reuters\/|epa\/|photo\s+(?:by|credit|courtesy)|image\s+(?:by|credit|courtesy|source)|courtesy\s+of|cc[ -]by(?:-sa)?|creative\s+commons|public\s+domain)\b|©|\(c\)\s/i;
export const ABOUT_AUTHOR = /^[Aa]bout\s+(?:the\s+author\s*:?\s*)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*$/u;
export const BYLINE = /^(?:by|written\s+by|posted\s+by)\s+\p{Lu}/iu;
export const DATE_LINE =
  /^(?:(?:published|posted|updated|last\s+updated)\s*:?\s*)?(?:\w+day,?\s+)?(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?(?:\s+updated\s+\d+\s+\w+\s+ago)?\s*$/i;
const RE_DATE =
  /\b(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})\b/i;
const RE_WORD = /[\p{L}\p{N}]+/gu;
const RE_SENT = /[.!?。！？]["”’)]?(?:\s|$)/g;

/** Words of page furniture: navigation, accounts, sharing, comments, legal. */
const CHROME_WORDS = new Set(
  (
    'home menu search login log sign register account password username subscribe subscription newsletter share tweet email print ' +
    'comment comments reply replies permalink trackback pingback rss feed sitemap privacy policy terms cookies cookie contact about ' +
    'advertise advertising advertisement sponsored copyright reserved follow facebook twitter instagram linkedin pinterest youtube ' +
    'whatsapp tags tag category categories archive archives previous next older newer posted filed related popular trending recent ' +
    'click here more read continue skip top back menu navigation login faq help support careers jobs store shop cart checkout'
  ).split(' '),
);
/** Lines that open or mark a reader comment: "Jane says:", "Reply", "March 3, 2012 at 4:15 pm", "12 comments". */
const COMMENT_MARKER =
  /\b(?:says|said|wrote|writes):?\s*$|^(?:reply|report|quote|permalink|like|\d+\s+likes?)$|\bat\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b|^\d+\s+(?:comments?|replies|responses)\b|^(?:leave|post)\s+a\s+(?:comment|reply)/i;

const STOPWORDS = new Set(
  (
    'the of and to a in is that for it as was with be by on not he she this are or his her from at which but have an they you were their ' +
    'has been will would who all its one there also had more than when can said into after about what over such these other them we our ' +
    'der die das und ist nicht den ein eine zu mit von sich auf für le la les et des est une dans pour que qui pas el los las del por con ' +
    'una para como il di che non per della sono da de het een van en op niet'
  ).split(' '),
);

/** Features of comments and teasers, the last of the line features, all copied into the context stage. */
const COMMENT_AND_TEASER_FEATURES = [
  'belowCommentHeading',
  'shapeRepeats',
  'stampsAround',
  'stampsSinceFirstGood',
  'gluedTeaser',
  'timesAround',
  'timesSinceFirstGood',
  'periodic',
];

export const LINE_FEATURE_NAMES: readonly string[] = [
  'logLen',
  'logWords',
  'endsPunct',
  'sentences',
  'commasPerWord',
  'avgWordLen',
  'upperWordRatio',
  'digitRatio',
  'stopwordRatio',
  'startsQuote',
  'allCaps',
  'chromeLine',
  'relatedLead',
  'relatedHeading',
  'credit',
  'startsBy',
  'aboutAuthor',
  'copyright',
  'dateLike',
  'dateLine',
  'separators',
  'hasUrl',
  'repeated',
  'titleEqual',
  'titleOverlap',
  'afterTitle',
  'linesAfterTitle',
  'relPos',
  'relChars',
  'distFirstGood',
  'distLastGood',
  'betweenGood',
  'inMain',
  'distMain',
  'mainShare',
  'prevLen',
  'nextLen',
  'prevEnds',
  'nextEnds',
  'prev2Len',
  'next2Len',
  'windowGood',
  'shortRun',
  'afterAbout',
  'captionLine',
  'chromeWords',
  'commentMarker',
  'commentMarkersBefore',
  'timeOfDay',
  'bullet',
  'lowerStart',
  'startsWithLine',
  'midDateline',
  'commentHeading',
  ...COMMENT_AND_TEASER_FEATURES,
];
export const LINE_FEATURE_COUNT = LINE_FEATURE_NAMES.length;

/** A line as compared with others: lower case, letters and digits only ("Allies agree…" → "alliesagree…"). */
export function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
const log1 = (x: number) => Math.log(1 + x);

function isGood(s: string): boolean {
  return s.length >= 80 && /[.!?"”’)]$/.test(s);
}

/** Computes the feature matrix (row-major, `lines × LINE_FEATURE_COUNT`). */
export function lineFeatures(lines: readonly string[], title: string | null): Float32Array {
  const n = lines.length;
  const F = LINE_FEATURE_COUNT;
  const out = new Float32Array(n * F);
  if (n === 0) return out;
  const good = lines.map(isGood);
  let firstGood = -1;
  let lastGood = -1;
  let totalChars = 0;
  for (let i = 0; i < n; i++) {
    totalChars += lines[i]!.length;
    if (good[i]) {
      if (firstGood < 0) firstGood = i;
      lastGood = i;
    }
  }
  // main region: the run of lines with the largest sum of (long: +len, short: -40)
  let best = 0;
  let bestLo = -1;
  let bestHi = -1;
  let cur = 0;
  let lo = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!.length;
    const s = l >= 60 ? l : -40;
    if (cur <= 0) {
      cur = s;
      lo = i;
    } else cur += s;
    if (cur > best) {
      best = cur;
      bestLo = lo;
      bestHi = i;
    }
  }
  let mainChars = 0;
  for (let i = bestLo; i >= 0 && i <= bestHi; i++) mainChars += lines[i]!.length;

  const counts = new Map<string, number>();
  const keys = lines.map((l) => norm(l));
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const titleKey = title ? norm(title) : null;
  const titleWords = title ? new Set(title.toLowerCase().match(RE_WORD) ?? []) : null;
  const titleIndex = titleKey ? keys.indexOf(titleKey) : -1;
  const goodPrefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) goodPrefix[i + 1] = goodPrefix[i]! + (good[i] ? lines[i]!.length : 0);
  const short = lines.map((l) => l.split(/\s+/).length <= 4);

  // lines of 4-15 words, to find teasers that open with another line of the page (a headline)
  const shortKeys = new Set<string>();
  for (let i = 0; i < n; i++) {
    // lines come with single spaces between words
    let wc = 1;
    const l = lines[i]!;
    for (let j = l.indexOf(' '); j >= 0 && wc <= 15; j = l.indexOf(' ', j + 1)) wc++;
    if (wc >= 4 && wc <= 15) shortKeys.add(keys[i]!);
  }
  const commentMarks = lines.map((l) => (l.length < 160 && COMMENT_MARKER.test(l) ? 1 : 0));
  const commentPrefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) commentPrefix[i + 1] = commentPrefix[i]! + commentMarks[i]!;
  const repeats = shapeRepeats(lines);
  const periodic = periodicity(lines);
  const timePrefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) timePrefix[i + 1] = timePrefix[i]! + (lines[i]!.length < 120 && TIME_OF_DAY.test(lines[i]!) ? 1 : 0);
  const stampPrefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) stampPrefix[i + 1] = stampPrefix[i]! + (repeats[i]! >= 3 ? 1 : 0);
  let charsBefore = 0;
  let aboutSeen = -1;
  let commentHeadingSeen = -1;
  let k = 0;
  const put = (v: number) => {
    out[k++] = v;
  };
  for (let i = 0; i < n; i++) {
    const text = lines[i]!;
    const len = text.length;
    const words = text.match(RE_WORD) ?? [];
    const wc = words.length;
    k = i * F;
    put(log1(len));
    put(log1(wc));
    put(/[.!?。！？:;]["”’)]?$/.test(text) ? 1 : 0);
    put(Math.min((text.match(RE_SENT) ?? []).length, 30));
    let commas = 0;
    let digits = 0;
    for (let j = 0; j < len; j++) {
      const ch = text.charCodeAt(j);
      if (ch === 44) commas++;
      else if (ch >= 48 && ch <= 57) digits++;
    }
    put(wc > 0 ? commas / wc : 0);
    let wl = 0;
    let upper = 0;
    let stop = 0;
    for (const w of words) {
      wl += w.length;
      const c0 = w.charCodeAt(0);
      if (c0 >= 65 && c0 <= 90) upper++;
      if (STOPWORDS.has(w.toLowerCase())) stop++;
    }
    put(wc > 0 ? wl / wc : 0);
    put(wc > 0 ? upper / wc : 0);
    put(len > 0 ? digits / len : 0);
    put(wc > 0 ? stop / wc : 0);
    put(/^["“‘'«]/.test(text) ? 1 : 0);
    put(len > 3 && text === text.toUpperCase() && /\p{Lu}/u.test(text) ? 1 : 0);
    put(len < 120 && CHROME_LINE.test(text) ? 1 : 0);
    put(RELATED_LEAD.test(text) ? 1 : 0);
    put(len < 80 && RELATED_HEADING.test(text) ? 1 : 0);
    put(len < 300 && CREDIT_LINE.test(text) ? 1 : 0);
    put(BYLINE.test(text) ? 1 : 0);
    const about = ABOUT_AUTHOR.test(text);
    if (about) aboutSeen = i;
    put(about ? 1 : 0);
    put(/©|\bcopyright\b|all rights reserved/i.test(text) ? 1 : 0);
    put(len < 200 && RE_DATE.test(text) ? 1 : 0);
    put(DATE_LINE.test(text) ? 1 : 0);
    put(Math.min((text.match(/[|•·»›]/g) ?? []).length, 10));
    put(/https?:\/\/|www\.|@\w+\.\w+/.test(text) ? 1 : 0);
    put(Math.min((counts.get(keys[i]!) ?? 1) - 1, 5));
    put(titleKey && keys[i] === titleKey ? 1 : 0);
    if (titleWords && titleWords.size > 0 && wc > 0) {
      let hit = 0;
      for (const w of words) if (titleWords.has(w.toLowerCase())) hit++;
      put(hit / Math.max(wc, titleWords.size));
    } else put(0);
    put(titleIndex >= 0 ? (i > titleIndex ? 1 : i === titleIndex ? 0 : -1) : 0);
    put(titleIndex >= 0 ? Math.max(-50, Math.min(50, i - titleIndex)) : 0);
    put(n > 1 ? i / (n - 1) : 0);
    put(totalChars > 0 ? charsBefore / totalChars : 0);
    put(firstGood >= 0 ? Math.max(-30, Math.min(30, i - firstGood)) : 0);
    put(lastGood >= 0 ? Math.max(-30, Math.min(30, lastGood - i)) : 0);
    put(firstGood >= 0 && i >= firstGood && i <= lastGood ? 1 : 0);
    put(bestLo >= 0 && i >= bestLo && i <= bestHi ? 1 : 0);
    put(bestLo < 0 ? 31 : i < bestLo ? Math.min(30, bestLo - i) : i > bestHi ? Math.min(30, i - bestHi) : 0);
    put(totalChars > 0 ? mainChars / totalChars : 0);
    put(i > 0 ? log1(lines[i - 1]!.length) : 0);
    put(i + 1 < n ? log1(lines[i + 1]!.length) : 0);
    put(i > 0 && /[.!?"”’)]$/.test(lines[i - 1]!) ? 1 : 0);
    put(i + 1 < n && /[.!?"”’)]$/.test(lines[i + 1]!) ? 1 : 0);
    put(i > 1 ? log1(lines[i - 2]!.length) : 0);
    put(i + 2 < n ? log1(lines[i + 2]!.length) : 0);
    put(log1(goodPrefix[Math.min(n, i + 6)]! - goodPrefix[Math.max(0, i - 5)]!));
    let run = 0;
    if (short[i]) {
      for (let j = i; j >= 0 && short[j]; j--) run++;
      for (let j = i + 1; j < n && short[j]; j++) run++;
    }
    put(Math.min(run, 30));
    put(aboutSeen >= 0 ? Math.min(10, i - aboutSeen) : -1);
    put(len < 400 && CAPTION_LINE.test(text) ? 1 : 0);
    let chrome = 0;
    for (const w of words) if (CHROME_WORDS.has(w.toLowerCase())) chrome++;
    put(wc > 0 ? chrome / wc : 0);
    put(commentMarks[i]!);
    put(commentPrefix[i]! - commentPrefix[Math.max(0, i - 10)]!);
    put(timePrefix[i + 1]! - timePrefix[i]!);
    put(/^[-•*·▪►»–—]\s|^\d{1,2}[.)]\s/.test(text) ? 1 : 0);
    put(/^\p{Ll}/u.test(text) ? 1 : 0);
    put(wc >= 8 && shortKeys.size > 0 && startsWithLine(text, shortKeys) ? 1 : 0);
    put(MID_DATELINE.test(text) ? 1 : 0);
    const heading = len < 100 && COMMENT_HEADING.test(text);
    put(heading ? 1 : 0);
    // a comment heading above this line and below the first line of prose
    put(commentHeadingSeen >= 0 && commentHeadingSeen > firstGood ? Math.min(50, i - commentHeadingSeen) : -1);
    if (heading) commentHeadingSeen = i;
    put(log1(repeats[i]!));
    put(stampPrefix[Math.min(n, i + 9)]! - stampPrefix[Math.max(0, i - 8)]!);
    put(firstGood >= 0 && i > firstGood ? Math.min(30, stampPrefix[i]! - stampPrefix[firstGood + 1]!) : 0);
    put(gluedTeaser(text) ? 1 : 0);
    put(timePrefix[Math.min(n, i + 9)]! - timePrefix[Math.max(0, i - 8)]!);
    put(firstGood >= 0 && i > firstGood ? Math.min(30, timePrefix[i]! - timePrefix[firstGood + 1]!) : 0);
    put(periodic[i]!);
    charsBefore += len;
    if (k !== (i + 1) * F) throw new Error(`line feature row ${i} has the wrong length`);
  }
  return out;
}

/** A clock time, "4:15 pm", "08:51AM". */
const TIME_OF_DAY = /\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s|$)/i;

/** A word glued to the next one's capital, as a flattened teaser joins headline and summary: "…NeighborhoodVisiting Rivertown". */
const GLUE = /\p{Ll}{2}[.!?’”"')]?\p{Lu}[\p{Ll}\s]/u;

/** A teaser flattened into one line: a title-case headline of 3 to 20 words glued to its summary. */
function gluedTeaser(text: string): boolean {
  const m = GLUE.exec(text);
  if (!m) return false;
  const words = text.slice(0, m.index + 2).split(' ');
  if (words.length < 3 || words.length > 20) return false;
  let upper = 0;
  for (const w of words) if (/^[\p{Lu}\d]/u.test(w)) upper++;
  return upper / words.length >= 0.5;
}

/** A wire dateline after some words of a line: "… from US NEW DELHI: Their American dream …". */
const MID_DATELINE = /\S\s+\p{Lu}{2,}(?:[\s.-]+\p{Lu}{2,}){0,3}(?:,\s*\p{Lu}[\p{L}.]*)?\s*(?:\([^)]{1,30}\))?\s*[:—–-]\s+\p{Lu}/u;

/**
 * Whether the line opens with the whole of a shorter line of the page (4 to 15 words), compared
 * under `norm` (letters and digits, lower case), which is the keys of its words one after the other.
 */
function startsWithLine(text: string, shortKeys: ReadonlySet<string>): boolean {
  const lower = text.toLowerCase();
  let key = '';
  let words = 1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 32) {
      if (words >= 4 && shortKeys.has(key)) return true;
      if (++words > 15) return false;
    } else if (isWordChar(code)) {
      key += lower[i];
    }
  }
  return false;
}

export const LINE_CONTEXT_COPIED = [
  'logLen',
  'endsPunct',
  'chromeLine',
  'relatedLead',
  'credit',
  'startsBy',
  'aboutAuthor',
  'dateLine',
  'titleEqual',
  'inMain',
  'relPos',
  'repeated',
  'stopwordRatio',
  'shortRun',
  'afterAbout',
  ...COMMENT_AND_TEASER_FEATURES,
];
const COPIED_INDEX = LINE_CONTEXT_COPIED.map((c) => LINE_FEATURE_NAMES.indexOf(c));

export const LINE_CONTEXT_NAMES: readonly string[] = [
  'p0',
  'pPrev1',
  'pNext1',
  'pPrev2',
  'pNext2',
  'pPrev3',
  'pNext3',
  'pWindow',
  'pMaxBefore',
  'pMaxAfter',
  'keptShare',
  'fromFirstKept',
  'toLastKept',
  'betweenKept',
  'keptTextBefore',
  'keptTextAfter',
  'gapBefore',
  'gapAfter',
  ...LINE_CONTEXT_COPIED.map((c) => `s1_${c}`),
];
export const LINE_CONTEXT_COUNT = LINE_CONTEXT_NAMES.length;

/** Second-pass features from the first pass's probabilities of the lines around each line. */
export function lineContextFeatures(lines: readonly string[], p: ArrayLike<number>, first: Float32Array): Float32Array {
  const n = lines.length;
  const F = LINE_CONTEXT_COUNT;
  const out = new Float32Array(n * F);
  let firstKept = -1;
  let lastKept = -1;
  let keptText = 0;
  let keptCount = 0;
  for (let i = 0; i < n; i++) {
    if (p[i]! >= 0.5) {
      if (firstKept < 0) firstKept = i;
      lastKept = i;
      keptText += lines[i]!.length;
      keptCount++;
    }
  }
  const nextKept = new Int32Array(n).fill(-1);
  for (let i = n - 1, nk = -1; i >= 0; i--) {
    nextKept[i] = nk;
    if (p[i]! >= 0.5) nk = i;
  }
  const at = (i: number) => (i >= 0 && i < n ? p[i]! : -1);
  let keptBefore = 0;
  let lastSeen = -1;
  let k = 0;
  const put = (v: number) => {
    out[k++] = v;
  };
  for (let i = 0; i < n; i++) {
    k = i * F;
    put(p[i]!);
    put(at(i - 1));
    put(at(i + 1));
    put(at(i - 2));
    put(at(i + 2));
    put(at(i - 3));
    put(at(i + 3));
    let ws = 0;
    let wl = 0;
    let maxB = 0;
    let maxA = 0;
    for (let j = Math.max(0, i - 10); j < Math.min(n, i + 11); j++) {
      if (j === i) continue;
      const len = lines[j]!.length;
      if (Math.abs(j - i) <= 5) {
        ws += p[j]! * len;
        wl += len;
      }
      if (j < i) maxB = Math.max(maxB, p[j]!);
      else maxA = Math.max(maxA, p[j]!);
    }
    put(wl > 0 ? ws / wl : -1);
    put(maxB);
    put(maxA);
    put(n > 0 ? keptCount / n : 0);
    put(firstKept >= 0 ? Math.max(-30, Math.min(30, i - firstKept)) : -31);
    put(lastKept >= 0 ? Math.max(-30, Math.min(30, lastKept - i)) : -31);
    put(firstKept >= 0 && i >= firstKept && i <= lastKept ? 1 : 0);
    put(keptText > 0 ? keptBefore / keptText : 0);
    put(keptText > 0 ? (keptText - keptBefore - (p[i]! >= 0.5 ? lines[i]!.length : 0)) / keptText : 0);
    put(lastSeen >= 0 ? Math.min(30, i - lastSeen) : 31);
    put(nextKept[i]! >= 0 ? Math.min(30, nextKept[i]! - i) : 31);
    const base = i * LINE_FEATURE_COUNT;
    for (const fi of COPIED_INDEX) put(first[base + fi]!);
    if (p[i]! >= 0.5) {
      keptBefore += lines[i]!.length;
      lastSeen = i;
    }
    if (k !== (i + 1) * F) throw new Error(`line context row ${i} has the wrong length`);
  }
  return out;
}
