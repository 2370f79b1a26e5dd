/** Loading the models the repository ships under `models/`. */
import { readFileSync } from 'node:fs';

/**
 * A loader for a shipped model file: the first call reads the file and builds the model with
 * `fromJson` (which throws for a model trained on other features than the code computes); every
 * later call gives the same model. It gives `null` when the file is missing or stale, so that the
 * caller can fall back to rules.
 *
 * @example
 * const shippedLineModel = shippedModel(new URL('../../models/extract/text-lines.json', import.meta.url), lineModelFromJson);
 * shippedLineModel(); // the model, or null
 */
export function shippedModel<J, T>(url: URL, fromJson: (json: J) => T): () => T | null {
  let cached: T | null | undefined;
  return () => {
    if (cached === undefined) {
      try {
        cached = fromJson(JSON.parse(readFileSync(url, 'utf8')) as J);
      } catch {
        cached = null;
      }
    }
    return cached;
  };
}

/** Whether a model was trained on the features the code computes, in the same order. */
export function sameFeatures(trained: readonly string[], computed: readonly string[]): boolean {
  return trained.length === computed.length && trained.every((f, i) => f === computed[i]);
}
