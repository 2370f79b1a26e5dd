/**
 * npm run bench:ner [-- --no-compromise] [--passes N (default 2)]
 *
 * Tags CoNLL-2003 dev and test and the CoNLL++ 2023 dev part with sitrep's NER model and with
 * compromise (people / places / organizations, no MISC), scores both with the shared scorer
 * (../shared/tools/score-ner.mjs), and prints entity-level F1 per type and tokens per second on
 * one core. Predictions are left in .bench-out/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { formatConll, parseConll } from '../src/nlp/ner/conll.js';
import { scoreSpans } from '../src/nlp/ner/evaluate.js';
import { type EntityType, spansFromTags, type TokenSpan, tagsFromSpans } from '../src/nlp/ner/labels.js';
import { loadNerTagger } from '../src/nlp/ner/tagger.js';
import { outDir, sharedDir } from './lib/paths.js';

const args = process.argv.slice(2);
const withCompromise = !args.includes('--no-compromise');
const passesAt = args.indexOf('--passes');
const passes = passesAt >= 0 ? Number(args[passesAt + 1]) : 2;

const shared = sharedDir();
const sets = [
  { name: 'CoNLL-2003 dev', file: join(shared, 'data/ner/conll2003/dev.txt') },
  { name: 'CoNLL-2003 test', file: join(shared, 'data/ner/conll2003/test.txt') },
  { name: 'CoNLL++ 2023 dev', file: join(shared, 'data/ner/conllpp2023/conllpp2023-dev.txt') },
];
const out = outDir();
mkdirSync(out, { recursive: true });

interface Scores {
  overall: { precision: number; recall: number; f1: number };
  types: Record<string, { precision: number; recall: number; f1: number }>;
}

function score(gold: string, pred: string, extra: string[] = []): Scores {
  const json = execFileSync(process.execPath, [join(shared, 'tools/score-ner.mjs'), '--gold', gold, '--pred', pred, '--json', ...extra], {
    encoding: 'utf8',
  });
  const raw = JSON.parse(json) as { overall: Scores['overall']; per_type: Scores['types'] };
  return { overall: raw.overall, types: raw.per_type };
}

const t0 = performance.now();
const tagger = loadNerTagger();
const loadMs = performance.now() - t0;

const files = sets.map((s) => ({ ...s, parsed: parseConll(readFileSync(s.file, 'utf8')) }));
const tokenCount = (f: (typeof files)[number]) =>
  f.parsed.documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);

// sitrep: every set once from a freshly loaded model (word caches cold), then --passes - 1 more.
const sitrepSeconds: number[] = [];
const sitrepCpuSeconds: number[] = [];
const sitrepScores: Scores[] = [];
let tokens = 0;
for (let pass = 0; pass < passes; pass++) {
  let seconds = 0;
  let cpu = 0;
  files.forEach((f, k) => {
    const docs = f.parsed.documents.map((d) => d.sentences.map((s) => s.tokens));
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const spans = docs.map((d) => tagger.tagDocument(d));
    const used = process.cpuUsage(cpuStart);
    seconds += (performance.now() - start) / 1000;
    cpu += (used.user + used.system) / 1e6;
    if (pass > 0) return;
    tokens += tokenCount(f);
    const pred = join(out, `ner-sitrep-${k}.txt`);
    writeFileSync(
      pred,
      formatConll(f.parsed, (d, s, i) => tagsFromSpans(spans[d]![s]!, docs[d]![s]!.length)[i]!),
    );
    sitrepScores.push(score(f.file, pred));
  });
  sitrepSeconds.push(seconds);
  sitrepCpuSeconds.push(cpu);
}

// A second model loaded in the same process: caches cold again, but the JIT already warm.
const fresh = loadNerTagger();
const freshCpu = process.cpuUsage();
for (const f of files) for (const d of f.parsed.documents) fresh.tagDocument(d.sentences.map((s) => s.tokens));
const freshUsed = process.cpuUsage(freshCpu);
const freshCpuSeconds = (freshUsed.user + freshUsed.system) / 1e6;

// compromise: one document's sentences joined by newlines, entities mapped back to tokens.
const compromiseScores: Scores[] = [];
const compromiseNoMisc: Scores[] = [];
let compromiseSeconds = 0;
let compromiseCpuSeconds = 0;
if (withCompromise) {
  files.forEach((f, k) => {
    const tags = f.parsed.documents.map((d) => d.sentences.map((s) => new Array<string>(s.tokens.length).fill('O')));
    f.parsed.documents.forEach((d, di) => {
      const starts: number[][] = [];
      let text = '';
      for (const s of d.sentences) {
        const row: number[] = [];
        for (const t of s.tokens) {
          row.push(text.length);
          text += `${t} `;
        }
        starts.push(row);
        text += '\n';
      }
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const doc = nlp(text);
      const found: [string, EntityType][] = [];
      for (const [view, type] of [
        [doc.people(), 'PER'],
        [doc.organizations(), 'ORG'],
        [doc.places(), 'LOC'],
      ] as const) {
        for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
          found.push([`${m.offset.start}:${m.offset.start + m.offset.length}`, type]);
        }
      }
      compromiseSeconds += (performance.now() - start) / 1000;
      const used = process.cpuUsage(cpuStart);
      compromiseCpuSeconds += (used.user + used.system) / 1e6;
      for (const [range, type] of found) {
        const [a, b] = range.split(':').map(Number) as [number, number];
        d.sentences.forEach((s, si) => {
          const row = starts[si]!;
          const hit = s.tokens.map((t, ti) => row[ti]! < b && a < row[ti]! + t.length);
          const first = hit.indexOf(true);
          if (first < 0) return;
          const last = hit.lastIndexOf(true);
          const span: TokenSpan = { start: first, end: last + 1, type };
          const iob = tagsFromSpans([span], s.tokens.length);
          for (let i = span.start; i < span.end; i++) if (tags[di]![si]![i] === 'O') tags[di]![si]![i] = iob[i]!;
        });
      }
    });
    const pred = join(out, `ner-compromise-${k}.txt`);
    writeFileSync(
      pred,
      formatConll(f.parsed, (d, s, i) => tags[d]![s]![i]!),
    );
    compromiseScores.push(score(f.file, pred));
    compromiseNoMisc.push(score(f.file, pred, ['--ignore-types', 'MISC']));
  });
}

const f3 = (x: number | undefined) => (x === undefined ? '  -  ' : x.toFixed(3));
const day = new Date().toISOString().slice(0, 10);
console.log(`\nNamed entities, entity-level F1 (shared scorer, exact span and type), ${day}`);
console.log(`sitrep model: ${JSON.stringify(tagger.header.info.dev)} on dev when trained (${tagger.header.info.date})`);
console.log(
  ['set'.padEnd(18), 'system'.padEnd(12), 'P'.padStart(6), 'R'.padStart(6), 'F1'.padStart(6), '  PER    ORG    LOC    MISC'].join(' '),
);
files.forEach((f, k) => {
  const rows: [string, Scores | undefined][] = [
    ['sitrep', sitrepScores[k]],
    ['compromise', compromiseScores[k]],
  ];
  for (const [name, s] of rows) {
    if (!s) continue;
    const t = (x: string) => f3(s.types[x]?.f1).padStart(6);
    console.log(
      [
        f.name.padEnd(18),
        name.padEnd(12),
        f3(s.overall.precision).padStart(6),
        f3(s.overall.recall).padStart(6),
        f3(s.overall.f1).padStart(6),
        t('PER'),
        t('ORG'),
        t('LOC'),
        t('MISC'),
      ].join(' '),
    );
  }
  if (compromiseNoMisc[k])
    console.log(`${''.padEnd(18)} compromise F1 on PER/ORG/LOC only (--ignore-types MISC): ${f3(compromiseNoMisc[k]!.overall.f1)}`);
});
const rate = (seconds: number) =>
  Math.round(tokens / seconds)
    .toLocaleString('en-US')
    .padStart(9);
// Dev headlines in capitals (three tokens or more), title-cased as most outlets now write them,
// each in its document: how far the tagger depends on the capitals of 1996 wire copy.
{
  const small = new Set('a an the of and or in on at to for with by from as is vs'.split(' '));
  const titled = (w: string, j: number) =>
    j > 0 && small.has(w.toLowerCase()) ? w.toLowerCase() : /^[A-Z][A-Z'-]+$/.test(w) ? w[0] + w.slice(1).toLowerCase() : w;
  const isCaps = (t: readonly string[]) => t.some((w) => /[A-Z]/.test(w)) && !t.some((w) => /[a-z]/.test(w));
  const gold: TokenSpan[][] = [];
  const asCaps: TokenSpan[][] = [];
  const asTitle: TokenSpan[][] = [];
  for (const d of files[0]!.parsed.documents) {
    const sentences = d.sentences.map((s) => s.tokens);
    const caps = sentences.map((s) => isCaps(s) && s.length >= 3);
    if (!caps.some(Boolean)) continue;
    const a = tagger.tagDocument(sentences);
    const b = tagger.tagDocument(sentences.map((s, i) => (caps[i] ? s.map(titled) : s)));
    d.sentences.forEach((s, i) => {
      if (!caps[i]) return;
      gold.push(spansFromTags(s.tags));
      asCaps.push(a[i]!);
      asTitle.push(b[i]!);
    });
  }
  console.log(
    `\nsitrep on the ${gold.length} dev headlines in capitals: F1 ${f3(scoreSpans(gold, asCaps).overall.f1)}; the same headlines title-cased: ${f3(scoreSpans(gold, asTitle).overall.f1)} (own scorer)`,
  );
}

// Dev names whose text never occurs as a name in train: a view, from dev alone, of how the tagger
// does on names it has not seen (as most of CoNLL++'s are).
{
  const trainFile = parseConll(readFileSync(join(shared, 'data/ner/conll2003/train.txt'), 'utf8'));
  const key = (tokens: readonly string[], x: TokenSpan) => tokens.slice(x.start, x.end).join(' ').toLowerCase();
  const seen = new Set<string>();
  for (const d of trainFile.documents) for (const s of d.sentences) for (const x of spansFromTags(s.tags)) seen.add(key(s.tokens, x));
  const gold: TokenSpan[][] = [];
  const pred: TokenSpan[][] = [];
  for (const d of files[0]!.parsed.documents) {
    const spans = tagger.tagDocument(d.sentences.map((s) => s.tokens));
    d.sentences.forEach((s, i) => {
      const unseen = (list: readonly TokenSpan[]) => list.filter((x) => !seen.has(key(s.tokens, x)));
      gold.push(unseen(spansFromTags(s.tags)));
      pred.push(unseen(spans[i]!));
    });
  }
  const u = scoreSpans(gold, pred);
  console.log(
    `sitrep on the ${u.overall.gold} dev names unseen in train: P ${f3(u.overall.precision)} R ${f3(u.overall.recall)} F1 ${f3(u.overall.f1)} (own scorer)`,
  );
}

console.log(`\nSpeed, one core, ${tokens} tokens (the three sets), tokens already in memory`);
console.log("tokens/s by wall clock and by this process's CPU time (the latter holds when other jobs share the machine)");
console.log(`sitrep model load: ${loadMs.toFixed(0)} ms`);
sitrepSeconds.forEach((s, p) => {
  const note = p === 0 ? '  (first pass after load: word caches cold)' : '';
  console.log(`sitrep     pass ${p + 1}: ${rate(s)} wall ${rate(sitrepCpuSeconds[p]!)} CPU${note}`);
});
console.log(
  `sitrep  reloaded : ${''.padStart(14)} ${rate(freshCpuSeconds)} CPU  (a second model's first pass: word caches cold, JIT warm)`,
);
if (withCompromise) console.log(`compromise        : ${rate(compromiseSeconds)} wall ${rate(compromiseCpuSeconds)} CPU`);
