import type { Command } from 'commander';
import type { CorpusStore } from '../store/store.js';
import type { CorpusFilter } from '../store/types.js';
import { DEFAULT_DB, isoDate } from './corpus-options.js';
import { UsageError } from './inputs.js';
import { type CliIo, choice } from './io.js';
import { openCorpus } from './open-store.js';
import type { RecordFormat } from './records.js';

/** The options every corpus query command takes. */
export interface QueryCliOptions {
  db: string;
  format: RecordFormat;
  since?: string;
  until?: string;
  source?: string;
  allCopies: boolean;
}

/** Adds `--db`, `--format`, `--since`, `--until`, `--source` and `--all-copies` to a query command. */
export function addQueryOptions(cmd: Command, count: 'stories' | 'quotes' = 'stories'): Command {
  return cmd
    .option('--db <file|url>', 'the corpus: an SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('-f, --format <format>', 'text (for people), json, jsonl or csv', choice(['text', 'json', 'jsonl', 'csv']), 'text')
    .option('--since <date>', 'published on or after this date (2024-03-01) or time', isoDate)
    .option('--until <date>', 'published on or before this date (the whole day) or time', isoDate)
    .option('--source <site>', 'only documents of this outlet: its site name or host (reuters.com also matches uk.reuters.com)')
    .option(
      '--all-copies',
      count === 'stories'
        ? 'count documents instead of stories (copies of one story, such as syndicated wire stories, count once by default)'
        : 'list the quotes of every copy of a story (by default one copy of each story)',
      false,
    );
}

/** The store filter of the parsed options; a usage error when --since is after --until. */
export function filterOf(opts: QueryCliOptions): CorpusFilter {
  if (opts.since && opts.until && opts.since > opts.until) throw new UsageError('--since is after --until');
  return {
    allCopies: opts.allCopies,
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.until ? { until: opts.until } : {}),
    ...(opts.source ? { source: opts.source } : {}),
  };
}

/**
 * Opens the corpus for reading, runs `body` and closes it. A corpus that cannot be opened is
 * reported with status 1; otherwise the status is 0 unless `body` sets one.
 */
export async function withCorpus(io: CliIo, command: string, db: string, body: (store: CorpusStore) => Promise<void>): Promise<void> {
  let store: CorpusStore;
  try {
    store = await openCorpus(db, { mustExist: true });
  } catch (error) {
    io.err(`sitrep ${command}: ${(error as Error).message}\n`);
    io.setExitCode(1);
    return;
  }
  try {
    io.setExitCode(0);
    await body(store);
  } finally {
    await store.close();
  }
}

/** `1,234`. */
export function n(x: number): string {
  return x.toLocaleString('en-US');
}

/** A count with its noun: `1 story`, `2,301 stories` (the plural is the noun's unless given). */
export function counted(x: number, one: string, many = `${one}s`): string {
  return `${n(x)} ${x === 1 ? one : many}`;
}

/** `12.3 %`, or `-` for no value. */
export function percent(x: number | null): string {
  return x === null ? '-' : `${(100 * x).toFixed(1)} %`;
}

/**
 * A plain text table: a header, then rows, columns padded to their widest cell; numbers right
 * aligned.
 */
export function textTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? n(c) : c)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}

/** One line of a quote's text for a person: whitespace collapsed, cut at `max` characters. */
export function oneLine(text: string, max = 200): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
