import { Gbdt, type GbdtJson } from '../../ml/gbdt.js';
import { sameFeatures, shippedModel } from '../../ml/shipped-model.js';
import type { PageBlocks } from './blocks.js';
import type { ContainerStats } from './content.js';
import { CONTEXT_FEATURE_COUNT, CONTEXT_FEATURE_NAMES, contextFeatures } from './context-features.js';
import { blockFeatures, FEATURE_COUNT, FEATURE_NAMES } from './features.js';

/** The trained body classifier: two boosted-tree models and the decision threshold. */
export interface BodyModel {
  readonly stage1: Gbdt;
  readonly stage2: Gbdt;
  readonly threshold: number;
}

interface BodyModelJson {
  stage1: GbdtJson;
  stage2: GbdtJson;
  threshold: number;
}

const MODEL_URL = new URL('../../../models/extract/html-blocks.json', import.meta.url);

/** Builds a model from its JSON form, checking that its features match this code's. */
export function bodyModelFromJson(json: BodyModelJson): BodyModel {
  if (!sameFeatures(json.stage1.features, FEATURE_NAMES) || !sameFeatures(json.stage2.features, CONTEXT_FEATURE_NAMES)) {
    throw new Error('the body model was trained on other features than this code computes; retrain it with npm run train:extract');
  }
  return { stage1: new Gbdt(json.stage1), stage2: new Gbdt(json.stage2), threshold: json.threshold };
}

/** The shipped body model, loaded on first use; `null` when the file is missing or stale. */
export const shippedBodyModel: () => BodyModel | null = shippedModel(MODEL_URL, bodyModelFromJson);

/** Body probability for every block of a page. */
export function bodyProbabilities(model: BodyModel, page: PageBlocks, stats: ContainerStats, title: string | null): Float64Array {
  const x1 = blockFeatures(page, stats, title);
  const p1 = model.stage1.predict(x1);
  const x2 = contextFeatures(page, p1, x1);
  if (x1.length !== page.blocks.length * FEATURE_COUNT || x2.length !== page.blocks.length * CONTEXT_FEATURE_COUNT) {
    throw new Error('feature matrix has the wrong shape');
  }
  return model.stage2.predict(x2);
}
