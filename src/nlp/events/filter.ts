/**
 * The event filter: boosted trees that decide which of a sentence's candidate events are coded
 * (`models/events/filter.json`, trained by `scripts/events/train-filter.ts` on the team's tuned
 * slice of the English gold sets only). Loaded on first use; without the file the coder keeps its
 * rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Gbdt, type GbdtJson } from '../../ml/gbdt.js';

/** The filter as stored on disk. */
export interface EventFilterJson {
  readonly format: 'sitrep-event-filter-1';
  /** Names of the candidate features, in the order the model reads them. */
  readonly features: readonly string[];
  /** Probability at or above which a candidate is coded. */
  readonly threshold: number;
  readonly model: GbdtJson;
  /** How it was trained and what cross-validation measured (free-form, for the record). */
  readonly notes?: Record<string, unknown>;
}

/** A loaded filter. */
export interface EventFilter {
  readonly threshold: number;
  /** Probability that a candidate with these features is a coded event. */
  score(features: Float32Array): number;
}

/**
 * Makes a filter of a stored model, checking that it reads the features the coder gives.
 *
 * @example
 * const filter = loadEventFilter(json, CANDIDATE_FEATURES);
 * filter.score(candidate.features) >= filter.threshold; // keep the candidate
 */
export function loadEventFilter(json: EventFilterJson, features: readonly string[]): EventFilter {
  if (json.format !== 'sitrep-event-filter-1') throw new Error(`unknown event filter format ${String(json.format)}`);
  if (json.features.join(',') !== features.join(',')) {
    throw new Error('the event filter was trained on other features than the coder gives: retrain it (scripts/events/train-filter.ts)');
  }
  const gbdt = new Gbdt(json.model);
  return {
    threshold: json.threshold,
    score: (x) => 1 / (1 + Math.exp(-gbdt.margin(x, 0))),
  };
}

const FILE = new URL('../../../models/events/filter.json', import.meta.url);
let cached: EventFilter | null | undefined;

/**
 * The shipped event filter, or null when `models/events/filter.json` is absent.
 *
 * @example
 * eventFilterFor(CANDIDATE_FEATURES)?.threshold; // 0.5
 */
export function eventFilterFor(features: readonly string[]): EventFilter | null {
  if (cached !== undefined) return cached;
  cached = existsSync(FILE) ? loadEventFilter(JSON.parse(readFileSync(FILE, 'utf8')) as EventFilterJson, features) : null;
  return cached;
}
