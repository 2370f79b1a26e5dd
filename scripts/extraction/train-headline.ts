/**
 * Trains text mode's headline model: which of a scraped page's short lines is its headline. The
 * pages are the development pages that label a title, flattened as the line model's trainer
 * flattens them; pages where no candidate line is the title teach nothing and are left out.
 *
 *   node --import tsx scripts/extraction/train-text.ts --cv     # writes .bench-out/oof-text-stage2.bin
 *   node --import tsx scripts/extraction/train-headline.ts --oof .bench-out/oof-text-stage2.bin [--cv] [--write]
 *     [--misses] [--datasets a,b] [--trees N] [--leaves N] [--learning-rate X] [--min-child-weight X] …
 *
 * `--oof` gives each line's body probability from a line model that did not train on its page,
 * as on a new page (the shipped model was trained so); without it the shipped line model's are
 * used, which know these pages too well. `--cv` prints, for five folds of pages, how often the
 * chosen line is the labelled title, against text mode's rules alone; `--misses` lists the misses.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pages } from '../../bench/lib/extraction-data.js';
import { flattenPage } from '../../bench/lib/flatten.js';
import { titleMatches } from '../../bench/lib/meta-accuracy.js';
import { repoRoot } from '../../bench/lib/paths.js';
import { decodeBytes } from '../../src/extract/decode.js';
import { analyseText, scoreLines, shippedLineModel } from '../../src/extract/text/extract-text.js';
import { HEADLINE_FEATURE_NAMES, headlineCandidates, headlineFeatures } from '../../src/extract/text/headline-features.js';
import { Gbdt } from '../../src/ml/gbdt.js';
import { splitCounts, type TrainOptions, trainGbdt } from '../ml/gbdt-train.js';
import { learnerOptions } from './two-stage.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const log = (s: string) => process.stderr.write(`${s}\n`);

interface PageRows {
  id: string;
  dataset: string;
  gold: string;
  /** What text mode gives without the model. */
  ruled: string | null;
  lines: string[];
  candidates: number[];
  x: Float32Array;
  y: Uint8Array;
  /** Whether some candidate is the target. */
  learnable: boolean;
}

const F = HEADLINE_FEATURE_NAMES.length;
const lineModel = shippedLineModel();
if (!lineModel) throw new Error('models/extract/text-lines.json is missing; train the line model first');
const only = opt('--datasets')?.split(',') ?? [];
// out-of-fold body probabilities from `train-text.ts --cv`: every line of every page, in page order
const oofFile = opt('--oof');
const oof = oofFile ? new Float64Array(new Uint8Array(readFileSync(oofFile)).buffer) : null;
let offset = 0;
const data: PageRows[] = [];
for (const page of pages()) {
  const flat = flattenPage(decodeBytes(page.html).text);
  const a = analyseText(flat);
  const at = offset;
  offset += a.lines.length;
  if (only.length > 0 && !only.includes(page.dataset)) continue;
  const { x1, p: shipped } = scoreLines(lineModel, a);
  const p = oof ? oof.subarray(at, at + a.lines.length) : shipped;
  const candidates = headlineCandidates(a, p);
  const gold = page.title ?? null;
  if (gold === null) continue;
  const y = Uint8Array.from(candidates, (i) => (titleMatches(a.lines[i]!, gold) ? 1 : 0));
  data.push({
    id: page.id,
    dataset: page.dataset,
    gold,
    ruled: a.headline?.line ?? a.title,
    lines: a.lines,
    candidates,
    x: headlineFeatures(a, x1, p, candidates),
    y,
    learnable: y.includes(1),
  });
}
if (oof && offset !== oof.length) throw new Error(`${oofFile} holds ${oof.length} lines, the pages ${offset}: rerun train-text.ts --cv`);
log(`${data.length} pages label a title; on ${data.filter((d) => d.learnable).length} a candidate line is that title`);

function train(rows: readonly PageRows[], o: Partial<TrainOptions>) {
  const use = rows.filter((r) => r.learnable);
  const total = use.reduce((s, r) => s + r.candidates.length, 0);
  const x = new Float32Array(total * F);
  const y = new Uint8Array(total);
  let at = 0;
  for (const r of use) {
    x.set(r.x, at * F);
    y.set(r.y, at);
    at += r.candidates.length;
  }
  return trainGbdt({ x, y, w: new Float32Array(total).fill(1), features: HEADLINE_FEATURE_NAMES }, o);
}

/** The candidate the model ranks first, or the rules' choice when there is none. */
function choose(model: Gbdt, r: PageRows): string | null {
  if (r.candidates.length === 0) return r.ruled;
  const s = model.predict(r.x);
  let best = 0;
  for (let i = 1; i < s.length; i++) if (s[i]! > s[best]!) best = i;
  return r.lines[r.candidates[best]!]!;
}

const learner: Partial<TrainOptions> = {
  trees: Number(opt('--trees') ?? 150),
  maxLeaves: 15,
  minChildWeight: 3,
  ...learnerOptions(opt),
};

if (args.includes('--cv')) {
  const folds = 5;
  const fold = (id: string) => {
    let h = 0;
    for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    return h % folds;
  };
  const byDataset = new Map<string, { pages: number; ruled: number; model: number; reachable: number }>();
  for (let f = 0; f < folds; f++) {
    const model = new Gbdt(
      train(
        data.filter((r) => fold(r.id) !== f),
        learner,
      ),
    );
    for (const r of data) {
      if (fold(r.id) !== f) continue;
      const d = byDataset.get(r.dataset) ?? { pages: 0, ruled: 0, model: 0, reachable: 0 };
      d.pages++;
      if (r.learnable) d.reachable++;
      if (args.includes('--misses') && r.learnable && !titleMatches(choose(model, r), r.gold)) {
        log(
          `miss ${r.id}: ${JSON.stringify(choose(model, r))} for ${JSON.stringify(r.gold)} (rules ${titleMatches(r.ruled, r.gold) ? 'right' : 'wrong'})`,
        );
      }
      if (titleMatches(r.ruled, r.gold)) d.ruled++;
      if (titleMatches(choose(model, r), r.gold)) d.model++;
      byDataset.set(r.dataset, d);
    }
    log(`fold ${f + 1} of ${folds} done`);
  }
  let pagesAll = 0;
  let ruledAll = 0;
  let modelAll = 0;
  for (const [ds, d] of byDataset) {
    console.log(`${ds.padEnd(14)} ${d.pages} labelled titles (${d.reachable} a candidate line): rules ${d.ruled}, model ${d.model}`);
    pagesAll += d.pages;
    ruledAll += d.ruled;
    modelAll += d.model;
  }
  const pct = (k: number) => `${((100 * k) / pagesAll).toFixed(1)} %`;
  console.log(`all            ${pagesAll} labelled titles: rules ${ruledAll} (${pct(ruledAll)}), model ${modelAll} (${pct(modelAll)})`);
}

if (args.includes('--write')) {
  const model = train(data, learner);
  const file = join(repoRoot, 'models', 'extract', 'text-headline.json');
  mkdirSync(join(repoRoot, 'models', 'extract'), { recursive: true });
  writeFileSync(file, JSON.stringify(model));
  console.log(
    'top features:',
    splitCounts(model)
      .slice(0, 15)
      .map(([f, c]) => `${f}:${c}`)
      .join(' '),
  );
  console.log('wrote models/extract/text-headline.json');
}
