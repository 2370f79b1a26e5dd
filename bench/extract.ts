/**
 * npm run bench:extract [-- --datasets a,b] [--no-readability] [--no-text] [--quiet]
 *
 * Extracts every development page of ../shared/data/extraction with sitrep (HTML mode, and text
 * mode on a flattened rendering of the same page) and with @mozilla/readability on linkedom,
 * scores all three with the shared scorer, and prints per-dataset and MACRO P/R/F1, metadata
 * accuracy, pages/s and MB/s.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extract } from '../src/extract/extract.js';
import { datasets, extractionDir, pages } from './lib/extraction-data.js';
import { flattenPage } from './lib/flatten.js';
import { authorMatches, dateMatches, titleMatches } from './lib/meta-accuracy.js';
import { outDir } from './lib/paths.js';
import { type ExtractionScores, scoreExtraction } from './lib/score.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = option('--datasets')?.split(',') ?? [];
const withReadability = !flag('--no-readability');
const withText = !flag('--no-text');

interface SystemRun {
  name: string;
  lines: string[];
  seconds: number;
  bytes: number;
  pages: number;
  errors: number;
}

const newRun = (name: string): SystemRun => ({ name, lines: [], seconds: 0, bytes: 0, pages: 0, errors: 0 });
const sitrepHtml = newRun('sitrep (html)');
const sitrepText = newRun('sitrep (text mode)');
const readability = newRun('readability.js+linkedom');

const meta: Record<'title' | 'author' | 'date', [number, number]> = { title: [0, 0], author: [0, 0], date: [0, 0] };
let peakRss = 0;

function record(run: SystemRun, dataset: string, id: string, body: string) {
  run.lines.push(JSON.stringify({ dataset, id, articleBody: body }));
}

let n = 0;
for (const page of pages(only)) {
  n++;
  const html = Buffer.from(page.html).toString('utf8');
  const size = page.html.length;

  let t0 = performance.now();
  let doc: ReturnType<typeof extract> | null = null;
  try {
    doc = extract(page.html, { url: page.url ?? null, mode: 'html' });
  } catch {
    sitrepHtml.errors++;
  }
  sitrepHtml.seconds += (performance.now() - t0) / 1000;
  sitrepHtml.bytes += size;
  sitrepHtml.pages++;
  record(sitrepHtml, page.dataset, page.id, doc?.text ?? '');
  if (doc && (page.dataset === 'readability' || page.dataset === 'wcxb-article')) {
    if (page.title) {
      meta.title[1]++;
      if (titleMatches(doc.meta.title, page.title)) meta.title[0]++;
    }
    if (page.byline) {
      meta.author[1]++;
      if (authorMatches(doc.meta.authors, page.byline)) meta.author[0]++;
    }
    if (page.date) {
      meta.date[1]++;
      if (dateMatches(doc.meta.publishedAt, page.date)) meta.date[0]++;
    }
  }

  if (withText) {
    const flat = flattenPage(html);
    t0 = performance.now();
    let text = '';
    try {
      text = extract(flat, { mode: 'text' }).text;
    } catch {
      sitrepText.errors++;
    }
    sitrepText.seconds += (performance.now() - t0) / 1000;
    sitrepText.bytes += Buffer.byteLength(flat);
    sitrepText.pages++;
    record(sitrepText, page.dataset, page.id, text);
  }

  if (withReadability) {
    t0 = performance.now();
    let text = '';
    try {
      const { document } = parseHTML(html);
      const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
      text = article?.content ? flattenPage(article.content).replace(/\n/g, '\n\n') : '';
    } catch {
      readability.errors++;
    }
    readability.seconds += (performance.now() - t0) / 1000;
    readability.bytes += size;
    readability.pages++;
    record(readability, page.dataset, page.id, text);
  }
  if (n % 50 === 0) {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (!flag('--quiet')) process.stderr.write(`\r${n} pages`);
  }
}
if (!flag('--quiet')) process.stderr.write('\n');

const out = outDir();
mkdirSync(out, { recursive: true });
const targets = (only.length > 0 ? only : datasets()).map((d) => join(extractionDir(), d));
const runs = [sitrepHtml, ...(withText ? [sitrepText] : []), ...(withReadability ? [readability] : [])];
const scores = new Map<SystemRun, ExtractionScores>();
for (const run of runs) {
  const file = join(out, `extract-${run.name.replace(/[^a-z0-9]+/gi, '-')}.jsonl`);
  writeFileSync(file, `${run.lines.join('\n')}\n`);
  scores.set(run, scoreExtraction(file, targets));
}

const f = (x: number) => x.toFixed(3);
const names = runs.map((r) => r.name);
const dsNames = Object.keys(scores.get(sitrepHtml)!.datasets);
console.log(`\nArticle body, shared scorer (P / R / F1), ${n} dev pages, ${new Date().toISOString().slice(0, 10)}`);
console.log(['dataset'.padEnd(16), ...names.map((x) => x.padEnd(26))].join(' '));
for (const ds of [...dsNames, 'MACRO', 'ALL']) {
  const cells = runs.map((r) => {
    const s = scores.get(r)!;
    const v = ds === 'MACRO' ? s.macro : ds === 'ALL' ? s.overall : s.datasets[ds]!;
    return `${f(v.precision)} ${f(v.recall)} ${f(v.f1)}`.padEnd(26);
  });
  console.log([ds.padEnd(16), ...cells].join(' '));
}
console.log('\nSpeed (single core, extraction only, files already in memory)');
for (const r of runs) {
  console.log(
    `${r.name.padEnd(26)} ${(r.pages / r.seconds).toFixed(1).padStart(7)} pages/s ${(r.bytes / 1e6 / r.seconds).toFixed(2).padStart(6)} MB/s  errors ${r.errors}`,
  );
}
const pct = (x: [number, number]) => `${((100 * x[0]!) / Math.max(1, x[1]!)).toFixed(1)} % (${x[0]}/${x[1]})`;
console.log('\nMetadata (readability + wcxb-article pages that carry the label)');
console.log(`title exact ${pct(meta.title)}   author ${pct(meta.author)}   date (day) ${pct(meta.date)}`);
console.log(`\npeak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
if (withText) {
  const gap = scores.get(sitrepHtml)!.macro.f1 - scores.get(sitrepText)!.macro.f1;
  console.log(`text mode MACRO F1 gap to HTML mode: ${gap.toFixed(3)}`);
}
