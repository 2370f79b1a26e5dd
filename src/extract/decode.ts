import { getEncoding } from 'encoding-sniffer';
import iconv from 'iconv-lite';

/** The text of an input and how it was decoded. */
export interface Decoded {
  readonly text: string;
  /** The character encoding used, as a lower-case label (`utf-8`, `windows-1252`, …). */
  readonly encoding: string;
  readonly warnings: string[];
}

/** Thrown when the input is not text at all (images, archives, executables). */
export class NotTextError extends Error {
  override readonly name = 'NotTextError';
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes the bytes of a page or text file into a string.
 *
 * Order of evidence: a byte-order mark; then strict UTF-8 validity (bytes that decode as UTF-8
 * without error are UTF-8 whatever the page declares, since legacy encodings almost never form
 * valid multi-byte sequences by chance); then the charset the page declares in `<meta>`; then
 * windows-1252, the web's default. Legacy encodings go through iconv-lite.
 *
 * @example
 * decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text // 'café' (windows-1252)
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const warnings: string[] = [];
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', warnings };
  const bom = bomEncoding(bytes);
  if (bom) {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), bom, { stripBOM: true }),
      encoding: bom,
      warnings,
    };
  }
  assertLooksLikeText(bytes);
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    // not UTF-8: fall through to the declared or default legacy charset
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let label = (declared ?? getEncoding(bytes, { maxBytes: 4096, defaultEncoding: 'windows-1252' })).toLowerCase();
  if (label === 'utf-8' || label === 'utf8') {
    const bad = countInvalidUtf8(bytes);
    if (bad.invalid <= Math.max(2, bad.multibyte * 0.02)) {
      warnings.push(`the input declares UTF-8 but has ${bad.invalid} invalid byte sequence(s); they were replaced`);
      return { text: buffer.toString('utf8'), encoding: 'utf-8', warnings };
    }
    warnings.push('the input declares UTF-8 but is not; decoded as windows-1252');
    label = 'windows-1252';
  }
  if (label === 'iso-8859-1' || label === 'us-ascii' || label === 'latin1') label = 'windows-1252';
  if (!iconv.encodingExists(label)) {
    warnings.push(`unknown charset "${label}"; decoded as windows-1252`);
    label = 'windows-1252';
  }
  return { text: iconv.decode(buffer, label), encoding: label, warnings };
}

function bomEncoding(b: Uint8Array): string | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** Rejects inputs whose first bytes are mostly control characters or NULs: binary files. */
function assertLooksLikeText(b: Uint8Array): void {
  const n = Math.min(b.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) {
      throw new NotTextError('binary data, not text (found a NUL byte)');
    }
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) control++;
  }
  if (control > n * 0.1) throw new NotTextError('binary data, not text (too many control characters)');
}

function countInvalidUtf8(b: Uint8Array): { invalid: number; multibyte: number } {
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c <= 0xdf ? 1 : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    let ok = i + need < b.length;
    for (let k = 1; ok && k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { invalid, multibyte };
}
