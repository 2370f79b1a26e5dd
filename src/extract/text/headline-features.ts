/**
 * Features of the lines that may be a scraped page's headline, for the headline model trained by
 * `scripts/extraction/train-headline.ts`: where the line sits (from the top, and from the first
 * run of prose), how it reads (length, capitals, punctuation), what surrounds it (byline and date
 * lines, prose), whether the scraper repeated it, how many words it shares with the body, and how
 * likely the line model holds it and the lines under it to be body.
 */
import { CHROME_LINE } from '../chrome-lines.js';
import type { AnalysedText, LineRole } from './extract-text.js';
import { capitalisedShare, firstProseRun, isHeadlineCandidate, isMetaLine, isProse, proseStems } from './headline-lines.js';
import { LINE_FEATURE_COUNT, LINE_FEATURE_NAMES, norm } from './line-features.js';

/** The line model's own features copied into a candidate's row. */
const COPIED = [
  'stopwordRatio',
  'chromeLine',
  'chromeWords',
  'relatedLead',
  'relatedHeading',
  'credit',
  'copyright',
  'dateLike',
  'separators',
  'hasUrl',
  'repeated',
  'captionLine',
  'bullet',
  'lowerStart',
  'startsWithLine',
  'inMain',
  'distMain',
  'windowGood',
] as const;
const COPIED_AT = COPIED.map((f) => {
  const at = LINE_FEATURE_NAMES.indexOf(f);
  if (at < 0) throw new Error(`no line feature ${f}`);
  return at;
});

export const HEADLINE_FEATURE_NAMES: readonly string[] = [
  'index',
  'index_share',
  'above_prose',
  'no_prose',
  'candidate_rank',
  'candidates_to_prose',
  'words',
  'chars',
  'capitalised_share',
  'upper_share',
  'shares_with_lead',
  'shares_with_body',
  'strict_candidate',
  'rule_headline',
  'repeated_title',
  'role',
  'copies',
  'first_copy',
  'opens_other_lines',
  'closes_other_lines',
  'extends_other_line',
  'has_path',
  'meta_below',
  'meta_above',
  'prose_below',
  'prose_above',
  'words_above',
  'words_below',
  'p',
  'p_below_max',
  'p_above_mean',
  'kept_below',
  'ends_question',
  'has_colon',
  'has_separator',
  'has_digit',
  'opens_quote',
  'above_kept',
  'body_words_shared',
  'candidates_to_kept',
  'lead_share_gap',
  'body_share_gap',
  'body_count_gap',
  'p_gap',
  'meta_below_rank',
  ...COPIED.map((f) => `line_${f}`),
];

/**
 * Where a headline is looked for: from 40 lines above the first line the line model keeps as body
 * to 12 below it, and the page's first lines; the first 150 lines when the model keeps none.
 */
const ABOVE_BODY = 40;
const BELOW_BODY = 12;
const TOP_LINES = 5;
const NO_BODY_LINES = 150;
/** How far below the last candidate the features read the page. */
const REGION_BELOW = 100;
/** How many body lines give the body's words, and how long a line may be to repeat or hold a candidate. */
const BODY_LINES = 30;
const KEYED_CHARS = 300;

const ROLE_CODE: Record<LineRole, number> = { other: 0, title: 1, byline: 2, date: 3, credit: 4, related: 5, author: 6, bio: 7 };

/** A line short enough to be a headline and not page furniture: 2 to 30 words, at most one sentence break. */
function isShortPhrase(s: string): boolean {
  const words = s.split(' ').length;
  return words >= 2 && words <= 30 && s.length <= 250 && !CHROME_LINE.test(s) && (s.match(/[.!?]\s/g) ?? []).length <= 1;
}

/** The lines that may be the headline, top first, given each line's body probability `p`. */
export function headlineCandidates(a: AnalysedText, p: ArrayLike<number>): number[] {
  const n = a.lines.length;
  let firstKept = -1;
  for (let i = 0; i < n && firstKept < 0; i++) if (p[i]! >= 0.5) firstKept = i;
  const from = firstKept < 0 ? 0 : Math.max(0, firstKept - ABOVE_BODY);
  const to = firstKept < 0 ? Math.min(n, NO_BODY_LINES) : Math.min(n, firstKept + BELOW_BODY + 1);
  const out: number[] = [];
  for (let i = 0; i < Math.min(TOP_LINES, from); i++) if (isShortPhrase(a.lines[i]!)) out.push(i);
  for (let i = from; i < to; i++) if (isShortPhrase(a.lines[i]!)) out.push(i);
  return out;
}

/**
 * One row of {@link HEADLINE_FEATURE_NAMES} per candidate line, given the body probability `p`
 * of every line (the line model's) and the rules' own headline, if any.
 */
export function headlineFeatures(a: AnalysedText, x1: Float32Array, p: ArrayLike<number>, candidates: readonly number[]): Float32Array {
  const total = a.lines.length;
  // the page down to a hundred lines below the last candidate: enough for the lead, the body's
  // words and the lines that repeat a candidate, and a long page costs no more than a short one
  const n = Math.min(total, (candidates.at(-1) ?? 0) + REGION_BELOW);
  const lines = n < total ? a.lines.slice(0, n) : a.lines;
  const F = HEADLINE_FEATURE_NAMES.length;
  const x = new Float32Array(candidates.length * F);
  const prose = lines.map(isProse);
  const start = firstProseRun(lines, prose);
  const lead = proseStems(lines, prose, start);
  const body = new Set<string>();
  let firstKept = -1;
  for (let i = 0; i < n; i++) if (p[i]! >= 0.5 && firstKept < 0) firstKept = i;
  for (let i = firstKept, kept = 0; i >= 0 && i < n && kept < BODY_LINES; i++) {
    if (p[i]! < 0.5) continue;
    kept++;
    for (const w of lines[i]!.toLowerCase().match(LONG_WORD) ?? []) body.add(w.slice(0, 5));
  }
  // a paragraph neither repeats a headline nor carries one in its opening or closing words
  const keys = lines.map((l) => (l.length <= KEYED_CHARS ? norm(l) : ''));
  const copies = new Map<string, number>();
  const firstAt = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k === '') return;
    copies.set(k, (copies.get(k) ?? 0) + 1);
    if (!firstAt.has(k)) firstAt.set(k, i);
  });
  const longKeys = keys.filter((k) => k.length >= 8);
  const metaLines = new Map<number, boolean>();
  const meta = (i: number) => {
    if (i < 0 || i >= n) return false;
    let m = metaLines.get(i);
    if (m === undefined) metaLines.set(i, (m = isMetaLine(lines[i]!)));
    return m;
  };
  const titleKey = a.title ? norm(a.title) : null;
  candidates.forEach((i, rank) => {
    const s = lines[i]!;
    const k = keys[i]!;
    let opens = 0;
    let closes = 0;
    let extendsOther = 0;
    const first = k.charCodeAt(0);
    const last = k.charCodeAt(k.length - 1);
    for (const o of longKeys) {
      if (o.length > k.length) {
        if (k.length >= 8 && o.charCodeAt(0) === first && o.startsWith(k)) opens++;
        if (k.length >= 8 && o.charCodeAt(o.length - 1) === last && o.endsWith(k)) closes++;
      } else if (o.length >= 8 && o.length < k.length && (k.startsWith(o) || k.endsWith(o))) extendsOther = 1;
    }
    let toProse = 0;
    if (start > i) for (const c of candidates) if (c > i && c < start) toProse++;
    let pBelow = 0;
    let keptBelow = 0;
    for (let j = i + 1; j <= i + 5 && j < n; j++) {
      if (j <= i + 3) pBelow = Math.max(pBelow, p[j]!);
      if (p[j]! >= 0.5) keptBelow++;
    }
    let pAbove = 0;
    let above = 0;
    for (let j = i - 1; j >= i - 3 && j >= 0; j--, above++) pAbove += p[j]!;
    const words = s.toLowerCase().match(LONG_WORD) ?? [];
    const bodyWords = shared(words, body);
    const letters = s.replace(/\P{L}+/gu, '');
    const lower = letters.toLowerCase();
    let upper = 0;
    if (lower.length === letters.length) for (let c = 0; c < letters.length; c++) if (letters[c] !== lower[c]) upper++;
    const row = [
      i,
      i / total,
      start >= 0 ? start - i : 0,
      start < 0 ? 1 : 0,
      rank,
      toProse,
      s.split(' ').length,
      s.length,
      capitalisedShare(s),
      letters.length ? upper / letters.length : 0,
      words.length ? shared(words, lead) / words.length : -1,
      words.length ? bodyWords / words.length : -1,
      isHeadlineCandidate(s) ? 1 : 0,
      a.headline?.index === i ? 1 : 0,
      titleKey !== null && titleKey === k ? 1 : 0,
      ROLE_CODE[a.roles[i]!],
      copies.get(k) ?? 1,
      firstAt.get(k) === i ? 1 : 0,
      opens,
      closes,
      extendsOther,
      /\s[>/›»]\s|\S\/\S/.test(s) ? 1 : 0,
      meta(i + 1) || meta(i + 2) || meta(i + 3) ? 1 : 0,
      meta(i - 1) || meta(i - 2) ? 1 : 0,
      i + 1 < n && prose[i + 1] ? 1 : 0,
      i > 0 && prose[i - 1] ? 1 : 0,
      i > 0 ? lines[i - 1]!.split(' ').length : 0,
      i + 1 < n ? lines[i + 1]!.split(' ').length : 0,
      p[i]!,
      pBelow,
      above ? pAbove / above : 0,
      keptBelow,
      /[?!]$/.test(s) ? 1 : 0,
      s.includes(':') ? 1 : 0,
      /\s[-–—|]\s/.test(s) ? 1 : 0,
      /\d/.test(s) ? 1 : 0,
      /^["“‘']/.test(s) ? 1 : 0,
      firstKept >= 0 ? firstKept - i : -1000,
      bodyWords,
      0,
      0,
      0,
      0,
      0,
      0,
      ...COPIED_AT.map((f) => x1[i * LINE_FEATURE_COUNT + f]!),
    ];
    x.set(row, rank * F);
  });
  // where each candidate stands against the page's others
  const col = (name: string) => HEADLINE_FEATURE_NAMES.indexOf(name);
  const gap = (from: string, to: string) => {
    const f = col(from);
    const t = col(to);
    let max = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < candidates.length; r++) max = Math.max(max, x[r * F + f]!);
    for (let r = 0; r < candidates.length; r++) x[r * F + t] = x[r * F + f]! - max;
  };
  gap('shares_with_lead', 'lead_share_gap');
  gap('shares_with_body', 'body_share_gap');
  gap('body_words_shared', 'body_count_gap');
  gap('p', 'p_gap');
  const toKept = col('candidates_to_kept');
  const metaBelow = col('meta_below');
  const metaRank = col('meta_below_rank');
  let seenMeta = 0;
  candidates.forEach((i, r) => {
    let k = 0;
    for (const c of candidates) if (c > i && c < firstKept) k++;
    x[r * F + toKept] = k;
    x[r * F + metaRank] = x[r * F + metaBelow] ? seenMeta++ : -1;
  });
  return x;
}

/** How many of `words` have their stem (first five letters) among `stems`. */
function shared(words: readonly string[], stems: ReadonlySet<string>): number {
  let k = 0;
  for (const w of words) if (stems.has(w.slice(0, 5))) k++;
  return k;
}

const LONG_WORD = /[\p{L}\p{N}]{4,}/gu;
