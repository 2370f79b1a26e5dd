import type { Command } from 'commander';
import type { CorpusStore } from '../../store/store.js';
import type { SearchHit } from '../../store/types.js';
import { DEFAULT_DB, isoDate, wholeNumber } from '../corpus-options.js';
import { UsageError } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import { openCorpus } from '../open-store.js';
import { printRecords, type RecordFormat } from '../records.js';

interface SearchCliOptions {
  db: string;
  format: RecordFormat;
  since?: string;
  until?: string;
  source?: string;
  limit: number;
  offset: number;
  allCopies: boolean;
}

const COLUMNS = ['rank', 'id', 'title', 'site', 'publishedAt', 'url', 'copies', 'score', 'snippet'];

function renderHit(rank: number, h: SearchHit): string {
  const facts = [h.site, h.publishedAt?.slice(0, 10)].filter((x): x is string => !!x).join(', ');
  const head = `${rank}. ${h.title ?? '(untitled)'}${facts ? ` (${facts})` : ''}${h.copies > 1 ? ` [${h.copies} copies]` : ''}`;
  const snippet = h.snippet.replace(/\s+/g, ' ').trim();
  return `${head}\n   ${h.url ?? h.id}\n   ${snippet}\n`;
}

export function registerSearch(program: Command, io: CliIo): void {
  program
    .command('search')
    .summary('full-text search of the corpus')
    .description(
      'Search the titles and texts of the corpus, best matches first (bm25; title words weigh more), with a snippet around the matched words. Copies of one story (syndicated wire stories, re-posts) count once: the best-matching copy is shown with the number of copies found.\n\n' +
        'Every word must match (word forms too: "talks" finds "talk"). "Quoted words" must match as a phrase; a trailing * matches a prefix (sanction*). Anything else, such as OR, NEAR, - or parentheses, is searched for as plain text.',
    )
    .argument('<query...>', 'the words to look for (quote the whole query in the shell)')
    .option('--db <file|url>', 'the corpus: an SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('-f, --format <format>', 'text (for people), json, jsonl or csv', choice(['text', 'json', 'jsonl', 'csv']), 'text')
    .option('--since <date>', 'published on or after this date (2024-03-01) or time', isoDate)
    .option('--until <date>', 'published on or before this date (the whole day) or time', isoDate)
    .option('--source <site>', 'only this outlet: its site name or host (reuters.com also matches uk.reuters.com)')
    .option('-n, --limit <n>', 'show at most this many hits (1-1000)', wholeNumber(1), 20)
    .option('--offset <n>', 'skip this many hits first (for paging)', wholeNumber(0), 0)
    .option('--all-copies', 'list every copy of a story instead of one hit per story', false)
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep search "gas price cap"
  $ sitrep search '"ready to talk"' --since 2024-03-01 --until 2024-03-31
  $ sitrep search sanction* --source reuters.com --format csv > hits.csv
  $ sitrep search ceasefire --db news.db --all-copies --format jsonl

Documents without a published date are left out when --since or --until is given.
Exit status: 0 (also when nothing matched), 1 when the database cannot be read, 2 on usage errors.`,
    )
    .action(async (words: string[], opts: SearchCliOptions) => {
      const query = words.join(' ').trim();
      if (query.length === 0) throw new UsageError('the search query is empty');
      if (opts.limit > 1000) throw new UsageError('--limit must be at most 1000');
      if (opts.since && opts.until && opts.since > opts.until) throw new UsageError('--since is after --until');
      let store: CorpusStore;
      try {
        store = await openCorpus(opts.db, { mustExist: true });
      } catch (error) {
        io.err(`sitrep search: ${(error as Error).message}\n`);
        io.setExitCode(1);
        return;
      }
      try {
        const hits = await store.search({
          query,
          limit: opts.limit,
          offset: opts.offset,
          allCopies: opts.allCopies,
          ...(opts.since ? { since: opts.since } : {}),
          ...(opts.until ? { until: opts.until } : {}),
          ...(opts.source ? { source: opts.source } : {}),
          ...(opts.format === 'text' ? {} : { marks: ['', ''] as const }),
        });
        if (opts.format === 'text') {
          if (hits.length === 0) io.out('no matches\n');
          hits.forEach((h, i) => {
            io.out(`${i > 0 ? '\n' : ''}${renderHit(opts.offset + i + 1, h)}`);
          });
        } else {
          const rows = hits.map((h, i) => ({ rank: opts.offset + i + 1, ...h }));
          printRecords(io, opts.format, rows, COLUMNS);
        }
        io.setExitCode(0);
      } finally {
        await store.close();
      }
    });
}
