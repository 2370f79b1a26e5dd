import { availableParallelism } from 'node:os';
import type cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { type IngestProgress, type IngestSummary, ingest } from '../../corpus/ingest.js';
import { readSources } from '../../ingest/index.js';
import type { CorpusStore } from '../../store/store.js';
import type { CorpusStats } from '../../store/types.js';
import { DEFAULT_DB, wholeNumber } from '../corpus-options.js';
import { counted, n } from '../corpus-query.js';
import { noteEmptyDirectory } from '../inputs.js';
import type { CliIo } from '../io.js';
import { openCorpus } from '../open-store.js';
import { progressBar } from '../progress.js';
import { countDocuments } from '../sources.js';

/** SQLite's page cache while ingesting (MB): writes kept their speed with less than the default 64 MB. */
const INGEST_CACHE_MB = 16;

interface IngestCliOptions {
  db: string;
  workers: number;
  batchSize: number;
  json: boolean;
  progress: boolean;
  nlp: boolean;
}

function summaryLine(s: IngestSummary, corpus: CorpusStats, db: string): string {
  const secs = (s.elapsedMs / 1000).toFixed(1);
  return (
    `${n(s.read)} read: ${n(s.stored)} stored (${counted(s.duplicates, 'copy', 'copies')} of earlier stories), ${n(s.alreadyStored)} already stored, ` +
    `${counted(s.errors, 'error')} in ${secs} s (${s.perSecond.toFixed(1)} docs/s, ${s.workers === 0 ? 'no worker threads' : counted(s.workers, 'worker')})\n` +
    `corpus ${db}: ${counted(corpus.documents, 'document')}, ${counted(corpus.stories, 'story', 'stories')}, ${counted(corpus.errors, 'recorded error')}\n`
  );
}

export function registerIngest(program: Command, io: CliIo): void {
  program
    .command('ingest')
    .summary('analyse news in bulk and store it in a corpus')
    .description(
      'Read news pages in bulk, turn each into a clean article with its annotation layers (entities, quotes, sources), and store it in a corpus database with a full-text index and duplicate groups (copies of one story, such as syndicated wire stories).\n\n' +
        'Inputs, by name: .warc and .warc.gz web archives, .jsonl/.ndjson JSON Lines ({"url"?, "html"? | "text"?, "publishedAt"?, "id"?} a line), .xml/.rss/.atom feeds, and otherwise HTML and text files and directories (read recursively, as `sitrep extract` does).\n\n' +
        'Safe to repeat and to interrupt: a document already stored is not stored again, and a run that was stopped (even killed) picks up where it left off. An input that fails is recorded with its reason (see `sitrep errors`) and the others go on.',
    )
    .argument('<input...>', 'files, directories, WARC archives, feeds or JSON Lines files')
    .option('--db <file|url>', 'the corpus: an SQLite file (created if missing) or a postgres:// URL', DEFAULT_DB)
    .option('-w, --workers <n>', 'worker threads for analysis; 0 analyses on the main thread', wholeNumber(0), availableParallelism())
    .option('--batch-size <n>', 'documents written per transaction', wholeNumber(1), 128)
    .option('--no-nlp', 'store the extracted articles only, without annotation layers (entities, quotes, sources): faster')
    .option('--json', 'print the summary as JSON', false)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep ingest pages/
  $ sitrep ingest crawl-2024-03.warc.gz --db march.db --workers 2
  $ sitrep fetch --urls links.txt --out pages.jsonl && sitrep ingest pages.jsonl
  $ sitrep ingest world.rss --json

A progress bar (documents/s, errors, ETA) shows on a terminal; otherwise one summary line.
Exit status: 0 when every input was stored, 1 when some failed (they are listed by
\`sitrep errors\`), 2 on usage errors.`,
    )
    .action(async (paths: string[], opts: IngestCliOptions) => {
      let store: CorpusStore;
      try {
        // the analysis threads need the memory more than the writer's page cache does
        store = await openCorpus(opts.db, { cacheMb: INGEST_CACHE_MB });
      } catch (error) {
        io.err(`sitrep ingest: ${(error as Error).message}\n`);
        io.setExitCode(1);
        return;
      }
      const tty = opts.progress && !opts.json && process.stderr.isTTY === true;
      let bar: cliProgress.SingleBar | null = null;
      let summary: IngestSummary;
      try {
        if (tty) {
          const total = await countDocuments(paths);
          bar = progressBar(
            total === null
              ? 'ingest {value} docs | {rate} docs/s | {errors} errors | {duplicates} copies'
              : 'ingest [{bar}] {value}/{total} | {rate} docs/s | {errors} errors | ETA {eta_formatted}',
          );
          bar.start(total ?? 0, 0, { rate: '0', errors: 0, duplicates: 0 });
        }
        const onProgress = (p: IngestProgress) => {
          const done = p.stored + p.alreadyStored + p.errors;
          bar?.update(done, { rate: ((done * 1000) / Math.max(1, p.elapsedMs)).toFixed(1), errors: p.errors, duplicates: p.duplicates });
        };
        const onEmptyDirectory = noteEmptyDirectory(io, 'ingest', 'HTML and text files, WARC, feeds, JSON Lines');
        summary = await ingest(readSources(paths, { files: { onEmptyDirectory } }), store, {
          workers: opts.workers,
          batchSize: opts.batchSize,
          annotate: opts.nlp,
          onProgress,
        });
        bar?.stop();
        const corpus = await store.stats();
        if (opts.json) {
          io.out(`${JSON.stringify({ db: opts.db, ...summary, corpus }, null, 2)}\n`);
        } else {
          io.out(summaryLine(summary, corpus, opts.db));
          for (const f of summary.failures) io.err(`sitrep ingest: ${f.inputId}: ${f.reason}\n`);
          if (summary.errors > summary.failures.length)
            io.err(`sitrep ingest: … and ${n(summary.errors - summary.failures.length)} more\n`);
          if (summary.errors > 0) io.err('sitrep ingest: run `sitrep errors` for the full list\n');
        }
      } finally {
        bar?.stop();
        await store.close();
      }
      io.setExitCode(summary.errors > 0 ? 1 : 0);
    });
}
