import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sameFeatures, shippedModel } from './shipped-model.js';

describe('shippedModel', () => {
  it('builds the model on the first call only, and gives null for a missing or stale file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-model-'));
    try {
      const file = join(dir, 'm.json');
      writeFileSync(file, JSON.stringify({ features: ['a', 'b'] }));
      let builds = 0;
      const fromJson = (json: { features: string[] }) => {
        builds++;
        if (!sameFeatures(json.features, ['a', 'b'])) throw new Error('stale');
        return { features: json.features };
      };
      const load = shippedModel(pathToFileURL(file), fromJson);
      expect(load()).toEqual({ features: ['a', 'b'] });
      expect(load()).toBe(load());
      expect(builds).toBe(1);
      expect(shippedModel(pathToFileURL(join(dir, 'gone.json')), fromJson)()).toBeNull();
      writeFileSync(file, JSON.stringify({ features: ['b', 'a'] }));
      expect(shippedModel(pathToFileURL(file), fromJson)()).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
