/**
 * Trains the event filter (`models/events/filter.json`): boosted trees that decide which candidate
 * events of a sentence are coded, from the candidates' features (src/nlp/events/code.ts,
 * CANDIDATE_FEATURES). Trained on the TUNED slice of the two English gold sets only (never the
 * team's hold-out, bench/lib/events-data.ts). A candidate is a positive when its PLOVER category is
 * one the gold gives the sentence. Prints 5-fold cross-validation (folds by sentence text) of the
 * PLOVER category P/R/F1 against the rule the filter replaces, then trains on the whole slice.
 *
 *   node --import tsx scripts/events/train-filter.ts [--write] [--team] [--unlabelled-second] [--trees N] [--leaves N] [--threshold P]
 *
 * `--unlabelled-second` leaves out of training the other acts of a sentence whose gold act the rule
 * found (the gold names one act a sentence, so they are not known to be wrong).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHeldOut, readGold } from '../../bench/lib/events-data.js';
import { sharedDir } from '../../bench/lib/paths.js';
import {
  CANDIDATE_FEATURES,
  type EventCandidate,
  type Phrase,
  ruleSelection,
  selectEvents,
  sentenceCandidates,
} from '../../src/nlp/events/code.js';
import { type EventFilter, type EventFilterJson, loadEventFilter } from '../../src/nlp/events/filter.js';
import { cameoCode } from '../../src/nlp/events/lexicon.js';
import { teamSentences } from '../../src/nlp/events/team-sentences.js';
import { splitSentences } from '../../src/nlp/tokenize/tokenize.js';
import { type TrainOptions, trainGbdt } from '../ml/gbdt-train.js';

const args = process.argv.slice(2);
const arg = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const OPTIONS: Partial<TrainOptions> = {
  trees: arg('--trees', 80),
  learningRate: 0.1,
  maxLeaves: arg('--leaves', 4),
  minChildWeight: 3,
  lambda: 2,
  rowSample: 0.8,
  colSample: 0.8,
  bins: 32,
  seed: 7,
};
const THRESHOLD = arg('--threshold', 0.5);
const UNLABELLED_SECOND = args.includes('--unlabelled-second');

/** One gold record: its text and the PLOVER categories the gold gives it. */
interface Record_ {
  text: string;
  gold: string[];
}

const shared = sharedDir();
const records: Record_[] = [];
for (const g of readGold(join(shared, 'data/events/plover_gsr/plover_gsr_cameo_manual.jsonl'))) {
  if (!isHeldOut(g.text) && typeof g.event === 'string') records.push({ text: g.text, gold: [g.event] });
}
for (const g of readGold(join(shared, 'data/events/petrarch/petr2_gsr_validation.jsonl'))) {
  if (isHeldOut(g.text) || g.evaluate === 'false' || g.evaluate === false) continue;
  const events = (g.events ?? []) as { eventcode: string }[];
  const gold = events.map((e) => cameoCode(e.eventcode)?.plover ?? null).filter((p): p is string => !!p);
  records.push({ text: g.text, gold });
}

// With --team, the team's own sentences (src/nlp/events/fixtures/team-sentences.tsv) train too;
// the figures are then given for the gold records and the team's separately.
const goldTexts = new Set(records.map((r) => r.text));
if (args.includes('--team')) {
  for (const t of teamSentences()) if (!goldTexts.has(t.text)) records.push({ text: t.text, gold: [t.plover] });
}

/** Candidates of each distinct text, in sentence order, as `findEvents` meets them. */
const texts = [...new Set(records.map((r) => r.text))];
const candidatesOf = new Map<string, EventCandidate[]>();
for (const text of texts) {
  const out: EventCandidate[] = [];
  let previousSubject: Phrase | null = null;
  for (const sentence of splitSentences(text)) {
    const cands = sentenceCandidates(text, sentence.tokens, { date: '2000-01-01', previousSubject });
    out.push(...cands);
    for (const e of selectEvents(cands, null)) if (!e.statement && e.source && !e.source.pronoun) previousSubject = e.source;
  }
  candidatesOf.set(text, out);
}
const goldOf = new Map<string, Set<string>>();
for (const r of records) for (const c of r.gold) (goldOf.get(r.text) ?? goldOf.set(r.text, new Set()).get(r.text)!).add(c);

const agrees = (pred: string, gold: string) => pred.split('|').includes(gold);

function counts(selected: (text: string) => readonly string[], subset: readonly Record_[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of subset) {
    const pred = [...selected(r.text)];
    const gold = [...r.gold];
    let hit = 0;
    for (const g of gold) {
      const k = pred.findIndex((p) => agrees(p, g));
      if (k >= 0) {
        pred.splice(k, 1);
        hit++;
      }
    }
    tp += hit;
    fp += pred.length;
    fn += gold.length - hit;
  }
  return { tp, fp, fn, p: tp / (tp + fp), r: tp / (tp + fn), f1: (2 * tp) / (2 * tp + fp + fn) };
}

function matrix(subset: readonly string[]) {
  const rows: { text: string; features: Float32Array; y: number }[] = [];
  for (const text of subset) {
    const gold = goldOf.get(text) ?? new Set<string>();
    const cands = candidatesOf.get(text) ?? [];
    // The filter decides among the rule's choice only (selectEvents), so it learns from those.
    const chosen = new Set(ruleSelection(cands));
    const right = (c: EventCandidate) => [...gold].some((g) => agrees(c.event.plover!, g));
    // The gold names one event a sentence: beside an act it names, another act is not known wrong.
    const named = UNLABELLED_SECOND && cands.some((c) => c.event.plover !== null && chosen.has(c.event) && right(c));
    for (const c of cands) {
      if (c.event.plover === null || !chosen.has(c.event)) continue;
      if (named && !right(c)) continue;
      rows.push({ text, features: c.features, y: right(c) ? 1 : 0 });
    }
  }
  const F = CANDIDATE_FEATURES.length;
  const x = new Float32Array(rows.length * F);
  for (const [i, r] of rows.entries()) x.set(r.features, i * F);
  return {
    rows,
    data: { x, y: Uint8Array.from(rows.map((r) => r.y)), w: new Float32Array(rows.length).fill(1), features: [...CANDIDATE_FEATURES] },
  };
}

function asFilter(model: ReturnType<typeof trainGbdt>, threshold: number): EventFilter {
  const json: EventFilterJson = { format: 'sitrep-event-filter-1', features: [...CANDIDATE_FEATURES], threshold, model };
  return loadEventFilter(json, CANDIDATE_FEATURES);
}

const categories = (events: readonly { plover: string | null }[]) => events.map((e) => e.plover).filter((p): p is string => !!p);
const ruleSelected = (text: string) => categories(selectEvents(candidatesOf.get(text) ?? [], null));

// Folds by a hash of the text, so that one sentence's records stay in one fold.
const FOLDS = 5;
const foldOf = (text: string) => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h % FOLDS;
};
const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7];
const cvPicks = new Map<number, Map<string, string[]>>(thresholds.map((t) => [t, new Map()]));
for (let fold = 0; fold < FOLDS; fold++) {
  const train = texts.filter((t) => foldOf(t) !== fold);
  const test = texts.filter((t) => foldOf(t) === fold);
  const model = trainGbdt(matrix(train).data, OPTIONS);
  for (const t of thresholds) {
    const filter = asFilter(model, t);
    for (const text of test) cvPicks.get(t)!.set(text, categories(selectEvents(candidatesOf.get(text) ?? [], filter)));
  }
}

const fmt = (c: ReturnType<typeof counts>) =>
  `P ${c.p.toFixed(3)} R ${c.r.toFixed(3)} F1 ${c.f1.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
const full = matrix(texts);
console.log(
  `tuned slice: ${records.length} records, ${texts.length} texts, ${full.rows.length} candidates with a PLOVER category (${full.rows.filter((r) => r.y).length} right)`,
);
const goldRecords = records.filter((r) => goldTexts.has(r.text));
const teamRecords = records.filter((r) => !goldTexts.has(r.text));
console.log(`rule:            gold ${fmt(counts(ruleSelected, goldRecords))}`);
if (teamRecords.length > 0) console.log(`                 team ${fmt(counts(ruleSelected, teamRecords))}`);
const cv: Record<string, number> = {};
for (const t of thresholds) {
  const pick = (text: string) => cvPicks.get(t)!.get(text) ?? [];
  const c = counts(pick, goldRecords);
  cv[String(t)] = Number(c.f1.toFixed(3));
  console.log(`filter ≥ ${t.toFixed(2)} (CV): gold ${fmt(c)}`);
  if (teamRecords.length > 0) console.log(`                 team ${fmt(counts(pick, teamRecords))}`);
}

if (args.includes('--write')) {
  const model = trainGbdt(full.data, OPTIONS);
  const json: EventFilterJson = {
    format: 'sitrep-event-filter-1',
    features: [...CANDIDATE_FEATURES],
    threshold: THRESHOLD,
    model,
    notes: {
      trainedOn: 'tuned slice (bench/lib/events-data.ts) of plover_gsr_cameo_manual.jsonl and petr2_gsr_validation.jsonl',
      records: records.length,
      candidates: full.rows.length,
      options: OPTIONS,
      cvCategoryF1ByThreshold: cv,
      ruleCategoryF1: Number(counts(ruleSelected, records).f1.toFixed(3)),
    },
  };
  writeFileSync(new URL('../../models/events/filter.json', import.meta.url), `${JSON.stringify(json)}\n`);
  console.log('wrote models/events/filter.json');
}
