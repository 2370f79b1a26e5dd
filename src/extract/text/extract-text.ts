import { buildBody, type Doc, type RelatedLink } from '../../doc.js';
import { Gbdt, type GbdtJson } from '../../ml/gbdt.js';
import { sameFeatures, shippedModel } from '../../ml/shipped-model.js';
import { readsAsPersonName } from '../../nlp/ner/word-type-prior.js';
import {
  CAPTION_LINE,
  CHROME_LINE,
  LINK_LIST_HEADING,
  newsletterPitch,
  RELATED_HEADING,
  RELATED_LEAD,
  taggedRelated,
} from '../chrome-lines.js';
import { laterRevision, parseDate, REVISION_LABEL } from '../dates.js';
import { readHeaderLines } from '../html/extract-html.js';
import { keepWithFallback } from '../keep-units.js';
import { labelledOrArchiveAuthors, plausibleName, soleByline } from '../labelled-authors.js';
import { fillGaps, GAP_FLOOR, keepAttributedQuotes, keepProseAfter, MAX_GAP } from './fill-gaps.js';
import { bylineNames, headerAuthors, headerDate } from './header-lines.js';
import { capitalisedShare, firstProseRun, isHeadlineCandidate, isMetaLine, isProse, proseStems, sharedWords } from './headline-lines.js';
import { chooseHeadline, shippedHeadlineModel } from './headline-model.js';
import {
  ABOUT_AUTHOR,
  BYLINE,
  CREDIT_LINE,
  DATE_LINE,
  LINE_CONTEXT_NAMES,
  LINE_FEATURE_NAMES,
  lineContextFeatures,
  lineFeatures,
  norm,
} from './line-features.js';

export interface TextExtractOptions {
  url?: string | null;
}

/** What a line of scraped page text is. */
export type LineRole = 'title' | 'credit' | 'related' | 'author' | 'bio' | 'byline' | 'date' | 'other';

/** Page text split into non-empty lines, with the roles the rules could give. */
export interface AnalysedText {
  readonly lines: string[];
  /** Line number (0-based) in the input of each non-empty line. */
  readonly lineNumbers: number[];
  readonly roles: LineRole[];
  /** The title the line classifier reads its title features from (see `lineFeatures`). */
  readonly title: string | null;
  /**
   * The article's headline as shown to users: the headline-like line over the first run of prose
   * that shares most words with it, else {@link AnalysedText.title}; `index` is its line.
   * {@link extractFromText} puts the headline model's choice here once the line model has run.
   */
  readonly headline: { readonly line: string; readonly index: number } | null;
  /** Where the rules put the headline, when the headline model chose another line: a second place to look for the byline and the date. */
  readonly ruledHeadline?: number;
}

/** Short enough for a headline and not page furniture. */
function isHeadlineLike(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= 2 && words <= 30 && s.length <= 250 && !CHROME_LINE.test(s) && (s.match(/[.!?]\s/g) ?? []).length <= 1;
}

const HEADLINE_WINDOW = 15;
/** How far above the first prose a byline or date line is looked for, and how far above it its headline. */
const META_WINDOW = 45;
const HEADLINE_OVER_META = 6;

/**
 * The headline over the article: among the headline-like lines in the 15 lines above the first
 * run of prose (two of three lines), the one sharing most words with the first paragraphs, nearer
 * ones first; the nearest when none shares a sixth of its words (share prompts, captions and
 * bylines sit between headline and text, and teasers of other stories above it).
 */
function headlineOverBody(lines: readonly string[]): { line: string; index: number } | null {
  const prose = lines.map(isProse);
  const start = firstProseRun(lines, prose);
  if (start <= 0) return null;
  const stems = proseStems(lines, prose, start);
  let best = -1;
  let bestScore = -1;
  let nearest = -1;
  for (let i = start - 1; i >= 0 && i >= start - HEADLINE_WINDOW; i--) {
    const t = lines[i]!;
    if (!isHeadlineCandidate(t)) continue;
    if (nearest < 0) nearest = i;
    const share = sharedWords(t, stems);
    if (share === null) continue;
    const score = share - (start - i) * 0.01;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  const over = headlineOverMetaLine(lines, start, stems);
  let at = over >= 0 ? over : bestScore >= 0.15 ? best : nearest;
  if (at > 0 && isStandfirstUnder(lines[at - 1]!, lines[at]!)) at--;
  return at >= 0 ? { line: lines[at]!, index: at } : null;
}

/**
 * A standfirst in sentence case under a shorter headline in title case ("The Ultimate Backpacking
 * Checklist for 2026" over "Our backpacking experts present a comprehensive checklist of …").
 */
function isStandfirstUnder(above: string, line: string): boolean {
  const wordsAbove = above.split(' ').length;
  return (
    wordsAbove >= 4 &&
    wordsAbove < line.split(' ').length &&
    !/[>/]/.test(above) &&
    isHeadlineCandidate(above) &&
    capitalisedShare(above) >= 0.8 &&
    capitalisedShare(line) <= 0.3
  );
}

/**
 * The headline that sits over a run of byline and date lines above the first prose (a few lines
 * up, past a name, a label, a standfirst or a caption), when it shares a sixth of its words with
 * the first paragraphs; the nearest such run decides. A heading below that run is one of the
 * article's own sections.
 */
function headlineOverMetaLine(lines: readonly string[], start: number, stems: ReadonlySet<string>): number {
  for (let i = start - 1; i >= 0 && i >= start - META_WINDOW; i--) {
    if (!isMetaLine(lines[i]!)) continue;
    let top = i;
    while (top > 0 && isMetaLine(lines[top - 1]!)) top--;
    for (let j = top - 1; j >= 0 && j >= top - HEADLINE_OVER_META; j--) {
      const t = lines[j]!;
      if (isHeadlineCandidate(t) && (sharedWords(t, stems) ?? 0) >= 0.15) return j;
    }
    i = top;
  }
  return -1;
}

function isSentenceLike(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= 8 || (words >= 4 && /[.!?:;"”’)]$/.test(s));
}

/** Splits page text into lines and marks title, credits, related links, author boxes, bylines and dates. */
export function analyseText(input: string): AnalysedText {
  const raw = input.replace(/\r\n?/g, '\n').split('\n');
  const lines: string[] = [];
  const lineNumbers: number[] = [];
  raw.forEach((l, i) => {
    const t = l.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (t.length > 0) {
      lines.push(t);
      lineNumbers.push(i);
    }
  });
  const n = lines.length;
  const roles: LineRole[] = new Array<LineRole>(n).fill('other');

  const headline = headlineOverBody(lines);
  // the title the line features were trained with: a line the scraper repeated near the top, else
  // the first headline-like line before the first sentence
  let title: string | null = null;
  const seen = new Map<string, number>();
  for (let i = 0; i < Math.min(n, 15) && title === null; i++) {
    const k = norm(lines[i]!);
    if (k.length < 8) continue;
    seen.set(k, (seen.get(k) ?? 0) + 1);
    if (seen.get(k)! >= 2 && isHeadlineLike(lines[i]!)) title = lines[i]!;
  }
  const firstSentence = lines.findIndex((l) => isSentenceLike(l) && !CHROME_LINE.test(l) && !CREDIT_LINE.test(l));
  if (title === null && firstSentence > 0) {
    for (let i = firstSentence - 1; i >= 0 && i >= firstSentence - 8; i--) {
      const t = lines[i]!;
      const w = t.split(/\s+/).length;
      if (w >= 3 && w <= 25 && !CHROME_LINE.test(t) && !CREDIT_LINE.test(t) && !BYLINE.test(t) && !DATE_LINE.test(t) && !/[|•·»]/.test(t)) {
        title = t;
        break;
      }
    }
  }
  const titleKey = title ? norm(title) : null;
  // (a headline of eight words reads as a sentence: the prose starts after the lines repeating it)
  const firstProse = titleKey
    ? lines.findIndex((l) => isSentenceLike(l) && !CHROME_LINE.test(l) && !CREDIT_LINE.test(l) && norm(l) !== titleKey)
    : firstSentence;

  let inBio = false;
  // "Read more" over the headlines of other stories: the line of the heading, while they last
  let listFrom = -1;
  for (let i = 0; i < n; i++) {
    const text = lines[i]!;
    const key = norm(text);
    if (listFrom >= 0 && (i - listFrom > 8 || !listItem(text))) listFrom = -1;
    if (text.length < 40 && (LINK_LIST_HEADING.test(text) || RELATED_HEADING.test(text))) {
      listFrom = i;
      continue;
    }
    if (
      titleKey &&
      i < Math.max(20, firstSentence + 3) &&
      (key === titleKey || (key.startsWith(titleKey) && key.length < titleKey.length + 20))
    ) {
      roles[i] = 'title';
      continue;
    }
    if (ABOUT_AUTHOR.test(text)) {
      roles[i] = 'author';
      inBio = true;
      continue;
    }
    if (inBio) {
      if (CHROME_LINE.test(text) || RELATED_HEADING.test(text) || RELATED_LEAD.test(text) || text.split(/\s+/).length <= 3) inBio = false;
      else {
        roles[i] = 'bio';
        continue;
      }
    }
    if (RELATED_LEAD.test(text) || taggedRelated(text)) roles[i] = 'related';
    else if (listFrom >= 0) roles[i] = 'related';
    else if (
      (CREDIT_LINE.test(text) || CAPTION_LINE.test(text) || BRACKETED_CREDIT.test(text)) &&
      text.split(/\s+/).length <= 40 &&
      !/^["“‘']/.test(text) &&
      // ("© 2025 The Daily Ledger. All rights reserved.": the site's notice, not an image's credit)
      !/\ball rights reserved\b/i.test(text)
    )
      roles[i] = 'credit';
    else if (BYLINE.test(text) && text.length < 120 && (firstProse < 0 || i <= firstProse + 3)) roles[i] = 'byline';
    else if (DATE_LINE.test(text) && (firstProse < 0 || i <= firstProse + 3)) roles[i] = 'date';
  }
  // "Elena Popescu is a correspondent based in Chisinau.": a line that opens with a bylined
  // author's name and says what they do is their bio, wherever the page puts it
  const bylined = roles.flatMap((r, i) => (r === 'byline' ? bylineNames(lines[i]!) : []));
  for (let i = 0; i < n; i++) {
    if (roles[i] === 'other' && bylined.some((name) => authorBio(lines[i]!, name))) roles[i] = 'bio';
  }
  return { lines, lineNumbers, roles, title, headline: headline ?? (title ? { line: title, index: roles.indexOf('title') } : null) };
}

/** A caption that ends in its credit in brackets: "… addresses troops in Port Sudan [File: Reuters]". */
const BRACKETED_CREDIT = /\[(?:file|photo|image|picture|video)s?(?:\s+photo)?\s*:\s*[^\]]{1,60}\]\s*$/i;

/** A line that reads as another story's headline in a list of them: a few words, no full stop, no chrome. */
function listItem(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    words >= 2 &&
    words <= 16 &&
    /^[\p{Lu}\p{N}"“‘']/u.test(line) &&
    !/[.,;:]$/.test(line) &&
    // ("Trend 5: Exercises for mental health": the article's own numbered section)
    !/^(?:(?:trend|step|part|chapter|tip|section|phase|no\.?)\s*\d+\b|\d+[.):]\s)/i.test(line) &&
    !CHROME_LINE.test(line) &&
    !BYLINE.test(line)
  );
}

/** Nouns of the trade a bio gives its author ("a correspondent", "the paper's Moscow bureau chief"). */
const BIO_TRADE =
  /\b(?:correspondent|reporter|journalist|writer|editor|columnist|contributor|producer|analyst|fellow|bureau\s+chief|photographer|author|freelancer)\b/i;

/** Whether a line opens with `name` and says what the person does ("Jane Roe is a reporter …", "Jane Roe covers …"). */
function authorBio(line: string, name: string): boolean {
  if (!line.startsWith(`${name} `) || line.length > 400) return false;
  const rest = line.slice(name.length + 1);
  return (/^(?:is|was|has been)\s/.test(rest) && BIO_TRADE.test(rest.slice(0, 120))) || /^(?:covers|writes|reports)\s/.test(rest);
}

/** The trained line classifier for text mode. */
export interface LineModel {
  readonly stage1: Gbdt;
  readonly stage2: Gbdt;
  readonly threshold: number;
}

const MODEL_URL = new URL('../../../models/extract/text-lines.json', import.meta.url);

export function lineModelFromJson(json: { stage1: GbdtJson; stage2: GbdtJson; threshold: number }): LineModel {
  if (!sameFeatures(json.stage1.features, LINE_FEATURE_NAMES) || !sameFeatures(json.stage2.features, LINE_CONTEXT_NAMES)) {
    throw new Error('the text-mode model was trained on other features than this code computes; retrain it');
  }
  return { stage1: new Gbdt(json.stage1), stage2: new Gbdt(json.stage2), threshold: json.threshold };
}

/** The shipped text-mode model, loaded on first use; `null` when missing or stale. */
export const shippedLineModel: () => LineModel | null = shippedModel(MODEL_URL, lineModelFromJson);

/** Body probability of every line. */
export function lineProbabilities(model: LineModel, a: AnalysedText): Float64Array {
  return scoreLines(model, a).p;
}

/** Body probability of every line (`p`), with the line features the model read (`x1`, one row of `LINE_FEATURE_NAMES` per line). */
export function scoreLines(model: LineModel, a: AnalysedText): { x1: Float32Array; p: Float64Array } {
  const x1 = lineFeatures(a.lines, a.title);
  const p1 = model.stage1.predict(x1);
  return { x1, p: model.stage2.predict(lineContextFeatures(a.lines, p1, x1)) };
}

/** Rule-only body selection, used when no model is available: the span of sentence-like lines. */
export function heuristicLines(a: AnalysedText): boolean[] {
  const keep = a.lines.map((l, i) => a.roles[i] === 'other' && !CHROME_LINE.test(l) && !RELATED_HEADING.test(l));
  const first = a.lines.findIndex((l, i) => keep[i] && isSentenceLike(l));
  let last = -1;
  for (let i = a.lines.length - 1; i >= 0; i--) {
    if (keep[i] && isSentenceLike(a.lines[i]!)) {
      last = i;
      break;
    }
  }
  return keep.map((k, i) => k && first >= 0 && i >= first && i <= last);
}

/** Builds the Doc from analysed text and the lines chosen as body. */
export function assembleText(a: AnalysedText, keep: readonly boolean[], options: TextExtractOptions = {}, warnings: string[] = []): Doc {
  const authors: string[] = [];
  const boxAuthors: string[] = [];
  // (typed by a cast: both are set inside the callback below, which narrowing does not see)
  let publishedAt = null as string | null;
  let revisedAt = null as string | null;
  const imageCredits: string[] = [];
  const relatedLinks: RelatedLink[] = [];
  const body: { text: string; line: number }[] = [];
  a.lines.forEach((text, i) => {
    switch (a.roles[i]) {
      case 'title':
      case 'bio':
        return;
      case 'author': {
        // "About Jane Roe" over a bio; "About Us" and "About Quanta" are the site's own pages
        const name = ABOUT_AUTHOR.exec(text)?.[1];
        if (name?.includes(' ') && readsAsPersonName(name) && !boxAuthors.includes(name)) boxAuthors.push(name);
        return;
      }
      case 'related':
        relatedLinks.push({ text: ((RELATED_LEAD.exec(text) ?? taggedRelated(text))?.[1] ?? text).trim(), url: null });
        return;
      case 'credit':
        imageCredits.push(text);
        return;
      case 'byline':
        for (const name of bylineNames(text)) if (!authors.includes(name)) authors.push(name);
        return;
      case 'date':
        if (REVISION_LABEL.test(text)) revisedAt ??= parseDate(text);
        else publishedAt ??= parseDate(text);
        return;
      default:
        // the headline opening the body belongs to the title, and a call to action kept by the
        // model ("Liked this story? Subscribe …") is chrome, as in HTML mode; so is a heading over
        // related stories or over a newsletter's pitch
        if (
          keep[i] &&
          !(i === a.headline?.index && body.length === 0) &&
          !(text.length < 120 && CHROME_LINE.test(text)) &&
          !relatedHeading(a, i) &&
          !(text.length < 80 && !/[.!?]["”’]?$/u.test(text) && newsletterPitch(a.lines[i + 1] ?? ''))
        ) {
          body.push({ text, line: a.lineNumbers[i]! });
        }
    }
  });
  // the lines by the headline, read as HTML mode reads them: a byline, the date a reader sees
  if (publishedAt === null || authors.length === 0) {
    const header = readHeaderLines(
      a.lines.map((text) => ({ text })),
      keep,
      a.headline ? norm(a.headline.line) : null,
    );
    if (authors.length === 0) authors.push(...header.authors);
    if (header.date !== null) {
      if (!header.updated) publishedAt ??= header.date;
      else if (revisedAt === null || header.date > revisedAt.slice(0, 10)) revisedAt = header.date;
    }
  }
  // the lines by text mode's own headline, which the header reader above may not have reached,
  // then by the rules' headline where the model chose another
  for (const at of [a.headline?.index, a.ruledHeadline]) {
    if (at === undefined || at < 0) continue;
    if (authors.length === 0) authors.push(...headerAuthors(a.lines, at));
    const shown = publishedAt === null && revisedAt === null ? headerDate(a.lines, at) : null;
    if (shown) {
      if (shown.updated) revisedAt = shown.date;
      else publishedAt = shown.date;
    }
  }
  // as in HTML mode, an author box comes after every line by the headline
  if (authors.length === 0) authors.push(...boxAuthors);
  // then the names a line anywhere labels as the author's, as HTML mode reads them last
  if (authors.length === 0) {
    const named = labelledOrArchiveAuthors(a.lines.map((text) => ({ text })));
    if (named.every(plausibleName)) authors.push(...named);
  }
  // and last a byline line anywhere, when the page has one and only one ("Written by Linda McCall" under the article)
  if (authors.length === 0) authors.push(...soleByline(a.lines));
  // and for the date, a line anywhere that says when the article was published ("Published On: 15 August 2025")
  // (even when a revision's date was shown: "Last updated on: November 29, 2025" / "Published: October 29, 2024")
  if (publishedAt === null) publishedAt = labelledPublication(a.lines);
  // a page that shows only when it was revised: that is the one date a reader has, as in HTML mode
  publishedAt ??= revisedAt;
  const built = buildBody(body.map((b) => ({ text: b.text, kind: 'paragraph' as const, source: { start: b.line, end: b.line + 1 } })));
  if (built.text.length === 0) warnings.push('no article text found');
  return {
    text: built.text,
    blocks: built.blocks,
    mode: 'text',
    warnings,
    meta: {
      title: a.headline?.line ?? a.title,
      authors: peopleFirst(authors),
      publishedAt,
      updatedAt: laterRevision(revisedAt, publishedAt),
      siteName: null,
      lang: null,
      url: options.url ?? null,
      description: null,
      imageCredits,
      relatedLinks,
    },
  };
}

/** Whether line `i` heads a list of related stories ("Related", "Read more" over the lines it lists). */
function relatedHeading(a: AnalysedText, i: number): boolean {
  return a.roles[i + 1] === 'related' && (LINK_LIST_HEADING.test(a.lines[i]!) || RELATED_HEADING.test(a.lines[i]!));
}

/**
 * The body lines from the classifier's probabilities: lines the rules already placed (title,
 * credits, bios…) never count, and short doubted runs between kept lines are taken back, as are
 * doubted quotations with their speaker next to the body.
 */
export function selectLines(a: AnalysedText, p: ArrayLike<number>, threshold: number): boolean[] {
  const other = (i: number) => a.roles[i] === 'other';
  const keep = keepWithFallback(
    Array.from(p, (x, i) => (other(i) ? x : 0)),
    threshold,
  );
  // (a list of related stories and its heading sit between the body's paragraphs, not after its end)
  const related = (i: number) => a.roles[i] === 'related' || relatedHeading(a, i);
  const kept = keepProseAfter(
    keepAttributedQuotes(fillGaps(keep, p, other), p, a.lines, other),
    p,
    a.lines,
    other,
    MAX_GAP,
    GAP_FLOOR,
    related,
  );
  return keepClosingSentences(kept, p, a.lines, other);
}

/** How sure of a closing sentence the classifier must at least be for it to be taken back. */
const CLOSING_FLOOR = 0.4;

/**
 * Takes back the page's last lines when they follow the body straight to the end and each is a
 * sentence the classifier only half doubted ("Ukrainian President Volodymyr Zelensky spoke in
 * Kyiv." ending scraped article text): with no footer after them, they are the article's end, not
 * furniture under it. Returns a new mask.
 */
export function keepClosingSentences(
  keep: readonly boolean[],
  p: ArrayLike<number>,
  lines: readonly string[],
  eligible: (i: number) => boolean,
): boolean[] {
  const last = keep.lastIndexOf(true);
  if (last < 0 || last >= lines.length - 1 || lines.length - 1 - last > 2) return keep.slice();
  for (let j = last + 1; j < lines.length; j++)
    if (!eligible(j) || p[j]! < CLOSING_FLOOR || !isClosingSentence(lines[j]!)) return keep.slice();
  return keep.map((k, i) => k || i > last);
}

/** A sentence of six words or more, opening with a capital and closing with its stop, that no pattern calls chrome or a caption. */
function isClosingSentence(line: string): boolean {
  const s = line.trim();
  return (
    /^["\u201c]?\p{Lu}/u.test(s) &&
    /[.!?]["\u201d]?$/u.test(s) &&
    s.split(/\s+/).length >= 6 &&
    /\s\p{Ll}{3,}/u.test(s) &&
    !CHROME_LINE.test(s) &&
    !CAPTION_LINE.test(s)
  );
}

/**
 * The people of a byline without the newsroom or employer read beside them ("Chris Foster", not
 * "Los Angeles Times"; "JAMES PRICHARD", not "AP"); the names as they are when only such are left.
 */
function peopleFirst(names: readonly string[]): string[] {
  const people = names.filter((n) => !ACRONYM.test(n) && !NEWSROOM.test(n));
  return people.length > 0 ? people : [...names];
}

/** A newsroom's name: an acronym ("AP", "NBC") or a name ending as outlets' and desks' do ("Western Mail", "Statehouse Bureau"). */
const ACRONYM = /^\p{Lu}{2,5}$/u;
const NEWSROOM =
  /\b(?:news|press|times|mail|bureau|star|post|journal|herald|tribune|chronicle|watch|magazine|network|service|gazette|telegraph|guardian|reuters|media|today|daily|weekly)$/iu;

/** A short line that labels when the article was published: "Published August 13, 2025", "Posted On: January 14 2026". */
const PUBLISHED_LINE = /^(?:published|posted)(?:\s+on)?\s*:?\s+\S/i;

/** The date of the first line of the page that labels when the article was published, if any. */
function labelledPublication(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 80 || !PUBLISHED_LINE.test(line) || /\bby\b/i.test(line)) continue;
    const date = parseDate(line);
    if (date !== null) return date.slice(0, 10);
  }
  return null;
}

/** Extracts the article from page text that a scraper already flattened, one block per line. */
/** Inputs of this many lines or fewer are a brief someone pasted, not a page (see {@link readAsBrief}). */
const BRIEF_LINES = 5;

/**
 * A brief of a few lines ("Macron arrives" over one or two sentences), which the models, trained on
 * whole pages, misread: they took the sentence for the headline, or a short last sentence for
 * furniture. Its first line is the headline when it reads as one and the models chose a sentence;
 * every sentence under the headline is body.
 */
function readAsBrief(a: AnalysedText, keep: boolean[]): { a: AnalysedText; keep: boolean[] } {
  const first = a.lines[0]!;
  const endsSentence = (line: string) => /[.!?]["\u201d\u2019)]?$/u.test(line);
  const sentence = (line: string) => endsSentence(line) && isSentenceLike(line) && !/[|•·»›]/u.test(line) && !CHROME_LINE.test(line);
  const swap =
    !!a.headline && a.headline.index > 0 && endsSentence(a.headline.line) && isHeadlineLike(first) && !/[.:;,|•·»›]|\.\.\./u.test(first);
  if (swap) a = { ...a, headline: { line: first, index: 0 }, ruledHeadline: a.headline!.index };
  const top = a.headline?.index ?? -1;
  const out = keep.map((k, i) => (k && !(swap && i === 0)) || (i > top && a.roles[i] === 'other' && sentence(a.lines[i]!)));
  return { a, keep: out };
}

export function extractFromText(input: string, options: TextExtractOptions = {}, warnings: string[] = []): Doc {
  let a = analyseText(input);
  const model = shippedLineModel();
  let keep: boolean[];
  if (model) {
    const { x1, p } = scoreLines(model, a);
    keep = selectLines(a, p, model.threshold);
    const headlines = shippedHeadlineModel();
    const headline = headlines ? chooseHeadline(headlines, a, x1, p) : null;
    if (headline && headline.index !== a.headline?.index) a = { ...a, headline, ruledHeadline: a.headline?.index };
    // the model knows whole pages; a few lines of text can fall below all its habits
    if (!keep.includes(true)) keep = heuristicLines(a);
    else if (a.lines.length <= BRIEF_LINES) ({ a, keep } = readAsBrief(a, keep));
  } else {
    warnings.push('text-mode model not found; used the rule-based line selection');
    keep = heuristicLines(a);
  }
  return assembleText(a, keep, options, warnings);
}
