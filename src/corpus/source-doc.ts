import type { Doc } from '../doc.js';
import { decodeBytes } from '../extract/decode.js';
import { extract } from '../extract/extract.js';
import type { Provenance } from '../ingest/raw-doc.js';
import { canonicalUrl } from '../store/ids.js';

/** What a source says about one document besides its bytes: a feed item's, a JSON line's, a WARC record's. */
export interface SourceInfo {
  /** What the body is, when the source says. */
  readonly mode?: 'html' | 'text';
  /** The charset the source declared for the bytes (HTTP Content-Type). */
  readonly charset?: string;
  readonly provenance: Provenance;
}

/**
 * Extracts one document read from a source, with what the source knows: its bytes decoded by the
 * declared charset, its URL; the date the source states (a JSON line's, a feed item's) wins over
 * the one extraction finds, and the title and authors a page lacks are taken from the source. This
 * is how `sitrep ingest` and the commands that read feeds, archives and JSON Lines build a Doc.
 *
 * @example
 * const doc = extractSourceDoc('<p>Talks resumed on Monday in Geneva.</p>', {
 *   mode: 'html',
 *   provenance: { kind: 'feed', title: 'Talks resume', publishedAt: '2025-11-24' },
 * });
 * doc.meta.title; // 'Talks resume'
 */
export function extractSourceDoc(body: Uint8Array | string, source: SourceInfo, mode: 'auto' | 'html' | 'text' = 'auto'): Doc {
  const p = source.provenance;
  let input = body;
  let decodeWarnings: string[] = [];
  if (typeof input !== 'string' && source.charset && !(input[0] === 0x1f && input[1] === 0x8b)) {
    const decoded = decodeBytes(input, source.charset);
    input = decoded.text;
    decodeWarnings = decoded.warnings;
  }
  let doc = extract(input, { mode: mode === 'auto' ? (source.mode ?? 'auto') : mode, url: canonicalUrl(p.url) });
  if (decodeWarnings.length > 0) doc = { ...doc, warnings: [...decodeWarnings, ...doc.warnings] };
  const meta = doc.meta;
  // The date a record states (a JSON line's "publishedAt", a feed item's date) is the one its
  // publisher or the user gave; extraction's is read off the page and may be a date the story
  // tells of ("on May 17, 2001"). The title and authors the page shows come first.
  const statedDate = p.publishedAt && p.publishedAt !== meta.publishedAt ? p.publishedAt : null;
  if ((!meta.title && p.title) || statedDate || (meta.authors.length === 0 && p.authors?.length)) {
    doc = {
      ...doc,
      meta: {
        ...meta,
        title: meta.title ?? p.title ?? null,
        publishedAt: statedDate ?? meta.publishedAt,
        authors: meta.authors.length > 0 ? meta.authors : [...(p.authors ?? [])],
      },
    };
  }
  return doc;
}
