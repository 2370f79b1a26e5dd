import type { Command } from 'commander';
import { officeTitle } from '../../kb/roles.js';
import { type EntityProfile, entityProfile } from '../../query/entities.js';
import type { Period } from '../../query/series.js';
import type { EntityCount, QuoteHit } from '../../store/types.js';
import { speakerWithCue } from '../analysis-text.js';
import { wholeNumber } from '../corpus-options.js';
import { addQueryOptions, counted, filterOf, n, oneLine, type QueryCliOptions, textTable, withCorpus } from '../corpus-query.js';
import { UsageError } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import { printRecords } from '../records.js';

const COLUMNS = [
  'section',
  'rank',
  'name',
  'type',
  'period',
  'stories',
  'documents',
  'mentions',
  'speaker',
  'text',
  'publishedAt',
  'site',
  'url',
];

interface EntityCliOptions extends QueryCliOptions {
  by: Period;
  related: number;
  quotes: number;
}

function entityLabel(e: Pick<EntityCount, 'name' | 'type' | 'kbId'>): string {
  return `${e.name} (${e.type}${e.kbId ? `, ${e.kbId}` : ''})`;
}

function quoteLine(q: QuoteHit): string {
  const when = q.publishedAt?.slice(0, 10) ?? '(undated)';
  const where = [q.site, q.url ?? q.docId].filter((x): x is string => !!x).join(' ');
  const said = q.type === 'direct' ? `“${oneLine(q.text, 160)}”` : oneLine(q.text, 160);
  return `  ${when}  ${speakerWithCue(q.speaker ?? '(unattributed)', q.cue, q.via)}: ${said}\n              ${where}${q.copies > 1 ? ` [${q.copies} copies]` : ''}\n`;
}

function renderProfile(p: EntityProfile, allCopies: boolean): string {
  const unit = allCopies ? 'documents' : 'stories';
  const units = (x: number) => (allCopies ? counted(x, 'document') : counted(x, 'story', 'stories'));
  const out: string[] = [];
  out.push(`${entityLabel(p.entity)}\n`);
  out.push(`${units(p.stories)}${allCopies ? '' : `, ${counted(p.documents, 'document')}`}, ${counted(p.mentions, 'mention')}\n`);
  if (p.forms.length > 0) out.push(`also named: ${p.forms.slice(0, 6).join(', ')}${p.forms.length > 6 ? ', …' : ''}\n`);
  if (p.parties.length > 0) {
    const given = p.parties.slice(0, 3).map((x) => `${x.name} (${units(allCopies ? x.documents : x.stories)})`);
    out.push(`party, as the articles give it: ${given.join('; ')}\n`);
  }
  if (p.offices.length > 0) {
    const latest = p.offices.slice(-4).map((o) => `${officeTitle(o.scope, o.role)} (${o.scope}) ${o.from} – ${o.to ?? ''}`.trimEnd());
    out.push(`offices, as the knowledge base lists them: ${p.offices.length > 4 ? '…; ' : ''}${latest.join('; ')}\n`);
  }
  if (p.alternatives.length > 0) {
    const alts = p.alternatives.slice(0, 5).map((a) => `${entityLabel(a)}: ${units(allCopies ? a.documents : a.stories)}`);
    out.push(`also matches: ${alts.join('; ')}${p.alternatives.length > 5 ? '; …' : ''}\n`);
  }
  const max = Math.max(1, ...p.series.map((s) => s.stories));
  if (p.series.length > 0) {
    out.push(`\nMentions by ${p.by} (${unit}):\n`);
    for (const s of p.series)
      out.push(`  ${s.period.padEnd(10)} ${String(s.stories).padStart(6)} ${'█'.repeat(Math.round((30 * s.stories) / max))}\n`);
  }
  if (p.coMentioned.length > 0) {
    out.push(`\nMentioned with it (${unit}):\n`);
    out.push(
      textTable(
        ['entity', 'type', unit],
        p.coMentioned.map((e) => [e.name, e.type, allCopies ? e.documents : e.stories]),
      ).replace(/^/gm, '  '),
    );
  }
  if (p.sites.length > 0) {
    out.push(`\nSites (${unit}):\n`);
    out.push(
      textTable(
        ['site', unit],
        p.sites.map((s) => [s.site, allCopies ? s.documents : s.stories]),
      ).replace(/^/gm, '  '),
    );
  }
  out.push(`\nQuotes by ${p.entity.name}: ${n(p.quotesBy.totals.quotes)} in ${counted(p.quotesBy.totals.stories, 'story', 'stories')}\n`);
  for (const q of p.quotesBy.hits) out.push(quoteLine(q));
  out.push(
    `\nQuotes about ${p.entity.name}: ${n(p.quotesAbout.totals.quotes)} in ${counted(p.quotesAbout.totals.stories, 'story', 'stories')}\n`,
  );
  for (const q of p.quotesAbout.hits) out.push(quoteLine(q));
  return out.join('').replace(/\n+$/, '\n');
}

function profileRows(p: EntityProfile): Array<Record<string, unknown>> {
  const e = p.entity;
  const quote = (section: string) => (q: QuoteHit, i: number) => ({
    section,
    rank: i + 1,
    speaker: q.speaker,
    text: q.text,
    publishedAt: q.publishedAt,
    site: q.site,
    url: q.url ?? q.docId,
    documents: q.copies,
  });
  return [
    { section: 'entity', name: e.name, type: e.type, stories: p.stories, documents: p.documents, mentions: p.mentions },
    ...p.forms.map((name, i) => ({ section: 'form', rank: i + 1, name })),
    ...p.parties.map((x, i) => ({ section: 'party', rank: i + 1, name: x.name, stories: x.stories, documents: x.documents })),
    ...p.alternatives.map((a, i) => ({
      section: 'also-matches',
      rank: i + 1,
      name: a.name,
      type: a.type,
      stories: a.stories,
      documents: a.documents,
    })),
    ...p.series.map((s) => ({ section: 'mentions', period: s.period, stories: s.stories, mentions: s.mentions })),
    ...p.coMentioned.map((c, i) => ({
      section: 'co-mentioned',
      rank: i + 1,
      name: c.name,
      type: c.type,
      stories: c.stories,
      documents: c.documents,
    })),
    ...p.sites.map((s, i) => ({ section: 'site', rank: i + 1, name: s.site, stories: s.stories, documents: s.documents })),
    ...p.quotesBy.hits.map(quote('quote-by')),
    ...p.quotesAbout.hits.map(quote('quote-about')),
  ];
}

export function registerEntity(program: Command, io: CliIo): void {
  addQueryOptions(
    program
      .command('entity')
      .summary('the profile of one entity: mentions over time, who with, quotes by and about it')
      .description(
        'Show what the corpus says about one person, organisation or place: how many stories mention it and when, the party the articles give a person and the offices the knowledge base lists for them, the entities mentioned with it, the sites that cover it, and the latest quotes by it and about it. The name matches whole (in any case, without accents: "angela merkel"), as a knowledge-base id (person/angela-merkel, RUS), as a surname ("Merkel"), or as another name the knowledge base gives a country or body ("U.S.", "FBI"); when it matches several entities, the most mentioned is shown and the others are listed.',
      )
      .argument('<name...>', 'the entity (quote a name of several words, or give it as several arguments)')
      .option('--by <period>', 'mentions by day, week or month', choice(['day', 'week', 'month']), 'month')
      .option('--related <n>', 'co-mentioned entities and sites to list', wholeNumber(0), 10)
      .option('--quotes <n>', 'quotes by and about it to list', wholeNumber(0), 5),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep entity "Angela Merkel"
  $ sitrep entity Merkel --by week --since 2024-03-01
  $ sitrep entity NATO --source reuters.com --format json

Stories, not copies: copies of one story count once unless --all-copies. Co-mentioned entities
are counted over the latest 500 documents that mention the entity.
--format json prints one object; jsonl and csv print one record per line, with a "section"
(entity, party, also-matches, mentions, co-mentioned, site, quote-by, quote-about).
Exit status: 0 (also when no entity matches), 1 when the database cannot be read, 2 on usage errors.`,
    )
    .action(async (words: string[], opts: EntityCliOptions) => {
      const name = words.join(' ').trim();
      if (name.length === 0) throw new UsageError('the entity name is empty');
      if (opts.related > 1000 || opts.quotes > 1000) throw new UsageError('--related and --quotes must be at most 1000');
      const filter = filterOf(opts);
      await withCorpus(io, 'entity', opts.db, async (store) => {
        const profile = await entityProfile(store, name, { ...filter, by: opts.by, related: opts.related, quotes: opts.quotes });
        if (!profile) {
          if (opts.format === 'json') io.out('null\n');
          else if (opts.format === 'csv') printRecords(io, 'csv', [], COLUMNS);
          else if (opts.format === 'text') io.out(`no entity named ${JSON.stringify(name)} in the corpus\n`);
          return;
        }
        if (opts.format === 'text') io.out(renderProfile(profile, opts.allCopies));
        else if (opts.format === 'json') io.out(`${JSON.stringify(profile, null, 2)}\n`);
        else printRecords(io, opts.format, profileRows(profile), COLUMNS);
      });
    });
}
