/**
 * node --import tsx scripts/events/news-sample.ts [--seed S] [--n N] [--datasets a,b] [--stats]
 *
 * Codes the events of the development pages of the news datasets under
 * ../shared/data/extraction (scrapinghub, l3s-gn1 and dragnet unless --datasets says otherwise),
 * each page extracted by sitrep's own `extract`, and prints a random sample of N factual events
 * (those `sitrep events` prints by default), each with its page, its sentence and the event line
 * as `--format text` shows it, for a person to judge. The sample is fixed by the seed: each event
 * is ranked by a hash of the seed, its page, its sentence and its trigger, so an event that the
 * coder still emits after a change keeps its rank, and a re-run after a change shows mostly the
 * same events. The first lines give the pages, events and events per page.
 *
 * The page texts are read from ../shared at run time; nothing is written.
 */
import { createHash } from 'node:crypto';
import { pages } from '../../bench/lib/extraction-data.js';
import { eventLine } from '../../src/cli/commands/events.js';
import { extract } from '../../src/extract/extract.js';
import { entitiesAnnotator } from '../../src/nlp/entities/entities.js';
import { type Event, eventsAnnotator, isFactual } from '../../src/nlp/events/events.js';
import { sentencesAnnotator } from '../../src/nlp/tokenize/annotator.js';
import { runAnnotators } from '../../src/pipeline/run.js';

const NEWS = ['scrapinghub', 'l3s-gn1', 'dragnet'];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Sampled {
  readonly page: string;
  readonly sentence: string;
  readonly line: string;
  readonly rank: string;
}

const seed = arg('--seed', '1');
const n = Number(arg('--n', '100'));
const only = arg('--datasets', NEWS.join(',')).split(',');
const annotators = [sentencesAnnotator, entitiesAnnotator, eventsAnnotator];

/** The rank of an event in the sample of a seed: the smaller, the sooner it is drawn. */
function rank(page: string, sentence: string, e: Event): string {
  return createHash('sha1').update(`${seed}\n${page}\n${sentence}\n${e.trigger.text}\n${e.cameo}`).digest('hex');
}

const all: Sampled[] = [];
const perDataset = new Map<string, { pages: number; events: number }>();
for (const page of pages(only)) {
  const id = `${page.dataset}/${page.id}`;
  const doc = extract(page.html, { mode: 'auto', url: page.url ?? null });
  const layers = runAnnotators(doc, annotators);
  const events = (layers.events ?? []).filter(isFactual);
  const tally = perDataset.get(page.dataset) ?? { pages: 0, events: 0 };
  tally.pages++;
  tally.events += events.length;
  perDataset.set(page.dataset, tally);
  for (const e of events) {
    const s = layers.sentences![e.sentence]!;
    const sentence = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    all.push({ page: id, sentence, line: eventLine(e).trim(), rank: rank(id, sentence, e) });
  }
}

let pageCount = 0;
for (const [ds, t] of perDataset) {
  pageCount += t.pages;
  console.log(`${ds}: ${t.pages} pages, ${t.events} events, ${(t.events / t.pages).toFixed(2)} per page`);
}
console.log(`all: ${pageCount} pages, ${all.length} events, ${(all.length / pageCount).toFixed(2)} per page`);
if (!process.argv.includes('--stats')) {
  const sample = [...all].sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0)).slice(0, n);
  sample.forEach((s, i) => {
    console.log(`\n#${i + 1} ${s.page} [${s.rank.slice(0, 8)}]\n  ${s.sentence}\n  ${s.line}`);
  });
}
