/**
 * npm run bench:extract [-- --datasets a,b] [--no-readability] [--no-text] [--quiet]
 *
 * Extracts every development page of ../shared/data/extraction with sitrep (HTML mode, and text
 * mode on a flattened rendering of the same page) and with @mozilla/readability on linkedom,
 * scores them with the shared scorer, and prints per-dataset and MACRO P/R/F1, metadata accuracy,
 * pages/s, MB/s and memory. Each system runs in its own pass over the pages, single-threaded,
 * timing extraction only (pages are read and unzipped, outputs turned into text and metadata
 * checked outside the timer) in CPU time of the process, so that other work on a shared machine
 * does not count against either system. Each pass runs in a fresh process of its own (this script
 * with `--pass NAME`): a pass that ran after another in one process inherited its heap, which slowed
 * Readability.js from about 46 to 26-33 pages/s.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Doc } from '../dist/doc.js';
// the compiled engine, as users run it (tsx's on-the-fly transform adds helper calls to hot code)
import { extract } from '../dist/extract/extract.js';
import { datasets, extractionDir, type Page, pages } from './lib/extraction-data.js';
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
const quiet = flag('--quiet');

interface Run {
  name: string;
  file: string;
  seconds: number;
  bytes: number;
  pages: number;
  errors: number;
  rss: number[];
}

/** Metadata right on the labelled pages (readability, wcxb-article): [right, labelled] per field. */
interface MetaCounts {
  title: [number, number];
  author: [number, number];
  date: [number, number];
  /** Dates missed whose label is the revision date sitrep gives as `updatedAt`. */
  dateIsRevision: number;
}
/** This pass's metadata counts (a pass runs in a process of its own). */
const meta: MetaCounts = { title: [0, 0], author: [0, 0], date: [0, 0], dateIsRevision: 0 };

/** Counts a Doc's title, authors and date against the page's labels, where it has them. */
function checkMeta(doc: Doc, page: Page): void {
  if (page.dataset !== 'readability' && page.dataset !== 'wcxb-article') return;
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
    else if (dateMatches(doc.meta.updatedAt, page.date)) meta.dateIsRevision++;
  }
}

/**
 * One system's pass over the pages. `run` is timed; `toText`, which turns its result into the text
 * the scorer reads, is not (for Readability.js that is our own flattening of its HTML, no part of it).
 */
async function pass<T>(
  name: string,
  prepare: (page: Page) => { input: string | Uint8Array; bytes: number },
  run: (input: string | Uint8Array, page: Page) => T,
  toText: (result: T, page: Page) => string,
): Promise<Run> {
  const file = join(outDir(), `extract-${name.replace(/[^a-z0-9]+/gi, '-')}.jsonl`);
  const out = createWriteStream(file);
  const r: Run = { name, file, seconds: 0, bytes: 0, pages: 0, errors: 0, rss: [] };
  for (const page of pages(only)) {
    const { input, bytes } = prepare(page);
    // CPU time of the process, not wall time: the machine may be shared, and this is one thread's work
    const c0 = process.cpuUsage();
    let result: T | undefined;
    let failed = false;
    try {
      result = run(input, page);
    } catch {
      failed = true;
    }
    const c = process.cpuUsage(c0);
    let body = '';
    if (failed) r.errors++;
    else body = toText(result as T, page);
    r.seconds += (c.user + c.system) / 1e6;
    r.bytes += bytes;
    r.pages++;
    if (!out.write(`${JSON.stringify({ dataset: page.dataset, id: page.id, articleBody: body })}\n`)) {
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    if (r.pages % 500 === 0) {
      r.rss.push(process.memoryUsage().rss);
      if (!quiet) process.stderr.write(`\r${name}: ${r.pages} pages`);
    }
  }
  r.rss.push(process.memoryUsage().rss);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  if (!quiet) process.stderr.write('\n');
  return r;
}

mkdirSync(outDir(), { recursive: true });

/** The passes, by the name `--pass` takes, in the order they run. */
const PASSES: Record<string, () => Promise<Run>> = {
  html: () =>
    pass(
      'sitrep (html)',
      (page) => ({ input: page.html, bytes: page.html.length }),
      (input, page) => extract(input, { url: page.url ?? null, mode: 'html' }),
      // metadata is checked outside the timer
      (doc, page) => {
        checkMeta(doc, page);
        return doc.text;
      },
    ),
  text: () =>
    pass(
      'sitrep (text mode)',
      (page) => {
        const flat = flattenPage(Buffer.from(page.html).toString('utf8'));
        return { input: flat, bytes: Buffer.byteLength(flat) };
      },
      (input) => extract(input, { mode: 'text' }),
      (doc, page) => {
        checkMeta(doc, page);
        return doc.text;
      },
    ),
  readability: () =>
    pass(
      'readability.js+linkedom',
      (page) => ({ input: Buffer.from(page.html).toString('utf8'), bytes: page.html.length }),
      (input) => {
        const { document } = parseHTML(input as string);
        return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.content ?? '';
      },
      // its article HTML as text, one blank line between blocks, as the scorer reads sitrep's
      (content) => (content ? flattenPage(content).replace(/\n/g, '\n\n') : ''),
    ),
};

const passName = option('--pass');
if (passName !== undefined) {
  // a child process: one pass, its figures as JSON on the last line of stdout
  const one = PASSES[passName];
  if (!one) throw new Error(`unknown pass ${passName}`);
  console.log(JSON.stringify({ run: await one(), meta }));
  process.exit(0);
}

const runs: Run[] = [];
const metaOf = new Map<string, MetaCounts>();
const names = ['html', ...(flag('--no-text') ? [] : ['text']), ...(flag('--no-readability') ? [] : ['readability'])];
for (const name of names) {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, '--pass', name], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the ${name} pass failed (exit status ${child.status})`);
  const out = child.stdout.trim().split('\n');
  const result = JSON.parse(out[out.length - 1]!) as { run: Run; meta: MetaCounts };
  runs.push(result.run);
  metaOf.set(name, result.meta);
}

const targets = (only.length > 0 ? only : datasets()).map((d) => join(extractionDir(), d));
const scores = new Map<Run, ExtractionScores>();
for (const r of runs) scores.set(r, scoreExtraction(r.file, targets));

const f = (x: number) => x.toFixed(3);
const first = scores.get(runs[0]!)!;
console.log(`\nArticle body, shared scorer (P R F1), ${runs[0]!.pages} development pages, ${new Date().toISOString().slice(0, 10)}`);
console.log(['dataset'.padEnd(16), ...runs.map((r) => r.name.padEnd(24))].join(' '));
for (const ds of [...Object.keys(first.datasets), 'MACRO', 'ALL']) {
  const cells = runs.map((r) => {
    const s = scores.get(r)!;
    const v = ds === 'MACRO' ? s.macro : ds === 'ALL' ? s.overall : s.datasets[ds]!;
    return `${f(v.precision)} ${f(v.recall)} ${f(v.f1)}`.padEnd(24);
  });
  console.log([ds.padEnd(16), ...cells].join(' '));
}
console.log(
  `\nSpeed (pages per CPU-second, each pass in a fresh process of its own, extraction only, pages already in memory; load average ${os.loadavg()[0]!.toFixed(1)})`,
);
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
for (const r of runs) {
  console.log(
    `${r.name.padEnd(24)} ${(r.pages / r.seconds).toFixed(1).padStart(7)} pages/s ${(r.bytes / 1e6 / r.seconds).toFixed(2).padStart(6)} MB/s` +
      `  errors ${r.errors}  RSS every 500 pages: ${r.rss.map(mib).join(', ')}`,
  );
}
const base = runs.find((r) => r.name.startsWith('readability'));
if (base)
  console.log(`sitrep (html) speed vs readability.js: ${(runs[0]!.pages / runs[0]!.seconds / (base.pages / base.seconds)).toFixed(1)}x`);
const pct = (x: [number, number]) => `${((100 * x[0]) / Math.max(1, x[1])).toFixed(1)} % (${x[0]}/${x[1]})`;
console.log('\nMetadata on the readability + wcxb-article pages that carry each label');
for (const [name, m] of metaOf) {
  if (name === 'readability') continue;
  console.log(
    `${name.padEnd(5)} title exact ${pct(m.title)}   author ${pct(m.author)}   date (day) ${pct(m.date)}` +
      (m.dateIsRevision > 0 ? `; ${m.dateIsRevision} dates missed are labelled with its updatedAt` : ''),
  );
}
const text = runs.find((r) => r.name === 'sitrep (text mode)');
if (text) console.log(`text mode MACRO F1 gap to HTML mode: ${(first.macro.f1 - scores.get(text)!.macro.f1).toFixed(3)}`);
if (base) console.log(`sitrep (html) MACRO F1 minus readability.js: ${(first.macro.f1 - scores.get(base)!.macro.f1).toFixed(3)}`);
