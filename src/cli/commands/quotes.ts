import type { Command } from 'commander';
import type { Doc } from '../../doc.js';
import { entitiesAnnotator } from '../../nlp/entities/entities.js';
import { type Quote, quotesAnnotator } from '../../nlp/quotes/quotes.js';
import { type SourcesLayer, sourcesAnnotator } from '../../nlp/sources/sources.js';
import { sentencesAnnotator } from '../../nlp/tokenize/annotator.js';
import { runAnnotators } from '../../pipeline/run.js';
import { quoteLines } from '../analysis-text.js';
import { expandInputs, UsageError } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import { textJobsOf } from '../text-jobs.js';
import { quoteQueryMode } from './quotes-query.js';

type Format = 'jsonl' | 'json' | 'text' | 'csv';
type InputKind = 'auto' | 'jsonl';

interface Options {
  format: Format;
  plain?: boolean;
  input: InputKind;
}

/** The quotes and sources of one document. */
export function analyzeQuotes(doc: Doc): { quotes: readonly Quote[]; sources: SourcesLayer } {
  const layers = runAnnotators(doc, [sentencesAnnotator, entitiesAnnotator, quotesAnnotator, sourcesAnnotator]);
  return { quotes: layers.quotes ?? [], sources: layers.sources ?? { sources: [], summary: emptySummary() } };
}

/** A sources summary with nothing counted (a document without quotes). */
export function emptySummary(): SourcesLayer['summary'] {
  return {
    claims: 0,
    namedPeople: 0,
    namedOutlets: 0,
    namedOrganisations: 0,
    documents: 0,
    unnamed: 0,
    unresolved: 0,
    unattributed: 0,
    relayed: 0,
    quotationShare: 0,
  };
}

/** A quote in the scorer's format (snake_case offsets; `../shared/tools/score-quotes.mjs`). */
export function quoteRecord(q: Quote): Record<string, unknown> {
  const r: Record<string, unknown> = {
    start: q.start,
    end: q.end,
    text: q.text,
    type: q.type,
    speaker: q.speaker,
    speaker_start: q.speakerStart ?? null,
    speaker_end: q.speakerEnd ?? null,
    speaker_kind: q.speakerKind,
    cue: q.cue,
    cue_start: q.cueStart,
    cue_end: q.cueEnd,
  };
  if (q.speakerEntity !== undefined) r.speaker_entity = q.speakerEntity;
  if (q.via !== undefined) Object.assign(r, { via: q.via, via_start: q.viaStart, via_end: q.viaEnd });
  if (q.fragments) r.fragments = q.fragments;
  if (q.carried) r.carried = true;
  if (q.negated) r.negated = true;
  return r;
}

function renderText(id: string, text: string, quotes: readonly Quote[], sources: SourcesLayer): string {
  return [id, ...quoteLines(text, quotes, sources)].join('\n');
}

export function registerQuotes(program: Command, io: CliIo): void {
  program
    .command('quotes')
    .summary('find who said what, citing whom: quotes with speakers, and sources')
    .description(
      'Find the attributed statements of news articles (direct quotes, indirect speech such as "he said that …" or ' +
        '"according to …", and mixed quotes) with the speaker as it should be reported (pronouns and roles resolved to ' +
        'the person), the words in the text that name the speaker, the cue, and the outlet that relayed it; and the ' +
        'sources the claims rest on (people, outlets with state-media labels, documents, unnamed sources), with a ' +
        'per-article summary.',
    )
    .argument(
      '[path...]',
      'pages (HTML or page text), directories of them, - for stdin; feeds (.rss, .atom, .xml), WARC archives (.warc) and JSON Lines (.jsonl) give an article per item (with --input jsonl, lines of {id, text} taken as plain text)',
    )
    .option(
      '-f, --format <format>',
      'jsonl (one object per document), json (one array), text (for people); csv too in corpus mode',
      choice(['jsonl', 'json', 'text', 'csv']),
      'jsonl',
    )
    .option('--plain', 'the input is the article text itself: no extraction, every offset indexes the input exactly')
    .option(
      '--input <kind>',
      'jsonl: each line is {"id","text"} (optionally "publication_date"), taken as plain text',
      choice(['auto', 'jsonl']),
      'auto',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep quotes --plain article.txt
  $ sitrep quotes --format text pages/
  $ sitrep quotes --input jsonl ../shared/data/quotes/polnear/polnear-dev.jsonl > pred.jsonl
  $ node ../shared/tools/score-quotes.mjs --gold ../shared/data/quotes/polnear/polnear-dev.jsonl --pred pred.jsonl
  $ echo '"We are ready," Merkel said. She added that talks would go on.' | sitrep quotes --plain -

Output, one line per document:
  {"id", "quotes": [{"start", "end", "text", "type", "speaker", "speaker_start", "speaker_end",
                     "speaker_kind", "speaker_entity"?, "cue", "cue_start", "cue_end", "via"?, "fragments"?, "negated"?}],
   "sources": {"sources": [...], "summary": {...}}, "text"?}
Offsets are JS string indices, end exclusive. With --plain and --input jsonl they index the input
text; for pages that are extracted first they index the extracted text, which is then included.
"speaker" is null for a quotation nobody in the text is said to have said.
An input that cannot be read prints {"id","error"} and the others go on; the exit status is then 1.`,
    )
    .action(async (paths: string[], opts: Options, cmd: Command) => {
      if (await quoteQueryMode(io, paths, opts, cmd)) return;
      if (paths.length === 0) throw new UsageError('quotes needs at least one input path (or - for stdin)');
      if (opts.plain && opts.input === 'jsonl')
        throw new UsageError('--plain and --input jsonl do not go together: JSON Lines texts are taken as plain text already');
      const items = await expandInputs(paths, io, 'quotes', { jsonlAsFiles: opts.input === 'jsonl' });
      let failed = 0;
      const all: unknown[] = [];
      let first = true;
      const emit = (record: Record<string, unknown>, text: string) => {
        if (opts.format === 'jsonl') io.out(`${JSON.stringify(record)}\n`);
        else if (opts.format === 'json') all.push(record);
        else {
          io.out(`${first ? '' : '\n'}${text}\n`);
          first = false;
        }
      };
      for (const item of items) {
        const jobs = await textJobsOf(item, opts);
        for (const job of jobs) {
          if (!job.doc) {
            failed++;
            io.err(`sitrep quotes: ${job.label}: ${job.error}\n`);
            emit({ id: job.id, error: job.error }, `${job.id}: error: ${job.error}`);
            continue;
          }
          const { quotes, sources } = analyzeQuotes(job.doc);
          const record: Record<string, unknown> = { id: job.id, quotes: quotes.map(quoteRecord), sources };
          if (job.withText) record.text = job.doc.text;
          emit(record, renderText(job.id, job.doc.text, quotes, sources));
        }
      }
      if (opts.format === 'json') io.out(`${JSON.stringify(all, null, 2)}\n`);
      io.setExitCode(failed > 0 ? 1 : 0);
    });
}
