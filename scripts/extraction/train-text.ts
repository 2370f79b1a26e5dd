/**
 * Trains the text-mode line classifier on the development pages flattened as a simple scraper
 * would (one visible block per line).
 *
 *   node --import tsx scripts/extraction/train-text.ts [--cv] [--write] [--trees N] [--trees2 N]
 *     [--bins N] [--leaves N] [--learning-rate X] [--min-child-weight X] [--lambda X] [--row-sample X] [--col-sample X]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pages } from '../../bench/lib/extraction-data.js';
import { flattenPage } from '../../bench/lib/flatten.js';
import { outDir, repoRoot } from '../../bench/lib/paths.js';
import { decodeBytes } from '../../src/extract/decode.js';
import { analyseText, assembleText, selectLines } from '../../src/extract/text/extract-text.js';
import {
  LINE_CONTEXT_NAMES,
  LINE_FEATURE_COUNT,
  LINE_FEATURE_NAMES,
  lineContextFeatures,
  lineFeatures,
} from '../../src/extract/text/line-features.js';
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

const texts: string[] = [];
const x1 = new Growable();
const y = new Growable();
const w = new Growable();
const rows: PageMatrix[] = [];
let n = 0;
for (const page of pages(only)) {
  const flat = flattenPage(decodeBytes(page.html).text);
  texts.push(flat);
  const a = analyseText(flat);
  x1.push(lineFeatures(a.lines, a.title));
  const gold = new GoldIndex(page.articleBody);
  const { labels, weights } = labelBlocks(gold, a.lines);
  y.push(labels);
  w.push(weights);
  rows.push({ dataset: page.dataset, id: page.id, offset: n, count: a.lines.length });
  n += a.lines.length;
}
log(`dataset: ${rows.length} pages, ${n} lines, ${LINE_FEATURE_COUNT} features`);

const corpus: Corpus = {
  x1: x1.take(),
  y: Uint8Array.from(y.take()),
  w: w.take(),
  pages: rows,
  names1: LINE_FEATURE_NAMES,
  names2: LINE_CONTEXT_NAMES,
  load(i) {
    const a = analyseText(texts[i]!);
    return {
      context: (p1, xs) => lineContextFeatures(a.lines, p1, xs),
      assemble: (keep) => assembleText(a, keep).text,
      select: (p, threshold) => selectLines(a, p, threshold),
    };
  },
};
const learner = learnerOptions(opt);
const o = {
  folds: Number(opt('--folds') ?? 5),
  stage1: { ...learner, trees: Number(opt('--trees') ?? 200), log: (s: string) => log(`  ${s}`) },
  stage2: { ...learner, trees: Number(opt('--trees2') ?? 150), log: (s: string) => log(`  ${s}`) },
  threshold: Number(opt('--threshold') ?? 0.5),
  name: 'text',
  log,
};
mkdirSync(outDir(), { recursive: true });
if (args.includes('--cv')) crossValidate(corpus, o);
if (args.includes('--write')) {
  const model = trainFinal(corpus, o);
  const dir = join(repoRoot, 'models', 'extract');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'text-lines.json'), JSON.stringify(model));
  console.log(
    'stage 1 top features:',
    splitCounts(model.stage1)
      .slice(0, 15)
      .map(([f, c]) => `${f}:${c}`)
      .join(' '),
  );
  console.log(
    'stage 2 top features:',
    splitCounts(model.stage2)
      .slice(0, 15)
      .map(([f, c]) => `${f}:${c}`)
      .join(' '),
  );
  console.log('wrote models/extract/text-lines.json');
}
