import type { CliIo } from './io.js';

/** Output formats of the commands that print rows. */
export type RecordFormat = 'text' | 'json' | 'jsonl' | 'csv';

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s =
    typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Prints rows as one JSON array, JSON Lines or CSV (RFC 4180, with a header of `columns`).
 * `text` is left to the command.
 */
export function printRecords(
  io: CliIo,
  format: Exclude<RecordFormat, 'text'>,
  rows: ReadonlyArray<Record<string, unknown>>,
  columns: readonly string[],
): void {
  if (format === 'json') {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
  } else if (format === 'jsonl') {
    for (const r of rows) io.out(`${JSON.stringify(r)}\n`);
  } else {
    io.out(`${columns.join(',')}\r\n`);
    for (const r of rows) io.out(`${columns.map((c) => csvCell(r[c])).join(',')}\r\n`);
  }
}
