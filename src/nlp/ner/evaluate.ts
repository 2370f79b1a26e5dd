/** Entity-level exact-match precision, recall and F1 (as conlleval), micro-averaged and per type. */
import { ENTITY_TYPES, type EntityType, type TokenSpan } from './labels.js';

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface NerScores {
  readonly overall: PRF;
  readonly byType: Readonly<Record<EntityType, PRF>>;
}

function prf(correct: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

/**
 * Scores predicted spans against gold spans, sentence by sentence.
 *
 * @example
 * scoreSpans([[{ start: 0, end: 1, type: 'LOC' }]], [[{ start: 0, end: 1, type: 'LOC' }]]).overall.f1; // 1
 */
export function scoreSpans(gold: readonly (readonly TokenSpan[])[], pred: readonly (readonly TokenSpan[])[]): NerScores {
  const counts = new Map<string, [number, number, number]>(ENTITY_TYPES.map((t) => [t, [0, 0, 0]]));
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s] ?? [];
    const p = pred[s] ?? [];
    const keys = new Set(g.map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const x of g) counts.get(x.type)![2]++;
    for (const x of p) {
      const c = counts.get(x.type)!;
      c[1]++;
      if (keys.has(`${x.start}:${x.end}:${x.type}`)) c[0]++;
    }
  }
  let [c, p, g] = [0, 0, 0];
  const byType = {} as Record<EntityType, PRF>;
  for (const t of ENTITY_TYPES) {
    const [tc, tp, tg] = counts.get(t)!;
    byType[t] = prf(tc, tp, tg);
    c += tc;
    p += tp;
    g += tg;
  }
  return { overall: prf(c, p, g), byType };
}
