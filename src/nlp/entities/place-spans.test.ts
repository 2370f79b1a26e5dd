import { describe, expect, it } from 'vitest';
import { acrossPlaceParticles } from './place-spans.js';

describe('acrossPlaceParticles', () => {
  const known = (w: readonly string[]) => ['Dar es Salaam', 'Rio de Janeiro'].includes(w.join(' '));

  it('makes a place split at its particle whole, when the whole name is a known place', () => {
    const words = ['A', 'source', 'in', 'Dar', 'es', 'Salaam', 'said'];
    expect(
      acrossPlaceParticles(
        words,
        [
          { start: 3, end: 4, type: 'LOC' },
          { start: 5, end: 6, type: 'LOC' },
        ],
        known,
      ),
    ).toEqual([{ start: 3, end: 6, type: 'LOC' }]);
  });

  it('leaves two names joined by a particle apart when the whole is no known place', () => {
    const spans = [
      { start: 0, end: 1, type: 'LOC' as const },
      { start: 2, end: 3, type: 'LOC' as const },
    ];
    expect(acrossPlaceParticles(['Paris', 'de', 'Lyon'], spans, known)).toEqual(spans);
  });
});
