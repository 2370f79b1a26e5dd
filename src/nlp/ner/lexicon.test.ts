import { describe, expect, it } from 'vitest';
import { buildGazetteers, extendPhraseHash, PHRASE_ENTRY, PHRASE_PREFIX, tokenHash } from './lexicon.js';

describe('gazetteer phrase table', () => {
  const gaz = buildGazetteers([
    { name: 'city', phrases: ['Paris', 'New York', 'New York City'] },
    { name: 'org', phrases: ['New York Times', 'Paris'] },
  ]);
  const words = (...ts: string[]) => ts.map((lower) => ({ lower }));
  const find = (...ts: string[]) => {
    let h = tokenHash(ts[0]!);
    for (const t of ts.slice(1)) h = extendPhraseHash(h, tokenHash(t));
    return gaz.entries.lookup(h, words(...ts), 0, ts.length);
  };

  it('looks up whole phrases by their text, with the bits of every list', () => {
    expect(gaz.entries.get('paris')).toBe(0b11);
    expect(gaz.entries.get('new york')).toBe(0b01);
    expect(gaz.entries.get('new york times')).toBe(0b10);
    expect(gaz.entries.get('york')).toBeUndefined();
    expect(gaz.entries.get('new')).toBeUndefined();
    expect(gaz.entries.size).toBe(4);
    expect(gaz.maxTokens).toBe(3);
  });

  it('finds phrases token by token and marks prefixes', () => {
    const nw = find('new');
    expect(nw).toBeGreaterThanOrEqual(0);
    expect(gaz.entries.flagsAt(nw)).toBe(PHRASE_PREFIX);
    const ny = find('new', 'york');
    expect(gaz.entries.flagsAt(ny)).toBe(PHRASE_ENTRY | PHRASE_PREFIX);
    expect(gaz.entries.bitsAt(ny)).toBe(0b01);
    expect(find('new', 'paris')).toBe(-1);
    expect(gaz.entries.lookupToken(tokenHash('paris'), 'paris')).toBeGreaterThanOrEqual(0);
    expect(gaz.entries.lookupToken(tokenHash('pari'), 'pari')).toBe(-1);
  });
});
