import { type BlockKind, buildBody, type Doc, type RelatedLink } from '../../doc.js';
import { readsAsPersonName, sureTypeOf } from '../../nlp/ner/word-type-prior.js';
import { FULL_NAME_LINE, parseByline } from '../authors.js';
import {
  AUTHOR_BOX,
  CAPTION_LINE,
  CHROME_LINE,
  LINK_LIST_HEADING,
  newsletterPitch,
  RELATED_HEADING,
  RELATED_LEAD,
  taggedRelated,
} from '../chrome-lines.js';
import { isUpdateLine, laterRevision, parseDate } from '../dates.js';
import { dropStrayRuns, keepWithFallback } from '../keep-units.js';
import { labelledOrArchiveAuthors } from '../labelled-authors.js';
import { headerAuthors } from '../text/header-lines.js';
import { countWords } from '../word-chars.js';
import { collectBlocks, Inside, type PageBlocks, type RawBlock } from './blocks.js';
import { bodyProbabilities, shippedBodyModel } from './classify.js';
import { type ContainerStats, scoreContainers, selectHeuristic } from './content.js';
import { parseHtml } from './dom.js';
import { readMarkupMeta } from './head-meta.js';
import { type ResolvedMeta, resolveMeta, titleSimilarity } from './resolve-meta.js';

export interface HtmlExtractOptions {
  /** The page's URL, to resolve relative links and as a fallback canonical URL. */
  url?: string | null;
}

/** Extracts the article from decoded HTML. */
export function extractFromHtml(html: string, options: HtmlExtractOptions = {}, warnings: string[] = []): Doc {
  const analysed = analysePage(html, options.url ?? null);
  const model = shippedBodyModel();
  let keep: boolean[];
  if (model) {
    const p = bodyProbabilities(model, analysed.page, analysed.stats, analysed.meta.title);
    keep = selectBlocks(analysed.page, p, model.threshold);
    if (!keep.includes(true)) keep = selectHeuristic(analysed.page, analysed.stats);
  } else {
    warnings.push('body model not found; used the heuristic body finder');
    keep = selectHeuristic(analysed.page, analysed.stats);
  }
  return assemblePage(analysed, keep, options.url ?? null, warnings);
}

/**
 * The blocks the body keeps from their probabilities: those at the threshold or above (or the
 * nearest to the best when none is), less short stretches that stand apart from the body. The
 * trainer's cross-validation selects with this too. @internal
 */
export function selectBlocks(page: PageBlocks, p: ArrayLike<number>, threshold: number): boolean[] {
  return dropStrayRuns(keepWithFallback(p, threshold), (i) => countWords(page.blocks[i]!.text));
}

/** A parsed page, flattened into blocks, with its metadata and container statistics. */
export interface AnalysedPage {
  readonly page: PageBlocks;
  readonly stats: ContainerStats;
  readonly meta: ResolvedMeta;
}

/** Parses a page and gathers everything body selection needs. */
export function analysePage(html: string, url: string | null): AnalysedPage {
  const dom = parseHtml(html);
  const markup = readMarkupMeta(dom);
  const meta = resolveMeta(markup, url);
  const page = collectBlocks(dom);
  const stats = scoreContainers(page);
  return { page, stats, meta };
}

/** Builds the Doc from a page and the blocks chosen as its body (`keep` is changed in place). */
/** Post-classification rules, switchable so that training scripts can measure each one. @internal */
export const RULES = { captions: true, cta: true, header: true, figcaptions: true, authorBox: true };

export function assemblePage(a: AnalysedPage, keep: boolean[], url: string | null, warnings: string[] = []): Doc {
  return assemble(a.page, a.stats, keep, a.meta, url ?? a.meta.url, warnings);
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function kindOf(b: RawBlock): BlockKind {
  if (b.heading > 0) return 'heading';
  if (b.inside & Inside.pre) return 'preformatted';
  if (b.inside & Inside.blockquote) return 'quote';
  if (b.inside & Inside.li) return 'list-item';
  return 'paragraph';
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href || /^(?:javascript|mailto|tel):/i.test(href) || href.startsWith('#')) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return base ? null : href;
  }
}

function assemble(
  page: PageBlocks,
  _stats: ContainerStats,
  keep: boolean[],
  meta: ResolvedMeta,
  base: string | null,
  warnings: string[],
): Doc {
  const blocks = page.blocks;
  const imageCredits: string[] = [];
  const relatedLinks: RelatedLink[] = [];
  const first = keep.indexOf(true);
  const last = keep.lastIndexOf(true);
  const titleKey = meta.title ? norm(meta.title) : null;

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const near = first >= 0 && i >= first - 30 && i <= last + 30;
    if (
      b.inside & Inside.figcaption ||
      /(?:^|[\s_-])(?:caption|credit|photo-credit|image-credit|wp-caption-text)(?:$|[\s_-])/i.test(page.containers[b.container]!.hint)
    ) {
      if (near && b.text.length < 400 && !imageCredits.includes(b.text)) imageCredits.push(b.text);
      if (RULES.figcaptions) keep[i] = false;
      continue;
    }
    const lead = RELATED_LEAD.exec(b.text) ?? taggedRelated(b.text);
    if (lead && b.links > 0 && near) {
      relatedLinks.push({ text: lead[1]!.trim(), url: absolute(b.href, base) });
      keep[i] = false;
      continue;
    }
    const nearEnd = first >= 0 && i >= first && i <= last + 15;
    if (
      nearEnd &&
      (b.heading > 0 || (b.inside & Inside.strong) !== 0) &&
      b.text.length < 60 &&
      (RELATED_HEADING.test(b.text) || LINK_LIST_HEADING.test(b.text))
    ) {
      keep[i] = false;
      for (let j = i + 1; j < blocks.length && j < i + 30; j++) {
        const n = blocks[j]!;
        if (n.heading > 0) break;
        if (n.links > 0 && n.linkChars / n.text.length > 0.7) {
          // ("To Top" after the list is the page's, no story)
          if (!CHROME_LINE.test(n.text.trim())) relatedLinks.push({ text: n.text, url: absolute(n.href, base) });
          keep[j] = false;
        } else break;
      }
    }
    // "Get the Asia Markets briefing" over "Sign up for our free newsletter …": the pitch's heading
    if (nearEnd && b.heading > 0 && b.text.length < 80 && newsletterPitch(blocks[i + 1]?.text ?? '')) keep[i] = false;
  }

  const header = readHeaderLines(blocks, keep, titleKey);
  const authorsFromBoxes: string[] = [];
  // A date shown by the headline is what readers see (keep the markup's time of day when it is the
  // same day), unless it is a revision's: labelled as an update while the markup gives a date, or
  // later than the publication date the markup declares.
  let publishedAt = meta.publishedAt;
  const declared = meta.publishedDeclared ? publishedAt!.slice(0, 10) : null;
  const revision = header.date !== null && (header.updated ? publishedAt !== null : declared !== null && header.date > declared);
  if (header.date && !revision && (!publishedAt || publishedAt.slice(0, 10) !== header.date)) publishedAt = header.date;
  if (!meta.publishedDeclared) publishedAt = labelledPublicationLine(blocks) ?? publishedAt;
  // a revision date shown by the headline goes before the markup's (keeping its time of day when it is the same day)
  const shownRevision = header.updated && header.date !== null && header.date !== meta.updatedAt?.slice(0, 10) ? header.date : null;
  const updatedAt = laterRevision(shownRevision ?? meta.updatedAt, publishedAt);

  // captions and calls to action that sit inside the article column
  for (let i = 0; i < blocks.length; i++) {
    if (!keep[i]) continue;
    const t = blocks[i]!.text;
    if (RULES.captions && t.length < 400 && CAPTION_LINE.test(t)) {
      if (!imageCredits.includes(t)) imageCredits.push(t);
      keep[i] = false;
    } else if (RULES.cta && t.length < 120 && CHROME_LINE.test(t)) keep[i] = false;
  }
  if (RULES.header) dropHeaderLines(blocks, keep, meta.title);
  if (RULES.authorBox) dropAuthorBoxes(page, keep, authorsFromBoxes);

  const authors = pageAuthors(meta, header, blocks, authorsFromBoxes);

  // the headline repeated at the top of the body belongs to the title, not the text
  const kept: RawBlock[] = [];
  for (let i = 0; i < blocks.length; i++) if (keep[i]) kept.push(blocks[i]!);
  while (kept.length > 0 && titleKey && kept[0]!.heading > 0 && norm(kept[0]!.text) === titleKey) kept.shift();
  if (kept.length > 0 && titleKey && norm(kept[0]!.text) === titleKey) kept.shift();

  const body = buildBody(
    kept.map((b) => ({
      text: b.text,
      kind: kindOf(b),
      ...(b.heading > 0 ? { level: b.heading } : {}),
      ...(b.start >= 0 ? { source: { start: b.start, end: b.end + 1 } } : {}),
    })),
  );
  if (body.text.length === 0) warnings.push('no article text found');
  return {
    text: body.text,
    blocks: body.blocks,
    mode: 'html',
    warnings,
    meta: {
      title: meta.title,
      authors,
      publishedAt,
      updatedAt,
      siteName: meta.siteName,
      lang: meta.lang,
      url: meta.url,
      description: meta.description,
      imageCredits,
      relatedLinks,
    },
  };
}

/** A line that only labels a date as the publication's: "Published: October 29, 2024". */
const PUBLISHED_LINE = /^\W*(?:(?:first|originally)\s+)?(?:published|posted)(?:\s+on)?\s*:?\s*(.{6,30})$/i;

/**
 * The date of the first line anywhere on the page that labels it as the publication's; it is what
 * the reader is told, so it goes before dates the markup shows without declaring them.
 */
function labelledPublicationLine(blocks: readonly Pick<RawBlock, 'text'>[]): string | null {
  for (const b of blocks) {
    const m = PUBLISHED_LINE.exec(b.text);
    const d = m ? parseDate(m[1]) : null;
    if (d) return d;
  }
  return null;
}

/** A byline of capitalised words that name no person: "By Staff Writer", "By Reuters Staff", "By The Associated Press". */
const UNNAMED_BYLINE = /^[Bb]y\s+(?:\p{Lu}[\p{L}.&'’-]*\s*){1,4}$/u;

const BYLINE_LEAD = /^(?:by|written\s+by|posted\s+by|words\s+by|authors?:?|reporting\s+by)\b\s*:?\s*/i;
const RELATIVE_TIME = /\b(?:ago|yesterday|today|just now)\b/i;

/**
 * Reads the lines between the headline and the start of the body (where bylines and dates
 * are shown) for an author line and the first date a reader sees; failing that, a date line just
 * above the headline. `titleKey` is the headline through `norm`. @internal
 */
export function readHeaderLines(
  blocks: readonly HeaderBlock[],
  keep: readonly boolean[],
  titleKey: string | null,
): { authors: string[]; date: string | null; updated: boolean; titleAt: number } {
  const first = bodyStart(keep);
  if (first < 0) return { authors: [], date: null, updated: false, titleAt: -1 };
  let start = Math.max(0, first - 12);
  let titleAt = -1;
  if (titleKey) {
    for (let i = Math.max(0, first - 40); i <= Math.min(blocks.length - 1, first + HEADLINE_AFTER_FIRST); i++) {
      if (norm(blocks[i]!.text) === titleKey) {
        titleAt = i;
        start = i + 1;
        break;
      }
    }
  }
  const end = Math.min(blocks.length, Math.max(first + 3, start + 3, titleAt >= 0 ? titleAt + 6 : 0));
  let authors: string[] = [];
  let date: string | null = null;
  let updated = false;
  let dateAt = -1;
  for (let i = start; i < end; i++) {
    const t = blocks[i]!.text;
    if (t.length > (i < first ? 200 : 80)) continue;
    if (authors.length === 0) {
      // "ByDaryl Austin" (markup that set the name apart with no space) fails the \b of BYLINE_LEAD; parseByline reads it
      const glued = GLUED_BY.test(t);
      if (glued || BYLINE_LEAD.test(t)) {
        const rest = glued ? t.slice(2) : t.replace(BYLINE_LEAD, '');
        authors = rest.length > 0 ? parseByline(t) : i + 1 < end ? parseByline(blocks[i + 1]!.text) : [];
      } else {
        // "Dec 08, 2019 by Stephen Bay in Growth"
        const dated = DATED_BYLINE.exec(t);
        if (dated && (NUMERIC_DATE.test(dated[1]!) || parseDate(dated[1]!) !== null)) {
          authors = parseByline(`By ${dated[2]!.replace(/\s+in\s+.+$/, '')}`);
        } else if (parseDate(t) !== null) {
          authors = namedBesideDate(t);
        }
      }
    }
    if (date === null && !RELATIVE_TIME.test(t)) {
      const d = parseDate(t);
      if (d) {
        date = d.slice(0, 10);
        updated = isUpdateLine(blocks[i]!.text, i > 0 ? blocks[i - 1]!.text : '');
        dateAt = i;
      }
    }
  }
  if (authors.length === 0 && dateAt >= 0) authors = nameAboveDate(blocks, dateAt, titleAt);
  // A date line just above the headline ("Published August 7, 2023", "Last updated: / Dec 12, 2025").
  for (let i = titleAt - 1; date === null && i >= Math.max(0, titleAt - 4); i--) {
    const t = blocks[i]!.text;
    if (t.length > 60 || RELATIVE_TIME.test(t) || !(DATE_WORDS.test(t) || DATE_ONLY.test(t))) continue;
    const d = parseDate(t);
    if (d) {
      date = d.slice(0, 10);
      updated = isUpdateLine(blocks[i]!.text, i > 0 ? blocks[i - 1]!.text : '');
    }
  }
  return { authors, date, updated, titleAt };
}

/**
 * Where the body starts: the first kept block that opens a run (three of five blocks kept), so
 * that a menu item kept on its own far above the article does not stand for its start.
 */
function bodyStart(keep: readonly boolean[]): number {
  const first = keep.indexOf(true);
  for (let i = first; i >= 0 && i < keep.length; i++) {
    if (!keep[i]) continue;
    let run = 0;
    for (let j = i; j < i + 5 && j < keep.length; j++) if (keep[j]) run++;
    if (run >= 3) return i;
  }
  return first;
}

const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u;

/**
 * The author of a meta line that sets a name beside the date: "Aaron Ricadela | Senior Writer |
 * July 2, 2025", "Dec 26, 2025 • Mahua Das in Project Management". Only a full name (two words or
 * more) counts: a lone word there is more often a section.
 */
function namedBesideDate(line: string): string[] {
  const parts = line.split(/\s+[|•·]\s+/);
  if (parts.length < 2 || parts.length > 4) return [];
  for (const part of parts) {
    if (/\d/.test(part)) continue;
    const names = parseByline(part.replace(/\s+in\s+.+$/, ''));
    if (names.length === 1 && names[0]!.split(/\s+/).length >= 2) return names;
    break;
  }
  return [];
}

/** A block as the header reader sees it; `inside` (the {@link Inside} flags) is optional. */
type HeaderBlock = Pick<RawBlock, 'text'> & { readonly inside?: number };

/** Whether a word of the name is a person's name in the NER word table (so "Mariko Oi BBC News" has one, "ABC News" none). */
function hasPersonWord(name: string): boolean {
  return name.split(/\s+/).some((w) => sureTypeOf(w) === 'PER');
}

/**
 * The authors, in order of trust: declared by the markup (unless no word of theirs is a person's
 * name while the header shows one, or the header's byline names them and more); a byline between the headline and the body; a name shown by
 * the headline as text mode reads one; author boxes; a declared user name or label; names under an
 * author label or in a link to the author's other writing.
 */
function pageAuthors(
  meta: ResolvedMeta,
  header: { authors: string[]; titleAt: number },
  blocks: readonly RawBlock[],
  fromBoxes: string[],
): string[] {
  if (meta.authors.length > 0) {
    // ("Lena Park" declared, "By Lena Park and Tom Hale" shown: the byline names them all)
    const key = (name: string) => name.toLowerCase();
    const shownAll = new Set(header.authors.map(key));
    if (header.authors.length > meta.authors.length && meta.authors.every((a) => shownAll.has(key(a)))) return header.authors;
    if (meta.authors.some(hasPersonWord)) return meta.authors;
    // "WRAL", "View Profile", "The Earthtimes" given as the author, with a person's byline by the headline
    const shown = header.authors.length > 0 ? header.authors : shownByHeadline(blocks, header.titleAt);
    return shown.some(readsAsPersonName) ? shown : meta.authors;
  }
  if (header.authors.length > 0) return header.authors;
  const byHeadline = shownByHeadline(blocks, header.titleAt);
  if (byHeadline.length > 0) return byHeadline;
  if (fromBoxes.length > 0) return fromBoxes;
  if (meta.authorLabel) return [meta.authorLabel];
  return labelledOrArchiveAuthors(blocks);
}

/**
 * The authors that text mode reads by a headline (a name alone under it, a name beside a date or a
 * job, a byline after a date or a label), read from the page's blocks around the headline at
 * `titleAt`. Menus, list items, asides, footers and section headings are left out: a name-like line
 * there ("About Me", "Stack Memory") is no byline. A table is no such place here, since old sites
 * lay the whole page out in one.
 */
function shownByHeadline(blocks: readonly RawBlock[], titleAt: number): string[] {
  if (titleAt < 0) return [];
  // such a block stands as a line that no rule reads and that no rule skips as blank
  const furniture = (b: RawBlock) => (b.heading > 0 && b.heading <= 2) || (b.inside & NOT_BYLINE_LINE) !== 0;
  const lines = blocks.map((b, i) => (i !== titleAt && furniture(b) ? FURNITURE : b.text));
  return headerAuthors(lines, titleAt);
}

const FURNITURE = '\u0000';

/** Lists, tables and page furniture: where a name-like line is a menu item or a link, not a byline. */
const NOT_BYLINE_PLACE = Inside.li | Inside.table | Inside.nav | Inside.aside | Inside.footer | Inside.menu;
/** The same but tables, for reading the lines by the headline (see {@link shownByHeadline}). */
const NOT_BYLINE_LINE = NOT_BYLINE_PLACE & ~Inside.table;

/**
 * A full name on a line of its own just above the header's date line ("Vlad Solomakha" / "Nov 15,
 * 2025"): not the headline, not in capitals (a section or agency), not a list item or table cell.
 */
function nameAboveDate(blocks: readonly HeaderBlock[], dateAt: number, titleAt: number): string[] {
  const i = dateAt - 1;
  if (i < 0 || i === titleAt) return [];
  const b = blocks[i]!;
  const t = b.text;
  if (t.length > 40 || !FULL_NAME_LINE.test(t) || t === t.toUpperCase() || ((b.inside ?? 0) & NOT_BYLINE_PLACE) !== 0) return [];
  const names = parseByline(t);
  return names.length === 1 && names[0] === t && readsAsPersonName(t) ? names : [];
}

/** `03/01/2017`, `2017-03-01`: dates whose order of day and month the parser leaves open. */
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
/** A date, then "by" and the author: group 1 the date, group 2 the rest. */
const DATED_BYLINE = /^([\p{L}\p{N} ,./-]{4,30}?)\s+by\s+(.+)$/iu;

/**
 * How far past the first body line the headline is looked for: a picture's caption or a teaser
 * kept as body can come before the headline.
 */
const HEADLINE_AFTER_FIRST = 10;

const AGENCY_LINE =
  /^(?:the\s+)?(?:associated\s+press|reuters|afp|ap|bloomberg|pa\s+media|dpa|efe|xinhua|tass|interfax|ansa|anadolu(?:\s+agency)?|press\s+trust\s+of\s+india|pti|ians|upi|cnn\s+wire)$/i;
/** A line that is a date and little else: "Dec 12, 2025", "12.03.2024". */
const DATE_ONLY = /^[\p{L}\p{N} ,./:-]{6,30}$/u;
const DATE_WORDS = /^(?:(?:published|posted|updated|last\s+updated|first\s+published|modified)\b[\s:]*)/i;

/** A line that only gives a numeric date, with a label and a time: "Article Launched: 12/30/2007 01:50:35 AM PST". */
const NUMERIC_DATE_LINE =
  /^(?:\p{L}[\p{L} ]{0,30}:\s*)?\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$/iu;

/**
 * Drops the byline, dateline and repeated-headline lines that open the body (up to the first
 * real paragraph): the body is the article text alone.
 */
function dropHeaderLines(blocks: readonly RawBlock[], keep: boolean[], title: string | null): void {
  let seen = 0;
  let dropped = 0;
  // a standfirst: the first block after the header lines is a long one, and a byline may still follow it
  let standfirst = false;
  for (let i = 0; i < blocks.length && seen < 6; i++) {
    if (!keep[i]) continue;
    seen++;
    const t = blocks[i]!.text;
    const words = t.split(/\s+/).length;
    // ("By Staff Writer", "By Reuters Staff": a byline that names no person is still one)
    const byline = BYLINE_LEAD.test(t) && words <= 12 && (parseByline(t).length > 0 || UNNAMED_BYLINE.test(t));
    if (standfirst) {
      if (byline) keep[i] = false;
      break;
    }
    if (words >= 20 || t.length >= 140) {
      if (seen - 1 > dropped) break;
      standfirst = true;
      continue;
    }
    const dateLine =
      (words <= 16 && parseDate(t) !== null && (DATE_WORDS.test(t) || !/[.!?]["”’]?$/.test(t) || words <= 6)) || NUMERIC_DATE_LINE.test(t);
    const headline = title !== null && titleSimilarity(t, title) >= 0.8;
    if (dateLine || byline || AGENCY_LINE.test(t) || headline) {
      keep[i] = false;
      dropped++;
    }
  }
}

/** Words of a bio that tell of a person: a pronoun or a writer's trade. */
const PERSON_BIO =
  /\b(?:he|she|his|her|they|writes|wrote|writer|journalist|reporter|editor|correspondent|columnist|author|contributor|blogger|photographer|freelance)\b/i;

/**
 * Drops an author box ("About the author" and the bio under it) from the body; a name in the
 * box's heading ("About Jane Doe") is kept as an author.
 */
function dropAuthorBoxes(page: PageBlocks, keep: boolean[], authors: string[]): void {
  const { blocks, containers } = page;
  for (let i = 0; i < blocks.length; i++) {
    if (!keep[i]) continue;
    const t = blocks[i]!.text;
    if (t.length > 60 || !AUTHOR_BOX.test(t)) continue;
    // "About Tallinn" can be a section of the article: a bio starts with the person's name
    const named = /^about\s+(?!the\s)(.+?)\s*:?$/i.exec(t);
    if (named) {
      const next = blocks.findIndex((_, j) => j > i && keep[j]);
      const name = named[1]!;
      const parts = name.split(/\s+/);
      const bio = next >= 0 ? blocks[next]!.text : '';
      if (!parts.some((p) => p.length > 1 && bio.startsWith(p)) && !bio.startsWith(name)) continue;
      // a press release's "About Acme Corp" is part of the release: a person's bio says who they are
      if (!PERSON_BIO.test(bio.slice(0, 240))) continue;
      for (const n of parseByline(name)) if (!authors.includes(n)) authors.push(n);
    }
    keep[i] = false;
    // the bio: the next few blocks under the same parent as the heading
    const parent = containers[blocks[i]!.container]!.parent;
    for (let j = i + 1; j < blocks.length && j <= i + 4; j++) {
      let c = blocks[j]!.container;
      let inside = false;
      for (let up = 0; up < 4 && c >= 0; up++) {
        if (c === parent) inside = true;
        c = containers[c]!.parent;
      }
      if (!inside || blocks[j]!.heading > 0) break;
      keep[j] = false;
    }
  }
}
