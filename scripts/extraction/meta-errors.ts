/**
 * Prints metadata mismatches on the labelled development pages:
 *   node --import tsx scripts/extraction/meta-errors.ts title|author|date [-v]
 */
import { pages } from '../../bench/lib/extraction-data.js';
import { authorMatches, dateMatches, titleMatches } from '../../bench/lib/meta-accuracy.js';
import { decodeBytes } from '../../src/extract/decode.js';
import { extract } from '../../src/extract/extract.js';
import { parseHtml } from '../../src/extract/html/dom.js';
import { readMarkupMeta } from '../../src/extract/html/head-meta.js';

const field = process.argv[2] ?? 'title';
let bad = 0;
let total = 0;
for (const page of pages(['readability', 'wcxb-article'])) {
  const gold = field === 'title' ? page.title : field === 'author' ? page.byline : page.date;
  if (!gold) continue;
  total++;
  const doc = extract(page.html, { url: page.url ?? null, mode: 'html' });
  const m = doc.meta;
  const ok = field === 'title' ? titleMatches(m.title, gold) : field === 'author' ? authorMatches(m.authors, gold) : dateMatches(m.publishedAt, gold);
  if (ok) continue;
  bad++;
  const got = field === 'title' ? m.title : field === 'author' ? JSON.stringify(m.authors) : m.publishedAt;
  console.log(`${page.dataset}/${page.id}\n  gold: ${gold}\n  got:  ${got}`);
  if (process.argv.includes('-v')) {
    const markup = readMarkupMeta(parseHtml(decodeBytes(page.html).text));
    console.log(`  html: ${markup.htmlTitle}\n  h1: ${JSON.stringify(markup.h1.slice(0, 3))}\n  og: ${markup.metas.get('og:title')}`);
    console.log(`  bylines: ${JSON.stringify(markup.bylines.slice(0, 4))}\n  times: ${JSON.stringify(markup.times.slice(0, 4))}\n  body: ${JSON.stringify(doc.text.slice(0, 120))}`);
  }
}
console.log(`${bad}/${total} wrong`);
