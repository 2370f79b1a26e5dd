/**
 * npm run bench:events [-- --passes N (default 3)] [-- --tuned-only]
 *
 * Codes the two English event gold sets of ../shared/data/events with sitrep's coder (the same
 * path as `sitrep events --input`: each line's text split into sentences and coded, factual
 * events only) and with the naive keyword coder of issue 6 (17 verbs, the first two countries of
 * the sentence), scores both with ../shared/tools/score-events.mjs, on the whole file, on the
 * slice the team tuned on, and on the team's hold-out slice (bench/lib/events-data.ts: ~30 % by
 * a hash of the text, never looked at while writing rules and tables). Prints event detection
 * P/R/F1 on PLOVER category, source and target accuracy, full-triple F1, false events on
 * `noevents` sentences and sentences per second on one core. Predictions go to .bench-out/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findCountry } from '../src/kb/kb.js';
import { type Event, findEvents, isFactual } from '../src/nlp/events/events.js';
import { type Sentence, splitSentences, tokenize } from '../src/nlp/tokenize/tokenize.js';
import { type GoldLine, isHeldOut, readGold } from './lib/events-data.js';
import { outDir, sharedDir } from './lib/paths.js';

const args = process.argv.slice(2);
const passes = Number(args[args.indexOf('--passes') + 1] ?? 3) || 3;
// While writing rules: score the tuned slice only and skip the speed passes.
const tunedOnly = args.includes('--tuned-only');

interface PredEvent {
  cameo?: string;
  plover?: string;
  source: { code: string; text?: string } | null;
  target: { code: string; text?: string } | null;
}

const shared = sharedDir();
const scorer = join(shared, 'tools', 'score-events.mjs');
const out = outDir();
mkdirSync(out, { recursive: true });

const SETS = [
  { name: 'PLOVER GSR (CAMEO manual)', key: 'plover', path: join(shared, 'data/events/plover_gsr/plover_gsr_cameo_manual.jsonl') },
  { name: 'PETRARCH-2 validation', key: 'petrarch', path: join(shared, 'data/events/petrarch/petr2_gsr_validation.jsonl') },
];

/** The naive keyword coder of issue 6: 17 verbs, the first two countries named in the sentence. */
const NAIVE_VERBS: [RegExp, string][] = [
  [/\battack/i, '190'],
  [/\bkill/i, '190'],
  [/\bbomb/i, '195'],
  [/\bfight/i, '190'],
  [/\barrest/i, '173'],
  [/\bprotest/i, '141'],
  [/\bthreat/i, '130'],
  [/\bdemand/i, '100'],
  [/\breject/i, '120'],
  [/\bcriticiz|\bcondemn/i, '111'],
  [/\baccuse/i, '112'],
  [/\bmeet|\bmet\b/i, '040'],
  [/\bvisit/i, '042'],
  [/\bagree/i, '030'],
  [/\bsupport/i, '051'],
  [/\baid\b/i, '070'],
  [/\bsanction/i, '163'],
];

function naiveCode(text: string): PredEvent[] {
  const verb = NAIVE_VERBS.find(([re]) => re.test(text));
  if (!verb) return [];
  const countries: string[] = [];
  for (const t of tokenize(text)) {
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const c = findCountry(t.text);
    if (c && !countries.includes(c.iso3)) countries.push(c.iso3);
    if (countries.length === 2) break;
  }
  return [
    {
      cameo: verb[1],
      source: countries[0] ? { code: countries[0] } : null,
      target: countries[1] ? { code: countries[1] } : null,
    },
  ];
}

function asPrediction(e: Event): PredEvent {
  return {
    cameo: e.cameo,
    ...(e.plover ? { plover: e.plover } : {}),
    source: e.source ? { code: e.source.code, text: e.source.text } : null,
    target: e.target ? { code: e.target.code, text: e.target.text } : null,
  };
}

interface Scores {
  detection: { p: number | null; r: number | null; f1: number | null };
  actors: { source: number | null; target: number | null };
  triple: { f1: number | null };
  noevents: { sentences: number; events: number; sentencesWithEvents: number } | null;
}

function score(tag: string, gold: readonly GoldLine[], preds: ReadonlyMap<string, PredEvent[][]>): Scores {
  const goldPath = join(out, `events-${tag}.gold.jsonl`);
  const predPath = join(out, `events-${tag}.pred.jsonl`);
  writeFileSync(goldPath, `${gold.map((g) => JSON.stringify(g)).join('\n')}\n`);
  const seen = new Map<string, number>();
  const lines = gold.map((g) => {
    const k = seen.get(g.id) ?? 0;
    seen.set(g.id, k + 1);
    return JSON.stringify({ id: g.id, events: preds.get(g.id)?.[k] ?? preds.get(g.id)?.[0] ?? [] });
  });
  writeFileSync(predPath, `${lines.join('\n')}\n`);
  const json = JSON.parse(
    execFileSync('node', [scorer, '--gold', goldPath, '--pred', predPath, '--json', '--quiet'], { encoding: 'utf8' }),
  ) as {
    detection: { precision: number | null; recall: number | null; f1: number | null };
    actors: { sourceAccuracy: number | null; targetAccuracy: number | null };
    triple: { f1: number | null };
    noevents?: { sentences: number; predictedEvents: number; sentencesWithPredictions: number } | null;
  };
  return {
    detection: { p: json.detection.precision, r: json.detection.recall, f1: json.detection.f1 },
    actors: { source: json.actors.sourceAccuracy, target: json.actors.targetAccuracy },
    triple: { f1: json.triple.f1 },
    noevents: json.noevents
      ? {
          sentences: json.noevents.sentences,
          events: json.noevents.predictedEvents,
          sentencesWithEvents: json.noevents.sentencesWithPredictions,
        }
      : null,
  };
}

const f = (x: number | null | undefined) => (x === null || x === undefined ? '  n/a' : x.toFixed(3));
const rows: string[] = [];
const header = '| set | slice | coder | sentences | P | R | F1 | source acc. | target acc. | triple F1 | noevents: events (sentences) |';
rows.push(header, `|${'---|'.repeat(11)}`);

let totalSentences = 0;
let totalSeconds = Infinity;
const texts: { text: string; date: string | undefined }[] = [];

for (const set of SETS) {
  const gold = readGold(set.path);
  // One prediction list per distinct id occurrence (the PLOVER file repeats one id).
  const ours = new Map<string, PredEvent[][]>();
  const naive = new Map<string, PredEvent[][]>();
  for (const g of gold) {
    const date =
      typeof g.date === 'string' && /^\d{4}-?\d{2}-?\d{2}$/.test(g.date)
        ? g.date.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3')
        : undefined;
    texts.push({ text: g.text, date });
    const sentences = splitSentences(g.text);
    const evs = findEvents(g.text, sentences, date ? { date } : {})
      .filter(isFactual)
      .map(asPrediction);
    (ours.get(g.id) ?? ours.set(g.id, []).get(g.id)!).push(evs);
    (naive.get(g.id) ?? naive.set(g.id, []).get(g.id)!).push(naiveCode(g.text));
  }
  const slices: [string, GoldLine[]][] = tunedOnly
    ? [['tuned', gold.filter((g) => !isHeldOut(g.text))]]
    : [
        ['all', gold],
        ['tuned', gold.filter((g) => !isHeldOut(g.text))],
        ['held out', gold.filter((g) => isHeldOut(g.text))],
      ];
  for (const [slice, lines] of slices) {
    for (const [coder, preds] of [
      ['sitrep', ours],
      ['naive', naive],
    ] as const) {
      const s = score(`${set.key}-${slice.replace(' ', '-')}-${coder}`, lines, preds);
      const ne = s.noevents ? `${s.noevents.events} (${s.noevents.sentencesWithEvents} of ${s.noevents.sentences})` : '–';
      rows.push(
        `| ${set.name} | ${slice} | ${coder} | ${lines.length} | ${f(s.detection.p)} | ${f(s.detection.r)} | ${f(s.detection.f1)} | ${f(s.actors.source)} | ${f(s.actors.target)} | ${f(s.triple.f1)} | ${ne} |`,
      );
    }
  }
}

if (tunedOnly) {
  console.log(rows.join('\n'));
  process.exit(0);
}
// Speed: every text of both sets, split and coded, several passes; the best pass counts.
const sentences: { text: string; list: Sentence[]; date: string | undefined }[] = texts.map((t) => ({
  ...t,
  list: splitSentences(t.text),
}));
const count = sentences.reduce((a, s) => a + s.list.length, 0);
const seconds: number[] = [];
for (let pass = 0; pass < Math.max(passes, 1); pass++) {
  const cpu0 = process.cpuUsage();
  for (let rep = 0; rep < 5; rep++) for (const s of sentences) findEvents(s.text, splitSentences(s.text), s.date ? { date: s.date } : {});
  const cpu = process.cpuUsage(cpu0);
  seconds.push((cpu.user + cpu.system) / 1e6);
}
totalSeconds = Math.min(...seconds);
totalSentences = count * 5;
const t0 = performance.now();
for (const s of sentences) naiveCode(s.text);
const naiveSeconds = (performance.now() - t0) / 1000;

console.log(rows.join('\n'));
console.log(
  `\nspeed (sitrep, CPU time, best of ${seconds.length} passes): ${Math.round(totalSentences / totalSeconds).toLocaleString('en')} sentences/s ` +
    `(${totalSentences} sentences in ${totalSeconds.toFixed(3)} s, tokenisation and sentence splitting included); naive: ${Math.round(count / Math.max(naiveSeconds, 1e-9)).toLocaleString('en')} sentences/s`,
);
