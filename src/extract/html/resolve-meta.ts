import { isNameLike, parseByline } from '../authors.js';
import { dateFromUrl, parseDate } from '../dates.js';
import { type MarkupMeta, titleText } from './head-meta.js';

/** The page metadata chosen from everything the markup offers. */
export interface ResolvedMeta {
  title: string | null;
  authors: string[];
  /** What the markup declares as author when it reads as no name: a user name or a label ("Our Editors"); the last resort. */
  authorLabel: string | null;
  publishedAt: string | null;
  /** Whether `publishedAt` is a date the markup declares as the publication's (not a time element, a modification or the URL). */
  publishedDeclared: boolean;
  /** When the page says it was revised (a shown "Updated …" date, or the latest declared modification); not yet compared with the publication date. */
  updatedAt: string | null;
  siteName: string | null;
  lang: string | null;
  url: string | null;
  description: string | null;
}

const TITLE_SEPARATOR = /\s+(?:[|\-–—:·•»«/]|::)\s+/;
/** {@link TITLE_SEPARATOR}, kept by `split` between the parts. */
const TITLE_SEPARATOR_KEPT = new RegExp(`(${TITLE_SEPARATOR.source})`);

function str(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = v.replace(/\s+/g, ' ').trim();
    return s.length > 0 ? decodeLoose(s) : null;
  }
  return null;
}

function decodeLoose(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));
}

interface LdName {
  name: string;
  organisation: boolean;
  /** A user name or label rather than a name (see {@link declaredLabel}). */
  label?: boolean;
}

/** Names in a JSON-LD `author`: strings, objects with a name, or references (`{"@id": …}`) to such objects elsewhere on the page. */
function ldNames(v: unknown, byId: ReadonlyMap<string, Record<string, unknown>>, depth = 0): LdName[] {
  if (depth > 3 || v === null || v === undefined) return [];
  if (typeof v === 'string') return parseByline(v).map((name) => ({ name, organisation: false }));
  if (Array.isArray(v)) return v.flatMap((x) => ldNames(x, byId, depth + 1));
  if (typeof v === 'object') {
    let o = v as Record<string, unknown>;
    const ref = o['@id'];
    if (o.name === undefined && typeof ref === 'string') o = byId.get(ref) ?? o;
    const type = ([] as unknown[])
      .concat(o['@type'] ?? [])
      .map(String)
      .join(' ');
    const organisation = /organi[sz]ation|corporation|newsmediaorganization|brand/i.test(type);
    const n = str(o.name) ?? str(o.alternateName);
    if (n) {
      const names = declaredNames(n);
      if (names.length > 0) return names.map((name) => ({ name, organisation }));
      const label = declaredLabel(n);
      return label ? [{ name: label, organisation, label: true }] : [];
    }
  }
  return [];
}

/** A user name as content systems print it: "stephenlega", "j.doe", "team"; not a template's placeholder ("page.head.author"). */
const HANDLE = /^(?=[^.]*\.?[^.]*$)[\p{L}\p{N}][\p{L}\p{N}._-]{1,39}$/u;

/** Names from a field that declares the author (JSON-LD, meta tags): a name, or the names of a byline. */
function declaredNames(v: string): string[] {
  if (isNameLike(v) && !/^(?:by|written\s+by|posted\s+by)\b/i.test(v)) return [v];
  return parseByline(v);
}

/**
 * A declared author that reads as no name: a user name, or a label such as "Our Editors". It is
 * what the page says about who wrote it, so it is the last resort when nothing better is found.
 */
function declaredLabel(v: string): string | null {
  if (declaredNames(v).length > 0) return null;
  if (HANDLE.test(v) && !/^\d+$/.test(v)) return v;
  // "annette thurmon": a name its owner typed in lower case
  if (/^[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){1,2}$/u.test(v)) return v;
  return isNameLike(v) ? v : null;
}

/** "Roy, Aniruddha" (as citation tags write names) → "Aniruddha Roy". */
function surnameFirst(v: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(v);
  return m ? `${m[2]} ${m[1]}` : v;
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Cuts a site name off a `<title>`: "Headline | Site" → "Headline". */
export function cleanHtmlTitle(
  title: string,
  siteName: string | null,
  h1: readonly string[],
  siteKeys: ReadonlySet<string> = new Set(),
): string {
  const t = title.trim();
  const sites = new Set(siteKeys);
  if (siteName) sites.add(norm(siteName));
  for (const h of h1) {
    if (sites.has(norm(h))) continue;
    if (h.length >= 10 && norm(t).includes(norm(h)) && norm(h).length >= norm(t).length * 0.4) return h;
  }
  // parts at even places, the separators between them at odd ones
  const pieces = t.split(TITLE_SEPARATOR_KEPT);
  const parts = pieces.filter((_, i) => i % 2 === 0);
  if (parts.length < 2) return cutLeadingSite(t, sites);
  // compared without spaces: "SoundStage! Xperience" is the site of host soundstagexperience.com
  const compactSites = [...sites].map((x) => x.replace(/ /g, ''));
  const kept: number[] = [];
  parts.forEach((p, i) => {
    const n = norm(p).replace(/ /g, '');
    if (!compactSites.some((site) => n.length > 0 && (n === site || site.includes(n) || n.includes(site)))) kept.push(i);
  });
  if (kept.length > 0 && kept.length < parts.length) {
    // parts that stood side by side keep the separator the page put between them
    let out = parts[kept[0]!]!;
    for (let j = 1; j < kept.length; j++) {
      const at = kept[j]!;
      out += (at === kept[j - 1]! + 1 ? pieces[2 * at - 1]! : ' - ') + parts[at]!;
    }
    return out.trim();
  }
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  const first = parts[0]!;
  if (first.split(/\s+/).length >= 4) return first;
  return longest.split(/\s+/).length >= 3 ? longest : t;
}

/** "davidbau.com Vibe Coding" → "Vibe Coding": a site name written before the headline with no separator. */
function cutLeadingSite(t: string, sites: ReadonlySet<string>): string {
  const words = t.split(/\s+/);
  for (let k = 1; k <= 4 && k <= words.length - 2; k++) {
    if (sites.has(norm(words.slice(0, k).join(' ')))) return words.slice(k).join(' ');
  }
  return t;
}

/**
 * Normalised names that stand for the site rather than the article: the declared site name, the
 * host name, and, on a page with several `<h1>`s, one that repeats the last part of a declared
 * title whose parts name no known site ("Post | Stephen Bay's Photography Blog" with "Stephen Bay's
 * Photography Blog" as a heading): the place sites put their name.
 */
function siteKeysOf(declared: readonly string[], h1: readonly string[], siteName: string | null, url: string | null): Set<string> {
  const keys = new Set<string>();
  if (siteName) keys.add(norm(siteName));
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^www\./, '');
      if (host) keys.add(norm(host));
    } catch {
      // not a URL: no host to add
    }
  }
  // only on pages with several <h1>s: a lone one that repeats the title's last part may be the headline
  const h1Keys = new Set(h1.map(norm));
  if (h1Keys.size < 2) return keys;
  for (const d of declared) {
    const parts = d.split(TITLE_SEPARATOR).map(norm);
    if (parts.length < 2 || parts.some((p) => keys.has(p))) continue;
    const last = parts[parts.length - 1]!;
    if (last && h1Keys.has(last) && last !== parts[0]) keys.add(last);
  }
  keys.delete('');
  return keys;
}

/** The host's own name without its suffixes: "integralist" for https://www.integralist.co.uk/. */
function hostLabel(url: string | null): string | null {
  let labels: string[];
  try {
    labels = url ? new URL(url).hostname.split('.') : [];
  } catch {
    return null;
  }
  labels.pop();
  if (labels.length > 1 && /^(?:co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 1]!)) labels.pop();
  const name = labels[labels.length - 1];
  return name && name.length >= 6 ? name : null;
}

/** Chooses title, authors, date, site, language and URL from the markup's candidates. */
export function resolveMeta(m: MarkupMeta, pageUrl: string | null): ResolvedMeta {
  const ld = m.jsonLd;
  const meta = (k: string) => m.metas.get(k) ?? null;
  const fromLd = (key: string): unknown => {
    for (const o of ld) if (o[key] !== undefined && o[key] !== null && o[key] !== '') return o[key];
    return undefined;
  };

  const publisher = fromLd('publisher');
  const siteName =
    meta('og:site_name') ??
    (publisher && typeof publisher === 'object' ? str((publisher as Record<string, unknown>).name) : null) ??
    meta('application-name') ??
    meta('twitter:site')?.replace(/^@/, '') ??
    null;

  const metaTitle = titleText(
    str(fromLd('headline')) ?? meta('og:title') ?? meta('twitter:title') ?? meta('dc.title') ?? meta('title') ?? null,
  );
  const title = chooseTitle(m, metaTitle, siteName, pageUrl ?? m.canonical ?? meta('og:url'));

  const ldAuthors = [...ldNames(fromLd('author'), m.jsonLdById), ...ldNames(fromLd('creator'), m.jsonLdById)];
  const publisherName = publisher && typeof publisher === 'object' ? str((publisher as Record<string, unknown>).name) : null;
  const authors = chooseAuthors(m, ldAuthors, meta, siteName, publisherName);
  const authorLabel = authors.length > 0 ? null : chooseAuthorLabel(ldAuthors, meta, m.bylines);

  const declaredDates = [
    fromLd('datePublished'),
    meta('article:published_time'),
    meta('datepublished'),
    meta('og:published_time'),
    meta('published_time'),
    meta('pubdate'),
    meta('publishdate'),
    meta('publish-date'),
    meta('parsely-pub-date'),
    meta('sailthru.date'),
    meta('dc.date.issued'),
    meta('dc.date'),
    meta('dcterms.date'),
    meta('date'),
    meta('article.published'),
    meta('cxenseparse:recs:publishtime'),
    meta('citation_publication_date'),
    meta('citation_online_date'),
    meta('citation_date'),
    ...metasMatching(m.metas, PUBLISHED_META),
  ];
  let publishedAt = labelledPublished(m.shownDates, m.htmlLang) ?? earliest(declaredDates);
  const publishedDeclared = publishedAt !== null;
  const url = absolutize(m.canonical ?? meta('og:url') ?? str(fromLd('url')), pageUrl) ?? pageUrl;
  // a date in the URL path was set when the page was published: it goes before dates the page
  // shows without declaring them (a "03/10/2023" that could be either day first or month first)
  const otherDates: unknown[] = [
    dateFromUrl(url) ?? dateFromUrl(pageUrl),
    ...m.times,
    shownDate(m.shownDates, m.htmlLang),
    fromLd('dateCreated'),
    fromLd('dateModified'),
    meta('article:modified_time'),
  ];
  for (let i = 0; i < otherDates.length && !publishedAt; i++) {
    const c = otherDates[i];
    if (typeof c === 'string') publishedAt = parseDate(c);
  }
  // a page that shows only when it was last updated: that is the one date a reader has
  if (!publishedAt) publishedAt = shownDate(m.shownDates, m.htmlLang, { revisions: true });
  // a day read from the page keeps the time of a declared date of that day
  if (publishedAt && publishedAt.length === 10) publishedAt = withTimeOfDay(publishedAt, [...declaredDates, ...m.times]);

  const modifiedDates = [
    fromLd('dateModified'),
    meta('article:modified_time'),
    meta('og:updated_time'),
    meta('datemodified'),
    meta('dcterms.modified'),
    meta('last-modified'),
  ];
  const shownRevision = revisionShown(m.shownDates, m.htmlLang);
  const updatedAt = shownRevision ? withTimeOfDay(shownRevision.slice(0, 10), modifiedDates) : latest(modifiedDates);

  let lang = m.htmlLang ?? meta('content-language') ?? meta('og:locale') ?? str(fromLd('inLanguage'));
  if (lang) lang = normalizeLang(lang);

  const description = meta('description') ?? meta('og:description') ?? str(fromLd('description'));
  return { title, authors, authorLabel, publishedAt, publishedDeclared, updatedAt, siteName, lang, url, description };
}

/** Meta names of a publication date that no list can foresee: "published-date", "w-published-date", "og:article:published_time". */
const PUBLISHED_META = /(?:^|[:._-])(?:published|publish|publication|pub|posted|release)[:._-]?(?:date|time|on)$/;
/** A shown date that is (or includes) a revision's: "Updated March 13, 2024". */
const UPDATED_TEXT = /(?:last\s*)?(?:updated|modified|edited|reviewed|revised)\b/i;
/** A label that marks the first publication among other dates: "3 Sept 2024 | Originally published". */
const FIRST_PUBLISHED = /\b(?:originally|first)\s+(?:published|posted)\b/i;
const NUMERIC_DMY = /^\D{0,20}\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;
/** A year, or a numeric date that writes it with two digits ("Published on 01/25/26"). */
const HAS_YEAR = /\d{4}|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;

/**
 * The first date the page shows in a date-marked element, as ISO. The first element with a year
 * decides (later ones are often the dates of other posts listed beside the article); a revision's
 * date is passed over ("December 3, 2025. Updated: December 7, 2025" gives December 3). "3/4/2025"
 * is read month first on pages in American English or with no region, day first otherwise, unless
 * one of the two numbers is above 12. With `revisions`, a revision's date is read like any other.
 */
export function shownDate(shown: readonly string[], lang: string | null, options: { revisions?: boolean } = {}): string | null {
  const first = shown.filter((x) => FIRST_PUBLISHED.test(x));
  for (const x of [...first, ...shown]) {
    const update = options.revisions ? null : UPDATED_TEXT.exec(x);
    const t = update ? x.slice(0, update.index) : x;
    if (!HAS_YEAR.test(t)) continue;
    const parsed = parseDate(t) ?? numericDate(t, lang);
    if (parsed || !update) return parsed;
  }
  return null;
}

/** The first shown date labelled as a revision's ("Updated on May 27, 2025 09:10AM"), as ISO. */
function revisionShown(shown: readonly string[], lang: string | null): string | null {
  const revisions: string[] = [];
  for (const x of shown) {
    const update = UPDATED_TEXT.exec(x);
    if (update) revisions.push(x.slice(update.index + update[0].length));
  }
  return shownDate(revisions, lang, { revisions: true });
}

/** Where a shown date says it is the publication's: "Published: Jan 29, 2025", "Posted on November 6th, 2025". */
const PUBLISHED_LABEL = /^\W*(?:(?:first|originally)\s+)?(?:published|posted)\b/i;

/** The first shown date labelled as the publication's, as ISO; what the reader is told, so it goes before the markup's. */
function labelledPublished(shown: readonly string[], lang: string | null): string | null {
  const labelled = shown.filter((x) => PUBLISHED_LABEL.test(x));
  return labelled.length > 0 ? shownDate(labelled, lang) : null;
}

/** The values of the meta tags whose names match `pattern`. */
function metasMatching(metas: ReadonlyMap<string, string>, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const [k, v] of metas) if (pattern.test(k)) out.push(v);
  return out;
}

/**
 * The earliest day among declared publication dates, as ISO (the first written, when several
 * give that day). Where they disagree the later ones are a re-publication or the time of a build.
 */
function earliest(candidates: readonly unknown[]): string | null {
  return extremeDay(candidates, -1);
}

/** The latest day among the candidates, as ISO (the first written, when several give that day). */
function latest(candidates: readonly unknown[]): string | null {
  return extremeDay(candidates, 1);
}

/** The candidate date whose day comes first (`order` -1) or last (1), the first written among equals. */
function extremeDay(candidates: readonly unknown[], order: 1 | -1): string | null {
  let best: string | null = null;
  for (const c of candidates) {
    const d = typeof c === 'string' ? parseDate(c) : null;
    if (d && (best === null || (order < 0 ? d.slice(0, 10) < best.slice(0, 10) : d.slice(0, 10) > best.slice(0, 10)))) best = d;
  }
  return best;
}

/** The first candidate that gives `day` with a time, or `day` itself. */
function withTimeOfDay(day: string, candidates: readonly unknown[]): string {
  for (const c of candidates) {
    const d = typeof c === 'string' ? parseDate(c) : null;
    if (d && d.length > 10 && d.startsWith(day)) return d;
  }
  return day;
}

function numericDate(t: string, lang: string | null): string | null {
  const m = NUMERIC_DMY.exec(t);
  if (!m) return null;
  const a = +m[1]!;
  const b = +m[2]!;
  const region = /^[a-z]{2,3}-([a-z]{2})\b/i.exec(lang ?? '')?.[1]?.toUpperCase() ?? null;
  const monthFirst = a > 12 ? false : b > 12 ? true : region === null || region === 'US';
  const [mo, d] = monthFirst ? [a, b] : [b, a];
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3];
  return parseDate(`${year}-${mo}-${d}`);
}

function absolutize(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** `en_US` → `en-US`; rejects values that are not language tags. */
export function normalizeLang(v: string): string | null {
  const s = v
    .trim()
    .replace(/_/g, '-')
    .split(/[,;\s]/)[0]!;
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(s)) return null;
  const [primary, ...rest] = s.split('-');
  return [primary!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Word overlap of two titles: shared words over the larger word count. */
export function titleSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let hit = 0;
  for (const w of wa) if (wb.has(w)) hit++;
  return hit / Math.max(wa.size, wb.size);
}

/**
 * The headline as the page shows it: the `<h1>` that matches the page's declared titles, or the
 * only `<h1>`; otherwise the declared title with the site name cut off. When a declared title
 * says the same words as the `<h1>`, its spelling is kept (it is usually the cleaner one).
 */
function chooseTitle(m: MarkupMeta, metaTitle: string | null, siteName: string | null, url: string | null): string | null {
  const declared = [metaTitle, m.htmlTitle].filter((t): t is string => !!t);
  const sites = siteKeysOf(declared, m.h1, siteName, url);
  const declaredCut = declared.map((d) => cleanHtmlTitle(d, siteName, [], sites));
  const h1s = [...new Set(m.h1.map((h) => h.replace(ANCHOR_MARK, '')))].filter(
    (h) => h.length >= 3 && h.length <= 300 && !sites.has(norm(h)),
  );
  let headline: string | null = null;
  if (h1s.length === 1) {
    // A lone <h1> that shares hardly a word with every declared title is a section or site name
    // ("Our Blog", "Index funds") or a second headline; the declared title is the page's own,
    // unless that is only the site's name.
    const h = h1s[0]!;
    // ("Integralist" on www.integralist.co.uk)
    const host = hostLabel(url);
    const declaredIsSite = declaredCut.length > 0 && declaredCut.every((d) => sites.has(norm(d)) || norm(d) === host);
    if (declared.length === 0 || declaredIsSite || Math.max(...declaredCut.map((d) => titleSimilarity(h, d))) >= 0.25) headline = h;
  } else if (h1s.length > 1) {
    let best = 0;
    for (const h of h1s) {
      const s = Math.max(0, ...declared.map((d) => titleSimilarity(h, d)));
      if (s > best) {
        best = s;
        headline = h;
      }
    }
    if (best < 0.5) headline = null;
  }
  if (headline) {
    const key = norm(headline);
    const spellings = [...declared, ...declaredCut];
    const same = spellings.find((d) => d === headline) ?? spellings.map(undecorated).find((d) => norm(d) === key);
    return same ?? withoutDateOrSite(headline, declaredCut, sites);
  }
  if (metaTitle) return cleanHtmlTitle(metaTitle, siteName, h1s, sites);
  if (m.htmlTitle) return cleanHtmlTitle(m.htmlTitle, siteName, h1s, sites);
  return h1s[0] ?? null;
}

/** A declared title without quotes around the whole of it or a mark after it ('"Title"', "Title ⋆"). */
function undecorated(title: string): string {
  const t = title.replace(/\s+[⋆¶]+$/u, '');
  const m = /^["“](.+)["”]$/u.exec(t);
  return m && !/["“”]/u.test(m[1]!) ? m[1]! : t;
}

/** The marks documentation generators put after a heading as its link ("Overview¶"). */
const ANCHOR_MARK = /\s*[¶#⋆]+$/u;

/**
 * A headline as the page shows it, less what the declared titles leave out: a date set before or
 * after it ("Dec 18 2025 Preparing a transition…"), or the site's name after a separator.
 */
function withoutDateOrSite(headline: string, declaredCut: readonly string[], sites: ReadonlySet<string>): string {
  for (const d of declaredCut) {
    const at = headline.indexOf(d);
    if (at < 0 || d.length === headline.length) continue;
    const rest = `${headline.slice(0, at)} ${headline.slice(at + d.length)}`.trim();
    if (parseDate(rest) !== null) return d;
  }
  const parts = headline.split(TITLE_SEPARATOR);
  if (parts.length >= 2 && sites.has(norm(parts[parts.length - 1]!))) return parts.slice(0, -1).join(' - ');
  return headline;
}

/**
 * Authors, in order of trust: people named in JSON-LD; the page's author meta tags; visible
 * bylines; organisations named in JSON-LD as author (unless that is just the publisher).
 */
function chooseAuthors(
  m: MarkupMeta,
  ld: LdName[],
  meta: (k: string) => string | null,
  siteName: string | null,
  publisherName: string | null,
): string[] {
  const site = siteName ? norm(siteName) : null;
  const notSite = (n: string) => !site || norm(n) !== site;
  // "David Jackson - Editorial Team": a JSON-LD name read as a byline, when that gives one name
  const asName = (n: string) => {
    const parsed = parseByline(n);
    return parsed.length === 1 ? parsed[0]! : n;
  };
  let people = unique(ld.filter((x) => !x.organisation && !x.label).map((x) => asName(x.name))).filter(notSite);
  // "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal": the publisher closing a list of people is none of them
  const publisher = publisherName ? norm(publisherName) : null;
  if (publisher && people.length > 1) people = people.filter((n) => norm(n) !== publisher);
  if (people.length > 0) return people;
  const cited = unique(m.citationAuthors.map(surnameFirst).flatMap(declaredNames));
  if (cited.length > 0) return cited;
  const metaValues = metaAuthorValues(meta, ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author']);
  // a personal site's name is often its author's: keep meta authors that match it, after any other
  for (const v of [...metaValues.filter(notSite), ...metaValues.filter((v) => !notSite(v))]) {
    const names = declaredNames(v);
    if (names.length === 1 && !names[0]!.includes(' ')) return [fullerName(names[0]!, m.bylines)];
    if (names.length > 0) return names;
  }
  // a byline that names only the organisation the markup declares as author is passed over for one naming a person
  const orgs = new Set(ld.filter((x) => x.organisation).map((x) => norm(x.name)));
  let orgByline: string[] = [];
  for (const b of m.bylines) {
    const names = parseByline(b);
    if (names.length > 0 && names.every((n) => orgs.has(norm(n)))) {
      if (orgByline.length === 0) orgByline = names;
      continue;
    }
    if (names.length > 0) return names;
  }
  if (orgByline.length > 0) return orgByline;
  const organisations = unique(ld.filter((x) => !x.label).map((x) => x.name)).filter(notSite);
  if (organisations.length > 0) return organisations;
  // a link to the author's own page, named as its address is, when nothing else names one
  return m.authorLinks.slice(0, 1);
}

/** A first name alone ("Linda") completed by a byline that starts with it ("by Linda McCall"). */
function fullerName(first: string, bylines: readonly string[]): string {
  for (const b of bylines) {
    const names = parseByline(b);
    if (names.length === 1 && names[0]!.startsWith(`${first} `)) return names[0]!;
  }
  return first;
}

/**
 * The values of the given author meta tags, then of Yoast's "Written by" twitter tag, leaving out
 * links and handles to social profiles.
 */
function metaAuthorValues(meta: (k: string) => string | null, keys: readonly string[]): string[] {
  const writtenBy = /^(?:(?:written|interview|words|story|reported|text)\s+by|author)$/i.test(meta('twitter:label1') ?? '')
    ? meta('twitter:data1')
    : null;
  return [...keys.map(meta), writtenBy].filter((v): v is string => !!v && !/^https?:|^@|facebook\.com|twitter\.com/i.test(v));
}

/**
 * A declared user name or label ("stephenlega", "Our Editors") from JSON-LD or the meta tags, else
 * a user name that an element marked as a byline shows ("by jsteinhardt"), or null.
 */
function chooseAuthorLabel(ld: LdName[], meta: (k: string) => string | null, bylines: readonly string[]): string | null {
  const fromLd = ld.find((x) => x.label && !x.organisation)?.name;
  if (fromLd) return fromLd;
  for (const v of metaAuthorValues(meta, ['author', 'article:author', 'dc.creator'])) {
    const label = declaredLabel(v);
    if (label) return label;
  }
  for (const b of bylines) {
    const v = b.replace(/^by\s+/i, '');
    if (LOWER_NAME.test(v) && !NOT_A_LABEL.test(v)) return v;
  }
  return null;
}

/** A name as its owner typed it, in lower case: "whova", "crazy lennys", "jsteinhardt", "j.doe". */
const LOWER_NAME = /^[\p{Ll}][\p{Ll}\p{N}._-]{2,30}(?:\s[\p{Ll}][\p{Ll}'’-]{1,20}){0,2}$/u;
/** Words that an element marked as a byline shows when it holds no name. */
const NOT_A_LABEL =
  /\b(?:by|author|authors|share|more|read|posted|published|updated|comments?|min|minutes?|ago|follow|view|all|posts?|about|admin)\b|\.[a-z]{2,3}$/i;

function unique(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
