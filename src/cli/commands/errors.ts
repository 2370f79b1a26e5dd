import type { Command } from 'commander';
import type { CorpusStore } from '../../store/store.js';
import { DEFAULT_DB, wholeNumber } from '../corpus-options.js';
import { type CliIo, choice } from '../io.js';
import { openCorpus } from '../open-store.js';
import { printRecords, type RecordFormat } from '../records.js';

export function registerErrors(program: Command, io: CliIo): void {
  program
    .command('errors')
    .summary('list the inputs that failed to ingest')
    .description(
      'List the inputs that `sitrep ingest` could not turn into documents, with the reason, newest first. An input that succeeds on a later run leaves this list.',
    )
    .option('--db <file|url>', 'the corpus: an SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('-f, --format <format>', 'text, json, jsonl or csv', choice(['text', 'json', 'jsonl', 'csv']), 'text')
    .option('--limit <n>', 'show at most this many', wholeNumber(0))
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep errors
  $ sitrep errors --db news.db --format csv > failures.csv

Each input is named by its source: file:/abs/path.html, warc:/abs/crawl.warc.gz#<record-id>,
jsonl:/abs/pages.jsonl#<line>, feed:/abs/world.rss#<item link>. Exit status 0.`,
    )
    .action(async (opts: { db: string; format: RecordFormat; limit?: number }) => {
      let store: CorpusStore;
      try {
        store = await openCorpus(opts.db, { mustExist: true });
      } catch (error) {
        io.err(`sitrep errors: ${(error as Error).message}\n`);
        io.setExitCode(1);
        return;
      }
      try {
        const rows = (await store.errors(opts.limit !== undefined ? { limit: opts.limit } : {})).map((e) => ({
          input: e.inputId,
          reason: e.reason,
          at: e.at,
          source: e.source,
        }));
        if (opts.format === 'text') {
          if (rows.length === 0) io.out('no ingest errors\n');
          for (const r of rows) io.out(`${r.input}\n  ${r.reason} (${r.at})\n`);
        } else printRecords(io, opts.format, rows, ['input', 'reason', 'at', 'source']);
        io.setExitCode(0);
      } finally {
        await store.close();
      }
    });
}
