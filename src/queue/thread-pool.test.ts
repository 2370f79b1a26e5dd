import { afterEach, describe, expect, it } from 'vitest';
import type { TestTask } from './test-utils/test-worker.js';
import { ThreadPool } from './thread-pool.js';

const WORKER = new URL('./test-utils/test-worker.ts', import.meta.url);

describe('ThreadPool', () => {
  let pool: ThreadPool<TestTask, number> | undefined;
  afterEach(async () => {
    await pool?.close();
  });

  it('runs tasks on worker threads and returns their results', async () => {
    pool = new ThreadPool<TestTask, number>(WORKER, { size: 2 });
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => pool!.run({ op: 'double', n })));
    expect(results).toEqual(Array.from({ length: 50 }, (_, n) => n * 2));
  });

  it('rejects a task that throws and goes on', async () => {
    pool = new ThreadPool<TestTask, number>(WORKER, { size: 1 });
    await expect(pool.run({ op: 'throw' })).rejects.toThrow('bad input');
    expect(await pool.run({ op: 'double', n: 4 })).toBe(8);
  });

  it('replaces a worker that dies, failing only its current task', async () => {
    pool = new ThreadPool<TestTask, number>(WORKER, { size: 1, perWorker: 4 });
    const tasks = [
      pool.run({ op: 'double', n: 1 }),
      pool.run({ op: 'exit' }),
      pool.run({ op: 'double', n: 2 }),
      pool.run({ op: 'double', n: 3 }),
    ];
    const settled = await Promise.allSettled(tasks);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason.message).toMatch(/exit code 3/);
    expect(settled.filter((s) => s.status === 'fulfilled').map((s) => s.value)).toEqual([2, 4, 6]);
  });

  it('fails a task that runs too long and replaces its worker', async () => {
    pool = new ThreadPool<TestTask, number>(WORKER, { size: 1, taskTimeoutMs: 300 });
    const hang = pool.run({ op: 'hang' });
    const after = pool.run({ op: 'double', n: 21 });
    await expect(hang).rejects.toThrow(/longer than/);
    expect(await after).toBe(42);
  });

  it('replaces a worker with a fresh one after it has answered recycleAfter tasks, failing none', async () => {
    pool = new ThreadPool<TestTask, number>(WORKER, { size: 1, perWorker: 2, recycleAfter: 3 });
    const threads = await Promise.all(Array.from({ length: 7 }, () => pool!.run({ op: 'thread' })));
    // three tasks per worker: the first three on one thread, the next three on another, then a third
    expect(new Set(threads.slice(0, 3)).size).toBe(1);
    expect(new Set(threads.slice(3, 6)).size).toBe(1);
    expect(new Set(threads).size).toBe(3);
    expect(threads[3]).not.toBe(threads[0]);
  });

  it('rejects work after close', async () => {
    pool = new ThreadPool<TestTask, number>(WORKER, { size: 1 });
    await pool.close();
    await expect(pool.run({ op: 'double', n: 1 })).rejects.toThrow(/closed/);
  });
});
