/**
 * Trains the HTML body classifier: boosted trees over block features (stage 1), then a second
 * model over the first one's probabilities in context (stage 2).
 *
 *   node --import tsx scripts/extraction/train-html.ts [--cv] [--write] [--datasets a,b] [--trees N] [--trees2 N]
 *     [--bins N] [--leaves N] [--learning-rate X] [--min-child-weight X] [--lambda X] [--row-sample X] [--col-sample X]
 *
 * --cv     cross-validates by page (5 folds) and scores held-out predictions with the shared scorer
 * --write  trains on every development page and writes models/extract/html-blocks.json
 * The learner's settings, where given, apply to both stages (see learnerOptions in two-stage.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, pages } from '../../bench/lib/extraction-data.js';
import { outDir, repoRoot } from '../../bench/lib/paths.js';
import { decodeBytes } from '../../src/extract/decode.js';
import { CONTEXT_FEATURE_NAMES, contextFeatures } from '../../src/extract/html/context-features.js';
import { analysePage, assemblePage, selectBlocks } from '../../src/extract/html/extract-html.js';
import { blockFeatures, FEATURE_COUNT, FEATURE_NAMES } from '../../src/extract/html/features.js';
import { splitCounts } from '../ml/gbdt-train.js';
import { GoldIndex, labelBlocks } from './labels.js';
import { type Corpus, crossValidate, Growable, learnerOptions, type PageMatrix, trainFinal } from './two-stage.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--datasets')?.split(',') ?? [];
const log = (s: string) => process.stderr.write(`${s}\n`);

const kept: Page[] = [];
const x1 = new Growable();
const y = new Growable();
const w = new Growable();
const rows: PageMatrix[] = [];
let n = 0;
for (const page of pages(only)) {
  kept.push(page);
  const a = analysePage(decodeBytes(page.html).text, page.url ?? null);
  x1.push(blockFeatures(a.page, a.stats, a.meta.title));
  const gold = new GoldIndex(page.articleBody);
  const { labels, weights } = labelBlocks(
    gold,
    a.page.blocks.map((b) => b.text),
  );
  y.push(labels);
  w.push(weights);
  rows.push({ dataset: page.dataset, id: page.id, offset: n, count: a.page.blocks.length });
  n += a.page.blocks.length;
  if (rows.length % 500 === 0) log(`${rows.length} pages, ${n} blocks`);
}
log(`dataset: ${rows.length} pages, ${n} blocks, ${FEATURE_COUNT} features`);

const corpus: Corpus = {
  x1: x1.take(),
  y: Uint8Array.from(y.take()),
  w: w.take(),
  pages: rows,
  names1: FEATURE_NAMES,
  names2: CONTEXT_FEATURE_NAMES,
  load(i) {
    const page = kept[i]!;
    const a = analysePage(decodeBytes(page.html).text, page.url ?? null);
    return {
      context: (p1, xs) => contextFeatures(a.page, p1, xs),
      assemble: (keep) => assemblePage(a, keep, page.url ?? null).text,
      select: (p, threshold) => selectBlocks(a.page, p, threshold),
    };
  },
};
const learner = learnerOptions(opt);
const o = {
  folds: Number(opt('--folds') ?? 5),
  stage1: { ...learner, trees: Number(opt('--trees') ?? 200), log: (s: string) => log(`  ${s}`) },
  stage2: { ...learner, trees: Number(opt('--trees2') ?? 150), log: (s: string) => log(`  ${s}`) },
  threshold: Number(opt('--threshold') ?? 0.5),
  name: 'html',
  log,
};
mkdirSync(outDir(), { recursive: true });
if (args.includes('--cv')) crossValidate(corpus, o);
if (args.includes('--write')) {
  const model = trainFinal(corpus, o);
  const dir = join(repoRoot, 'models', 'extract');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'html-blocks.json'), JSON.stringify(model));
  console.log(
    'stage 1 top features:',
    splitCounts(model.stage1)
      .slice(0, 20)
      .map(([f, c]) => `${f}:${c}`)
      .join(' '),
  );
  console.log(
    'stage 2 top features:',
    splitCounts(model.stage2)
      .slice(0, 20)
      .map(([f, c]) => `${f}:${c}`)
      .join(' '),
  );
  console.log('wrote models/extract/html-blocks.json');
}
