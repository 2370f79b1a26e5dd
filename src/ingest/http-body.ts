import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { formatBytes } from './bytes.js';

/** A Content-Type header split into its media type and charset. @internal */
export interface ContentType {
  /** Lower-case media type without parameters (`text/html`), or `null` when absent or unreadable. */
  readonly mediaType: string | null;
  /** Lower-case charset parameter without quotes, or `null`. */
  readonly charset: string | null;
}

/** Parses a Content-Type header value. @internal */
export function parseContentType(value: string | null | undefined): ContentType {
  if (!value) return { mediaType: null, charset: null };
  const [type = '', ...params] = value.split(';');
  const mediaType = type.trim().toLowerCase();
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m?.[1]) charset = m[1].toLowerCase();
  }
  return { mediaType: /^[\w.+-]+\/[\w.+-]+$/.test(mediaType) ? mediaType : null, charset };
}

/** Media types read as HTML. @internal */
export function isHtmlType(mediaType: string | null): boolean {
  return mediaType === 'text/html' || mediaType === 'application/xhtml+xml';
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** Whether bytes of unknown type start like an HTML document. @internal */
export function looksLikeHtmlBytes(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return HTML_START.test(head.replace(/^\ufeff|^\xef\xbb\xbf/, ''));
}

/**
 * Undoes HTTP chunked transfer coding. Returns `null` when the bytes are not well-formed chunks
 * (some archivers store the body already de-chunked but keep the header).
 * @internal
 */
export function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', pos, 'latin1');
    if (eol < 0 || eol - pos > 1024) return null;
    const sizeText = body.toString('latin1', pos, eol).split(';')[0]!.trim();
    if (!/^[0-9a-f]+$/i.test(sizeText)) return null;
    const size = Number.parseInt(sizeText, 16);
    pos = eol + 2;
    if (size === 0) break;
    if (pos + size > body.length) return null;
    parts.push(body.subarray(pos, pos + size));
    pos += size;
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    else if (pos < body.length) return null;
  }
  return Buffer.concat(parts);
}

/**
 * Undoes a Content-Encoding (`gzip`, `x-gzip`, `deflate`, `br`, `identity`, or a list of them),
 * refusing output larger than `maxBytes`. Throws an Error saying why when the data is corrupt.
 * @internal
 */
export function decodeContentEncoding(body: Buffer, encoding: string | null | undefined, maxBytes: number): Buffer {
  if (!encoding) return body;
  const codings = encoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c.length > 0 && c !== 'identity');
  let out = body;
  for (const coding of codings.reverse()) {
    const opts = { maxOutputLength: maxBytes };
    try {
      if (coding === 'gzip' || coding === 'x-gzip') out = gunzipSync(out, opts);
      else if (coding === 'br') out = brotliDecompressSync(out, opts);
      else if (coding === 'deflate') out = isZlibHeader(out) ? inflateSync(out, opts) : inflateRawSync(out, opts);
      else throw new Error(`unsupported content encoding "${coding}"`);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
        throw new Error(`body larger than ${formatBytes(maxBytes)} once decompressed`);
      }
      if (e.message.startsWith('unsupported')) throw e;
      throw new Error(`corrupt ${coding} content encoding (${e.message})`);
    }
  }
  return out;
}

function isZlibHeader(b: Buffer): boolean {
  return b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;
}

/** Whether bytes start with the gzip magic number. @internal */
export function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}
