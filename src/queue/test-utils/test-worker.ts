import { threadId } from 'node:worker_threads';
import { serveTasks } from '../thread-pool.js';

export type TestTask = { readonly op: 'double'; readonly n: number } | { readonly op: 'throw' | 'exit' | 'hang' | 'thread' };

serveTasks((task: TestTask) => {
  switch (task.op) {
    case 'double':
      return task.n * 2;
    case 'throw':
      throw new Error('bad input');
    case 'exit':
      process.exit(3);
      break;
    case 'thread':
      return threadId;
    case 'hang':
      for (;;) {}
  }
  return 0;
});
