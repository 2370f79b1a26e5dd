import { describe, expect, it } from 'vitest';
import { scoreTeamSentences, teamSentences } from './team-sentences.js';

describe("the team's own sentences", () => {
  const sentences = teamSentences();

  it('are read whole, one gold event each', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(270);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    for (const s of sentences) expect(s.plover).toMatch(/^[A-Z]+$/);
  });

  it('are coded about as well as when these floors were set (guards against rules that only fit the gold files)', () => {
    const scores = scoreTeamSentences(sentences);
    expect(scores.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.tripleF1).toBeGreaterThanOrEqual(0.75);
  });
});
