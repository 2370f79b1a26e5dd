import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Provenance, RawDocResult } from '../ingest/index.js';
import { ThreadPool } from '../queue/thread-pool.js';
import { contentId } from '../store/ids.js';
import type { CorpusStore } from '../store/store.js';
import type { DocumentInput, IngestErrorInput, SourceRecord } from '../store/types.js';
import { type AnalyzeResult, type AnalyzeTask, analyzeTask } from './analyze-task.js';

/** Options of {@link ingest}. */
export interface IngestOptions {
  /** Worker threads for analysis; 0 analyses on the calling thread. Default: the number of cores. */
  readonly workers?: number;
  /** Documents per write transaction. Default 128. */
  readonly batchSize?: number;
  /** Write at least this often (ms), so that a slow stream still commits. Default 1000. */
  readonly flushMs?: number;
  /** Called after every write with the counts so far. */
  readonly onProgress?: (progress: IngestProgress) => void;
  /** A worker task running longer than this fails (ms). Default 120 000. */
  readonly taskTimeoutMs?: number;
  /** Run the annotators (entities, …) after extraction. Default true. */
  readonly annotate?: boolean;
  /** Heap ceiling of each worker thread (MB). Default {@link DEFAULT_WORKER_HEAP_MB}. */
  readonly workerHeapMb?: number;
  /** Documents a worker analyses before it is replaced by a fresh one. Default {@link DEFAULT_RECYCLE_AFTER}. */
  readonly recycleWorkersAfter?: number;
  /** Documents handed to one worker ahead of its answers. Default {@link DEFAULT_TASKS_PER_WORKER}. */
  readonly tasksPerWorker?: number;
}

/** Counts of an ingest run. */
export interface IngestProgress {
  /** Items the sources yielded (documents and unreadable items). */
  readonly read: number;
  /** Documents stored by this run. */
  readonly stored: number;
  /** Of those, copies of an earlier story (exact or near duplicates). */
  readonly duplicates: number;
  /** Inputs whose document was already stored (skipped). */
  readonly alreadyStored: number;
  /** Inputs that failed; recorded in the store. */
  readonly errors: number;
  readonly elapsedMs: number;
}

/** The outcome of an ingest run. */
export interface IngestSummary extends IngestProgress {
  /** Inputs read per second (stored, skipped and failed). */
  readonly perSecond: number;
  /** The first failures, for a summary (all of them are in the store). */
  readonly failures: ReadonlyArray<{ readonly inputId: string; readonly reason: string }>;
  readonly workers: number;
}

const MAX_FAILURES_LISTED = 20;
/**
 * Heap ceiling of an analysis worker (MB). A worker's live set is 130-200 MB (models, the
 * language identifier's tables, the tagger's word cache of at most 25,000 forms per casing);
 * heavy pages need room above that, and a higher ceiling lets the heap grow before collecting.
 * @internal
 */
export const DEFAULT_WORKER_HEAP_MB = 320;
/**
 * Documents a worker analyses before a fresh one replaces it, which bounds whatever a long-lived
 * thread accumulates outside its heap ceiling (freed but unreturned native memory). Not often: a
 * fresh worker spends a few seconds loading the models and as many compiling hot code again.
 * @internal
 */
export const DEFAULT_RECYCLE_AFTER = 5000;
/** Documents queued at a worker ahead of its answers: enough to keep it busy, few to hold. @internal */
export const DEFAULT_TASKS_PER_WORKER = 4;
const LOOKUP_CHUNK = 64;

/**
 * The id of an input, stable across runs, that lets a re-run skip inputs already stored: the
 * source kind, the absolute file path and the position in it (WARC record id, line, feed item).
 */
export function inputKey(id: string, p: Provenance | undefined): string {
  if (!p) return `input:${id}`;
  const path = p.path && p.path !== '-' ? resolve(p.path) : p.path;
  switch (p.kind) {
    case 'file':
      return path && path !== '-' ? `file:${path}` : `file:${id}`;
    case 'warc':
      return `warc:${path ?? ''}#${p.recordId ?? p.index ?? id}`;
    case 'jsonl':
      return `jsonl:${path ?? ''}#${p.line ?? id}`;
    case 'feed':
      return `feed:${path ?? ''}#${id}`;
    case 'url':
      return `url:${p.requestedUrl ?? p.url ?? id}`;
  }
}

type Outcome =
  | { readonly kind: 'doc'; readonly key: string; readonly result: AnalyzeResult; readonly source: SourceRecord }
  | { readonly kind: 'error'; readonly key: string; readonly reason: string; readonly source: SourceRecord };

function workerModule(): URL {
  return new URL(`./analyze-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
}

/**
 * Reads sources, analyses every document (in worker threads) and stores the results in batched
 * transactions, in input order, so duplicate groups do not depend on the number of workers.
 *
 * Idempotent and resumable: inputs whose document is stored are skipped before analysis, so a run
 * killed at any point and started again completes the corpus without duplicates. Inputs that fail
 * are recorded in the store with their reason (and retried by the next run); the run goes on.
 *
 * @example
 * import { openSqliteStore } from 'sitrep/store';
 * const store = await openSqliteStore('news.db');
 * const summary = await ingest(readWarc('crawl.warc.gz'), store, { workers: 2 });
 * console.log(`${summary.stored} stored, ${summary.errors} errors`);
 */
export async function ingest(source: AsyncIterable<RawDocResult>, store: CorpusStore, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const workers = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  const batchSize = Math.max(1, options.batchSize ?? 128);
  const flushMs = options.flushMs ?? 1000;
  const perWorker = Math.max(1, Math.floor(options.tasksPerWorker ?? DEFAULT_TASKS_PER_WORKER));
  const pool =
    workers > 0
      ? new ThreadPool<AnalyzeTask, AnalyzeResult>(workerModule(), {
          size: workers,
          perWorker,
          maxHeapMb: options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB,
          recycleAfter: options.recycleWorkersAfter ?? DEFAULT_RECYCLE_AFTER,
          ...(options.taskTimeoutMs ? { taskTimeoutMs: options.taskTimeoutMs } : {}),
        })
      : null;
  // without workers this thread analyses, and only then loads the models
  const inline = pool ? null : await import('./analyze.js');
  const analyse = pool ? (t: AnalyzeTask) => pool.run(t) : async (t: AnalyzeTask) => inline!.analyzeDocument(t);
  const maxInFlight = Math.max(LOOKUP_CHUNK, workers * perWorker * 2);

  let read = 0;
  let stored = 0;
  let duplicates = 0;
  let alreadyStored = 0;
  let errors = 0;
  const failures: Array<{ inputId: string; reason: string }> = [];
  const progress = (): IngestProgress => ({ read, stored, duplicates, alreadyStored, errors, elapsedMs: Date.now() - started });

  let docs: DocumentInput[] = [];
  let errs: IngestErrorInput[] = [];
  let lastFlush = Date.now();
  const flush = async () => {
    lastFlush = Date.now();
    if (docs.length === 0 && errs.length === 0) return;
    const batch = { documents: docs, errors: errs };
    docs = [];
    errs = [];
    const res = await store.write(batch);
    stored += res.stored.length;
    duplicates += res.stored.filter((s) => s.duplicate !== null).length;
    alreadyStored += res.skipped.length;
    errors += res.errors;
    options.onProgress?.(progress());
  };

  const inFlight: Array<{ readonly outcome: Promise<Outcome>; settled: boolean }> = [];
  const track = (outcome: Promise<Outcome>) => {
    const entry = { outcome, settled: false };
    void outcome.then(() => {
      entry.settled = true;
    });
    inFlight.push(entry);
  };
  const takeOne = async () => {
    const o = await inFlight.shift()!.outcome;
    if (o.kind === 'doc') {
      const r = o.result;
      docs.push({ id: r.id, inputId: o.key, doc: r.doc, source: o.source, layers: r.layers, fingerprint: r.fingerprint });
    } else {
      errs.push({ inputId: o.key, reason: o.reason, source: o.source });
      if (failures.length < MAX_FAILURES_LISTED) failures.push({ inputId: o.key, reason: o.reason });
    }
    if (docs.length + errs.length >= batchSize || Date.now() - lastFlush >= flushMs) await flush();
  };

  let pending: RawDocResult[] = [];
  const submit = async () => {
    const items = pending;
    pending = [];
    // stdin has no position to resume from: its key is its content
    const keys = items.map((it) => (it.ok && it.provenance.path === '-' ? `stdin:${contentId(it.body)}` : inputKey(it.id, it.provenance)));
    const done = await store.storedInputs(keys.filter((_, i) => items[i]!.ok));
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const key = keys[i]!;
      const source = (item.provenance ?? {}) as SourceRecord;
      if (!item.ok) {
        track(Promise.resolve({ kind: 'error', key, reason: item.error, source }));
      } else if (done.has(key)) {
        alreadyStored++;
        continue;
      } else {
        const task = analyzeTask(item, { annotate: options.annotate ?? true });
        track(
          analyse(task).then(
            (result): Outcome => ({ kind: 'doc', key, result, source }),
            (error: unknown): Outcome => ({ kind: 'error', key, reason: error instanceof Error ? error.message : String(error), source }),
          ),
        );
      }
      while (inFlight.length >= maxInFlight) await takeOne();
    }
  };

  try {
    for await (const item of source) {
      read++;
      pending.push(item);
      if (pending.length >= LOOKUP_CHUNK) await submit();
      else if (Date.now() - lastFlush >= flushMs) {
        // a slow stream: commit what is ready without waiting for a full batch
        await submit();
        while (inFlight[0]?.settled) await takeOne();
        if (Date.now() - lastFlush >= flushMs) await flush();
      }
    }
    await submit();
    while (inFlight.length > 0) await takeOne();
    await flush();
  } finally {
    await pool?.close();
  }
  const p = progress();
  return { ...p, perSecond: p.elapsedMs > 0 ? (read * 1000) / p.elapsedMs : 0, failures, workers };
}
