import type { Command } from 'commander';
import { type SourcesReport, sourcesReport } from '../../query/sources.js';
import { wholeNumber } from '../corpus-options.js';
import { addQueryOptions, filterOf, n, percent, type QueryCliOptions, textTable, withCorpus } from '../corpus-query.js';
import { UsageError } from '../inputs.js';
import type { CliIo } from '../io.js';
import { printRecords } from '../records.js';

const COLUMNS = [
  'section',
  'rank',
  'outlet',
  'name',
  'country',
  'stateMedia',
  'stateMediaLabel',
  'kind',
  'named',
  'stories',
  'documents',
  'claims',
  'share',
  'party',
  'people',
];

interface SourcesCliOptions extends QueryCliOptions {
  top: number;
}

function summaryRows(r: SourcesReport): Array<Record<string, unknown>> {
  const s = r.summary;
  const share = (x: number) => (s.claims > 0 ? x / s.claims : null);
  const measures: Array<[string, number]> = [
    ['claims', s.claims],
    ['named people', s.namedPeople],
    ['named outlets', s.namedOutlets],
    ['named organisations', s.namedOrganisations],
    ['documents', s.documents],
    ['unnamed sources', s.unnamed],
    ['unresolved', s.unresolved],
    ['unattributed', s.unattributed],
    ['relayed through an outlet', s.relayed],
  ];
  return measures.map(([name, claims]) => ({ section: 'summary', name, stories: s.stories, claims, share: share(claims) }));
}

function renderText(r: SourcesReport, allCopies: boolean): string {
  const s = r.summary;
  const unit = allCopies ? 'documents' : 'stories';
  const out: string[] = [];
  out.push(
    `${n(s.claims)} claims in ${n(s.stories)} ${unit}: unnamed sources ${percent(r.unnamedShare)}, ` +
      `no attributable source ${percent(r.unsourcedShare)} (unnamed, unresolved or unattributed)\n`,
  );
  out.push(
    `  named people ${n(s.namedPeople)}, outlets ${n(s.namedOutlets)}, organisations ${n(s.namedOrganisations)}, documents ${n(s.documents)}; ` +
      `unnamed ${n(s.unnamed)}, unresolved ${n(s.unresolved)}, unattributed ${n(s.unattributed)}; relayed through an outlet ${n(s.relayed)}\n`,
  );
  if (r.outlets.length === 0) out.push('\nno cited outlets\n');
  else {
    out.push(`\nCited outlets (${unit} that cite them):\n`);
    out.push(
      textTable(
        ['#', 'outlet', 'domain', 'country', 'state media', unit, 'claims'],
        r.outlets.map((o, i) => [
          i + 1,
          o.name ?? o.outlet ?? '',
          o.outlet ?? '(which is unclear)',
          o.country ?? '',
          o.stateMediaLabel ?? '',
          allCopies ? o.documents : o.stories,
          o.claims,
        ]),
      ),
    );
  }
  if (r.kinds.length > 0) {
    out.push(`\nSources by kind (${unit} that cite one):\n`);
    out.push(
      textTable(
        ['kind', unit, 'citations'],
        r.kinds.map((k) => [kindLabel(k.kind, k.named), k.stories, k.citations]),
      ),
    );
  }
  if (r.parties.some((p) => p.party !== null)) {
    out.push(`\nNamed people the claims rest on, by party (${unit} that cite one; share of their claims):\n`);
    out.push(
      textTable(
        ['party', 'people', unit, 'claims', 'share'],
        r.parties.map((p) => [p.name ?? '(no party known)', p.people, p.stories, p.claims, percent(p.share)]),
      ),
    );
  }
  return out.join('');
}

/**
 * A kind of source as the table shows it: vague sources ("officials said") are "unnamed", a role or
 * pronoun tied to no name ("his spokeswoman") a "person, not named", a name of unknown kind "other name".
 */
function kindLabel(kind: string, named: boolean): string {
  if (kind === 'unnamed') return 'unnamed';
  if (kind === 'unknown') return named ? 'other name' : 'other, not named';
  return named ? kind : `${kind}, not named`;
}

export function registerSources(program: Command, io: CliIo): void {
  addQueryOptions(
    program
      .command('sources')
      .summary('the outlets the corpus cites, with state-media labels, the share of unnamed sources, and the parties of the people cited')
      .description(
        'Show what the reporting in the corpus rests on: the outlets its stories cite ("Reuters reported", "according to TASS", "a column in the Financial Times"), each with its country and its State Media Monitor label (state-controlled, independent public, …) where it has one; the claims that rest on named people, outlets, organisations and documents; the share that rests on unnamed sources ("officials said", "sources familiar with the talks") or on no source at all; and, where the articles give the parties of the people cited, how the claims resting on named people divide between the parties (the party `sitrep entities` gives each person).',
      )
      .option('-n, --top <n>', 'show this many outlets (1-1000)', wholeNumber(1), 20),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep sources
  $ sitrep sources --top 50 --since 2024-03-01 --format csv > outlets.csv
  $ sitrep sources --source example.com --all-copies

Stories, not copies: copies of one story count once (the claims of its first stored copy; an
outlet's, of the copy that cites it most) unless --all-copies. --format json prints one object;
jsonl and csv print one record per line, with a
"section" (summary, outlet, kind, party; a party row's "party" is its knowledge-base id, empty
for the people of no known party).
Exit status: 0, 1 when the database cannot be read, 2 on usage errors.`,
    )
    .action(async (opts: SourcesCliOptions) => {
      const filter = filterOf(opts);
      if (opts.top > 1000) throw new UsageError('--top must be at most 1000');
      await withCorpus(io, 'sources', opts.db, async (store) => {
        const report = await sourcesReport(store, { ...filter, limit: opts.top });
        if (opts.format === 'text') return io.out(renderText(report, opts.allCopies));
        if (opts.format === 'json') return io.out(`${JSON.stringify(report, null, 2)}\n`);
        printRecords(
          io,
          opts.format,
          [
            ...summaryRows(report),
            ...report.outlets.map((o, i) => ({ section: 'outlet', rank: i + 1, ...o })),
            ...report.kinds.map((k) => ({ section: 'kind', ...k })),
            ...report.parties.map((p) => ({ section: 'party', ...p })),
          ],
          COLUMNS,
        );
      });
    });
}
