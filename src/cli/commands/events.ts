import type { Command } from 'commander';
import { entitiesAnnotator } from '../../nlp/entities/entities.js';
import { type Event, eventsAnnotator, isFactual } from '../../nlp/events/events.js';
import { sentencesAnnotator } from '../../nlp/tokenize/annotator.js';
import { runAnnotators } from '../../pipeline/run.js';
import { expandInputs, UsageError } from '../inputs.js';
import { type CliIo, choice } from '../io.js';
import { textJobsOf } from '../text-jobs.js';
import { addEventsQueryOptions, type EventsQueryCliOptions, eventsQueryMode } from './events-query.js';

type Format = 'jsonl' | 'json' | 'text' | 'csv';
type InputKind = 'auto' | 'jsonl';

interface Options extends EventsQueryCliOptions {
  format: Format;
  plain?: boolean;
  input: InputKind;
  all?: boolean;
}

/** An event as `sitrep events` prints it (the scorer reads cameo, plover, source.code and target.code). */
export function eventRecord(e: Event): Record<string, unknown> {
  return {
    cameo: e.cameo,
    plover: e.plover,
    goldstein: e.goldstein,
    quadClass: e.quadClass,
    source: e.source,
    target: e.target,
    trigger: e.trigger,
    start: e.start,
    end: e.end,
    negated: e.negated,
    hedged: e.hedged,
    ...(e.background ? { background: true } : {}),
    ...(e.statement ? { statement: true } : {}),
    sentence: e.sentence,
    evidence: e.evidence,
  };
}

/** An event as `sitrep events --format text` prints it: source → category code [Goldstein] → target, trigger, flags, evidence. */
export function eventLine(e: Event): string {
  const actor = (a: Event['source']) => (a ? `${a.code} (${a.text})` : '—');
  const flags = [e.negated ? 'negated' : '', e.hedged ? 'hedged' : '', e.background ? 'background' : '', e.statement ? 'statement' : '']
    .filter((x) => x)
    .join(', ');
  return `  ${actor(e.source)} → ${e.plover ?? 'statement/appeal'} ${e.cameo} [${e.goldstein}] → ${actor(e.target)}: "${e.trigger.text}"${
    flags ? ` (${flags})` : ''
  } — ${e.evidence}`;
}

export function registerEvents(program: Command, io: CliIo): void {
  const command = program
    .command('events')
    .summary('who did what to whom: events between actors in CAMEO and PLOVER, with Goldstein scores')
    .description(
      'Code the events of news sentences or articles: source actor, action and target actor, with the CAMEO event ' +
        'code, the PLOVER category, the Goldstein conflict–cooperation score and quad class, CAMEO actor codes ' +
        '(country ISO-3, organisations such as IGOWSTNAT for NATO, sectors such as GOV or MIL), and the evidence: which ' +
        'trigger and which rule made the event. Negated ("did not attack") and hedged ("may deploy") events, and acts ' +
        'years before the report\'s date ("blew up a plane in 1988": background), are left out unless --all is given, ' +
        'where they carry negated/hedged/background flags. Reported speech ("X said Y attacked Z") gives ' +
        'the reported event and at most one statement event (CAMEO 01x, no PLOVER category). ' +
        'With --between A B, counts the events between two entities of an ingested corpus instead (see Corpus mode below).',
    )
    .argument(
      '[path...]',
      'pages (HTML or page text), directories of them, - for stdin; feeds (.rss, .atom, .xml), WARC archives (.warc) and JSON Lines (.jsonl) give an article per item (with --input jsonl, lines of {id, text} taken as plain text)',
    )
    .option(
      '-f, --format <format>',
      'jsonl (one object per document), json (one array), text (for people); corpus mode: text (default), json, jsonl, csv',
      choice(['jsonl', 'json', 'text', 'csv']),
      'jsonl',
    )
    .option('--plain', 'the input is the text itself: no extraction, every offset indexes the input exactly')
    .option(
      '--input <kind>',
      'jsonl: each line is {"id","text","date"?}, a sentence or an article, taken as plain text',
      choice(['auto', 'jsonl']),
      'auto',
    )
    .option('--all', 'also print negated, hedged and background events (flagged)')
    .addHelpText(
      'after',
      `
Examples:
  $ echo 'Iran threatened to shell Iraqi towns.' | sitrep events --plain --format text -
  $ sitrep events --input jsonl ../shared/data/events/plover_gsr/plover_gsr_cameo_manual.jsonl > pred.jsonl
  $ node ../shared/tools/score-events.mjs --gold ../shared/data/events/plover_gsr/plover_gsr_cameo_manual.jsonl --pred pred.jsonl
  $ sitrep events --format text page.html

Output, one line per document:
  {"id", "events": [{"cameo", "plover", "goldstein", "quadClass",
                     "source": {"code", "text", "entity"?, "members"?} | null, "target": … | null,
                     "trigger": {"start", "end", "text"}, "start", "end", "negated", "hedged",
                     "background"?, "statement"?, "sentence", "evidence"}], "text"?}
Offsets are JS string indices, end exclusive, into the input text (--plain, --input jsonl) or into
the extracted text of a page, which is then included. "members" lists the actors of a compound
("Hungary and Romania"); "code" is the first. An input that cannot be read prints {"id","error"}
and the others go on; the exit status is then 1.`,
    );
  addEventsQueryOptions(command).action(async (paths: string[], opts: Options, cmd: Command) => {
    if (await eventsQueryMode(io, paths, opts, cmd)) return;
    if (paths.length === 0) throw new UsageError('events needs at least one input path (or - for stdin)');
    if (opts.plain && opts.input === 'jsonl')
      throw new UsageError('--plain and --input jsonl do not go together: JSON Lines texts are taken as plain text already');
    const items = await expandInputs(paths, io, 'events', { jsonlAsFiles: opts.input === 'jsonl' });
    const annotators = [sentencesAnnotator, entitiesAnnotator, eventsAnnotator];
    let failed = 0;
    const all: unknown[] = [];
    let first = true;
    for (const item of items) {
      const jobs = await textJobsOf(item, opts);
      for (const job of jobs) {
        let record: Record<string, unknown>;
        let text: string;
        if (!job.doc) {
          failed++;
          io.err(`sitrep events: ${job.label}: ${job.error}\n`);
          record = { id: job.id, error: job.error };
          text = `${job.id}: error: ${job.error}`;
        } else {
          const events = (runAnnotators(job.doc, annotators).events ?? []).filter((e) => opts.all || isFactual(e));
          record = { id: job.id, events: events.map(eventRecord) };
          if (job.withText) record.text = job.doc.text;
          text = [job.id, ...events.map(eventLine)].join('\n');
        }
        if (opts.format === 'jsonl') io.out(`${JSON.stringify(record)}\n`);
        else if (opts.format === 'json') all.push(record);
        else {
          io.out(`${first ? '' : '\n'}${text}\n`);
          first = false;
        }
      }
    }
    if (opts.format === 'json') io.out(`${JSON.stringify(all, null, 2)}\n`);
    io.setExitCode(failed > 0 ? 1 : 0);
  });
}
