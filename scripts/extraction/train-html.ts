/**
 * Trains the HTML body classifier: gradient-boosted trees over block features (stage 1), then a
 * second model over the first one's probabilities in context (stage 2).
 *
 *   node --import tsx scripts/extraction/train-html.ts [--cv 5] [--write] [--trees N] [--reuse-stage1]
 *
 * --cv K           cross-validates by page (K folds) and scores held-out predictions with the shared scorer
 * --write          trains on every development page and writes models/extract/html-blocks.json
 * --reuse-stage1   reuses the stage-1 out-of-fold probabilities of the last run (.bench-out/oof-stage1.bin)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasets, extractionDir, pages as allPages } from '../../bench/lib/extraction-data.js';
import { outDir, repoRoot } from '../../bench/lib/paths.js';
import { scoreExtraction } from '../../bench/lib/score.js';
import { CONTEXT_FEATURE_COUNT, CONTEXT_FEATURE_NAMES, contextFeatures } from '../../src/extract/html/context-features.js';
import { analysePage, assemblePage } from '../../src/extract/html/extract-html.js';
import { FEATURE_COUNT, FEATURE_NAMES } from '../../src/extract/html/features.js';
import { Gbdt, type GbdtJson } from '../../src/ml/gbdt.js';
import { splitCounts, type TrainOptions, trainGbdt } from '../ml/gbdt-train.js';
import { type BlockDataset, buildHtmlDataset, htmlText } from './html-dataset.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const K = Number(opt('--cv') ?? 5);
const write = args.includes('--write');
const reuse = args.includes('--reuse-stage1');
const only = opt('--datasets')?.split(',') ?? [];
const threshold = Number(opt('--threshold') ?? 0.5);
const log = (s: string) => process.stderr.write(`${s}\n`);
const stage1Opts: Partial<TrainOptions> = {
  trees: Number(opt('--trees') ?? 200),
  ...(opt('--leaves') ? { maxLeaves: Number(opt('--leaves')) } : {}),
  ...(opt('--lr') ? { learningRate: Number(opt('--lr')) } : {}),
  log: (s) => log(`  ${s}`),
};
const stage2Opts: Partial<TrainOptions> = { trees: Number(opt('--trees2') ?? 150), maxLeaves: 31, log: (s) => log(`  ${s}`) };

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function subset(x: Float32Array, F: number, ds: BlockDataset, pageIdx: number[], names: readonly string[]) {
  let n = 0;
  for (const p of pageIdx) n += ds.pages[p]!.count;
  const sx = new Float32Array(n * F);
  const y = new Uint8Array(n);
  const w = new Float32Array(n);
  let k = 0;
  for (const p of pageIdx) {
    const { offset, count } = ds.pages[p]!;
    sx.set(x.subarray(offset * F, (offset + count) * F), k * F);
    y.set(ds.y.subarray(offset, offset + count), k);
    w.set(ds.w.subarray(offset, offset + count), k);
    k += count;
  }
  return { x: sx, y, w, features: names };
}

/** Out-of-fold probabilities: each page scored by a model trained without its fold. */
function outOfFold(x: Float32Array, F: number, names: readonly string[], ds: BlockDataset, fold: number[], opts: Partial<TrainOptions>): Float64Array {
  const prob = new Float64Array(ds.y.length);
  for (let k = 0; k < K; k++) {
    const trainIdx: number[] = [];
    const testIdx: number[] = [];
    fold.forEach((f, i) => (f === k ? testIdx : trainIdx).push(i));
    log(`fold ${k + 1}/${K}: train ${trainIdx.length} pages, test ${testIdx.length}`);
    const model = new Gbdt(trainGbdt(subset(x, F, ds, trainIdx, names), opts));
    for (const p of testIdx) {
      const { offset, count } = ds.pages[p]!;
      prob.set(model.predict(x.subarray(offset * F, (offset + count) * F)), offset);
    }
  }
  return prob;
}

function scoreProbs(prob: Float64Array, ds: BlockDataset, name: string): void {
  const lines: string[] = [];
  let pi = 0;
  for (const page of allPages(only)) {
    const row = ds.pages[pi++]!;
    const a = analysePage(htmlText(page), page.url ?? null);
    const keep = Array.from(prob.subarray(row.offset, row.offset + row.count), (p) => p >= threshold);
    lines.push(JSON.stringify({ dataset: page.dataset, id: page.id, articleBody: assemblePage(a, keep, page.url ?? null).text }));
  }
  const file = join(outDir(), `cv-${name}.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const s = scoreExtraction(file, (only.length ? only : datasets()).map((d) => join(extractionDir(), d)));
  console.log(`\n${name} (held-out by ${K}-fold cross-validation)`);
  for (const [d, v] of Object.entries(s.datasets)) console.log(`${d.padEnd(16)} P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)} F1 ${v.f1.toFixed(3)}`);
  console.log(`${'MACRO'.padEnd(16)} P ${s.macro.precision.toFixed(3)} R ${s.macro.recall.toFixed(3)} F1 ${s.macro.f1.toFixed(3)}`);
}

/** Stage-2 feature matrix for every page, from stage-1 probabilities. */
function contextMatrix(ds: BlockDataset, prob: Float64Array): Float32Array {
  const x2 = new Float32Array(ds.y.length * CONTEXT_FEATURE_COUNT);
  let pi = 0;
  for (const page of allPages(only)) {
    const row = ds.pages[pi++]!;
    const a = analysePage(htmlText(page), page.url ?? null);
    const first = ds.x.subarray(row.offset * FEATURE_COUNT, (row.offset + row.count) * FEATURE_COUNT);
    x2.set(contextFeatures(a.page, prob.subarray(row.offset, row.offset + row.count), first), row.offset * CONTEXT_FEATURE_COUNT);
  }
  return x2;
}

mkdirSync(outDir(), { recursive: true });
const t0 = Date.now();
const ds = buildHtmlDataset(only, (s) => log(s));
log(`dataset: ${ds.pages.length} pages, ${ds.y.length} blocks, ${FEATURE_COUNT} features, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const fold = ds.pages.map((p) => hash(`${p.dataset}/${p.id}`) % K);

const oofFile = join(outDir(), 'oof-stage1.bin');
let oof1: Float64Array;
if (reuse && existsSync(oofFile)) {
  const buf = readFileSync(oofFile);
  oof1 = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
  if (oof1.length !== ds.y.length) throw new Error('stale stage-1 probabilities: run without --reuse-stage1');
} else {
  oof1 = outOfFold(ds.x, FEATURE_COUNT, FEATURE_NAMES, ds, fold, stage1Opts);
  writeFileSync(oofFile, Buffer.from(oof1.buffer));
  scoreProbs(oof1, ds, 'stage1');
}
const x2 = contextMatrix(ds, oof1);
if (!write || args.includes('--cv')) {
  const oof2 = outOfFold(x2, CONTEXT_FEATURE_COUNT, CONTEXT_FEATURE_NAMES, ds, fold, stage2Opts);
  scoreProbs(oof2, ds, 'stage2');
}

if (write) {
  const m1 = trainGbdt({ x: ds.x, y: ds.y, w: ds.w, features: FEATURE_NAMES }, stage1Opts);
  const m2 = trainGbdt({ x: x2, y: ds.y, w: ds.w, features: CONTEXT_FEATURE_NAMES }, stage2Opts);
  const dir = join(repoRoot, 'models', 'extract');
  mkdirSync(dir, { recursive: true });
  const model: { stage1: GbdtJson; stage2: GbdtJson; threshold: number } = { stage1: m1, stage2: m2, threshold };
  writeFileSync(join(dir, 'html-blocks.json'), JSON.stringify(model));
  console.log('stage 1 top features:', splitCounts(m1).slice(0, 20).map(([f, c]) => `${f}:${c}`).join(' '));
  console.log('stage 2 top features:', splitCounts(m2).slice(0, 20).map(([f, c]) => `${f}:${c}`).join(' '));
  console.log(`wrote models/extract/html-blocks.json (${m1.feature.length + m2.feature.length} nodes)`);
}
