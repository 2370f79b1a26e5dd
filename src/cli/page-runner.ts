import { availableParallelism } from 'node:os';
import { ThreadPool } from '../queue/thread-pool.js';
import type { InputItem } from './inputs.js';
import type { PageOutput, PageTask } from './page-jobs.js';
import { runPageTask } from './page-jobs.js';
import { progressBar } from './progress.js';

/**
 * Inputs from which `--workers` defaults to the machine's cores. A worker spends half a second to a
 * second loading (models, compiled trees) before its first page and compiles hot code again; on two
 * cores threads pay off from about 500 pages, for extraction and for analysis alike (whose single
 * thread already has the second core for its garbage collection).
 */
export const PARALLEL_FROM = 500;
/** Inputs from which a progress bar shows on a terminal. */
const PROGRESS_FROM = 20;
/** Pages handed to one worker ahead of its answers. */
const PER_WORKER = 4;

/** The threads a run over `count` inputs uses when `--workers` is not given: every core for a large batch, else none. */
export function defaultWorkers(count: number): number {
  const cores = availableParallelism();
  return count >= PARALLEL_FROM && cores > 1 ? cores : 0;
}

/** A page's output, or the reason it has none. */
export type PageResult = { output: PageOutput } | { error: string };

/** Options of {@link runPages}. */
export interface PageRunOptions {
  /** Worker threads; 0 does every page on this thread. */
  readonly workers: number;
  /** Show a progress bar on stderr when it is a terminal and the batch is large enough. */
  readonly progress: boolean;
  /** The command's name, for the progress bar. */
  readonly command: string;
  /** Where notes about inputs go (stderr). */
  readonly err: (text: string) => void;
}

/**
 * Reads and processes every input, in worker threads when `workers` > 0, and hands each result to
 * `emit` in input order (a page that failed gets its reason), with `note` for lines to stderr: while
 * a progress bar shows they wait until it is gone. At most a few pages per worker are in flight, so
 * memory does not grow with the batch.
 */
export async function runPages(
  items: readonly InputItem[],
  task: (item: InputItem, bytes: Uint8Array) => PageTask,
  emit: (item: InputItem, result: PageResult, note: (text: string) => void) => void,
  options: PageRunOptions,
): Promise<void> {
  const pool =
    options.workers > 0 && items.length > 0
      ? new ThreadPool<PageTask, PageOutput>(new URL(`./page-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url), {
          size: options.workers,
          perWorker: PER_WORKER,
        })
      : null;
  const bar =
    options.progress && process.stderr.isTTY === true && items.length >= PROGRESS_FROM
      ? progressBar(`${options.command} [{bar}] {value}/{total} | {rate} pages/s | {errors} errors | ETA {eta_formatted}`)
      : null;
  const held: string[] = [];
  const note = bar ? (text: string) => void held.push(text) : options.err;
  const started = Date.now();
  let errors = 0;
  bar?.start(items.length, 0, { rate: '0', errors: 0 });
  const one = async (item: InputItem): Promise<PageResult> => {
    try {
      const t = task(item, await item.read());
      return { output: pool ? await pool.run(t) : runPageTask(t) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  try {
    const window = pool ? options.workers * PER_WORKER * 2 : 1;
    const pending: Array<Promise<PageResult>> = [];
    let next = 0;
    while (next < items.length && pending.length < window) pending.push(one(items[next++]!));
    for (let i = 0; i < items.length; i++) {
      const result = await pending.shift()!;
      if (next < items.length) pending.push(one(items[next++]!));
      emit(items[i]!, result, note);
      if ('error' in result) errors++;
      bar?.update(i + 1, { rate: (((i + 1) * 1000) / Math.max(1, Date.now() - started)).toFixed(1), errors });
    }
  } finally {
    bar?.stop();
    for (const text of held) options.err(text);
    await pool?.close();
  }
}
