import type { Command } from 'commander';
import { resolveParty, topEntities } from '../../query/entities.js';
import { wholeNumber } from '../corpus-options.js';
import { addQueryOptions, filterOf, type QueryCliOptions, textTable, withCorpus } from '../corpus-query.js';
import { UsageError } from '../inputs.js';
import type { CliIo } from '../io.js';
import { partyNamesOf, rankedTable } from '../ranked-people.js';
import { printRecords } from '../records.js';

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];
const COLUMNS = ['rank', 'name', 'type', 'kbId', 'key', 'stories', 'documents', 'mentions', 'party', 'forms'];

interface EntitiesCliOptions extends QueryCliOptions {
  type?: string;
  party?: string;
  top: number;
}

export function registerEntities(program: Command, io: CliIo): void {
  addQueryOptions(
    program
      .command('entities')
      .summary('the most mentioned people, organisations and places of the corpus')
      .description(
        'List the entities the corpus mentions most: people, organisations, countries and places, and groups (NORP: nationalities, religious and political groups). Each is counted once per story that mentions it: copies of one story (syndicated wire stories, re-posts) count once unless --all-copies; entities of as many stories rank by their mentions. Entities linked to the knowledge base are one entity whatever name an article uses (Merkel, Angela Merkel); the fullest name seen is shown.',
      )
      .option('-t, --type <type>', `only entities of this type: ${TYPES.join(', ')}`)
      .option('--party <name>', 'only the members of this party: the people the articles give it ("Republicans", "GOP", "Labour", "AfD")')
      .option('-n, --top <n>', 'show this many (1-1000)', wholeNumber(1), 20),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep entities
  $ sitrep entities --type PERSON --top 50 --since 2024-03-01 --until 2024-03-31
  $ sitrep entities --type ORG --source reuters.com --format csv > orgs.csv
  $ sitrep entities --party Republicans --top 10

A person belongs to the party most of the stories that give them one give them ("Republican
Sen. Ted Cruz", "Bob Casey (D-Pa.)", "Labour leader Keir Starmer").

A person is one row whatever form of their name an article uses: "Paul Ryan" and "Paul D.
Ryan", and articles that only give the surname ("Obama") when nine in ten stories about people of
that surname are about them; the column "also as" lists the forms counted with the name shown.

Columns: stories (or documents with --all-copies) that mention the entity, the documents that
do, its mentions in them (names, roles and pronouns resolved to it), a person's party where
the corpus gives one, and the other forms of their name.
Documents without a published date are left out when --since or --until is given.
Exit status: 0, 1 when the database cannot be read, 2 on usage errors.`,
    )
    .action(async (opts: EntitiesCliOptions) => {
      const filter = filterOf(opts);
      const type = opts.type?.trim().toUpperCase();
      if (type !== undefined && !TYPES.includes(type)) throw new UsageError(`--type must be one of ${TYPES.join(', ')}`);
      if (opts.top > 1000) throw new UsageError('--top must be at most 1000');
      const partyName = opts.party?.trim();
      if (partyName === '') throw new UsageError('--party needs a name');
      await withCorpus(io, 'entities', opts.db, async (store) => {
        const party = partyName === undefined ? undefined : await resolveParty(store, partyName);
        if (party === null) throw new UsageError(`--party: no party known by the name ${JSON.stringify(partyName)}`);
        const query = { ...filter, limit: opts.top, ...(type ? { type } : {}), ...(party ? { party: party.kbId } : {}) };
        const found = await topEntities(store, query);
        const partyOf = await partyNamesOf(store, found);
        const rows = found.map(({ ids: _ids, ...e }, i) => ({ rank: i + 1, ...e, party: partyOf(e.id) }));
        if (opts.format !== 'text') return printRecords(io, opts.format, rows, COLUMNS);
        if (party) {
          const also = party.alternatives.length > 0 ? ` (the name also means: ${party.alternatives.map((a) => a.name).join(', ')})` : '';
          io.out(`Members of the ${party.name}${also}, as the articles give them:\n`);
        }
        if (rows.length === 0) return io.out(party ? 'no members named in the corpus\n' : 'no entities\n');
        // a person's party where the corpus gives one, and only when some row has one
        const counted = opts.allCopies ? 'documents' : 'stories';
        io.out(
          rankedTable(
            'entity',
            [
              [counted, (r) => r[counted]],
              ['mentions', (r) => r.mentions],
            ],
            rows,
            !party,
          ),
        );
      });
    });
}
