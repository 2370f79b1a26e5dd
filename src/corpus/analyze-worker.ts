import { serveTasks } from '../queue/thread-pool.js';
import { type AnalyzeTask, analyzeDocument } from './analyze.js';

serveTasks((task: AnalyzeTask) => analyzeDocument(task));
