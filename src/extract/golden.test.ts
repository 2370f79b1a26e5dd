import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

/**
 * Golden files: every `fixtures/<name>.html|.txt` has a hand-checked `<name>.expected.json` with
 * the fields that must come out (body text as a list of paragraphs).
 */
const dir = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f));

describe('golden extraction', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
  });
  for (const file of fixtures) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(new URL(file.replace(/\.(html|txt)$/, '.expected.json'), dir), 'utf8')) as Record<
        string,
        unknown
      >;
      const doc = extract(readFileSync(new URL(file, dir)));
      const { text, ...meta } = expected;
      expect(doc.text.split('\n\n')).toEqual(text);
      for (const [key, value] of Object.entries(meta)) {
        expect({ [key]: doc.meta[key as keyof typeof doc.meta] }).toEqual({ [key]: value });
      }
    });
  }
});
