/**
 * npm run bench:ingest [-- --stories 16000] [--exact 0.15] [--near 0.15] [--workers 1,2] [--baseline-docs 1000] [--no-nlp] [--rebuild]
 *                      [--ceiling-seconds 40]
 *                      [--queries-only]
 *
 * Builds a synthetic WARC.gz (bench/lib/synthetic-corpus.ts) from the development pages of
 * ../shared/data/extraction: distinct stories plus exact and near-duplicate copies in known
 * proportions (about 20,800 documents by default). Then:
 * - for each worker count, back to back: measures the analysis pipeline alone on one thread
 *   (extraction, the default annotators and fingerprints of every k-th document of the archive;
 *   reading and storing not counted), then runs the real binary `sitrep ingest` on the archive
 *   (fresh database), recording documents/s, peak memory (max RSS, /usr/bin/time) and the load
 *   average around each phase (the machine may be shared),
 * - measures what the machine allows: the analysis alone in one process, then in as many processes
 *   at once as the largest worker count, sharing nothing (each reads its documents into memory
 *   first, then all analyse for the same `--ceiling-seconds`, default 40); their total over the
 *   worker count times the one is the most any ingest could reach here, since on few cores V8's
 *   compiler and collector threads of one analysis use the core another would need,
 * - measures storing alone: the documents the first baseline analysed, written into a fresh corpus
 *   in ingest's batches, timed by CPU (what storage costs, apart from analysis),
 * - reports database size per document, duplicate-detection precision and recall against the
 *   planted copies, and p50/p95 latency of search and of every corpus query (entities, entity,
 *   sources, quotes --speaker/--about/--party, entities --party, timeline, events --between) on the result.
 * --queries-only measures the queries again on the database of the last run.
 * Writes .bench-out/ingest/report.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { analyzeDocument, analyzeTask } from '../src/corpus/analyze.js';
import { inputKey } from '../src/corpus/ingest.js';
import { groupDuplicates } from '../src/dedup/duplicates.js';
import { MIN_WORDS_FOR_NEAR, normalizeText } from '../src/dedup/fingerprint.js';
import { extract } from '../src/extract/extract.js';
import { readWarc } from '../src/ingest/index.js';
import { canonicalUrl } from '../src/store/ids.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { DocumentInput } from '../src/store/types.js';
import { pages } from './lib/extraction-data.js';
import { outDir, repoRoot } from './lib/paths.js';
import { type BasePage, type TruthRecord, writeSyntheticWarc } from './lib/synthetic-corpus.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const plan = {
  stories: Number(option('--stories', '16000')),
  exactShare: Number(option('--exact', '0.15')),
  nearShare: Number(option('--near', '0.15')),
  seed: 20240301,
};
const workerCounts = option('--workers', '1,2').split(',').map(Number);
const baselineDocs = Number(option('--baseline-docs', '1000'));
const queriesOnly = args.includes('--queries-only');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const annotate = !args.includes('--no-nlp');
const dir = join(outDir(), 'ingest');
mkdirSync(dir, { recursive: true });
const warcPath = join(dir, 'corpus.warc.gz');
const truthPath = join(dir, 'truth.json');
const planPath = join(dir, 'plan.json');
const log = (s: string) => process.stderr.write(`${s}\n`);

async function basePages(): Promise<BasePage[]> {
  const decoder = new TextDecoder();
  const candidates: Array<{ key: string; html: string; text: string }> = [];
  for (const p of pages()) {
    const html = decoder.decode(p.html);
    let text: string;
    try {
      text = extract(html).text;
    } catch {
      continue;
    }
    if (text.split(/\s+/).length >= 80) candidates.push({ key: `${p.dataset}/${p.id}`, html, text });
  }
  // pages that are already copies of each other (test pages of one template, mirrored articles) would blur the ground truth
  const groups = await groupDuplicates(
    candidates.map((c) => ({ id: c.key, text: c.text })),
    { threshold: 0.5 },
  );
  return candidates.filter((c) => groups.get(c.key) === c.key).map((c) => ({ key: c.key, html: c.html }));
}

let built = false;

async function buildCorpus(): Promise<TruthRecord[]> {
  const planText = JSON.stringify(plan);
  if (
    !args.includes('--rebuild') &&
    existsSync(warcPath) &&
    existsSync(truthPath) &&
    existsSync(planPath) &&
    readFileSync(planPath, 'utf8') === planText
  ) {
    log(`reusing ${warcPath}`);
    return JSON.parse(readFileSync(truthPath, 'utf8')) as TruthRecord[];
  }
  const t0 = performance.now();
  const base = await basePages();
  log(`base pages: ${base.length} distinct pages with at least 80 words (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  const truth = await writeSyntheticWarc(warcPath, base, plan);
  writeFileSync(truthPath, JSON.stringify(truth));
  writeFileSync(planPath, planText);
  built = true;
  log(`wrote ${truth.length} documents to ${warcPath} (${(statSync(warcPath).size / 1e6).toFixed(0)} MB)`);
  return truth;
}

/** Documents analysed before the baseline's clock starts: model loading and the JIT's first compilations. */
const BASELINE_WARMUP = 100;

async function baseline(limit: number, total: number, keep?: DocumentInput[]): Promise<{ docs: number; perSecond: number }> {
  // every k-th document, so that the sample has the corpus's mix of pages and copies
  const stride = Math.max(1, Math.floor(total / (limit + BASELINE_WARMUP)));
  let docs = 0;
  let warm = 0;
  let index = 0;
  let seconds = 0;
  for await (const item of readWarc(warcPath)) {
    if (index++ % stride !== 0 || !item.ok) continue;
    const t0 = performance.now();
    let result: ReturnType<typeof analyzeDocument> | null = null;
    try {
      result = analyzeDocument(analyzeTask(item, { annotate }));
    } catch {
      // failures count as analysed work too
    }
    const elapsed = (performance.now() - t0) / 1000;
    if (keep && result) {
      const r = result;
      keep.push({
        id: r.id,
        inputId: inputKey(item.id, item.provenance),
        doc: r.doc,
        source: { ...item.provenance },
        layers: r.layers,
        fingerprint: r.fingerprint,
      });
    }
    if (warm < BASELINE_WARMUP) {
      warm++;
      continue;
    }
    seconds += elapsed;
    if (++docs % 250 === 0) log(`  analysis alone: ${docs} documents, ${(docs / seconds).toFixed(1)} docs/s`);
    if (docs >= limit) break;
  }
  return { docs, perSecond: docs / seconds };
}

/**
 * The analysis alone in a process of its own, for {@link machineCeiling}: reads the baseline's
 * documents into memory, says `ready`, waits for a line on stdin, analyses the first
 * {@link BASELINE_WARMUP} untimed and then the rest, round and round, until `seconds` have passed,
 * and prints its documents per second of analysis.
 */
async function analysisProbe(limit: number, total: number, seconds: number): Promise<void> {
  const stride = Math.max(1, Math.floor(total / (limit + BASELINE_WARMUP)));
  const items: Array<Parameters<typeof analyzeTask>[0]> = [];
  let index = 0;
  for await (const item of readWarc(warcPath)) {
    if (index++ % stride !== 0 || !item.ok) continue;
    items.push(item);
    if (items.length >= limit + BASELINE_WARMUP) break;
  }
  process.stdout.write('ready\n');
  const lines = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  lines.close();
  const analyse = (i: number) => {
    try {
      analyzeDocument(analyzeTask(items[i]!, { annotate }));
    } catch {
      // failures count as analysed work too
    }
  };
  for (let i = 0; i < BASELINE_WARMUP; i++) analyse(i);
  const end = performance.now() + seconds * 1000;
  let docs = 0;
  let busy = 0;
  for (let i = BASELINE_WARMUP; performance.now() < end; i = i + 1 < items.length ? i + 1 : BASELINE_WARMUP) {
    const t0 = performance.now();
    analyse(i);
    busy += performance.now() - t0;
    docs++;
  }
  process.stdout.write(`${JSON.stringify({ docs, perSecond: docs / (busy / 1000) })}\n`);
}

/** Runs `n` analysis probes at once (started together once all have read their documents); their rates. */
async function probes(n: number, seconds: number): Promise<number[]> {
  const children = Array.from({ length: n }, () =>
    spawn(
      process.execPath,
      [
        ...process.execArgv,
        process.argv[1]!,
        '--analysis-probe',
        '--baseline-docs',
        String(baselineDocs),
        '--ceiling-seconds',
        String(seconds),
        ...(annotate ? [] : ['--no-nlp']),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    ),
  );
  // each probe's next line of output; '' once its output has ended (a probe that failed says so on stderr)
  const outputs = children.map((c) => {
    const lines = createInterface({ input: c.stdout! })[Symbol.asyncIterator]();
    return async () => (await lines.next()).value ?? '';
  });
  const exited = children.map((c) => new Promise<void>((resolve) => c.once('exit', () => resolve())));
  const readies = await Promise.all(outputs.map((next) => next()));
  if (readies.some((r) => r !== 'ready')) throw new Error(`an analysis probe did not start: ${readies.join(', ')}`);
  for (const c of children) c.stdin!.end('go\n');
  const results = await Promise.all(outputs.map((next) => next()));
  await Promise.all(exited);
  if (results.some((r) => !r.startsWith('{'))) throw new Error('an analysis probe ended without its figures');
  return results.map((r) => (JSON.parse(r) as { perSecond: number }).perSecond);
}

/**
 * What this machine allows `workers` analyses at once: their total rate over `workers` times the
 * rate of one alone, measured the same way back to back.
 */
async function machineCeiling(workers: number, seconds: number) {
  const [alone] = await probes(1, seconds);
  const together = await probes(workers, seconds);
  const sum = together.reduce((a, b) => a + b, 0);
  return { workers, alone: alone!, together, share: sum / (workers * alone!) };
}

/** Documents per write transaction, as `sitrep ingest` writes them. */
const INGEST_BATCH = 128;

/**
 * Storing alone: documents analysed beforehand written into a fresh corpus in ingest's batches,
 * timed by this process's CPU (SQLite, the query tables, duplicate look-ups, the full-text index).
 * What one core could store per second if analysis cost nothing.
 */
async function storageAlone(docs: readonly DocumentInput[]): Promise<{ docs: number; msPerDoc: number; perSecond: number }> {
  const db = join(dir, 'storage-alone.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const store = await openSqliteStore(db, { cacheMb: 16 });
  const c0 = process.cpuUsage();
  for (let i = 0; i < docs.length; i += INGEST_BATCH) await store.write({ documents: docs.slice(i, i + INGEST_BATCH) });
  const c = process.cpuUsage(c0);
  await store.close();
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const seconds = (c.user + c.system) / 1e6;
  return { docs: docs.length, msPerDoc: (1000 * seconds) / docs.length, perSecond: docs.length / seconds };
}

interface IngestRun {
  workers: number;
  documents: number;
  seconds: number;
  perSecond: number;
  maxRssMb: number;
  errors: number;
  dbBytes: number;
}

function ingestRun(workers: number): IngestRun {
  const db = join(dir, `corpus-w${workers}.db`);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  const res = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'MAXRSS_KB %M',
      process.execPath,
      join(repoRoot, 'bin', 'sitrep.js'),
      'ingest',
      warcPath,
      '--db',
      db,
      '--workers',
      String(workers),
      '--json',
      '--no-progress',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - t0) / 1000;
  const rss = /MAXRSS_KB (\d+)/.exec(res.stderr ?? '');
  if (res.status !== 0 && res.status !== 1) throw new Error(`sitrep ingest failed (${res.status}): ${res.stderr}`);
  const summary = JSON.parse(res.stdout) as { stored: number; errors: number };
  const dbBytes = [db, `${db}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
  return {
    workers,
    documents: summary.stored,
    seconds,
    perSecond: summary.stored / seconds,
    maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
    errors: summary.errors,
    dbBytes,
  };
}

function dedupScores(dbPath: string, truth: readonly TruthRecord[]) {
  const byUrl = new Map(truth.map((t) => [canonicalUrl(t.url)!, t]));
  const conn = new Database(dbPath, { readonly: true });
  const rows = conn.prepare('SELECT id, dup_group, text FROM documents').all() as Array<{ id: string; dup_group: string; text: string }>;
  conn.close();
  // extraction kept (almost) nothing of some pages: such documents cannot be told apart, so they are left out and counted
  const tooShort = new Set(rows.filter((r) => normalizeText(r.text).split(' ').length < MIN_WORDS_FOR_NEAR).map((r) => r.id));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missed = { exact: 0, near: 0 };
  const planted = { exact: 0, near: 0 };
  for (const r of rows) {
    const t = byUrl.get(r.id);
    if (!t || tooShort.has(r.id)) continue;
    const predicted = r.dup_group !== r.id;
    const right = predicted && byUrl.get(r.dup_group)?.story === t.story;
    if (predicted && right) tp++;
    if (predicted && !right) fp++;
    if (t.kind !== 'original') {
      planted[t.kind]++;
      if (!right) {
        fn++;
        missed[t.kind]++;
      }
    }
  }
  return {
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    planted,
    missed,
    leftOutShortTexts: tooShort.size,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function queryLatency(dbPath: string) {
  const conn = new Database(dbPath, { readonly: true });
  const sample = conn.prepare('SELECT title, text FROM documents ORDER BY seq LIMIT 400').all() as Array<{
    title: string | null;
    text: string;
  }>;
  conn.close();
  let seed = 7;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const words = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
  const queries: Array<{ kind: string; q: string }> = [];
  for (let i = 0; queries.length < 200 && i < 2000; i++) {
    const d = sample[Math.floor(rand() * sample.length)]!;
    const tw = words(d.title ?? '');
    const xw = words(d.text);
    if (xw.length < 10) continue;
    const pick = (ws: string[]) => ws[Math.floor(rand() * ws.length)]!;
    const k = i % 5;
    if (k === 0 && tw.length > 0) queries.push({ kind: 'title word', q: pick(tw) });
    else if (k === 1) queries.push({ kind: 'two words', q: `${pick(xw)} ${pick(xw)}` });
    else if (k === 2) {
      const at = Math.floor(rand() * (xw.length - 3));
      queries.push({ kind: 'phrase', q: `"${xw.slice(at, at + 3).join(' ')}"` });
    } else if (k === 3) queries.push({ kind: 'prefix', q: `${pick(xw).slice(0, 4)}*` });
    else queries.push({ kind: 'common word', q: ['the', 'said', 'and', 'news', 'year'][i % 5]! });
  }
  const store = await openSqliteStore(dbPath, { mustExist: true });
  const modes: Array<{ name: string; opts: object }> = [
    { name: 'search (one hit per story)', opts: {} },
    { name: 'search --all-copies', opts: { allCopies: true } },
    { name: 'search --since --until --source', opts: { since: '2000-01-01', until: '2030-12-31', source: 'example.com' } },
  ];
  const out: Record<string, { p50: number; p95: number; max: number; queries: number }> = {};
  for (const m of modes) {
    const times: number[] = [];
    for (const { q } of queries) {
      const t0 = performance.now();
      await store.search({ query: q, limit: 20, ...m.opts });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out[m.name] = { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, queries: times.length };
  }
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    await store.errors({ limit: 100 });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  out['errors --limit 100'] = { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, queries: times.length };
  await store.close();
  return out;
}

async function corpusQueryLatency(dbPath: string) {
  // loaded when needed, so that a run started before the query module changes measures the latest one
  const q = await import('../src/query/index.js');
  const store = await openSqliteStore(dbPath, { mustExist: true });
  const out: Record<string, { p50: number; p95: number; max: number; queries: number }> = {};
  const time = async (name: string, calls: Array<() => Promise<unknown>>) => {
    const times: number[] = [];
    for (const call of calls) {
      const t0 = performance.now();
      await call();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out[name] = { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, queries: times.length };
  };
  try {
    // names as a user would type them: the most mentioned entities and a spread of rarer ones
    const top = await store.topEntities({ limit: 40 });
    const rarer = (await store.topEntities({ limit: 1000 })).filter((_, i) => i % 25 === 7);
    const names = [...top, ...rarer].map((e) => e.name);
    const speakers = (await q.topSpeakers(store, { limit: 40 })).speakers.map((s) => s.name);
    const filters = [{}, { since: '2000-01-01', until: '2030-12-31' }, { source: 'example.com' }, { allCopies: true }];
    const types = [undefined, 'PERSON', 'ORG', 'GPE'];
    await time(
      'entities --top 20 [--type T]',
      types.flatMap((type) => Array.from({ length: 10 }, () => () => q.topEntities(store, { limit: 20, ...(type ? { type } : {}) }))),
    );
    await time(
      'entities --since --until | --source | --all-copies',
      filters.flatMap((f) => types.map((type) => () => q.topEntities(store, { limit: 20, ...(type ? { type } : {}), ...f }))),
    );
    await time(
      'entity NAME',
      names.map((n) => () => q.entityProfile(store, n)),
    );
    await time(
      'entity NAME --since --until --source',
      names.slice(0, 30).map((n) => () => q.entityProfile(store, n, { since: '2000-01-01', until: '2030-12-31', source: 'example.com' })),
    );
    await time(
      'quotes --speaker NAME',
      speakers.map((n) => () => q.findQuotes(store, { speaker: n, limit: 20 })),
    );
    await time(
      'quotes --about NAME',
      names.map((n) => () => q.findQuotes(store, { about: n, limit: 20 })),
    );
    await time(
      'speakers --top 20 [--about NAME]',
      [undefined, ...names.slice(0, 39)].map((about) => () => q.topSpeakers(store, { limit: 20, ...(about ? { about } : {}) })),
    );
    // the parties the corpus names, each asked for its members and what they said
    const parties = (await store.topEntities({ type: 'ORG', limit: 1000 })).filter((e) => e.kbId?.startsWith('party/')).slice(0, 20);
    const partyNames = Array.from({ length: 40 }, (_, i) => parties[i % Math.max(1, parties.length)]?.name).filter(
      (p): p is string => p !== undefined,
    );
    await time(
      'entities --party P',
      partyNames.map((p) => () => q.topEntities(store, { party: p, limit: 20 })),
    );
    await time(
      'quotes --party P',
      partyNames.map((p) => () => q.findQuotes(store, { party: p, limit: 20 })),
    );
    await time(
      'speakers --party P',
      partyNames.map((p) => () => q.topSpeakers(store, { party: p, limit: 20 })),
    );
    await time(
      'sources --top 20 [--since --until | --source | --all-copies]',
      filters.flatMap((f) => Array.from({ length: 10 }, () => () => q.sourcesReport(store, { limit: 20, ...f }))),
    );
    await time(
      'timeline NAME --by month',
      names.map((n) => () => q.timeline(store, n, null, { by: 'month' })),
    );
    await time(
      'timeline NAME NAME2 --by week',
      names.slice(0, 40).map((n, i) => () => q.timeline(store, n, names[(i + 1) % 40]!, { by: 'week' })),
    );
    // pairs of the most mentioned countries (the actors events are coded between most), then of any names
    const countries = (await store.topEntities({ type: 'GPE', limit: 40 }))
      .filter((e) => /^[A-Z]{3}$/.test(e.kbId ?? ''))
      .map((e) => e.name);
    const pairs: Array<[string, string]> = [
      ...countries.slice(0, 20).map((n, i, all): [string, string] => [n, all[(i + 1) % all.length]!]),
      ...names.slice(0, 20).map((n, i): [string, string] => [n, names[(i + 3) % 20]!]),
    ];
    await time(
      'events --between A B --by week',
      pairs.map(
        ([a, b]) =>
          () =>
            q.eventsBetween(store, a, b, { by: 'week' }),
      ),
    );
    await time(
      'events --between A B --since --until | --source | --all-copies',
      pairs.slice(0, 30).map(
        ([a, b], i) =>
          () =>
            q.eventsBetween(store, a, b, { by: 'month', ...filters[1 + (i % 3)] }),
      ),
    );
  } finally {
    await store.close();
  }
  return out;
}

const truth = await buildCorpus();
if (built) {
  // measure in a fresh process: building leaves hundreds of MB of page text for the collector
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1).filter((a) => a !== '--rebuild')], {
    stdio: 'inherit',
  });
  process.exit(again.status ?? 1);
}
const ceilingSeconds = Number(option('--ceiling-seconds', '40'));
if (args.includes('--analysis-probe')) {
  await analysisProbe(baselineDocs, truth.length, ceilingSeconds);
  process.exit(0);
}
const kinds = { original: 0, exact: 0, near: 0 };
for (const t of truth) kinds[t.kind]++;
log(`corpus: ${truth.length} documents = ${kinds.original} stories + ${kinds.exact} exact + ${kinds.near} near copies`);
const runs: Array<
  IngestRun & {
    baseline: { docs: number; perSecond: number };
    baselines?: Array<{ docs: number; perSecond: number }>;
    load: { baseline: string; ingest: string; after: string };
  }
> = [];
let storage: { docs: number; msPerDoc: number; perSecond: number } | null = null;
let ceiling: Awaited<ReturnType<typeof machineCeiling>> | null = null;
if (queriesOnly) {
  const previous = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { runs: typeof runs };
  runs.push(...previous.runs);
} else {
  const analysed: DocumentInput[] = [];
  for (const w of workerCounts) {
    // the analysis alone is measured before and after the ingest run, and the faster figure is the
    // one ingest is compared with: a quiet or busy minute on the machine should not flatter ingest
    const what = annotate ? 'extraction, annotators' : 'extraction only';
    const before = load();
    const first = await baseline(baselineDocs, truth.length, analysed.length === 0 ? analysed : undefined);
    log(
      `analysis alone (${what}), one thread, before: ${first.perSecond.toFixed(1)} docs/s over ${first.docs} documents after ${BASELINE_WARMUP} untimed (load ${before})`,
    );
    const during = load();
    const r = ingestRun(w);
    const after = load();
    const second = await baseline(baselineDocs, truth.length);
    log(`analysis alone (${what}), one thread, after: ${second.perSecond.toFixed(1)} docs/s (load ${after})`);
    const base = first.perSecond >= second.perSecond ? first : second;
    runs.push({ ...r, baseline: base, baselines: [first, second], load: { baseline: before, ingest: during, after } });
    log(
      `ingest --workers ${w}: ${r.documents} documents in ${r.seconds.toFixed(1)} s = ${r.perSecond.toFixed(1)} docs/s ` +
        `(${((100 * r.perSecond) / (base.perSecond * w)).toFixed(0)} % of ${w} x the faster analysis alone, ${base.perSecond.toFixed(1)} docs/s), max RSS ${r.maxRssMb.toFixed(0)} MB, ${r.errors} errors (load ${during} → ${after})`,
    );
  }
  const most = Math.max(...workerCounts);
  if (most > 1) {
    const before = load();
    ceiling = await machineCeiling(most, ceilingSeconds);
    log(
      `what the machine allows: the analysis alone ${ceiling.alone.toFixed(1)} docs/s; ${most} at once, sharing nothing, ` +
        `${ceiling.together.map((r) => r.toFixed(1)).join(' + ')} docs/s = ${(100 * ceiling.share).toFixed(0)} % of ${most} x the one (load ${before} → ${load()})`,
    );
  }
  storage = await storageAlone(analysed);
  analysed.length = 0;
  log(
    `storing alone (documents analysed beforehand, fresh corpus, one thread): ${storage.msPerDoc.toFixed(2)} ms of CPU per document = ${storage.perSecond.toFixed(0)} docs/s over ${storage.docs} documents`,
  );
}
const last = runs.at(-1)!;
const lastDb = join(dir, `corpus-w${last.workers}.db`);
const dedup = dedupScores(lastDb, truth);
log(
  `dedup: precision ${dedup.precision.toFixed(4)}, recall ${dedup.recall.toFixed(4)} ` +
    `(missed ${dedup.missed.exact}/${dedup.planted.exact} exact, ${dedup.missed.near}/${dedup.planted.near} near; ${dedup.falsePositives} false groupings; ` +
    `${dedup.leftOutShortTexts} documents under ${MIN_WORDS_FOR_NEAR} words left out)`,
);
log(`database: ${(last.dbBytes / 1e6).toFixed(1)} MB = ${(last.dbBytes / last.documents / 1024).toFixed(1)} KB per document`);
const queries = { ...(await queryLatency(lastDb)), ...(await corpusQueryLatency(lastDb)) };
for (const [name, q] of Object.entries(queries))
  log(`${name}: p50 ${q.p50.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms, max ${q.max.toFixed(1)} ms (${q.queries} queries)`);
const report = {
  date: new Date().toISOString(),
  plan,
  corpus: { documents: truth.length, ...kinds },
  runs,
  ceiling,
  storage,
  dedup,
  queries,
};
writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
log(`report: ${join(dir, 'report.json')}`);
