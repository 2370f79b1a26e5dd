import type { Command } from 'commander';
import { wholeNumber } from '../corpus-options.js';
import { expandInputs } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import { defaultWorkers, PARALLEL_FROM, runPages } from '../page-runner.js';

export function registerAnalyze(program: Command, io: CliIo): void {
  program
    .command('analyze')
    .summary('extract articles and annotate them: entities and every other layer')
    .description(
      'Extract each article (as `sitrep extract` does) and run every annotator over it: sentences,\n' +
        'entities resolved across the article, and the layers added since. Prints the document with\n' +
        'all its layers.',
    )
    .argument('<path...>', 'pages (.html, .htm, .txt, optionally .gz), directories of them (recursive, sorted), - for stdin; feeds (.rss, .atom, .xml), WARC archives (.warc) and JSON Lines (.jsonl: {url?, html | text, publishedAt?}) give an article per item')
    .option(
      '-f, --format <format>',
      'text (highlighted, for people), json (one array), jsonl (one object per input)',
      choice(['text', 'json', 'jsonl']),
      'text',
    )
    .option('-m, --mode <mode>', 'auto tells HTML from flattened text; html or text force one', choice(['auto', 'html', 'text']), 'auto')
    .option('--url <url>', 'the page URL (for a single input)')
    .option('--layers <kinds>', 'comma-separated layers to print in json/jsonl (default: all but sentences)')
    .option('--color', 'highlight with terminal colours in the text view (default: when stdout is a terminal)')
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
  $ sitrep analyze examples/nato-air-defence.html
  $ sitrep analyze --format jsonl pages/ > analysed.jsonl
  $ sitrep analyze --format json --layers entities - < page.html

JSON output per input: {"id", "doc": {text, blocks, meta, mode, warnings}, "layers": {entities, ...}}.
Offsets in every layer are [start, end) indices into doc.text (JavaScript string indices).
Output comes in input order whatever the number of worker threads (each loads the models first,
about a second); on a terminal a progress bar (pages/s, errors, ETA) shows on stderr for batches
of 20 inputs or more.`,
    )
    .action(
      async (
        paths: string[],
        opts: {
          format: 'text' | 'json' | 'jsonl';
          mode: 'auto' | 'html' | 'text';
          url?: string;
          layers?: string;
          color?: boolean;
          workers?: number;
          progress: boolean;
        },
      ) => {
        const items = await expandInputs(paths, io, 'analyze');
        const layers = opts.layers ? opts.layers.split(',').map((s) => s.trim()) : null;
        const color = opts.color ?? Boolean(process.stdout.isTTY);
        let failed = 0;
        let n = 0;
        const all: unknown[] = [];
        await runPages(
          items,
          (item, bytes) => ({
            command: 'analyze',
            id: item.id,
            bytes,
            mode: opts.mode,
            url: opts.url ?? null,
            ...(item.source ? { source: item.source } : {}),
            format: opts.format,
            layers,
            color,
          }),
          (item, result, note) => {
            const sep = n++ > 0 ? '\n\n' : '';
            if ('error' in result) {
              failed++;
              note(`sitrep analyze: ${item.path}: ${result.error}\n`);
              if (opts.format === 'jsonl') io.out(`${JSON.stringify({ id: item.id, error: result.error })}\n`);
              else if (opts.format === 'json') all.push({ id: item.id, error: result.error });
              else io.out(`${sep}${item.id}: error: ${result.error}\n`);
              return;
            }
            if (opts.format === 'text') io.out(`${sep}${result.output.text ?? ''}\n`);
            else if (opts.format === 'jsonl') io.out(`${result.output.line}\n`);
            else all.push(result.output.record);
          },
          { workers: opts.workers ?? defaultWorkers(items.length), progress: opts.progress, command: 'analyze', err: io.err },
        );
        if (opts.format === 'json') io.out(`${JSON.stringify(all, null, 2)}\n`);
        io.setExitCode(failed > 0 ? 1 : 0);
      },
    );
}
