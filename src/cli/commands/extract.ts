import type { Command } from 'commander';
import { extract } from '../../extract/extract.js';
import { expandInputs } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import { type DocFormat, docRecord, renderDocText } from '../output.js';

export function registerExtract(program: Command, io: CliIo): void {
  program
    .command('extract')
    .summary('turn news pages into clean articles')
    .description(
      'Turn news pages (HTML, or page text a scraper already flattened) into clean articles:\n' +
        'title, authors, date, site, language and body, with image credits and related links kept apart.',
    )
    .argument('<path...>', 'files (.html, .htm, .txt, optionally .gz), directories (read recursively, sorted), or - for stdin')
    .option(
      '-f, --format <format>',
      'text (for people), json (one array), jsonl (one object per input)',
      choice(['text', 'json', 'jsonl']),
      'text',
    )
    .option('-m, --mode <mode>', 'auto tells HTML from flattened text; html or text force one', choice(['auto', 'html', 'text']), 'auto')
    .option('--url <url>', 'the page URL, to resolve links and fill the canonical URL (for a single input)')
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep extract examples/report.html
  $ sitrep extract --format jsonl pages/ > articles.jsonl
  $ curl -s https://example.com/story | sitrep extract --url https://example.com/story -

Each input's id is its file name without folders and without .gz/.html/.htm/.txt.
An input that cannot be read prints {"id","error"} and the others go on; the exit status is then 1.`,
    )
    .action(async (paths: string[], opts: { format: DocFormat; mode: 'auto' | 'html' | 'text'; url?: string }) => {
      const items = await expandInputs(paths, io, 'extract');
      let failed = 0;
      const all: unknown[] = [];
      let first = true;
      for (const item of items) {
        let record: Record<string, unknown>;
        let textOut: string;
        try {
          const bytes = await item.read();
          const doc = extract(bytes, { mode: opts.mode, url: opts.url ?? null });
          record = docRecord(item.id, doc);
          textOut = renderDocText(item.id, doc);
        } catch (error) {
          failed++;
          const reason = (error as Error).message;
          record = { id: item.id, error: reason };
          textOut = `${item.id}: error: ${reason}`;
          io.err(`sitrep extract: ${item.path}: ${reason}\n`);
        }
        if (opts.format === 'jsonl') io.out(`${JSON.stringify(record)}\n`);
        else if (opts.format === 'json') all.push(record);
        else {
          io.out(`${first ? '' : '\n\n'}${textOut}\n`);
          first = false;
        }
      }
      if (opts.format === 'json') io.out(`${JSON.stringify(all, null, 2)}\n`);
      io.setExitCode(failed > 0 ? 1 : 0);
    });
}
