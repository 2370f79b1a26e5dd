import { serveTasks } from '../queue/thread-pool.js';
import { runPageTask } from './page-jobs.js';

serveTasks(runPageTask);
