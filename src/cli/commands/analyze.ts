import type { Command } from 'commander';
import { analyzeSync } from '../../analyze.js';
import type { Doc } from '../../doc.js';
import type { Layers } from '../../pipeline/annotator.js';
import { expandInputs } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import { renderDocText } from '../output.js';
import { quoteLines } from './quotes.js';

interface Span {
  start: number;
  end: number;
  label: string;
}

/** Marks spans in the text: `[Angela Merkel]{PERSON}`; overlapping spans keep the first. */
export function highlight(text: string, spans: readonly Span[], color: boolean): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end > text.length) continue;
    out += text.slice(at, s.start);
    const body = text.slice(s.start, s.end);
    out += color ? `\x1b[1;36m${body}\x1b[0m\x1b[2m{${s.label}}\x1b[0m` : `[${body}]{${s.label}}`;
    at = s.end;
  }
  return out + text.slice(at);
}

function layerSpans(layers: Layers): Span[] {
  const spans: Span[] = [];
  for (const e of layers.entities ?? []) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, label: e.type });
  return spans;
}

function renderAnalysisText(id: string, doc: Doc, layers: Layers, color: boolean): string {
  const marked = { ...doc, text: highlight(doc.text, layerSpans(layers), color) };
  const lines = [renderDocText(id, marked)];
  const entities = layers.entities ?? [];
  if (entities.length > 0) {
    lines.push('', 'Entities:');
    for (const e of entities) {
      const roles = e.roles && e.roles.length > 0 ? ` (${e.roles.join('; ')})` : '';
      lines.push(`  ${e.type.padEnd(6)} ${e.name}${roles} ×${e.mentions.length}`);
    }
  }
  if (layers.quotes && layers.sources && layers.quotes.length > 0) {
    lines.push('', 'Quotes:', ...quoteLines(doc.text, layers.quotes, layers.sources));
  }
  return lines.join('\n');
}

export function registerAnalyze(program: Command, io: CliIo): void {
  program
    .command('analyze')
    .summary('extract articles and annotate them: entities and every other layer')
    .description(
      'Extract each article (as `sitrep extract` does) and run every annotator over it: sentences,\n' +
        'entities resolved across the article, and the layers added since. Prints the document with\n' +
        'all its layers.',
    )
    .argument('<path...>', 'files (.html, .htm, .txt, optionally .gz), directories (recursive, sorted), or - for stdin')
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
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep analyze examples/nato-air-defence.html
  $ sitrep analyze --format jsonl pages/ > analysed.jsonl
  $ sitrep analyze --format json --layers entities - < page.html

JSON output per input: {"id", "doc": {text, blocks, meta, mode, warnings}, "layers": {entities, ...}}.
Offsets in every layer are [start, end) indices into doc.text (JavaScript string indices).`,
    )
    .action(
      async (
        paths: string[],
        opts: { format: 'text' | 'json' | 'jsonl'; mode: 'auto' | 'html' | 'text'; url?: string; layers?: string; color?: boolean },
      ) => {
        const items = await expandInputs(paths, io, 'analyze');
        const wanted = opts.layers ? new Set(opts.layers.split(',').map((s) => s.trim())) : null;
        const color = opts.color ?? Boolean(process.stdout.isTTY);
        let failed = 0;
        const all: unknown[] = [];
        for (const [n, item] of items.entries()) {
          try {
            const bytes = await item.read();
            const { doc, layers } = analyzeSync(bytes, { mode: opts.mode, url: opts.url ?? null });
            if (opts.format === 'text') {
              io.out(`${n > 0 ? '\n\n' : ''}${renderAnalysisText(item.id, doc, layers, color)}\n`);
              continue;
            }
            const shown: Record<string, unknown> = {};
            for (const [kind, value] of Object.entries(layers)) {
              if (wanted ? wanted.has(kind) : kind !== 'sentences') shown[kind] = value;
            }
            const record = { id: item.id, doc, layers: shown };
            if (opts.format === 'jsonl') io.out(`${JSON.stringify(record)}\n`);
            else all.push(record);
          } catch (error) {
            failed++;
            const reason = (error as Error).message;
            io.err(`sitrep analyze: ${item.path}: ${reason}\n`);
            if (opts.format === 'jsonl') io.out(`${JSON.stringify({ id: item.id, error: reason })}\n`);
            else if (opts.format === 'json') all.push({ id: item.id, error: reason });
            else io.out(`${n > 0 ? '\n\n' : ''}${item.id}: error: ${reason}\n`);
          }
        }
        if (opts.format === 'json') io.out(`${JSON.stringify(all, null, 2)}\n`);
        io.setExitCode(failed > 0 ? 1 : 0);
      },
    );
}
