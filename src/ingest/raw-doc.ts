/**
 * What a source reader hands on: one document's bytes or text with where it came from.
 *
 * Readers are async iterables of {@link RawDocResult}: a {@link RawDoc} for each document, or a
 * {@link RawDocError} for an item that could not be read, so that a batch goes on past a bad item
 * and the caller decides what to record.
 */

/** Which kind of source a document came from. */
export type RawDocKind = 'file' | 'warc' | 'feed' | 'jsonl' | 'url';

/** Where a document came from. Fields that a source does not know are absent. */
export interface Provenance {
  readonly kind: RawDocKind;
  /** The file the document was read from (the archive, feed or JSON Lines file for those kinds). */
  readonly path?: string;
  /** The record's own id: a WARC record id (`<urn:uuid:…>`), or a JSON line's `"id"`. */
  readonly recordId?: string;
  /** 1-based position of the record in a WARC file, or of the item in a feed. */
  readonly index?: number;
  /** 1-based line number in a JSON Lines file. */
  readonly line?: number;
  /** The page's URL (after redirects, for fetched pages). */
  readonly url?: string;
  /** The URL that was asked for, when redirects led elsewhere. */
  readonly requestedUrl?: string;
  /** When the page was fetched (ISO 8601): the WARC-Date, or the time of the response. */
  readonly fetchedAt?: string;
  /** When the source says the document was published (ISO 8601 when it could be parsed). */
  readonly publishedAt?: string;
  /** HTTP status of the response. */
  readonly status?: number;
  /** The media type the source declared, without parameters (`text/html`). */
  readonly contentType?: string;
  /** The feed's own title and link, for feed items. */
  readonly feedTitle?: string;
  readonly feedLink?: string;
  /** The item's title and authors, for feed items. */
  readonly title?: string;
  readonly authors?: readonly string[];
}

/** One document read from a source. */
export interface RawDoc {
  readonly ok: true;
  /** A stable name: the URL when there is one, otherwise a name derived from the source. */
  readonly id: string;
  /** The document: raw bytes (to be decoded, see {@link RawDoc.charset}) or already-decoded text. */
  readonly body: Uint8Array | string;
  /** The charset the source declared for `body` bytes (HTTP Content-Type), lower case. */
  readonly charset?: string;
  /** What the body is, when the source says: HTML markup or plain page text. */
  readonly mode?: 'html' | 'text';
  readonly provenance: Provenance;
  /** Things that went wrong without losing the document (a field cut to size, a date not understood). */
  readonly warnings: readonly string[];
}

/** An item of a source that could not be read; the reader goes on with the next one. */
export interface RawDocError {
  readonly ok: false;
  /** The item's id as far as it is known (URL, record id, `file.jsonl:17`). */
  readonly id: string;
  /** Why, in words for a person. */
  readonly error: string;
  readonly provenance?: Provenance;
}

/** What a reader yields. */
export type RawDocResult = RawDoc | RawDocError;

/** A source reader's output. */
export type RawDocSource = AsyncIterable<RawDocResult>;

/** @internal */
export function rawError(id: string, error: string, provenance?: Provenance): RawDocError {
  return provenance ? { ok: false, id, error, provenance } : { ok: false, id, error };
}
