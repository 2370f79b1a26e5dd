import type { Command } from 'commander';
import type { Period } from '../../query/series.js';
import { type Timeline, timeline, UnknownEntityError } from '../../query/timeline.js';
import { addQueryOptions, filterOf, type QueryCliOptions, textTable, withCorpus } from '../corpus-query.js';
import { UsageError } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import { printRecords } from '../records.js';

interface TimelineCliOptions extends QueryCliOptions {
  by: Period;
}

const ONE = ['period', 'mentions', 'quotes'];
const TWO = ['period', 'mentions', 'quotes', 'mentions2', 'quotes2', 'both', 'quotesOn2', 'quotes2On1', 'events', 'events2', 'tone'];

function renderText(t: Timeline, allCopies: boolean): string {
  const a = t.entity.entity.name;
  const b = t.entity2?.entity.name;
  const unit = allCopies ? 'documents' : 'stories';
  const head = b
    ? `${a} and ${b} by ${t.by}: ${unit} that mention each and both, quotes by each, quotes of each that mention the other, ` +
      'and the factual events between them each way, with their mean Goldstein score (tone: -10 conflict … +10 cooperation)\n\n'
    : `${a} by ${t.by}: ${unit} that mention it, and quotes by it\n\n`;
  const header = b
    ? [t.by, a, `${a} quotes`, b, `${b} quotes`, 'both', `${a} on ${b}`, `${b} on ${a}`, `${a} → ${b}`, `${b} → ${a}`, 'tone']
    : [t.by, unit, 'quotes'];
  const keys = (b ? TWO : ONE).slice(1) as Array<keyof Timeline['totals']>;
  const cell = (v: number | null | undefined, k: string) => (k === 'tone' ? (v === null || v === undefined ? '' : v.toFixed(1)) : (v ?? 0));
  // undated documents count in the totals only: a row says how many, so that the rows add up
  const undated = keys.map((k) => (k === 'tone' ? null : (t.totals[k] ?? 0) - t.rows.reduce((n, r) => n + (r[k] ?? 0), 0)));
  const rows = [
    ...t.rows.map((r) => [r.period, ...keys.map((k) => cell(r[k], k))]),
    ...(undated.some((n) => n !== null && n > 0) ? [['undated', ...undated.map((n) => n ?? '')]] : []),
    ['total', ...keys.map((k) => cell(t.totals[k], k))],
  ];
  return head + (t.rows.length === 0 ? `no dated ${unit}\n` : textTable(header, rows));
}

export function registerTimeline(program: Command, io: CliIo): void {
  addQueryOptions(
    program
      .command('timeline')
      .summary('how the coverage of an entity, or of two and what lies between them, moved over time')
      .description(
        "Count, by day, week or month, the stories that mention an entity and the quotes by it. Given a second entity, also the stories that mention it, those that mention both, its quotes, the quotes of each that mention the other (what Russia's officials said about NATO, and NATO's about Russia), and the events between them (coded in CAMEO: who did what to whom, each way, with their mean Goldstein score). Names match as in `sitrep entity`.",
      )
      .argument('<name>', 'the entity (quote a name of several words)')
      .argument('[name2]', 'a second entity')
      .option('--by <period>', 'day, week (ISO weeks: 2024-W10) or month', choice(['day', 'week', 'month']), 'month'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep timeline Zelensky --by week
  $ sitrep timeline Russia NATO --since 2024-01-01 --by month
  $ sitrep timeline "Angela Merkel" Putin --format csv > merkel-putin.csv

Stories, not copies: each story counts once, in the period of its first stored copy, with the
quotes of that copy, unless --all-copies. Undated documents count in the totals (and in an
"undated" row of the text table) but in no period. Periods with nothing are listed with zeros.
Columns of json, jsonl and csv: period, mentions, quotes, and with a second entity mentions2,
quotes2, both, quotesOn2 (quotes by the first that mention the second), quotes2On1, events (coded
events from the first to the second, neither negated nor hedged, each counted once as
\`sitrep events --between\` counts them), events2 (back), tone (their mean Goldstein score, -10
conflict … +10 cooperation; empty without events). \`sitrep events --between A B\` breaks them
down by category, with their tone.
Exit status: 0, 1 when a name matches no entity or the database cannot be read, 2 on usage errors.`,
    )
    .action(async (name: string, name2: string | undefined, opts: TimelineCliOptions) => {
      if (name.trim() === '' || name2?.trim() === '') throw new UsageError('an entity name is empty');
      const filter = filterOf(opts);
      await withCorpus(io, 'timeline', opts.db, async (store) => {
        let t: Timeline;
        try {
          t = await timeline(store, name, name2 ?? null, { ...filter, by: opts.by });
        } catch (error) {
          if (!(error instanceof UnknownEntityError)) throw error;
          io.err(`sitrep timeline: ${error.message}\n`);
          io.setExitCode(1);
          return;
        }
        if (opts.format === 'text') return io.out(renderText(t, opts.allCopies));
        if (opts.format === 'json') return io.out(`${JSON.stringify(t, null, 2)}\n`);
        printRecords(io, opts.format, t.rows as unknown as Array<Record<string, unknown>>, t.entity2 ? TWO : ONE);
      });
    });
}
