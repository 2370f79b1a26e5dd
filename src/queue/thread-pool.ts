import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/** Options of {@link ThreadPool}. */
export interface ThreadPoolOptions {
  /** Number of worker threads (at least 1). */
  readonly size: number;
  /** Tasks handed to one worker before it answers; keeps workers busy while the caller is. Default 4. */
  readonly perWorker?: number;
  /** A task running longer than this (counted once its worker has started) fails, and the worker is replaced. Default 120 000 ms. */
  readonly taskTimeoutMs?: number;
  /** Heap limit of each worker; a task that needs more fails, and its worker is replaced. Default 1024 MB. */
  readonly maxHeapMb?: number;
  /**
   * Replace a worker with a fresh one after it has been handed this many tasks (it first answers
   * them all; no task fails). Bounds what a long-lived worker accumulates outside its heap
   * limit (caches of typed arrays, fragmentation), at the cost of restarting the worker module.
   * Default: never.
   */
  readonly recycleAfter?: number;
}

interface Pending<I, O> {
  readonly id: number;
  readonly input: I;
  resolve(value: O): void;
  reject(error: Error): void;
}

interface Slot<I, O> {
  worker: Worker;
  /** The worker module has loaded and listens: task time is counted from then on. */
  ready: boolean;
  readonly running: Map<number, Pending<I, O>>;
  timer: NodeJS.Timeout | null;
  startedAt: number;
  /** Tasks handed to this worker. */
  handed: number;
  /** Takes no new tasks, and is replaced once it has answered those it holds. */
  retiring: boolean;
}

type Reply<O> =
  | { readonly id: number; readonly ok: true; readonly value: O }
  | { readonly id: number; readonly ok: false; readonly error: string };

/**
 * Worker threads that run one task function, defined in a module that calls {@link serveTasks}.
 * Tasks queue in the pool and go to the least busy worker. A task that throws rejects with the
 * worker's message; a worker that crashes, runs out of heap or overruns the timeout is replaced,
 * its culprit task rejected and its other tasks run again elsewhere.
 *
 * A module given as a `.ts` URL (tests running from source) is loaded through tsx.
 *
 * @example
 * const pool = new ThreadPool<string, number>(new URL('./count-worker.js', import.meta.url), { size: 2 });
 * const n = await pool.run('some text');
 * await pool.close();
 */
export class ThreadPool<I, O> {
  readonly #module: URL;
  readonly #perWorker: number;
  readonly #timeout: number;
  readonly #maxHeapMb: number;
  readonly #recycleAfter: number;
  readonly #slots: Slot<I, O>[] = [];
  readonly #queue: Pending<I, O>[] = [];
  #nextId = 1;
  #closed = false;

  constructor(module: URL, options: ThreadPoolOptions) {
    this.#module = module;
    this.#perWorker = Math.max(1, options.perWorker ?? 4);
    this.#timeout = options.taskTimeoutMs ?? 120_000;
    this.#maxHeapMb = options.maxHeapMb ?? 1024;
    this.#recycleAfter = options.recycleAfter !== undefined && options.recycleAfter > 0 ? Math.floor(options.recycleAfter) : Infinity;
    for (let i = 0; i < Math.max(1, Math.floor(options.size)); i++) this.#slots.push(this.#spawn());
  }

  /** Number of worker threads. */
  get size(): number {
    return this.#slots.length;
  }

  /** Runs one task; resolves with the task function's result. */
  run(input: I): Promise<O> {
    if (this.#closed) return Promise.reject(new Error('the thread pool is closed'));
    return new Promise<O>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, input, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops the workers; queued and running tasks are rejected. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const closed = new Error('the thread pool is closed');
    for (const p of this.#queue.splice(0)) p.reject(closed);
    await Promise.all(
      this.#slots.map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        for (const p of slot.running.values()) p.reject(closed);
        slot.running.clear();
        await slot.worker.terminate();
      }),
    );
  }

  #spawn(): Slot<I, O> {
    const worker = startWorker(this.#module, this.#maxHeapMb);
    const slot: Slot<I, O> = { worker, ready: false, running: new Map(), timer: null, startedAt: 0, handed: 0, retiring: false };
    worker.on('message', (reply: Reply<O>) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.#arm(slot);
        return;
      }
      const p = slot.running.get(reply.id);
      if (!p) return;
      slot.running.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(new Error(reply.error));
      if (slot.retiring && slot.running.size === 0) this.#recycle(slot);
      else this.#arm(slot);
      this.#dispatch();
    });
    worker.on('error', (error) => this.#replace(slot, error.message));
    worker.on('exit', (code) => {
      if (!this.#closed) this.#replace(slot, `worker stopped (exit code ${code})`);
    });
    return slot;
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let best: Slot<I, O> | undefined;
      for (const s of this.#slots)
        if (!s.retiring && s.running.size < this.#perWorker && (!best || s.running.size < best.running.size)) best = s;
      if (!best) return;
      const p = this.#queue.shift()!;
      best.running.set(p.id, p);
      if (++best.handed >= this.#recycleAfter) best.retiring = true;
      best.worker.postMessage({ id: p.id, input: p.input });
      if (best.running.size === 1) this.#arm(best);
    }
  }

  /** Times the oldest running task of a worker (the one it is working on: a worker runs tasks in order). */
  #arm(slot: Slot<I, O>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.running.size === 0 || this.#closed || !slot.ready) return;
    slot.startedAt = Date.now();
    const limit = this.#timeout >= 1000 ? `${Math.round(this.#timeout / 1000)} s` : `${this.#timeout} ms`;
    slot.timer = setTimeout(() => this.#replace(slot, `took longer than ${limit}`), this.#timeout);
    slot.timer.unref();
  }

  /**
   * Swaps a worker that has answered all it held for a fresh one, once the old thread has stopped:
   * the two would otherwise hold their models and heaps at the same time.
   */
  #recycle(slot: Slot<I, O>): void {
    if (!this.#slots.includes(slot) || this.#closed) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate().then(() => {
      const index = this.#slots.indexOf(slot);
      if (index < 0 || this.#closed) return;
      this.#slots[index] = this.#spawn();
      this.#dispatch();
    });
  }

  #replace(slot: Slot<I, O>, reason: string): void {
    const index = this.#slots.indexOf(slot);
    if (index < 0 || this.#closed) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    const [culprit, ...others] = [...slot.running.values()];
    slot.running.clear();
    this.#slots[index] = this.#spawn();
    culprit?.reject(new Error(/heap|memory/i.test(reason) ? `analysis ran out of memory (${reason})` : `analysis failed: ${reason}`));
    this.#queue.unshift(...others);
    this.#dispatch();
  }
}

function startWorker(module: URL, maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  if (!module.pathname.endsWith('.ts')) return new Worker(module, { resourceLimits });
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { resourceLimits });
}

/**
 * Makes the current worker thread answer {@link ThreadPool} tasks with `task`. Call it once, at the
 * top level of the worker module.
 *
 * @example
 * // count-worker.ts
 * serveTasks((text: string) => text.split(/\s+/).length);
 */
export function serveTasks<I, O>(task: (input: I) => O | Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must be called in a worker thread');
  port.on('message', async (msg: { id: number; input: I }) => {
    let reply: Reply<O>;
    try {
      reply = { id: msg.id, ok: true, value: await task(msg.input) };
    } catch (error) {
      reply = { id: msg.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
