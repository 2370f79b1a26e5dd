import type { Command } from 'commander';
import { wholeNumber } from '../corpus-options.js';
import { expandInputs } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import type { DocFormat } from '../output.js';
import type { PageOutput } from '../page-jobs.js';
import { defaultWorkers, PARALLEL_FROM, runPages } from '../page-runner.js';

export function registerExtract(program: Command, io: CliIo): void {
  program
    .command('extract')
    .summary('turn news pages into clean articles')
    .description(
      'Turn news pages (HTML, or page text a scraper already flattened) into clean articles:\n' +
        'title, authors, date, site, language and body, with image credits and related links kept apart.',
    )
    .argument('<path...>', 'pages (.html, .htm, .txt, optionally .gz), directories of them (recursive, sorted), - for stdin; feeds (.rss, .atom, .xml), WARC archives (.warc) and JSON Lines (.jsonl: {url?, html | text, publishedAt?}) give an article per item')
    .option(
      '-f, --format <format>',
      'text (for people), json (one array), jsonl (one object per input)',
      choice(['text', 'json', 'jsonl']),
      'text',
    )
    .option('-m, --mode <mode>', 'auto tells HTML from flattened text; html or text force one', choice(['auto', 'html', 'text']), 'auto')
    .option('--url <url>', 'the page URL, to resolve links and fill the canonical URL (for a single input)')
    .option(
      '-w, --workers <n>',
      `worker threads; 0 works on this thread (default: the number of cores from ${PARALLEL_FROM} inputs on, else 0)`,
      wholeNumber(0),
    )
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep extract examples/report.html
  $ sitrep extract --format jsonl pages/ > articles.jsonl
  $ curl -s https://example.com/story | sitrep extract --url https://example.com/story -

Each input's id is its file name without folders and without .gz/.html/.htm/.txt.
An input that cannot be read prints {"id","error"} and the others go on; the exit status is then 1.
Output comes in input order whatever the number of worker threads; on a terminal a progress bar
(pages/s, errors, ETA) shows on stderr for batches of 20 inputs or more.`,
    )
    .action(
      async (
        paths: string[],
        opts: { format: DocFormat; mode: 'auto' | 'html' | 'text'; url?: string; workers?: number; progress: boolean },
      ) => {
        const items = await expandInputs(paths, io, 'extract');
        let failed = 0;
        const all: unknown[] = [];
        let first = true;
        await runPages(
          items,
          (item, bytes) => ({
            command: 'extract',
            id: item.id,
            bytes,
            mode: opts.mode,
            url: opts.url ?? null,
            format: opts.format,
            ...(item.source ? { source: item.source } : {}),
          }),
          (item, result, note) => {
            let output: PageOutput;
            if ('error' in result) {
              failed++;
              note(`sitrep extract: ${item.path}: ${result.error}\n`);
              const record = { id: item.id, error: result.error };
              output = { line: JSON.stringify(record), record, text: `${item.id}: error: ${result.error}` };
            } else output = result.output;
            if (opts.format === 'jsonl') io.out(`${output.line}\n`);
            else if (opts.format === 'json') all.push(output.record);
            else {
              io.out(`${first ? '' : '\n\n'}${output.text}\n`);
              first = false;
            }
          },
          { workers: opts.workers ?? defaultWorkers(items.length), progress: opts.progress, command: 'extract', err: io.err },
        );
        if (opts.format === 'json') io.out(`${JSON.stringify(all, null, 2)}\n`);
        io.setExitCode(failed > 0 ? 1 : 0);
      },
    );
}
