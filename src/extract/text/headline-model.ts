/**
 * Text mode's headline model: among the short lines around the start of the body, the one a
 * reader sees as the article's headline. Trained by `scripts/extraction/train-headline.ts`.
 */
import { Gbdt, type GbdtJson } from '../../ml/gbdt.js';
import { sameFeatures, shippedModel } from '../../ml/shipped-model.js';
import type { AnalysedText } from './extract-text.js';
import { HEADLINE_FEATURE_NAMES, headlineCandidates, headlineFeatures } from './headline-features.js';

const MODEL_URL = new URL('../../../models/extract/text-headline.json', import.meta.url);

/** Loads a headline model, refusing one trained on other features than this code computes. */
export function headlineModelFromJson(json: GbdtJson): Gbdt {
  if (!sameFeatures(json.features, HEADLINE_FEATURE_NAMES)) {
    throw new Error('the headline model was trained on other features than this code computes; retrain it');
  }
  return new Gbdt(json);
}

/** The shipped headline model, loaded on first use; `null` when missing or stale. */
export const shippedHeadlineModel: () => Gbdt | null = shippedModel(MODEL_URL, headlineModelFromJson);

/**
 * The headline the model ranks first among the candidate lines, given the line model's features
 * (`x1`) and body probabilities (`p`) of every line; null when no line can be one.
 *
 * @example
 * const { x1, p } = scoreLines(lineModel, analysed);
 * chooseHeadline(shippedHeadlineModel()!, analysed, x1, p); // { line: 'Allies agree on …', index: 24 }
 */
export function chooseHeadline(
  model: Gbdt,
  a: AnalysedText,
  x1: Float32Array,
  p: ArrayLike<number>,
): { line: string; index: number } | null {
  const candidates = headlineCandidates(a, p);
  if (candidates.length === 0) return null;
  const score = model.predict(headlineFeatures(a, x1, p, candidates));
  let best = 0;
  for (let k = 1; k < candidates.length; k++) if (score[k]! > score[best]!) best = k;
  const index = candidates[best]!;
  return { line: a.lines[index]!, index };
}
