import type { Command } from 'commander';
import { UnknownPartyError } from '../../query/entities.js';
import { topSpeakers } from '../../query/quotes.js';
import { wholeNumber } from '../corpus-options.js';
import { addQueryOptions, filterOf, type QueryCliOptions, textTable, withCorpus } from '../corpus-query.js';
import { UsageError } from '../inputs.js';
import type { CliIo } from '../io.js';
import { partyNamesOf, rankedTable } from '../ranked-people.js';
import { printRecords } from '../records.js';

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];
const COLUMNS = ['rank', 'name', 'type', 'kbId', 'key', 'quotedIn', 'quotes', 'party', 'forms'];

interface SpeakersCliOptions extends QueryCliOptions {
  about?: string;
  party?: string;
  type?: string;
  top: number;
}

export function registerSpeakers(program: Command, io: CliIo): void {
  addQueryOptions(
    program
      .command('speakers')
      .summary('who is quoted most, on a subject or in a party')
      .description(
        'Rank the people and organisations the corpus quotes: in how many stories each is quoted (copies of one story count once unless --all-copies, which counts quotes), with --about only in quotes that mention that entity ("who is quoted most on NATO"), with --party only the members of that party. A person is one row whatever form of their name the articles use.',
      )
      .option('--about <name>', 'only quotes that mention this entity (matched as in `sitrep entity`); it is no speaker of its own row')
      .option('--party <name>', 'only the members of this party ("Republicans", "GOP", "Labour", "AfD")')
      .option('-t, --type <type>', `only speakers of this type: ${TYPES.join(', ')}`)
      .option('-n, --top <n>', 'show this many (1-1000)', wholeNumber(1), 20),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep speakers --about NATO --type PERSON --since 2024-03-01
  $ sitrep speakers --party Republicans --about Trump --top 10
  $ sitrep speakers --source reuters.com --format csv > speakers.csv

Columns: the stories the speaker is quoted in (with --all-copies only their quotes), their
quotes (each copy of a story counts its own), a person's party where the corpus gives one, and the
other forms of their name counted with it.
Speakers are entities: unnamed sources ("officials said") are counted by \`sitrep sources\`.
Exit status: 0 (also when nothing matched), 1 when the database cannot be read, 2 on usage errors.`,
    )
    .action(async (opts: SpeakersCliOptions) => {
      const filter = filterOf(opts);
      const type = opts.type?.trim().toUpperCase();
      if (type !== undefined && !TYPES.includes(type)) throw new UsageError(`--type must be one of ${TYPES.join(', ')}`);
      if (opts.top > 1000) throw new UsageError('--top must be at most 1000');
      const about = opts.about?.trim();
      if (about === '') throw new UsageError('--about needs a name');
      const partyName = opts.party?.trim();
      if (partyName === '') throw new UsageError('--party needs a name');
      await withCorpus(io, 'speakers', opts.db, async (store) => {
        const query = {
          ...filter,
          limit: opts.top,
          ...(type ? { type } : {}),
          ...(about ? { about } : {}),
          ...(partyName ? { party: partyName } : {}),
        };
        const found = await topSpeakers(store, query).catch((err: unknown) => {
          if (err instanceof UnknownPartyError) throw new UsageError(`--party: no party known by the name ${JSON.stringify(partyName)}`);
          throw err;
        });
        const partyOf = await partyNamesOf(store, found.speakers);
        const rows = found.speakers.map(({ ids: _ids, documents: _d, mentions: _m, stories: _s, ...e }, i) => ({
          rank: i + 1,
          ...e,
          party: partyOf(e.id),
        }));
        if (opts.format !== 'text') return printRecords(io, opts.format, rows, COLUMNS);
        const subject = found.about ? ` on ${found.about.entity.name} (${found.about.entity.type})` : '';
        const members = found.party ? ` of the ${found.party.name}` : '';
        if (about && !found.about) return io.out(`no entity matches ${JSON.stringify(about)}\n`);
        io.out(`Quoted most${members}${subject}:\n`);
        if (found.about && found.about.alternatives.length > 0) {
          io.out(
            `(the name also matches: ${found.about.alternatives
              .slice(0, 3)
              .map((a) => `${a.name} (${a.type})`)
              .join(', ')})\n`,
          );
        }
        if (rows.length === 0) return io.out('no quoted speakers\n');
        const counts: Array<readonly [string, (r: (typeof rows)[number]) => number]> = opts.allCopies
          ? [['quotes', (r) => r.quotes]]
          : [
              ['stories', (r) => r.quotedIn],
              ['quotes', (r) => r.quotes],
            ];
        io.out(rankedTable('speaker', counts, rows, !found.party));
      });
    });
}
