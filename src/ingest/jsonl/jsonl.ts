import { basename } from 'node:path';
import { type ByteInput, ByteReader, formatBytes, readBytes } from '../bytes.js';
import { type Provenance, type RawDocResult, rawError } from '../raw-doc.js';

/** Options of {@link readJsonl}. */
export interface JsonlOptions {
  /** A longer line is reported as an error and skipped without being held in memory. Default 32 MiB. */
  maxLineBytes?: number;
}

const DEFAULT_MAX_LINE = 32 * 1024 * 1024;

/**
 * Reads a JSON Lines file (optionally gzipped) of documents, one object a line:
 * `{"url"?, "html"? | "text"?, "publishedAt"?, "id"?}`, plus the `fetchedAt`, `status` and
 * `contentType` fields that `sitrep fetch` writes. Blank lines are skipped. A line that is not
 * JSON, not an object, has neither `html` nor `text`, or is too long yields a
 * {@link RawDocError} naming its line number, and reading goes on.
 *
 * The id of a document is its `id` (also kept as `provenance.recordId`, and used by ingest as the
 * stored document's id), else its `url`, else `file.jsonl:LINE`. Streams line by
 * line, so memory stays flat whatever the file's size.
 *
 * @example
 * import { readJsonl } from './ingest/index.js';
 * for await (const item of readJsonl('pages.jsonl')) {
 *   if (item.ok) console.log(item.id, item.mode, item.provenance.line); // 'https://…', 'html', 1
 *   else console.error(item.error); // 'line 7: bad JSON (Unexpected token …)'
 * }
 */
export async function* readJsonl(input: ByteInput, options: JsonlOptions = {}): AsyncGenerator<RawDocResult> {
  const maxLine = options.maxLineBytes ?? DEFAULT_MAX_LINE;
  const path = typeof input === 'string' ? input : undefined;
  const name = path === undefined ? 'jsonl' : basename(path);
  const bytes = readBytes(input);
  const reader = new ByteReader(bytes);
  let lineNo = 0;
  try {
    for (;;) {
      const next = await reader.readLine(maxLine);
      if (next === null) break;
      lineNo++;
      const where: Provenance = path === undefined ? { kind: 'jsonl', line: lineNo } : { kind: 'jsonl', path, line: lineNo };
      const lineId = `${name}:${lineNo}`;
      if (next.tooLong) {
        yield rawError(lineId, `line ${lineNo} is longer than the ${formatBytes(maxLine)} limit; skipped`, where);
        continue;
      }
      let text = next.line.toString('utf8');
      if (lineNo === 1) text = text.replace(/^\ufeff/, '');
      if (text.trim().length === 0) continue;
      yield parseLine(text, lineNo, lineId, where);
    }
    if (reader.failure) throw reader.failure;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const reason =
      e.code === 'ENOENT'
        ? 'no such file'
        : e.code === 'EACCES'
          ? 'permission denied'
          : e.code === 'EISDIR'
            ? 'is a directory'
            : /unexpected end of file/i.test(e.message)
              ? 'the gzip data is truncated'
              : e.message;
    yield rawError(lineNo > 0 ? `${name}:${lineNo}` : name, lineNo > 0 ? `cannot read past line ${lineNo}: ${reason}` : reason, {
      kind: 'jsonl',
      ...(path === undefined ? {} : { path }),
    });
  } finally {
    await bytes.return(undefined);
  }
}

function parseLine(text: string, lineNo: number, lineId: string, where: Provenance): RawDocResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return rawError(lineId, `line ${lineNo}: bad JSON (${(error as Error).message})`, where);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return rawError(
      lineId,
      `line ${lineNo}: expected a JSON object, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
      where,
    );
  }
  const o = value as Record<string, unknown>;
  const html = nonEmptyString(o.html);
  const plain = nonEmptyString(o.text);
  const url = nonEmptyString(o.url);
  const ownId = nonEmptyString(o.id);
  const id = ownId ?? url ?? lineId;
  if (html === undefined && plain === undefined) {
    return rawError(id, `line ${lineNo}: no "html" or "text" field with content`, where);
  }
  const warnings: string[] = [];
  if (html !== undefined && plain !== undefined) warnings.push('the line has both "html" and "text"; "html" was used');
  for (const key of ['url', 'id', 'publishedAt', 'fetchedAt', 'contentType'] as const) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string') warnings.push(`"${key}" is not a string; ignored`);
  }
  const provenance: Record<string, unknown> = { ...where };
  if (ownId !== undefined) provenance.recordId = ownId;
  if (url !== undefined) provenance.url = url;
  for (const key of ['publishedAt', 'fetchedAt', 'contentType'] as const) {
    const v = nonEmptyString(o[key]);
    if (v !== undefined) provenance[key] = v;
  }
  if (typeof o.status === 'number' && Number.isInteger(o.status)) provenance.status = o.status;
  return {
    ok: true,
    id,
    body: html ?? (plain as string),
    mode: html !== undefined ? 'html' : 'text',
    provenance: provenance as unknown as Provenance,
    warnings,
  };
}

function nonEmptyString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim().length > 0 ? v : undefined;
}
