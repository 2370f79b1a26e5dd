import { extractSourceDoc } from '../corpus/source-doc.js';
import { type Doc, emptyMeta } from '../doc.js';
import { extract } from '../extract/extract.js';
import { lineParagraphs } from '../nlp/quotes/quotes.js';
import type { InputItem } from './inputs.js';

/** One document for a command that analyses texts, or the reason there is none. */
export interface TextJob {
  readonly id: string;
  /** Where the document came from, for messages: a path, or `path:line` for a JSON line. */
  readonly label: string;
  readonly doc?: Doc;
  /** Whether the output should carry the text its offsets index (it was extracted from a page). */
  readonly withText: boolean;
  readonly error?: string;
}

/**
 * A document made of text taken as it is: every non-empty line a paragraph (without its leading
 * and trailing blanks), offsets into the text itself.
 *
 * @example
 * plainDoc('NATO met.\n\nRussia objected.').blocks.length // 2
 */
export function plainDoc(text: string, meta: Partial<Doc['meta']> = {}): Doc {
  const blocks = lineParagraphs(text).map(({ start, end }): Doc['blocks'][number] => {
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    return { kind: 'paragraph', start: start + lead, end: start + lead + line.trim().length };
  });
  return { text, blocks, meta: { ...emptyMeta(), ...meta }, mode: 'text', warnings: [] };
}

/** A date as the layers want it (`2008-08-04`), from `20080804` or an ISO 8601 date or time; else null. */
export function isoDate(d: unknown): string | null {
  if (typeof d !== 'string') return null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(d);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
}

/** The fields a JSON line may carry its date in, in the order they are looked at. */
const DATE_FIELDS = ['publishedAt', 'published_at', 'publication_date', 'date'] as const;

/**
 * The documents of a JSON Lines file whose lines are `{"id"?, "text", <date>?}`, each text taken
 * as it is ({@link plainDoc}). A line without an id is named by its place (`file:12`); a line
 * that is not such an object becomes a job with an error, and the others go on.
 */
export function jsonlTextJobs(label: string, raw: string): TextJob[] {
  const jobs: TextJob[] = [];
  raw.split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    const where = `${label}:${n + 1}`;
    try {
      const rec = JSON.parse(line) as unknown;
      if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) throw new Error('not a JSON object');
      const fields = rec as Record<string, unknown>;
      if (typeof fields.text !== 'string') throw new Error('no "text" string');
      const id = fields.id === undefined || fields.id === null ? where : String(fields.id);
      const date = DATE_FIELDS.map((f) => isoDate(fields[f])).find((d) => d !== null) ?? null;
      jobs.push({ id, label: where, doc: plainDoc(fields.text, { publishedAt: date }), withText: false });
    } catch (error) {
      jobs.push({ id: where, label: where, withText: false, error: `bad line: ${(error as Error).message}` });
    }
  });
  return jobs;
}

/**
 * The documents of one input of a command that analyses texts: the lines of a JSON Lines file
 * (`input: 'jsonl'`), the text taken as it is (`plain`), or the article extracted from a page or
 * from an item of a feed, archive or JSON Lines file; one job with the reason when it cannot be read.
 */
export async function textJobsOf(item: InputItem, options: { input: 'auto' | 'jsonl'; plain?: boolean }): Promise<TextJob[]> {
  try {
    const bytes = await item.read();
    if (options.input === 'jsonl') return jsonlTextJobs(item.path, new TextDecoder().decode(bytes));
    if (options.plain) return [{ id: item.id, label: item.path, doc: plainDoc(new TextDecoder().decode(bytes)), withText: false }];
    const doc = item.source ? extractSourceDoc(bytes, item.source) : extract(bytes, { mode: 'auto', url: null });
    return [{ id: item.id, label: item.path, doc, withText: true }];
  } catch (error) {
    return [{ id: item.id, label: item.path, withText: false, error: (error as Error).message }];
  }
}
