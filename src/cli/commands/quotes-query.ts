import type { Command } from 'commander';
import { UnknownPartyError } from '../../query/entities.js';
import { findQuotes, type QuoteExplorerResult } from '../../query/quotes.js';
import { speakerWithCue } from '../analysis-text.js';
import { DEFAULT_DB, isoDate, wholeNumber } from '../corpus-options.js';
import { counted, filterOf, n, oneLine, withCorpus } from '../corpus-query.js';
import { UsageError } from '../inputs.js';
import type { CliIo } from '../io.js';
import { printRecords, type RecordFormat } from '../records.js';

/** The options of the query mode of `sitrep quotes` (the quote explorer). */
export interface QuoteQueryCliOptions {
  db?: string;
  speaker?: string;
  about?: string;
  party?: string;
  via?: string;
  since?: string;
  until?: string;
  source?: string;
  allCopies?: boolean;
  limit?: number;
  offset?: number;
  format: string;
}

const COLUMNS = ['rank', 'publishedAt', 'speaker', 'speakerKind', 'type', 'cue', 'via', 'text', 'title', 'site', 'url', 'docId', 'copies'];

/** Adds the quote explorer's options to `sitrep quotes`. */
export function addQuoteQueryOptions(cmd: Command): Command {
  return cmd
    .option('--speaker <name>', 'corpus mode: quotes by this speaker (an entity, or a speaker as reported: "some analysts")')
    .option('--about <name>', 'corpus mode: quotes that mention this entity')
    .option('--party <name>', 'corpus mode: quotes by the members of this party, or by the party ("Republicans", "GOP", "Labour")')
    .option('--via <outlet>', 'corpus mode: quotes this outlet relayed (quoted, reported, or cited its sources for: "RIA", "Reuters")')
    .option('--db <file|url>', `corpus mode: the corpus, an SQLite file or a postgres:// URL (default ${DEFAULT_DB})`)
    .option('--since <date>', 'corpus mode: published on or after this date (2024-03-01) or time', isoDate)
    .option('--until <date>', 'corpus mode: published on or before this date (the whole day) or time', isoDate)
    .option('--source <site>', 'corpus mode: only documents of this outlet (site name or host)')
    .option('--all-copies', 'corpus mode: the quotes of every copy of a story (by default one copy of each story)')
    .option('-n, --limit <n>', 'corpus mode: show at most this many quotes (1-1000; default 20)', wholeNumber(1))
    .option('--offset <n>', 'corpus mode: skip this many quotes first (for paging)', wholeNumber(0))
    .addHelpText(
      'after',
      `
Corpus mode (the quote explorer): with --speaker, --party or --via and/or --about, and no paths, quotes are read
from an ingested corpus instead, newest first, one copy of each story unless --all-copies:
  $ sitrep quotes --speaker "Sergei Lavrov" --about NATO --since 2024-03-01
  $ sitrep quotes --speaker Merkel --db news.db --format csv > merkel.csv
  $ sitrep quotes --about Ukraine --source reuters.com --limit 50 --format jsonl
  $ sitrep quotes --party Republicans --about Trump
  $ sitrep quotes --via RIA --about NATO          (what RIA quoted, reported or cited sources for)
Names match as in \`sitrep entity\` (whole, knowledge-base id, or surname). A party's members
are the people the articles give it (\`sitrep entities --party NAME\` lists them). Its --format is text
(the default), json, jsonl or csv; exit status 0 (also when nothing matched), 1 when the
database cannot be read, 2 on usage errors.`,
    );
}

/** Whether the options ask for the corpus mode. */
export function isQuoteQuery(opts: QuoteQueryCliOptions): boolean {
  return opts.speaker !== undefined || opts.about !== undefined || opts.party !== undefined || opts.via !== undefined;
}

function renderText(r: QuoteExplorerResult, offset: number, via?: string): string {
  const who = r.speaker
    ? `${r.speaker.entity.name} (${r.speaker.entity.type})`
    : r.party
      ? `the ${r.party.name} and its ${counted(r.party.members, 'member')}`
      : null;
  const what = r.about ? `${r.about.entity.name} (${r.about.entity.type})` : null;
  const relayed = via ? ` relayed by ${via}` : '';
  const head = `Quotes${who ? ` by ${who}` : ''}${what ? ` about ${what}` : ''}${relayed}: ${n(r.totals.quotes)} in ${counted(r.totals.stories, 'story', 'stories')}\n`;
  const out = [head];
  const alts = [...(r.speaker?.alternatives ?? []), ...(r.about?.alternatives ?? [])].slice(0, 5);
  if (alts.length > 0) out.push(`(the names also match: ${alts.map((a) => `${a.name} (${a.type})`).join(', ')})\n`);
  if (r.party && r.party.alternatives.length > 0)
    out.push(`(the party's name also means: ${r.party.alternatives.map((a) => a.name).join(', ')})\n`);
  r.hits.forEach((q, i) => {
    const when = q.publishedAt?.slice(0, 10) ?? '(undated)';
    const facts = [q.site, q.title].filter((x): x is string => !!x).join(' — ');
    out.push(
      `\n${offset + i + 1}. ${when}  ${speakerWithCue(q.speaker ?? '(unattributed)', q.cue, q.via)}:\n` +
        // marks only around words the article quotes: reported speech is its paraphrase, and mixed quotes carry their own
        `   ${q.type === 'direct' ? `“${oneLine(q.text, 400)}”` : oneLine(q.text, 400)}\n` +
        `   ${facts ? `${facts} ` : ''}<${q.url ?? q.docId}>${q.copies > 1 ? ` [${q.copies} copies]` : ''}\n`,
    );
  });
  return out.join('');
}

/**
 * Runs the corpus mode of `sitrep quotes`. `formatGiven`: --format was on the command line (the
 * analysis mode's default, jsonl, is not the explorer's).
 */
export async function runQuoteQuery(io: CliIo, paths: readonly string[], opts: QuoteQueryCliOptions, formatGiven: boolean): Promise<void> {
  if (paths.length > 0) throw new UsageError('--speaker, --party, --via and --about read a corpus (--db); they take no input paths');
  if (opts.speaker?.trim() === '' || opts.about?.trim() === '' || opts.party?.trim() === '' || opts.via?.trim() === '')
    throw new UsageError('--speaker, --party, --via and --about need a name');
  if (opts.speaker !== undefined && opts.party !== undefined) throw new UsageError('give --speaker or --party, not both');
  if ((opts.limit ?? 20) > 1000) throw new UsageError('--limit must be at most 1000');
  const format = (formatGiven ? opts.format : 'text') as RecordFormat;
  const filter = filterOf({
    db: '',
    format,
    allCopies: opts.allCopies ?? false,
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.until ? { until: opts.until } : {}),
    ...(opts.source ? { source: opts.source } : {}),
  });
  await withCorpus(io, 'quotes', opts.db ?? DEFAULT_DB, async (store) => {
    const offset = opts.offset ?? 0;
    let result: QuoteExplorerResult;
    try {
      result = await findQuotes(store, {
        ...filter,
        limit: opts.limit ?? 20,
        offset,
        ...(opts.speaker !== undefined ? { speaker: opts.speaker } : {}),
        ...(opts.party !== undefined ? { party: opts.party } : {}),
        ...(opts.about !== undefined ? { about: opts.about } : {}),
        ...(opts.via !== undefined ? { via: opts.via } : {}),
      });
    } catch (error) {
      if (error instanceof UnknownPartyError) throw new UsageError(`--party: no party known by the name ${JSON.stringify(opts.party)}`);
      throw error;
    }
    if (format === 'text') return io.out(renderText(result, offset, opts.via));
    if (format === 'json') return io.out(`${JSON.stringify(result, null, 2)}\n`);
    printRecords(
      io,
      format,
      result.hits.map((q, i) => ({ rank: offset + i + 1, ...q })),
      COLUMNS,
    );
  });
}

/**
 * The corpus mode's hook in `sitrep quotes`: runs the quote explorer when --speaker or --about is
 * given and resolves to true; otherwise refuses corpus-mode options (and csv) with a usage error,
 * or resolves to false for the analysis mode to go on.
 */
export async function quoteQueryMode(io: CliIo, paths: readonly string[], opts: QuoteQueryCliOptions, cmd: Command): Promise<boolean> {
  if (isQuoteQuery(opts)) {
    await runQuoteQuery(io, paths, opts, cmd.getOptionValueSource('format') !== 'default');
    return true;
  }
  const stray = (['db', 'since', 'until', 'source', 'allCopies', 'limit', 'offset'] as const).find((k) => opts[k] !== undefined);
  if (stray)
    throw new UsageError(
      `--${stray.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} is for the corpus mode: give --speaker, --party, --via or --about`,
    );
  if (opts.format === 'csv') throw new UsageError('--format csv is for the corpus mode (--speaker, --party, --via, --about)');
  return false;
}

/** Adds the corpus mode's options to the `quotes` command that {@link registerQuotes} made. */
export function registerQuoteQuery(program: Command): void {
  const quotes = program.commands.find((c) => c.name() === 'quotes');
  if (quotes) addQuoteQueryOptions(quotes);
}
