import { gunzipSync } from 'node:zlib';
import type { Doc, ExtractMode } from '../doc.js';
import { decodeBytes } from './decode.js';
import { looksLikeHtml } from './detect-mode.js';
import { extractFromHtml } from './html/extract-html.js';
import { detectLanguage } from './language.js';
import { repairMojibake } from './mojibake.js';
import { extractFromText } from './text/extract-text.js';

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** The page's URL: resolves relative links, fills `meta.url` when the page has no canonical link. */
  url?: string | null;
  /** `auto` (default) tells HTML from flattened text; `html` and `text` force a mode. */
  mode?: ExtractMode | 'auto';
  /** Pages larger than this many characters are cut to it, with a warning. Default 16 MiB. */
  maxChars?: number;
}

/** Thrown for inputs that cannot be read at all; the message says why. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
}

const DEFAULT_MAX_CHARS = 16 * 1024 * 1024;

/**
 * Turns a news page into a clean article: body text in blocks, title, authors, date, site,
 * language, image credits and related links kept apart.
 *
 * The input is HTML or page text that a scraper already flattened (one block per line); bytes
 * are decoded by BOM, UTF-8 validity, the page's declared charset, then windows-1252, and
 * gzip-compressed bytes are unpacked. Text that was UTF-8 and was read as Windows-1252 before it
 * reached us ("Earthâ€™s") is repaired, with a warning.
 *
 * @example
 * import { extract } from 'sitrep';
 * const doc = extract('<html><head><title>Talks resume – Example News</title></head>' +
 *   '<body><article><h1>Talks resume</h1><p>Negotiators met again on Tuesday, officials said.</p></article></body></html>');
 * doc.meta.title // 'Talks resume'
 * doc.text       // 'Negotiators met again on Tuesday, officials said.'
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Doc {
  const warnings: string[] = [];
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    let bytes = input;
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        bytes = gunzipSync(bytes);
      } catch (error) {
        throw new ExtractError(`corrupt or truncated gzip data (${(error as Error).message})`, { cause: error });
      }
    }
    try {
      const decoded = decodeBytes(bytes);
      text = decoded.text;
      warnings.push(...decoded.warnings);
    } catch (error) {
      throw new ExtractError((error as Error).message, { cause: error });
    }
  }
  if (text.includes('\u0000')) {
    const nuls = text.split('\u0000').length - 1;
    if (nuls > 16) throw new ExtractError('binary data, not text (contains NUL characters)');
    text = text.replaceAll('\u0000', '');
  }
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > max) {
    warnings.push(`input cut to its first ${max} characters (it had ${text.length})`);
    text = text.slice(0, max);
  }
  const mode = options.mode && options.mode !== 'auto' ? options.mode : looksLikeHtml(text) ? 'html' : 'text';
  const url = options.url ?? null;
  const doc = repairMojibake(mode === 'html' ? extractFromHtml(text, { url }, warnings) : extractFromText(text, { url }, warnings));
  if (doc.meta.lang !== null || doc.text.length === 0) return doc;
  const lang = detectLanguage(doc.text);
  return lang ? { ...doc, meta: { ...doc.meta, lang } } : doc;
}
