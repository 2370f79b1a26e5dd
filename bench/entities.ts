/**
 * npm run bench:entities
 *
 * Runs the entities layer (tagger, in-article resolution, knowledge links, role and pronoun
 * mentions) over the 703 political news articles of ../shared/data/quotes/polnear/polnear-dev.jsonl
 * with their publication dates, and prints articles per second and how many mentions of each kind
 * it made. There is no gold entity data for these articles: this measures speed and volume only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findCountry } from '../src/kb/kb.js';
import { findEntities } from '../src/nlp/entities/entities.js';
import { nerTagger } from '../src/nlp/ner/tagger.js';
import { splitSentences } from '../src/nlp/tokenize/tokenize.js';
import { sharedDir } from './lib/paths.js';

const articles = readFileSync(join(sharedDir(), 'data/quotes/polnear/polnear-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { text: string; publication_date?: string });

let start = performance.now();
nerTagger();
findCountry('x');
const loadMs = performance.now() - start;

const kinds = new Map<string, number>();
let entities = 0;
let linked = 0;
let chars = 0;
start = performance.now();
const cpu = process.cpuUsage();
for (const a of articles) {
  chars += a.text.length;
  const found = findEntities(a.text, splitSentences(a.text), nerTagger(), { publishedAt: a.publication_date ?? null });
  entities += found.length;
  for (const e of found) {
    if (e.kb) linked++;
    for (const m of e.mentions) kinds.set(m.kind ?? 'name', (kinds.get(m.kind ?? 'name') ?? 0) + 1);
  }
}
const used = process.cpuUsage(cpu);
const seconds = (performance.now() - start) / 1000;
const cpuSeconds = (used.user + used.system) / 1e6;

console.log(
  `entities layer over ${articles.length} articles (${(chars / 1e6).toFixed(1)} M characters), ${new Date().toISOString().slice(0, 10)}`,
);
console.log(`tagger and knowledge tables loaded in ${loadMs.toFixed(0)} ms (the actor table loads on first lookup)`);
console.log(
  `${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU: ${(articles.length / seconds).toFixed(0)} articles/s wall, ${(articles.length / cpuSeconds).toFixed(0)} CPU`,
);
console.log(`${entities} entities, ${linked} linked to the knowledge base`);
console.log(`mentions by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
