import { type ByteInput, ByteReader, formatBytes, inputName, readBytes } from '../bytes.js';
import { dechunk, decodeContentEncoding, isGzip, isHtmlType, looksLikeHtmlBytes, parseContentType } from '../http-body.js';
import { type Provenance, type RawDocResult, rawError } from '../raw-doc.js';

/** Options of {@link readWarc}. */
export interface WarcOptions {
  /** A record whose HTML body is larger than this is reported as an error and skipped. Default 32 MiB. */
  maxBodyBytes?: number;
  /** Largest WARC or HTTP header section accepted. Default 64 KiB. */
  maxHeaderBytes?: number;
  /** Told about each record that is passed over on purpose (not HTML, not a 2xx response, a request record…). */
  onSkip?: (skip: WarcSkip) => void;
}

/** A record that {@link readWarc} passed over on purpose. */
export interface WarcSkip {
  /** 1-based position of the record in the archive. */
  readonly index: number;
  readonly type: string;
  readonly recordId?: string;
  readonly url?: string;
  readonly reason: string;
}

const DEFAULT_MAX_BODY = 32 * 1024 * 1024;
const DEFAULT_MAX_HEADER = 64 * 1024;
const VERSION = /^WARC\/\d+\.\d+\r?\n/;
const NEXT_RECORD = Buffer.from('\nWARC/', 'latin1');

type Headers = Map<string, string>;

class Truncated extends Error {}

/**
 * Reads the HTML pages of a WARC or WARC.gz web archive: `response` records (the HTTP headers
 * are parsed, chunked transfer coding and gzip/deflate/br content encoding are undone, the
 * declared charset is passed on) and `resource` records, both when their content is HTML.
 *
 * Streams the archive: memory stays flat whatever its size. Gzip is detected by its magic
 * number, whether each record is its own gzip member or the whole file is one. A malformed
 * record yields a {@link RawDocError} and reading resumes at the next record; a truncated
 * archive or corrupt gzip data yields one error and ends the iteration (records whose gzip data
 * ends in the same 16 KiB of input as the corruption may be lost with it).
 *
 * @example
 * import { readWarc } from './ingest/index.js';
 * for await (const item of readWarc('crawl.warc.gz')) {
 *   if (!item.ok) console.error(`${item.id}: ${item.error}`);
 *   else console.log(item.id, item.charset, item.body.length); // URL, 'utf-8', bytes
 * }
 */
export async function* readWarc(input: ByteInput, options: WarcOptions = {}): AsyncGenerator<RawDocResult> {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const maxHeader = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER;
  const name = inputName(input, 'warc');
  const path = typeof input === 'string' ? input : undefined;
  const bytes = readBytes(input);
  const reader = new ByteReader(bytes);
  let index = 0;
  let lastGood = 'the start of the archive';
  const at = () => `${name}@${reader.offset}`;
  try {
    for (;;) {
      if (index > 0) lastGood = `record #${index}`;
      if (!(await skipBlankLines(reader))) {
        if (reader.failure) throw reader.failure;
        return;
      }
      const start = reader.offset;
      const head = await reader.peek(maxHeader);
      if (!VERSION.test(head.toString('latin1', 0, Math.min(head.length, 16)))) {
        const skipped = await resync(reader);
        const to = (await reader.peek(1)).length > 0 ? 'the next record' : 'the end';
        yield rawError(
          `${name}@${start}`,
          `malformed archive: no WARC record at byte ${start} (after ${lastGood}); skipped ${skipped} bytes to ${to}`,
          prov(path, {}),
        );
        continue;
      }
      const end = headerEnd(head);
      if (end < 0) {
        if (head.length < maxHeader) throw new Truncated(`archive truncated inside the headers of the record at byte ${start}`);
        await resync(reader);
        yield rawError(
          `${name}@${start}`,
          `malformed record at byte ${start}: WARC headers longer than ${formatBytes(maxHeader)}`,
          prov(path, {}),
        );
        continue;
      }
      const headers = parseHeaders(head.toString('utf8', 0, end).split(/\r?\n/).slice(1));
      await reader.skip(end + (head[end] === 0x0d ? 4 : 2));
      index++;
      const recordId = headers.get('warc-record-id');
      const type = (headers.get('warc-type') ?? '').toLowerCase();
      const url = targetUri(headers);
      const fetchedAt = headers.get('warc-date');
      const base: Provenance = prov(path, { recordId, index, url, fetchedAt });
      const id = url ?? recordId ?? `${name}#${index}`;
      const lengthText = headers.get('content-length');
      if (lengthText === undefined || !/^\d+$/.test(lengthText)) {
        await resync(reader);
        yield rawError(
          id,
          `malformed record #${index} at byte ${start}: ${lengthText === undefined ? 'no Content-Length' : `bad Content-Length "${lengthText.slice(0, 40)}"`}; skipped to the next record`,
          base,
        );
        continue;
      }
      const length = Number(lengthText);
      let consumed = 0;
      const skip = async (reason: string) => {
        options.onSkip?.({ index, type, recordId, url, reason });
        const remaining = length - consumed;
        if ((await reader.skip(remaining)) < remaining) throw new Truncated(truncatedMessage(index, id, length));
      };

      if (type === 'resource') {
        const { mediaType, charset } = parseContentType(headers.get('content-type'));
        if (!isHtmlType(mediaType)) {
          await skip(`not HTML (${mediaType ?? 'no content type'})`);
          continue;
        }
        if (length > maxBody) {
          await skip('too large');
          yield rawError(id, `record #${index} is ${formatBytes(length)}, more than the ${formatBytes(maxBody)} limit; skipped`, base);
          continue;
        }
        const body = await reader.read(length);
        if (body.length < length) throw new Truncated(truncatedMessage(index, id, length));
        yield doc(id, body, charset, { ...base, contentType: mediaType ?? undefined }, []);
        continue;
      }
      if (type !== 'response') {
        await skip(`${type || 'untyped'} record`);
        continue;
      }
      const warcType = parseContentType(headers.get('content-type')).mediaType;
      const httpHead = await reader.peek(Math.min(length, maxHeader));
      if ((warcType !== null && warcType !== 'application/http') || !/^HTTP\/\d/.test(httpHead.toString('latin1', 0, 8))) {
        await skip(`not an HTTP response (${warcType ?? 'no content type'})`);
        continue;
      }
      const httpEnd = headerEnd(httpHead);
      if (httpEnd < 0) {
        if (httpHead.length < Math.min(length, maxHeader)) throw new Truncated(truncatedMessage(index, id, length));
        await skip('bad HTTP headers');
        yield rawError(
          id,
          `malformed record #${index}: the HTTP headers do not end within the record (or exceed ${formatBytes(maxHeader)})`,
          base,
        );
        continue;
      }
      const httpLines = httpHead.toString('latin1', 0, httpEnd).split(/\r?\n/);
      const statusMatch = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(httpLines[0] ?? '');
      const httpHeaders = parseHeaders(httpLines.slice(1));
      consumed = httpEnd + (httpHead[httpEnd] === 0x0d ? 4 : 2);
      await reader.skip(consumed);
      if (!statusMatch) {
        await skip('bad status line');
        yield rawError(id, `malformed record #${index}: bad HTTP status line "${(httpLines[0] ?? '').slice(0, 60)}"`, base);
        continue;
      }
      const status = Number(statusMatch[1]);
      const { mediaType, charset } = parseContentType(httpHeaders.get('content-type'));
      const withHttp: Provenance = { ...base, status, ...(mediaType ? { contentType: mediaType } : {}) };
      if (status < 200 || status > 299) {
        await skip(`HTTP status ${status}`);
        continue;
      }
      if (mediaType !== null && !isHtmlType(mediaType)) {
        await skip(`not HTML (${mediaType})`);
        continue;
      }
      const bodyLength = length - consumed;
      if (bodyLength > maxBody) {
        await skip('too large');
        yield rawError(
          id,
          `record #${index} has a ${formatBytes(bodyLength)} body, more than the ${formatBytes(maxBody)} limit; skipped`,
          withHttp,
        );
        continue;
      }
      let body = await reader.read(bodyLength);
      if (body.length < bodyLength) throw new Truncated(truncatedMessage(index, id, length));
      const warnings: string[] = [];
      if (/chunked/i.test(httpHeaders.get('transfer-encoding') ?? '')) {
        const plain = dechunk(body);
        if (plain) body = plain;
        else warnings.push('Transfer-Encoding says chunked but the body is not; read as is');
      }
      const encoding = httpHeaders.get('content-encoding');
      if (encoding && !/^\s*identity\s*$/i.test(encoding)) {
        const gzipDeclared = /gzip/i.test(encoding);
        if (gzipDeclared && !isGzip(body) && looksLikeHtmlBytes(body)) {
          warnings.push(`Content-Encoding says ${encoding.trim()} but the body is already decoded`);
        } else {
          try {
            body = decodeContentEncoding(body, encoding, maxBody);
          } catch (error) {
            if (looksLikeHtmlBytes(body)) warnings.push(`Content-Encoding says ${encoding.trim()} but the body is already decoded`);
            else {
              yield rawError(id, `record #${index}: ${(error as Error).message}`, withHttp);
              continue;
            }
          }
        }
      }
      if (mediaType === null && !looksLikeHtmlBytes(body)) {
        options.onSkip?.({ index, type, recordId, url, reason: 'no content type and not HTML' });
        continue;
      }
      yield doc(id, body, charset, withHttp, warnings);
    }
  } catch (error) {
    const cause = error instanceof Truncated && reader.failure ? reader.failure : error;
    const message =
      cause instanceof Truncated
        ? cause.message
        : `cannot read past ${lastGood} (byte ${reader.offset} of the uncompressed archive): ${describeStreamError(cause as NodeJS.ErrnoException)}`;
    yield rawError(at(), message, prov(path, {}));
  } finally {
    await bytes.return(undefined);
  }
}

function doc(id: string, body: Buffer, charset: string | null, provenance: Provenance, warnings: string[]): RawDocResult {
  return { ok: true, id, body, ...(charset ? { charset } : {}), mode: 'html', provenance, warnings };
}

function prov(path: string | undefined, fields: Partial<Record<keyof Provenance, unknown>>): Provenance {
  const out: Record<string, unknown> = { kind: 'warc' };
  if (path !== undefined) out.path = path;
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out as unknown as Provenance;
}

function truncatedMessage(index: number, id: string, length: number): string {
  return `archive truncated: record #${index} (${id}) declares ${length} bytes but the archive ends first`;
}

function describeStreamError(e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e.message)) return 'the gzip data is truncated';
  if (typeof e.code === 'string' && e.code.startsWith('Z_')) return `corrupt gzip data (${e.message})`;
  return e.message;
}

/** Skips CR/LF between records; false at the end of the stream. */
async function skipBlankLines(reader: ByteReader): Promise<boolean> {
  for (;;) {
    const b = await reader.peek(1);
    if (b.length === 0) return false;
    if (b[0] !== 0x0d && b[0] !== 0x0a) return true;
    await reader.skip(1);
  }
}

/** Moves to the next line that starts with `WARC/` (never staying put); returns the bytes skipped. */
async function resync(reader: ByteReader): Promise<number> {
  let skipped = 0;
  for (;;) {
    const win = await reader.peek(64 * 1024);
    const i = win.indexOf(NEXT_RECORD);
    if (i >= 0) return skipped + (await reader.skip(i + 1));
    if (win.length <= NEXT_RECORD.length) return skipped + (await reader.skip(win.length));
    skipped += await reader.skip(win.length - NEXT_RECORD.length);
  }
}

/** Index of the blank line that ends a header section (at its CR LF CR LF or LF LF), or -1. */
function headerEnd(b: Buffer): number {
  const crlf = b.indexOf('\r\n\r\n', 0, 'latin1');
  const lf = b.indexOf('\n\n', 0, 'latin1');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return crlf;
  return lf;
}

function parseHeaders(lines: string[]): Headers {
  const headers: Headers = new Map();
  let last: string | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last !== null) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const prev = headers.get(key);
    headers.set(key, prev === undefined ? value : `${prev}, ${value}`);
    last = key;
  }
  return headers;
}

function targetUri(headers: Headers): string | undefined {
  const raw = headers.get('warc-target-uri');
  if (!raw) return undefined;
  return raw.replace(/^<(.*)>$/, '$1');
}
