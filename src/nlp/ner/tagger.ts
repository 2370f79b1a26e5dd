/**
 * The NER tagger: a first pass tags each sentence; an optional second pass re-tags the document
 * with features that say how the first pass tagged the same words elsewhere in it.
 */
import { readFileSync } from 'node:fs';
import { addStageFeatures, stagedEmissionScores, stageWeights, viterbi } from './decode.js';
import { documentPredictionFeatures, FeatureExtractor } from './features.js';
import { BILOU, IOB2, type TagScheme, type TokenSpan } from './labels.js';
import { buildGazetteers, type Lexicon, makeLexicon, parseClusters, parseList, parseWordTypes } from './lexicon.js';
import { decodeModel, type LoadedModel, type ModelHeader } from './model-file.js';

/** A loaded tagger. Tagging is synchronous and pure. */
export interface NerTagger {
  readonly header: ModelHeader;
  /** The clusters and gazetteers the model reads. */
  readonly lexicon: Lexicon;
  /**
   * Tags one document, given as sentences of tokens. Returns the entity spans of each sentence.
   *
   * @example
   * const spans = loadNerTagger().tagDocument([['Angela', 'Merkel', 'visited', 'Paris', '.']]);
   * // [[{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]]
   */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][];
}

/** Where the shipped model lives: `models/ner/` at the package root (from `src/` or `dist/`). */
export const DEFAULT_MODEL_DIR = new URL('../../../models/ner/', import.meta.url);

/** File names inside a model folder. */
export const MODEL_FILES = {
  model: 'model.bin',
  clusters: 'clusters.tsv',
  gazetteers: 'gazetteers/',
  wordTypes: 'word-types.tsv',
} as const;

/** Reads the clusters and the named gazetteer lists from a model folder. */
export function loadLexicon(dir: URL, options: { clusters: boolean; gazetteers: readonly string[]; wordTypes?: boolean }): Lexicon {
  const clusters = options.clusters ? parseClusters(readFileSync(new URL(MODEL_FILES.clusters, dir), 'utf8')) : null;
  const gazetteers =
    options.gazetteers.length > 0
      ? buildGazetteers(
          options.gazetteers.map((name) => ({
            name,
            phrases: parseList(readFileSync(new URL(`${MODEL_FILES.gazetteers}${name}.txt`, dir), 'utf8')),
          })),
        )
      : null;
  const wordTypes = options.wordTypes ? parseWordTypes(readFileSync(new URL(MODEL_FILES.wordTypes, dir), 'utf8')) : null;
  return makeLexicon(clusters, gazetteers, wordTypes);
}

/** The gazetteer lists a model was trained with (recorded in its header). */
export function gazetteerNames(header: ModelHeader): string[] {
  const names = header.info.gazetteers;
  return Array.isArray(names) ? names.map(String) : [];
}

/** Builds a tagger from a decoded model and the lexicon it was trained with. */
export function createTagger(model: LoadedModel, lexicon: Lexicon): NerTagger {
  const { header, stages } = model;
  if (header.lexicon !== lexicon.fingerprint) {
    throw new Error('the NER model was trained with other clusters or gazetteers than the ones beside it; run `npm run train:ner`');
  }
  const scheme: TagScheme = header.scheme === 'bilou' ? BILOU : IOB2;
  const extractor = new FeatureExtractor(lexicon, { titleCase: true, ...header.features });
  const weights = stageWeights(stages);
  const L = weights.labels;
  return {
    header,
    lexicon,
    tagDocument(sentences) {
      const { words, tokens } = extractor.document(sentences);
      // One buffer for the document's scores: every pass of every sentence.
      let total = 0;
      for (const t of tokens) total += t.length;
      const buffer = new Float32Array(weights.stages * total * L);
      let at = 0;
      const scores = tokens.map((t, i) => {
        const out = buffer.subarray(at, at + weights.stages * t.length * L);
        at += out.length;
        stagedEmissionScores(words[i]!, t, weights, out);
        return out;
      });
      const pass1 = scores.map((s, i) => scheme.decode(viterbi(s, tokens[i]!.length, weights.transitions[0]!, scheme)));
      if (weights.stages < 2) return pass1;
      const extra = documentPredictionFeatures(words, pass1);
      return scores.map((s, i) => {
        const n = tokens[i]!.length;
        const second = s.subarray(n * L, 2 * n * L);
        addStageFeatures(extra[i]!, weights, 1, second);
        return scheme.decode(viterbi(second, n, weights.transitions[1]!, scheme));
      });
    },
  };
}

/** Loads the model in `dir` (default: the shipped model). */
export function loadNerTagger(dir: URL = DEFAULT_MODEL_DIR): NerTagger {
  const model = decodeModel(readFileSync(new URL(MODEL_FILES.model, dir)));
  const lexicon = loadLexicon(dir, {
    clusters: model.header.features.clusters,
    gazetteers: gazetteerNames(model.header),
    wordTypes: model.header.features.wordTypes ?? false,
  });
  return createTagger(model, lexicon);
}

let shipped: NerTagger | null = null;

/** The shipped tagger, loaded on first use and kept. */
export function nerTagger(): NerTagger {
  shipped ??= loadNerTagger();
  return shipped;
}
