/**
 * Cross-validation and training for the two-stage body classifiers (HTML blocks, text lines):
 * stage 1 scores each unit from its own features, stage 2 re-scores it from stage-1
 * probabilities in context. Pages are folded by a hash of their id, never split.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasets, extractionDir } from '../../bench/lib/extraction-data.js';
import { outDir } from '../../bench/lib/paths.js';
import { scoreExtraction } from '../../bench/lib/score.js';
import { keepWithFallback } from '../../src/extract/keep-units.js';
import { Gbdt, type GbdtJson } from '../../src/ml/gbdt.js';
import { type TrainOptions, trainGbdt } from '../ml/gbdt-train.js';

/** One page's units (blocks or lines): stage-1 features, labels, weights. */
export interface PageMatrix {
  dataset: string;
  id: string;
  offset: number;
  count: number;
}

export interface Corpus {
  x1: Float32Array;
  y: Uint8Array;
  w: Float32Array;
  pages: PageMatrix[];
  names1: readonly string[];
  names2: readonly string[];
  /**
   * Re-creates page `i`'s stage-2 features from stage-1 probabilities, and its body text from a keep
   * mask; `select` turns the page's final probabilities into that mask (default: `keepWithFallback`).
   */
  load(i: number): {
    context(p1: Float64Array, x1: Float32Array): Float32Array;
    assemble(keep: boolean[]): string;
    select?(p: Float64Array, threshold: number): boolean[];
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function subset(x: Float32Array, F: number, c: Corpus, pageIdx: number[], names: readonly string[]) {
  let n = 0;
  for (const p of pageIdx) n += c.pages[p]!.count;
  const sx = new Float32Array(n * F);
  const y = new Uint8Array(n);
  const w = new Float32Array(n);
  let k = 0;
  for (const p of pageIdx) {
    const { offset, count } = c.pages[p]!;
    sx.set(x.subarray(offset * F, (offset + count) * F), k * F);
    y.set(c.y.subarray(offset, offset + count), k);
    w.set(c.w.subarray(offset, offset + count), k);
    k += count;
  }
  return { x: sx, y, w, features: names };
}

/**
 * The tree learner's settings given on the command line (`--bins`, `--leaves`, `--learning-rate`,
 * `--min-child-weight`, `--lambda`, `--row-sample`, `--col-sample`), for both stages; the rest keep
 * their defaults (scripts/ml/gbdt-train.ts).
 */
export function learnerOptions(opt: (name: string) => string | undefined): Partial<TrainOptions> {
  const learner: Partial<TrainOptions> = {};
  for (const [flag, key] of [
    ['--bins', 'bins'],
    ['--leaves', 'maxLeaves'],
    ['--learning-rate', 'learningRate'],
    ['--min-child-weight', 'minChildWeight'],
    ['--lambda', 'lambda'],
    ['--row-sample', 'rowSample'],
    ['--col-sample', 'colSample'],
  ] as const) {
    const v = opt(flag);
    if (v === undefined) continue;
    if (!Number.isFinite(Number(v))) throw new Error(`${flag} takes a number, not "${v}"`);
    learner[key] = Number(v);
  }
  return learner;
}

export interface TwoStageOptions {
  folds: number;
  stage1: Partial<TrainOptions>;
  stage2: Partial<TrainOptions>;
  threshold: number;
  name: string;
  log: (s: string) => void;
}

function outOfFold(c: Corpus, x: Float32Array, names: readonly string[], o: TwoStageOptions, opts: Partial<TrainOptions>): Float64Array {
  const F = names.length;
  const fold = c.pages.map((p) => hash(`${p.dataset}/${p.id}`) % o.folds);
  const prob = new Float64Array(c.y.length);
  for (let k = 0; k < o.folds; k++) {
    const trainIdx: number[] = [];
    const testIdx: number[] = [];
    for (const [i, f] of fold.entries()) (f === k ? testIdx : trainIdx).push(i);
    o.log(`fold ${k + 1}/${o.folds}: train ${trainIdx.length} pages, test ${testIdx.length}`);
    const model = new Gbdt(trainGbdt(subset(x, F, c, trainIdx, names), opts));
    for (const p of testIdx) {
      const { offset, count } = c.pages[p]!;
      prob.set(model.predict(x.subarray(offset * F, (offset + count) * F)), offset);
    }
  }
  return prob;
}

function contextMatrix(c: Corpus, p1: Float64Array): Float32Array {
  const F1 = c.names1.length;
  const F2 = c.names2.length;
  const x2 = new Float32Array(c.y.length * F2);
  c.pages.forEach((pg, i) => {
    const unit = c.load(i);
    const x1 = c.x1.subarray(pg.offset * F1, (pg.offset + pg.count) * F1);
    x2.set(unit.context(p1.subarray(pg.offset, pg.offset + pg.count), x1), pg.offset * F2);
  });
  return x2;
}

function score(c: Corpus, prob: Float64Array, o: TwoStageOptions, label: string): number {
  const lines: string[] = [];
  c.pages.forEach((pg, i) => {
    const unit = c.load(i);
    const p = prob.subarray(pg.offset, pg.offset + pg.count);
    const keep = unit.select ? unit.select(p, o.threshold) : keepWithFallback(p, o.threshold);
    lines.push(JSON.stringify({ dataset: pg.dataset, id: pg.id, articleBody: unit.assemble(keep) }));
  });
  const file = join(outDir(), `cv-${o.name}-${label}.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const names = [...new Set(c.pages.map((p) => p.dataset))];
  const s = scoreExtraction(
    file,
    (names.length ? names : datasets()).map((d) => join(extractionDir(), d)),
  );
  console.log(`\n${o.name} ${label} (held out by ${o.folds}-fold cross-validation over pages)`);
  for (const [d, v] of Object.entries(s.datasets))
    console.log(`${d.padEnd(16)} P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)} F1 ${v.f1.toFixed(3)}`);
  console.log(`${'MACRO'.padEnd(16)} P ${s.macro.precision.toFixed(3)} R ${s.macro.recall.toFixed(3)} F1 ${s.macro.f1.toFixed(3)}`);
  return s.macro.f1;
}

/** Cross-validates both stages and prints held-out scores. */
export function crossValidate(c: Corpus, o: TwoStageOptions): void {
  const p1 = outOfFold(c, c.x1, c.names1, o, o.stage1);
  score(c, p1, o, 'stage1');
  const x2 = contextMatrix(c, p1);
  const p2 = outOfFold(c, x2, c.names2, o, o.stage2);
  writeFileSync(join(outDir(), `oof-${o.name}-stage2.bin`), Buffer.from(p2.buffer));
  score(c, p2, o, 'stage2');
}

/** Trains the shipped pair: stage 1 on all pages, stage 2 on stage-1 out-of-fold probabilities. */
export function trainFinal(c: Corpus, o: TwoStageOptions): { stage1: GbdtJson; stage2: GbdtJson; threshold: number } {
  const p1 = outOfFold(c, c.x1, c.names1, o, o.stage1);
  const x2 = contextMatrix(c, p1);
  const stage1 = trainGbdt({ x: c.x1, y: c.y, w: c.w, features: c.names1 }, o.stage1);
  const stage2 = trainGbdt({ x: x2, y: c.y, w: c.w, features: c.names2 }, o.stage2);
  return { stage1, stage2, threshold: o.threshold };
}

/** Appends `count` rows to a growing buffer. */
export class Growable {
  data: Float32Array = new Float32Array(1 << 16);
  length = 0;
  push(values: ArrayLike<number>): void {
    if (this.length + values.length > this.data.length) {
      const next = new Float32Array(Math.max(this.data.length * 2, this.length + values.length));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.data.set(values, this.length);
    this.length += values.length;
  }
  take(): Float32Array {
    return this.data.slice(0, this.length);
  }
}
