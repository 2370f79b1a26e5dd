/**
 * Regenerates the expected events of the golden articles (`src/nlp/events/fixtures/*.txt`) after a
 * change you meant to make; review the diff before committing it.
 *
 *   node --import tsx scripts/events/golden.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { codeText } from '../../src/nlp/events/events.js';

const dir = new URL('../../src/nlp/events/fixtures/', import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(new URL(file, dir), 'utf8');
  const events = codeText(text, { date: '2024-03-01' }).map((e) => ({
    sentence: e.sentence,
    trigger: e.trigger.text,
    source: e.source?.code ?? null,
    cameo: e.cameo,
    plover: e.plover,
    target: e.target?.code ?? null,
    negated: e.negated,
    hedged: e.hedged,
    statement: e.statement,
  }));
  writeFileSync(new URL(file.replace(/\.txt$/, '.expected.json'), dir), `${JSON.stringify(events, null, 2)}\n`);
  console.log(`${file}: ${events.length} events`);
}
