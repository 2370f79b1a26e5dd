import type { Command } from 'commander';
import { type EventsBetween, type EventTally, eventsBetween } from '../../query/events.js';
import type { Period } from '../../query/series.js';
import { UnknownEntityError } from '../../query/timeline.js';
import { DEFAULT_DB, isoDate } from '../corpus-options.js';
import { filterOf, textTable, withCorpus } from '../corpus-query.js';
import { UsageError } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import { printRecords, type RecordFormat } from '../records.js';

/** The options of the corpus mode of `sitrep events`. */
export interface EventsQueryCliOptions {
  between?: string[];
  by?: Period;
  db?: string;
  since?: string;
  until?: string;
  source?: string;
  allCopies?: boolean;
  format: string;
}

const COLUMNS = [
  'period',
  'direction',
  'source',
  'target',
  'plover',
  'cameoRoot',
  'cameoName',
  'quadClass',
  'events',
  'reports',
  'goldstein',
  'tone',
];

const QUAD = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

/** Adds the corpus mode's options to `sitrep events`. */
export function addEventsQueryOptions(cmd: Command): Command {
  return cmd
    .option('--between <names...>', 'corpus mode: the events between two entities (two names), each way')
    .option('--by <period>', 'corpus mode: day, week (ISO weeks: 2024-W10) or month', choice(['day', 'week', 'month']))
    .option('--db <file|url>', `corpus mode: the corpus, an SQLite file or a postgres:// URL (default ${DEFAULT_DB})`)
    .option('--since <date>', 'corpus mode: published on or after this date (2024-03-01) or time', isoDate)
    .option('--until <date>', 'corpus mode: published on or before this date (the whole day) or time', isoDate)
    .option('--source <site>', 'corpus mode: only documents of this outlet (site name or host)')
    .option('--all-copies', 'corpus mode: count every report (every copy of a story, every repeated report of an event)')
    .addHelpText(
      'after',
      `
Corpus mode: with --between A B and no paths, the events between two entities are read from an
ingested corpus (sitrep ingest), each way, by period (--by, default month): how many, of which
PLOVER category, CAMEO root and quad class, with their mean Goldstein score (-10 conflict … +10
cooperation) and the mean tone of the sentences that report them. Only factual events count
(neither negated nor hedged). Each event counts once: copies of a story count as one report,
and repeated reports of one event (same source and target actor codes, same CAMEO root, same
day) as one event, however many outlets carried it; --all-copies counts every report. An act
of several actors together ("Russia and Ukraine agreed to a truce") counts between each two of
them, each way; an act of several on one target ("Germany and France warned Russia"), for each.
  $ sitrep events --between Russia Ukraine --by week --since 2024-02-01
  $ sitrep events --between "Vladimir Putin" NATO --db news.db --format csv > putin-nato.csv
  $ sitrep events --between USA China --source reuters.com --format json
Names match as in \`sitrep entity\` (whole, knowledge-base id such as RUS, or surname); a country
also matches the events coded with its CAMEO code (RUS: RUSGOV, RUSMIL, …). Its --format is text
(the default), json (periods, categories and totals), jsonl or csv (one row per period, way and
category: ${COLUMNS.slice(0, 8).join(', ')},
${COLUMNS.slice(8).join(', ')}); undated documents count in the totals (and in an "undated" row
of the text table) but in no period. Exit status 0, 1 when a name matches no entity or the
database cannot be read, 2 on usage errors.`,
    );
}

/** A mean for the text table, padded so that the column lines up on the right. */
function mean(v: number | null): string {
  return (v === null ? '' : v.toFixed(1)).padStart(5);
}

function renderText(r: EventsBetween, allCopies: boolean): string {
  const a = r.entity.entity.name;
  const b = r.entity2.entity.name;
  const ab = `${a} → ${b}`;
  const ba = `${b} → ${a}`;
  const counted = allCopies
    ? 'every report counted'
    : 'each counted once (one copy of a story; one report per source, target, CAMEO root and day)';
  const out = [
    `Events between ${a} and ${b} by ${r.by}: factual events each way, ${counted}, with their mean Goldstein score ` +
      '(-10 conflict … +10 cooperation) and tone\n\n',
  ];
  const cells = (t: EventTally) => [t.events, mean(t.goldstein), mean(t.tone)];
  if (r.totals.forward.events + r.totals.back.events === 0) return `${out[0]}no events between them\n`;
  // events of undated documents count in the totals only: a row says how many, so that the rows add up
  const undatedForward = r.totals.forward.events - r.periods.reduce((n, p) => n + p.forward.events, 0);
  const undatedBack = r.totals.back.events - r.periods.reduce((n, p) => n + p.back.events, 0);
  out.push(
    textTable(
      [r.by, ab, 'Goldstein', 'tone', ba, 'Goldstein', 'tone'],
      [
        ...r.periods.map((p) => [p.period, ...cells(p.forward), ...cells(p.back)]),
        ...(undatedForward > 0 || undatedBack > 0 ? [['undated', undatedForward, '', '', undatedBack, '', '']] : []),
        ['total', ...cells(r.totals.forward), ...cells(r.totals.back)],
      ],
    ),
  );
  out.push('\nBy category, over the whole span:\n\n');
  out.push(
    textTable(
      ['way', 'PLOVER', 'CAMEO', 'quad class', 'events', 'reports', 'Goldstein', 'tone'],
      r.totals.categories.map((c) => [
        c.direction === 'forward' ? ab : ba,
        c.plover ?? '-',
        `${c.cameoRoot} ${c.cameoName}`,
        QUAD[c.quadClass - 1] ?? String(c.quadClass),
        c.events,
        c.reports,
        mean(c.goldstein),
        mean(c.tone),
      ]),
    ),
  );
  return out.join('');
}

/**
 * The corpus mode's hook in `sitrep events`: counts the events between two entities when
 * --between is given and resolves to true; otherwise refuses the corpus mode's options (and csv)
 * with a usage error, or resolves to false for the coding mode to go on.
 */
export async function eventsQueryMode(io: CliIo, paths: readonly string[], opts: EventsQueryCliOptions, cmd: Command): Promise<boolean> {
  if (opts.between === undefined) {
    const stray = (['by', 'db', 'since', 'until', 'source', 'allCopies'] as const).find((k) => opts[k] !== undefined);
    if (stray)
      throw new UsageError(`--${stray.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} is for the corpus mode: give --between A B`);
    if (opts.format === 'csv') throw new UsageError('--format csv is for the corpus mode (--between A B)');
    return false;
  }
  if (paths.length > 0) throw new UsageError('--between reads a corpus (--db); it takes no input paths');
  if (opts.between.length !== 2) throw new UsageError(`--between takes two names, not ${opts.between.length}`);
  const [name, name2] = opts.between as [string, string];
  if (name.trim() === '' || name2.trim() === '') throw new UsageError('an entity name is empty');
  for (const k of ['plain', 'input', 'all'] as const) {
    if (cmd.getOptionValueSource(k) === 'cli') throw new UsageError(`--${k} is for the coding mode, not for --between`);
  }
  const format = (cmd.getOptionValueSource('format') === 'default' ? 'text' : opts.format) as RecordFormat;
  const filter = filterOf({
    db: '',
    format,
    allCopies: opts.allCopies ?? false,
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.until ? { until: opts.until } : {}),
    ...(opts.source ? { source: opts.source } : {}),
  });
  await withCorpus(io, 'events', opts.db ?? DEFAULT_DB, async (store) => {
    let r: EventsBetween;
    try {
      r = await eventsBetween(store, name, name2, { ...filter, by: opts.by ?? 'month' });
    } catch (error) {
      if (!(error instanceof UnknownEntityError)) throw error;
      io.err(`sitrep events: ${error.message}\n`);
      io.setExitCode(1);
      return;
    }
    if (format === 'text') return io.out(renderText(r, filter.allCopies ?? false));
    if (format === 'json') return io.out(`${JSON.stringify(r, null, 2)}\n`);
    printRecords(io, format, r.categories as unknown as Array<Record<string, unknown>>, COLUMNS);
  });
  return true;
}
