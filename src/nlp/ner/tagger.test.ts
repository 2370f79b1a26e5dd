import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatConll, parseConll } from './conll.js';
import { tagsFromSpans } from './labels.js';
import { nerTagger } from './tagger.js';

const shared = process.env.SITREP_SHARED ?? resolve(fileURLToPath(new URL('../../../../shared', import.meta.url)));
const devFile = join(shared, 'data/ner/conll2003/dev.txt');
const haveShared = existsSync(devFile);
if (!haveShared) console.warn(`skipping the NER dev-score check: ${devFile} not found (set SITREP_SHARED to the shared folder)`);

describe('shipped NER model', () => {
  // The load time (target: under 1 s) is measured by bench:ner, not here: timings in unit tests fail on busy machines.
  it('loads and tags a sentence', () => {
    const tagger = nerTagger();
    const spans = tagger.tagDocument([
      ['German', 'Chancellor', 'Angela', 'Merkel', 'met', 'officials', 'of', 'the', 'European', 'Union', 'in', 'Brussels', '.'],
    ]);
    expect(spans[0]).toEqual([
      { start: 0, end: 1, type: 'MISC' },
      { start: 2, end: 4, type: 'PER' },
      { start: 8, end: 10, type: 'ORG' },
      { start: 11, end: 12, type: 'LOC' },
    ]);
  });

  it('tags a title-case headline as it tags the same headline in capitals', () => {
    const body = ['Chancellor', 'Angela', 'Merkel', 'urged', 'talks', 'with', 'Russia', 'on', 'Tuesday', '.'];
    const title = ['Merkel', 'Urges', 'Talks', 'With', 'Russia', 'on', 'Tuesday'];
    const tagger = nerTagger();
    const asTitle = tagger.tagDocument([title, body])[0];
    expect(asTitle).toEqual(tagger.tagDocument([title.map((w) => w.toUpperCase()), body])[0]);
    expect(asTitle).toContainEqual({ start: 0, end: 1, type: 'PER' });
    expect(asTitle).toContainEqual({ start: 4, end: 5, type: 'LOC' });
  });

  it.skipIf(!haveShared)('reproduces the dev F1 recorded at training time, within 0.005 (shared scorer)', () => {
    const tagger = nerTagger();
    const recorded = (tagger.header.info.dev as { f1: number }).f1;
    // The shipped model (BILOU, 2026-11-28) recorded 0.9454 on dev; a retrained one must not fall below it by much.
    expect(recorded).toBeGreaterThanOrEqual(0.944);
    const file = parseConll(readFileSync(devFile, 'utf8'));
    const tags = file.documents.map((d) => {
      const spans = tagger.tagDocument(d.sentences.map((s) => s.tokens));
      return spans.map((s, i) => tagsFromSpans(s, d.sentences[i]!.tokens.length));
    });
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-ner-'));
    try {
      const pred = join(dir, 'dev.pred');
      writeFileSync(
        pred,
        formatConll(file, (d, s, i) => tags[d]![s]![i]!),
      );
      const out = execFileSync(process.execPath, [join(shared, 'tools/score-ner.mjs'), '--gold', devFile, '--pred', pred, '--json'], {
        encoding: 'utf8',
      });
      const f1 = (JSON.parse(out) as { overall: { f1: number } }).overall.f1;
      expect(Math.abs(f1 - recorded)).toBeLessThanOrEqual(0.005);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
