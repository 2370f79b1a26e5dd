import { basename } from 'node:path';
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import iconv from 'iconv-lite';
import { type ByteInput, formatBytes, readBytes } from '../bytes.js';
import { type Provenance, type RawDocResult, rawError } from '../raw-doc.js';

/** Options of {@link readFeed}. */
export interface FeedOptions {
  /** Longer titles, summaries and contents are cut to this many characters, with a warning. Default 4 Mi. */
  maxFieldChars?: number;
  /** Elements nested deeper than this stop the reading with an error. Default 64. */
  maxDepth?: number;
  /**
   * Feeds larger than this are read up to the limit, then reading stops with an error. It also
   * bounds memory, since the parser holds a CDATA section or a tag whole until it ends. Default 64 MiB.
   */
  maxBytes?: number;
  /**
   * Wrap HTML content in a small HTML page whose `<head>` carries the item's title, link, authors
   * and date, so that extraction finds them. Default true.
   */
  wrapHtml?: boolean;
}

const DEFAULTS = { maxFieldChars: 4 * 1024 * 1024, maxDepth: 64, maxBytes: 64 * 1024 * 1024 };
const HTML_TAG =
  /<\/?(?:p|br|div|span|a|img|ul|ol|li|h[1-6]|strong|em|b|i|u|blockquote|figure|figcaption|table|tr|td|pre|code|hr|iframe|article|section)\b[^>]*>/i;

type Field = 'title' | 'link' | 'guid' | 'id' | 'summary' | 'content' | 'author' | 'published' | 'updated';

interface Item {
  readonly depth: number;
  readonly fields: Partial<Record<Field, string>>;
  readonly authors: string[];
  contentType: string | null;
  contentIsContentEncoded: boolean;
  readonly warnings: string[];
}

interface Capture {
  readonly field: Field | 'author-name' | 'feed-title' | 'feed-link';
  readonly depth: number;
  text: string;
  cut: boolean;
  /** Serialise child elements as markup (Atom `type="xhtml"` content). */
  readonly markup: boolean;
}

/**
 * Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, each as a RawDoc: the item's
 * `content:encoded` or Atom `content` (else its `description`/`summary`), with its link, title,
 * authors and date in the provenance, and the feed's own title and link. HTML content comes out
 * with mode `html`, plain summaries with mode `text`. An item with neither content nor summary
 * yields a {@link RawDocError}.
 *
 * Safe on hostile input: DTD entities are never expanded (billion laughs stays a few bytes), fields
 * are capped in size with a warning, deep nesting and binary data stop the reading with an
 * error, and the feed is parsed as a stream, so memory stays flat.
 *
 * @example
 * import { readFeed } from './ingest/index.js';
 * for await (const item of readFeed('world.rss')) {
 *   if (item.ok) console.log(item.id, item.provenance.title, item.provenance.feedTitle);
 *   // 'https://news.example/2024/03/talks' 'Talks resume' 'Example News – World'
 * }
 */
export async function* readFeed(input: ByteInput, options: FeedOptions = {}): AsyncGenerator<RawDocResult> {
  const maxField = options.maxFieldChars ?? DEFAULTS.maxFieldChars;
  const maxDepth = options.maxDepth ?? DEFAULTS.maxDepth;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const wrap = options.wrapHtml ?? true;
  const path = typeof input === 'string' ? input : undefined;
  const name = path === undefined ? 'feed' : basename(path);
  const feedProv = (): Provenance => ({ kind: 'feed', ...(path === undefined ? {} : { path }) });

  const ready: RawDocResult[] = [];
  const stack: string[] = [];
  let root: string | null = null;
  let fatal: string | null = null;
  let feedTitle: string | undefined;
  let feedLink: string | undefined;
  let item: Item | null = null;
  let capture: Capture | null = null;
  let count = 0;
  let authorDepth = -1;

  const fail = (message: string) => {
    if (fatal === null) fatal = message;
    parser.pause();
  };

  const emit = (it: Item, truncated: boolean) => {
    count++;
    const f = it.fields;
    const link = f.link || (f.guid && /^https?:\/\//i.test(f.guid) ? f.guid : undefined);
    const id = link || f.id || f.guid || `${name}#${count}`;
    const warnings = [...it.warnings];
    if (truncated) warnings.push('the feed ended inside this item; it may be incomplete');
    const title = f.title ? cleanText(f.title) : undefined;
    const authors = it.authors.map(cleanAuthor).filter((a) => a.length > 0);
    let publishedAt: string | undefined;
    const rawDate = f.published ?? f.updated;
    if (rawDate) {
      const t = Date.parse(rawDate.trim());
      if (Number.isNaN(t)) {
        publishedAt = rawDate.trim();
        warnings.push(`date "${rawDate.trim().slice(0, 60)}" not understood; kept as given`);
      } else publishedAt = new Date(t).toISOString();
    }
    const provenance: Provenance = {
      kind: 'feed',
      ...(path === undefined ? {} : { path }),
      index: count,
      ...(link ? { url: link } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(feedTitle ? { feedTitle } : {}),
      ...(feedLink ? { feedLink } : {}),
      ...(title ? { title } : {}),
      ...(authors.length > 0 ? { authors } : {}),
    };
    const content = f.content?.trim() ? f.content : undefined;
    const summary = f.summary?.trim() ? f.summary : undefined;
    const body = content ?? summary;
    if (body === undefined) {
      ready.push(
        rawError(id, `feed item #${count} has no content or summary${link ? '; fetch its link with `sitrep fetch`' : ''}`, provenance),
      );
      return;
    }
    let html: boolean;
    if (content !== undefined && it.contentIsContentEncoded) html = true;
    else if (content !== undefined && it.contentType !== null)
      html = it.contentType === 'html' || it.contentType === 'xhtml' || it.contentType.includes('html');
    else html = HTML_TAG.test(body);
    const text = html && wrap ? wrapPage(body, { title, link, authors, publishedAt }) : body;
    ready.push({ ok: true, id, body: text, mode: html ? 'html' : 'text', provenance, warnings });
  };

  const startCapture = (field: Capture['field'], markup = false) => {
    capture = { field, depth: stack.length, text: '', cut: false, markup };
  };

  const append = (s: string) => {
    const c = capture;
    if (c === null || c.cut) return;
    if (c.text.length + s.length > maxField) {
      c.text += s.slice(0, maxField - c.text.length);
      c.cut = true;
    } else c.text += s;
  };

  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        if (fatal !== null) return;
        const tag = localName(rawName);
        stack.push(tag);
        const depth = stack.length;
        if (depth > maxDepth) {
          fail(`elements nested deeper than ${maxDepth} levels; stopped reading`);
          return;
        }
        if (root === null) {
          root = tag;
          if (tag !== 'rss' && tag !== 'feed' && tag !== 'rdf:rdf') fail(`not an RSS or Atom feed (the root element is <${rawName}>)`);
          return;
        }
        const c = capture as Capture | null;
        if (c !== null) {
          if (c.markup) append(`<${rawName}${serialiseAttributes(attribs)}>`);
          return;
        }
        if (item === null) {
          if (tag === 'item' || tag === 'entry') {
            item = { depth, fields: {}, authors: [], contentType: null, contentIsContentEncoded: false, warnings: [] };
            return;
          }
          const parent = stack[depth - 2];
          if (parent === 'channel' || parent === 'feed') {
            if (tag === 'title' && feedTitle === undefined) startCapture('feed-title');
            else if (tag === 'link' && feedLink === undefined) {
              if (parent === 'feed') {
                if (isAlternate(attribs) && attribs.href) feedLink = attribs.href.trim();
              } else startCapture('feed-link');
            }
          }
          return;
        }
        const it = item as Item;
        if (depth === it.depth + 2 && authorDepth === it.depth + 1 && tag === 'name') {
          startCapture('author-name');
          return;
        }
        if (depth !== it.depth + 1) return;
        switch (tag) {
          case 'title':
          case 'guid':
          case 'id':
          case 'published':
          case 'updated':
            startCapture(tag);
            return;
          case 'pubdate':
          case 'dc:date':
            startCapture('published');
            return;
          case 'link':
            if (attribs.href !== undefined) {
              if (isAlternate(attribs) && it.fields.link === undefined) it.fields.link = attribs.href.trim();
            } else startCapture('link');
            return;
          case 'description':
          case 'summary':
            startCapture('summary');
            return;
          case 'content:encoded':
            it.contentIsContentEncoded = true;
            startCapture('content');
            return;
          case 'content': {
            if (attribs.src !== undefined) return;
            const type = (attribs.type ?? 'text').toLowerCase();
            it.contentType = type;
            startCapture('content', type === 'xhtml');
            return;
          }
          case 'author':
            if (root === 'feed') authorDepth = depth;
            else startCapture('author');
            return;
          case 'dc:creator':
            startCapture('author');
            return;
          default:
            return;
        }
      },
      ontext(data) {
        if (fatal !== null || capture === null) return;
        append(capture.markup ? escapeText(data) : data);
      },
      onclosetag(rawName, isImplied) {
        if (fatal !== null) return;
        const depth = stack.length;
        stack.pop();
        const c = capture as Capture | null;
        if (c !== null && depth > c.depth) {
          if (c.markup) append(`</${rawName}>`);
          return;
        }
        if (c !== null && depth === c.depth) {
          capture = null;
          finishCapture(c);
          return;
        }
        if (authorDepth === depth) authorDepth = -1;
        const it = item as Item | null;
        if (it !== null && depth === it.depth) {
          item = null;
          emit(it, isImplied);
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );

  const finishCapture = (c: Capture) => {
    const value = c.text;
    if (c.field === 'feed-title') {
      feedTitle = cleanText(value) || undefined;
      return;
    }
    if (c.field === 'feed-link') {
      feedLink = value.trim() || undefined;
      return;
    }
    const it = item as Item | null;
    if (it === null) return;
    if (c.cut) it.warnings.push(`the item's ${c.field === 'author-name' ? 'author' : c.field} was cut to ${maxField} characters`);
    if (c.field === 'author' || c.field === 'author-name') {
      const v = value.trim();
      if (v.length > 0) it.authors.push(v);
      return;
    }
    if (it.fields[c.field] === undefined || c.field === 'content')
      it.fields[c.field] = c.field === 'link' || c.field === 'guid' || c.field === 'id' ? value.trim() : value;
  };

  const bytes = readBytes(input);
  let decoder: iconv.DecoderStream | null = null;
  let pending: Buffer[] = [];
  let total = 0;
  const startDecoding = (): string | null => {
    const head = Buffer.concat(pending);
    pending = [];
    const sniff = sniffEncoding(head);
    if ('error' in sniff) return sniff.error;
    decoder = iconv.getDecoder(sniff.encoding);
    parser.write(decoder.write(head));
    return null;
  };
  try {
    for await (const piece of bytes) {
      const before = total;
      total += piece.length;
      const over = total > maxBytes;
      const chunk = over ? piece.subarray(0, Math.max(0, maxBytes - before)) : piece;
      if (decoder === null) {
        pending.push(chunk);
        if (total < 1024 && !over) continue;
        const problem = startDecoding();
        if (problem !== null) {
          yield rawError(name, problem, feedProv());
          return;
        }
      } else if (chunk.length > 0) {
        parser.write((decoder as iconv.DecoderStream).write(chunk));
      }
      yield* ready.splice(0);
      if (fatal !== null) break;
      if (over) {
        fail(`feed larger than the ${formatBytes(maxBytes)} limit; stopped reading there`);
        break;
      }
    }
    if (fatal === null && decoder === null && pending.length > 0) {
      const problem = startDecoding();
      if (problem !== null) {
        yield rawError(name, problem, feedProv());
        return;
      }
      yield* ready.splice(0);
    }
    if (fatal === null) {
      const d = decoder as iconv.DecoderStream | null;
      if (d !== null) parser.write(d.end() ?? '');
      parser.end();
      const open = item as Item | null;
      if (open !== null && fatal === null) {
        if (capture !== null) finishCapture(capture);
        emit(open, true);
      }
      yield* ready.splice(0);
      if (root === null) fail(decoder === null ? 'empty file, not a feed' : 'not an RSS or Atom feed (no XML element found)');
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    yield* ready.splice(0);
    fail(
      e.code === 'ENOENT'
        ? 'no such file'
        : e.code === 'EACCES'
          ? 'permission denied'
          : e.code === 'EISDIR'
            ? 'is a directory'
            : /unexpected end of file/i.test(e.message)
              ? 'the gzip data is truncated'
              : e.message,
    );
  } finally {
    await bytes.return(undefined);
  }
  if (fatal !== null)
    yield rawError(count > 0 ? `${name}#${count + 1}` : name, count > 0 ? `after item #${count}: ${fatal}` : fatal, feedProv());
}

function localName(name: string): string {
  const lower = name.toLowerCase();
  return lower.startsWith('atom:') ? lower.slice(5) : lower;
}

function isAlternate(attribs: Record<string, string>): boolean {
  const rel = (attribs.rel ?? 'alternate').trim().toLowerCase();
  return rel === 'alternate';
}

function sniffEncoding(first: Buffer): { encoding: string } | { error: string } {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8' };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le' };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be' };
  const head = first.subarray(0, 1024);
  if (head.includes(0)) return { error: 'binary data, not a feed (found a NUL byte)' };
  const text = head.toString('latin1');
  if (!/^\s*</.test(text)) return { error: 'not an RSS or Atom feed (the file does not start with XML)' };
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(text)?.[1];
  if (declared && iconv.encodingExists(declared)) return { encoding: declared.toLowerCase() };
  return { encoding: 'utf-8' };
}

function cleanText(s: string): string {
  const decoded = s.includes('&') ? decodeHTML(s) : s;
  return decoded
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function cleanAuthor(s: string): string {
  const text = cleanText(s);
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (named?.[1]) return named[1].trim();
  return /^\S+@\S+\.\w+$/.test(text) ? '' : text;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

function serialiseAttributes(attribs: Record<string, string>): string {
  let out = '';
  for (const [k, v] of Object.entries(attribs)) out += ` ${k}="${escapeAttr(v)}"`;
  return out;
}

function wrapPage(
  content: string,
  meta: { title: string | undefined; link: string | undefined; authors: string[]; publishedAt: string | undefined },
): string {
  const head: string[] = ['<meta charset="utf-8">'];
  if (meta.title) head.push(`<title>${escapeText(meta.title)}</title>`, `<meta property="og:title" content="${escapeAttr(meta.title)}">`);
  if (meta.link) head.push(`<link rel="canonical" href="${escapeAttr(meta.link)}">`);
  for (const a of meta.authors) head.push(`<meta name="author" content="${escapeAttr(a)}">`);
  if (meta.publishedAt) head.push(`<meta property="article:published_time" content="${escapeAttr(meta.publishedAt)}">`);
  return `<!doctype html>\n<html><head>${head.join('')}</head>\n<body><article>\n${content}\n</article></body></html>\n`;
}
