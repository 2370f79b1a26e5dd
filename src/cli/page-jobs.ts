import { analyzeDoc } from '../analyze.js';
import { extractSourceDoc, type SourceInfo } from '../corpus/source-doc.js';
import { extract } from '../extract/extract.js';
import { renderAnalysisText } from './analysis-text.js';
import { type DocFormat, docRecord, renderDocText } from './output.js';

/** One page for `sitrep extract` or `sitrep analyze`: what a worker thread needs to do it alone. */
export interface PageTask {
  readonly command: 'extract' | 'analyze';
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly mode: 'auto' | 'html' | 'text';
  readonly url: string | null;
  readonly format: DocFormat;
  /** analyze: the layers the JSON record keeps (null: all but sentences). */
  readonly layers?: readonly string[] | null;
  /** analyze: terminal colours in the text view. */
  readonly color?: boolean;
  /** What the feed, archive or JSON line the page came from says about it. */
  readonly source?: SourceInfo;
}

/**
 * What a page gives in the task's format: the text view, the JSON Lines line (made where the page
 * was processed: a string crosses threads more cheaply than the object it encodes), or the record
 * that `json` gathers into one array.
 */
export interface PageOutput {
  readonly text?: string;
  readonly line?: string;
  readonly record?: Record<string, unknown>;
}

function inFormat(format: DocFormat, record: Record<string, unknown>): PageOutput {
  return format === 'jsonl' ? { line: JSON.stringify(record) } : { record };
}

/**
 * Extracts (and for `analyze` annotates) one page and renders it in the task's format. The same
 * function runs on the command's thread and in its worker threads, so the output does not depend
 * on where it ran. Throws with a clear reason for a page that cannot be read.
 */
export function runPageTask(task: PageTask): PageOutput {
  const doc = task.source ? extractSourceDoc(task.bytes, task.source, task.mode) : extract(task.bytes, { mode: task.mode, url: task.url });
  if (task.command === 'extract') {
    return task.format === 'text' ? { text: renderDocText(task.id, doc) } : inFormat(task.format, docRecord(task.id, doc));
  }
  const layers = analyzeDoc(doc);
  if (task.format === 'text') return { text: renderAnalysisText(task.id, doc, layers, task.color ?? false) };
  const wanted = task.layers ? new Set(task.layers) : null;
  const shown: Record<string, unknown> = {};
  for (const [kind, value] of Object.entries(layers)) {
    if (wanted ? wanted.has(kind) : kind !== 'sentences') shown[kind] = value;
  }
  return inFormat(task.format, { id: task.id, doc, layers: shown });
}
