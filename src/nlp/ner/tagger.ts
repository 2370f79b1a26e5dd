/**
 * The NER tagger: a first pass tags each sentence; an optional second pass re-tags the document
 * with features that say how the first pass tagged the same words elsewhere in it.
 */
import { readFileSync } from 'node:fs';
import {
  type NameKnowledge,
  nameKnowledge,
  withConventionalMisc,
  withCountryBodies,
  withNicknames,
  withShareIndices,
} from './conventional-names.js';
import { addStageFeatures, stagedEmissionScores, stageWeights, viterbi } from './decode.js';
import { withConsistentTypes } from './document-consistency.js';
import { documentPredictionFeatures, FeatureExtractor } from './features.js';
import { BILOU, IOB2, type TagScheme, type TokenSpan } from './labels.js';
import { buildGazetteers, type Lexicon, makeLexicon, parseClusters, parseList, parseWordTypes } from './lexicon.js';
import { decodeModel, type LoadedModel, type ModelHeader } from './model-file.js';
import { withDatelinePlaces, withoutNotNames } from './news-conventions.js';
import { shippedWordTypes } from './word-type-prior.js';

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
  const shared = dir.href === DEFAULT_MODEL_DIR.href ? shippedWordTypes() : null;
  const wordTypes = options.wordTypes ? (shared ?? parseWordTypes(readFileSync(new URL(MODEL_FILES.wordTypes, dir), 'utf8'))) : null;
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
  const knows = nameKnowledge(lexicon.gazetteers);
  return {
    header,
    lexicon,
    tagDocument(sentences) {
      const { words, tokens } = extractor.document(sentences);
      const count = tokens.length;
      // One buffer for the document's scores: every pass of every sentence.
      let total = 0;
      for (let i = 0; i < count; i++) total += tokens[i]!.length;
      const S = weights.stages;
      const buffer = new Float32Array(S * total * L);
      const starts = new Int32Array(count + 1);
      const pass1: TokenSpan[][] = new Array(count);
      if (path.length < total) path = new Int32Array(total * 2);
      for (let i = 0, at = 0; i < count; i++) {
        const n = tokens[i]!.length;
        const out = buffer.subarray(at, at + S * n * L);
        starts[i] = at;
        at += S * n * L;
        stagedEmissionScores(words[i]!, tokens[i]!, weights, out);
        pass1[i] = scheme.decode(viterbi(out, n, weights.transitions[0]!, scheme, path), n);
      }
      if (S < 2)
        return withConsistentTypes(
          sentences,
          pass1.map((spans, i) => newsConventions(sentences[i]!, spans, knows)),
          knows,
        );
      const extra = documentPredictionFeatures(words, pass1);
      const pass2: TokenSpan[][] = new Array(count);
      for (let i = 0; i < count; i++) {
        const n = tokens[i]!.length;
        const second = buffer.subarray(starts[i]! + n * L, starts[i]! + 2 * n * L);
        addStageFeatures(extra[i]!, weights, 1, second);
        pass2[i] = newsConventions(sentences[i]!, scheme.decode(viterbi(second, n, weights.transitions[1]!, scheme, path), n), knows);
      }
      return withConsistentTypes(sentences, pass2, knows);
    },
  };
}

/**
 * News conventions the 1996 training text does not teach: credits and holidays, titles, datelines,
 * nicknames, country bodies, handles, diseases, networks, hyphen compounds of names and share indices.
 */
function newsConventions(tokens: readonly string[], spans: TokenSpan[], knows: NameKnowledge): TokenSpan[] {
  const named = withDatelinePlaces(tokens, withoutNotNames(tokens, spans));
  return withShareIndices(tokens, withConventionalMisc(tokens, withCountryBodies(tokens, withNicknames(tokens, named)), knows));
}

// Label sequences of one sentence at a time (tagging is synchronous).
let path = new Int32Array(256);

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
