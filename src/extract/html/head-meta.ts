import { BLOCK } from './blocks.js';
import type { ChildNode, Document, Element } from './dom.js';
import { forEachElement, normalizeSpace, textOf } from './dom.js';

/** Everything the markup says about the page, before any choice between sources is made. */
export interface MarkupMeta {
  htmlTitle: string | null;
  /** `<meta>` values by lower-cased `property`, `name` or `itemprop` key; first value wins. */
  metas: Map<string, string>;
  canonical: string | null;
  htmlLang: string | null;
  /** Objects from JSON-LD blocks that describe an article or web page (flattened out of `@graph`). */
  jsonLd: Record<string, unknown>[];
  /** Every JSON-LD object with an `@id` and more, by that id: what `{"@id": …}` references point to. */
  jsonLdById: Map<string, Record<string, unknown>>;
  /** Text of `<h1>` elements in the body, in order. */
  h1: string[];
  /** Visible bylines: text of elements marked as author by `rel`, `itemprop` or class. */
  bylines: string[];
  /**
   * Names of links to an author's page whose text is the page's own name ("Emmanuel Oyibo" linking
   * to `/blog/authors/emmanuel-oyibo`), in order: a last resort when nothing marks a byline.
   */
  authorLinks: string[];
  /** Every `citation_author` (or `citation_authors`) meta value, in order (scholarly pages give one tag per author). */
  citationAuthors: string[];
  /** `datetime` values of `<time>` elements and date-marked elements, in order. */
  times: string[];
  /**
   * Short texts a reader sees as a date: `<time>` elements without a `datetime`, and elements whose
   * class or id names a date ("post-date", "article__date", "dateline"), in order.
   */
  shownDates: string[];
}

const ARTICLE_TYPES =
  /^(newsarticle|article|blogposting|reportagenews|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|scholarlyarticle|techarticle|report|socialmediaposting|liveblogposting|webpage|itempage|medicalwebpage|posting|discussionforumposting|howto|recipe|creativework)$/i;
const BYLINE_HINT = /author|byline|by-line|writer|reporter|contributor|posted-?by/i;
// words that mark an author's picture, bio or archive rather than the name
const NOT_BYLINE_HINT = /(?:author|writer)[-_]?(?:image|img|photo|avatar|pic|bio|description|desc|box-text|social|links?)|comment|reply/i;

/** The address of an author's page, and its slug. */
const AUTHOR_PATH = /\/authors?\/([\p{L}\d]+(?:-[\p{L}\d]+)+)\/?(?:[?#]|$)/iu;

/**
 * The name a link to an author's page gives, when its words are the page's own slug
 * (`/author/jane-doe`, `/authors/jane-doe/`: "Jane Doe"); else null.
 */
export function authorLinkName(href: string, text: string): string | null {
  const slug = AUTHOR_PATH.exec(href)?.[1];
  const name = normalizeSpace(text);
  if (!slug || !name || name.length > 60) return null;
  const words = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w !== '');
  return words.join('-') === slug.toLowerCase() ? name : null;
}

/** Reads titles, meta tags, JSON-LD, `<h1>`s, bylines and `<time>` elements from a parsed page. */
export function readMarkupMeta(doc: Document): MarkupMeta {
  const out: MarkupMeta = {
    htmlTitle: null,
    metas: new Map(),
    canonical: null,
    htmlLang: null,
    jsonLd: [],
    jsonLdById: new Map(),
    h1: [],
    bylines: [],
    authorLinks: [],
    citationAuthors: [],
    times: [],
    shownDates: [],
  };
  forEachElement(doc, (el) => {
    const a = el.attribs;
    switch (el.name) {
      case 'html':
        if (a.lang) out.htmlLang = a.lang.trim();
        else if (a['xml:lang']) out.htmlLang = a['xml:lang'].trim();
        break;
      case 'title':
        if (out.htmlTitle === null) out.htmlTitle = titleText(normalizeSpace(textOf(el)));
        return false;
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').trim().toLowerCase();
        const value = a.content ?? a.value;
        if ((key === 'citation_author' || key === 'citation_authors') && value) out.citationAuthors.push(normalizeSpace(value));
        if (key && value !== undefined && !out.metas.has(key)) {
          const v = normalizeSpace(value);
          if (v) out.metas.set(key, v);
        }
        if (a.itemprop && (a.itemprop === 'datePublished' || a.itemprop === 'dateCreated') && a.content) out.times.push(a.content);
        return;
      }
      case 'link': {
        const rel = (a.rel ?? '').toLowerCase();
        if (rel.split(/\s+/).includes('canonical') && a.href && out.canonical === null) out.canonical = a.href.trim();
        return;
      }
      case 'script':
        if ((a.type ?? '').toLowerCase().includes('ld+json')) readJsonLd(textOf(el), out.jsonLd, out.jsonLdById);
        return false;
      case 'style':
      case 'noscript':
      case 'template':
      case 'svg':
        return false;
      case 'h1': {
        const t = normalizeSpace(textOf(el));
        if (t) out.h1.push(t);
        break;
      }
      case 'time':
        if (a.datetime) out.times.push(a.datetime);
        else pushShownDate(el, out.shownDates);
        break;
    }
    // (the link's text is read only when its address looks like an author's page)
    if (el.name === 'a' && a.href && AUTHOR_PATH.test(a.href)) {
      const name = authorLinkName(a.href, textOf(el));
      if (name) out.authorLinks.push(name);
    }
    const rel = a.rel;
    const itemprop = a.itemprop;
    if ((rel !== undefined && /\bauthor\b/i.test(rel)) || (itemprop !== undefined && /\b(author|creator)\b/i.test(itemprop))) {
      const nameEl = itemprop ? findItemprop(el, 'name') : null;
      const t = nameEl ? normalizeSpace(textOf(nameEl)) : bylineText(el);
      if (t && t.length < 200) out.bylines.push(t);
      return false;
    }
    const hint = a.class ?? a.id;
    if (
      hint !== undefined &&
      hint.length < 200 &&
      BYLINE_HINT.test(hint) &&
      !NOT_BYLINE_HINT.test(hint) &&
      el.name !== 'body' &&
      el.name !== 'html' &&
      el.name !== 'article'
    ) {
      const t = bylineText(el);
      if (t && t.length < 200) out.bylines.push(t);
      else if (t) {
        // a name followed by a bio: take the first short piece of text inside
        const first = firstShortText(el);
        if (first) out.bylines.push(first);
      }
    }
    if (itemprop !== undefined && /\bdatePublished\b/.test(itemprop)) {
      const v = a.datetime ?? a.content ?? normalizeSpace(textOf(el));
      if (v) out.times.push(v);
    }
    if (
      hint !== undefined &&
      hint.length < 200 &&
      (DATE_HINT.test(hint) || CAMEL_DATE_HINT.test(hint)) &&
      el.name !== 'body' &&
      el.name !== 'html'
    )
      pushShownDate(el, out.shownDates);
  });
  return out;
}

/** A class or id that names the element as a date: "post-date", "entry__date", "dateline", "pubdate", "timestamp". */
const DATE_HINT = /(?:^|[\s_-])(?:dates?|time|dateline|pubdate|timestamp|published|posted-?on|post-?time)(?:$|[\s_-])/i;
/** The same written in camel case: "articleDate", "postDate", "entryTimestamp". */
const CAMEL_DATE_HINT = /[a-z](?:Dates?|Dateline|Pubdate|Timestamp|Published)(?:$|[\s_A-Z-])/;
const MAX_SHOWN_DATES = 20;

function pushShownDate(el: Element, into: string[]): void {
  if (into.length >= MAX_SHOWN_DATES) return;
  const t = normalizeSpace(textOf(el));
  if (t.length >= 6 && t.length <= 80) into.push(t);
}

function findItemprop(root: Element, name: string): Element | null {
  let found: Element | null = null;
  forEachElement(root, (el) => {
    if (found) return false;
    if (el.attribs.itemprop === name) {
      found = el;
      return false;
    }
  });
  return found;
}

function readJsonLd(source: string, into: Record<string, unknown>[], byId: Map<string, Record<string, unknown>>): void {
  const trimmed = source
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
    .trim();
  if (trimmed.length === 0 || trimmed.length > 2_000_000) return;
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    try {
      // some sites put raw line breaks or tabs inside JSON strings
      data = JSON.parse(trimmed.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return;
    }
  }
  const queue: unknown[] = [data];
  let guard = 0;
  while (queue.length > 0 && guard++ < 500) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    const obj = item as Record<string, unknown>;
    const id = obj['@id'];
    if (typeof id === 'string' && !byId.has(id) && Object.keys(obj).length > 1) byId.set(id, obj);
    if (Array.isArray(obj['@graph'])) queue.push(...obj['@graph']);
    const types = ([] as unknown[]).concat(obj['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) into.push(obj);
    if (obj.mainEntity && typeof obj.mainEntity === 'object') queue.push(obj.mainEntity);
  }
}

const FORM_PARTS = new Set(['label', 'input', 'select', 'textarea', 'button', 'option']);
const PART_BREAK = '\u0000';
/** Two blocks whose texts meet with no space between them. */
const GLUED_PARTS = /([^\s\u0000])\u0000+(?=[^\s\u0000])/g;

/**
 * The text of a byline, with " | " where two blocks meet with no space between them: "<div>Kenny
 * DuMez</div><div>Software engineer</div>" reads "Kenny DuMez | Software engineer", not "Kenny
 * DuMezSoftware engineer". `parseByline` keeps what comes before the first such mark.
 */
function bylineText(root: Element): string {
  let out = '';
  const stack: (ChildNode | typeof PART_BREAK)[] = [...root.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === PART_BREAK) out += PART_BREAK;
    else if (n.type === 'text') out += n.data;
    else if (n.type === 'tag') {
      // the captions and fields of a form ("Name:" of a comment box) are no byline
      if (FORM_PARTS.has(n.name)) continue;
      const block = BLOCK.has(n.name) || n.name === 'br';
      if (block) {
        out += PART_BREAK;
        stack.push(PART_BREAK);
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return normalizeSpace(out.replace(GLUED_PARTS, '$1 | ').replaceAll(PART_BREAK, ' '));
}

/** The first element text under `root` that is short enough to be a name. */
function firstShortText(root: Element): string | null {
  let found: string | null = null;
  forEachElement(root, (el) => {
    if (found) return false;
    const t = normalizeSpace(textOf(el));
    if (t.length > 0 && t.length <= 80) {
      found = t;
      return false;
    }
  });
  return found;
}

/**
 * The text of a `<title>` or a declared title, or null when it swallowed the page's code (a
 * title or attribute left unclosed runs into the scripts after it: "… this.sectionLevel2 = 'sports'; …").
 */
export function titleText(text: string | null): string | null {
  if (text === null) return null;
  if (text.length > 300 && /[{};]|\bvar\b|\bfunction\b|=\s*['"]/.test(text)) return null;
  return text;
}
