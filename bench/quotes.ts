/**
 * npm run bench:quotes [-- --passes N (default 5)] [--split-date YYYY-MM-DD (default 2016-05-29)]
 *
 * Runs sitrep's quotes and sources layers over ../shared/data/quotes/polnear/polnear-dev.jsonl
 * (each line {"id","text",…} taken as plain text, publication date passed on), and a naive
 * baseline written here (quotation marks, a "said" nearby, the nearest capitalised name). Scores
 * both with the shared scorer (../shared/tools/score-quotes.mjs) for quotes with quotation marks
 * (`--only-type direct,mixed`) and for all attributions, on the whole file and on its latest
 * articles (on or after --split-date, a slice kept out of rule tuning), and prints articles per
 * second on one core: for the quotes and sources layers alone (sentences and entities computed
 * beforehand) and for the whole chain from text. Predictions are left in .bench-out/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Entity, findEntities } from '../src/nlp/entities/entities.js';
import { nerTagger } from '../src/nlp/ner/tagger.js';
import { findQuotes, lineParagraphs, type Quote } from '../src/nlp/quotes/quotes.js';
import { findSources } from '../src/nlp/sources/sources.js';
import { type Sentence, splitSentences } from '../src/nlp/tokenize/tokenize.js';
import { outDir, sharedDir } from './lib/paths.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const passes = Number(option('--passes') ?? 5);
const splitDate = option('--split-date') ?? '2016-05-29';

interface GoldDoc {
  id: string;
  text: string;
  publication_date: string;
  quotes: unknown[];
}

const shared = sharedDir();
const goldPath = join(shared, 'data/quotes/polnear/polnear-dev.jsonl');
const scorer = join(shared, 'tools/score-quotes.mjs');
const docs = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as GoldDoc);
const out = outDir();
mkdirSync(out, { recursive: true });

// The text's own preparation: paragraphs, sentences, entities (what the layers require).
const tagger = nerTagger();
let t0 = performance.now();
const paragraphs = docs.map((d) => lineParagraphs(d.text));
const sentences: Sentence[][] = docs.map((d, i) => paragraphs[i]!.flatMap((p) => splitSentences(d.text, p.start, p.end)));
const sentenceSeconds = (performance.now() - t0) / 1000;
t0 = performance.now();
const entities: Entity[][] = docs.map((d, i) => findEntities(d.text, sentences[i]!, tagger, { publishedAt: d.publication_date }));
const entitySeconds = (performance.now() - t0) / 1000;

// The layers under test, timed alone over several passes (the best pass counts).
let quotes: Quote[][] = [];
const layerSeconds: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  const start = performance.now();
  quotes = docs.map((d, i) => {
    const q = findQuotes(d.text, paragraphs[i]!, sentences[i]!, entities[i]!, { publishedAt: d.publication_date });
    findSources(d.text, q, entities[i]!, paragraphs[i]!);
    return q;
  });
  layerSeconds.push((performance.now() - start) / 1000);
}
const layerBest = Math.min(...layerSeconds);

const record = (q: Quote) => ({
  start: q.start,
  end: q.end,
  type: q.type,
  speaker: q.speaker,
  speaker_start: q.speakerStart ?? null,
  speaker_end: q.speakerEnd ?? null,
  cue: q.cue,
  ...(q.fragments ? { fragments: q.fragments } : {}),
});

/**
 * The same quotes with the speaker as the text names it at the cue ("he", "the former prime
 * minister", "Carson"), which is what PolNEAR annotates, instead of the person it resolves to
 * ("Ben Carson"): strict speaker accuracy then measures the choice of the mention itself.
 */
const recordAsWritten = (text: string) => (q: Quote) => ({
  ...record(q),
  speaker: q.speakerStart !== undefined && q.speakerEnd !== undefined ? text.slice(q.speakerStart, q.speakerEnd) : q.speaker,
});

/** The naive baseline: quoted text with a "said" close by, and the nearest capitalised name. */
function naive(text: string): Record<string, unknown>[] {
  const outQuotes: Record<string, unknown>[] = [];
  for (const m of text.matchAll(/["\u201c]([^"\u201c\u201d\n]{3,}?)["\u201d]/gu)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const after = text.slice(end + 1, end + 61);
    const before = text.slice(Math.max(0, start - 61), start - 1);
    const cueAfter = /\b(said|says|told|added|asked|wrote)\b/.exec(after);
    const cueBefore = /\b(said|says|told|added|asked|wrote)\b[^"\u201c]*$/.exec(before);
    if (!cueAfter && !cueBefore) continue;
    const names = (s: string, base: number) =>
      [...s.matchAll(/\b\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*/gu)].map((n) => ({ at: base + n.index, text: n[0] }));
    let speaker: { at: number; text: string } | undefined;
    if (cueAfter) {
      const cands = names(after, end + 1);
      const cueAt = end + 1 + cueAfter.index;
      speaker = cands.sort((a, b) => Math.abs(a.at - cueAt) - Math.abs(b.at - cueAt))[0];
    } else if (cueBefore) {
      const cands = names(before, Math.max(0, start - 61));
      speaker = cands[cands.length - 1];
    }
    outQuotes.push({
      start,
      end,
      type: 'direct',
      speaker: speaker?.text ?? null,
      speaker_start: speaker ? speaker.at : null,
      speaker_end: speaker ? speaker.at + speaker.text.length : null,
    });
  }
  return outQuotes;
}

const sitrepFile = join(out, 'quotes-sitrep.jsonl');
const naiveFile = join(out, 'quotes-naive.jsonl');
const writtenFile = join(out, 'quotes-sitrep-as-written.jsonl');
writeFileSync(sitrepFile, docs.map((d, i) => JSON.stringify({ id: d.id, quotes: quotes[i]!.map(record) })).join('\n') + '\n');
writeFileSync(
  writtenFile,
  docs.map((d, i) => JSON.stringify({ id: d.id, quotes: quotes[i]!.map(recordAsWritten(d.text)) })).join('\n') + '\n',
);
writeFileSync(naiveFile, docs.map((d) => JSON.stringify({ id: d.id, quotes: naive(d.text) })).join('\n') + '\n');
const lateGold = join(out, 'quotes-gold-late.jsonl');
const late = docs.filter((d) => d.publication_date >= splitDate);
writeFileSync(lateGold, late.map((d) => JSON.stringify(d)).join('\n') + '\n');

interface Mode {
  precision: number;
  recall: number;
  f1: number;
  speaker_acc_strict: number;
  speaker_acc_lenient: number;
  e2e_lenient: { f1: number };
  e2e_strict: { f1: number };
  matched: number;
}
interface ScoreJson {
  gold_quotes: number;
  pred_quotes: number;
  modes: Record<string, Mode>;
}

function score(gold: string, pred: string, onlyType: string | null): ScoreJson {
  const extra = onlyType ? ['--only-type', onlyType] : [];
  return JSON.parse(
    execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json', ...extra], { encoding: 'utf8' }),
  ) as ScoreJson;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
function table(title: string, rows: [string, ScoreJson][]): void {
  console.log(`\n${title}`);
  console.log(
    `${'system'.padEnd(26)} ${'match'.padEnd(9)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} | ${'spkS'.padStart(6)} ${'spkL'.padStart(6)} | ${'e2eS'.padStart(6)} ${'e2eL'.padStart(6)} | gold/pred`,
  );
  for (const [name, s] of rows) {
    for (const mode of ['overlap', 'cov>=0.3', 'cov>=0.8', 'exact']) {
      const r = s.modes[mode];
      if (!r) continue;
      console.log(
        `${name.padEnd(26)} ${mode.padEnd(9)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)} | ${pct(r.speaker_acc_strict)} ${pct(r.speaker_acc_lenient)} | ${pct(r.e2e_strict.f1)} ${pct(r.e2e_lenient.f1)} | ${s.gold_quotes}/${s.pred_quotes}`,
      );
    }
  }
}

for (const [label, onlyType] of [
  ['quotes with quotation marks (--only-type direct,mixed)', 'direct,mixed'],
  ['all attributions (direct, mixed, indirect)', null],
] as const) {
  table(`${label}, polnear-dev (${docs.length} articles)`, [
    ['sitrep', score(goldPath, sitrepFile, onlyType)],
    ['sitrep, speaker as written', score(goldPath, writtenFile, onlyType)],
    ['naive baseline', score(goldPath, naiveFile, onlyType)],
  ]);
  table(`${label}, latest ${late.length} articles (>= ${splitDate}, not used to tune rules)`, [
    ['sitrep', score(lateGold, sitrepFile, onlyType)],
    ['sitrep, speaker as written', score(lateGold, writtenFile, onlyType)],
    ['naive baseline', score(lateGold, naiveFile, onlyType)],
  ]);
}

const chain = sentenceSeconds + entitySeconds + layerBest;
console.log(`\nspeed, one core, ${docs.length} articles (${(docs.reduce((n, d) => n + d.text.length, 0) / 1e6).toFixed(2)} M chars):`);
console.log(
  `  quotes + sources layers: ${(docs.length / layerBest).toFixed(0)} articles/s (best of ${passes} passes: ${layerSeconds.map((s) => s.toFixed(2)).join(', ')} s)`,
);
console.log(
  `  sentences ${(docs.length / sentenceSeconds).toFixed(0)} articles/s, entities ${(docs.length / entitySeconds).toFixed(0)} articles/s (first pass)`,
);
console.log(`  whole chain from text: ${(docs.length / chain).toFixed(0)} articles/s`);
console.log(`predictions: ${sitrepFile}, ${writtenFile}, ${naiveFile}`);
