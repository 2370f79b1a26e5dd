import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { sharedDir } from './paths.js';

export interface Prf {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  docs?: number;
}

export interface ExtractionScores {
  macro: Prf;
  overall: Prf;
  datasets: Record<string, Prf>;
}

/** Scores a predictions file with the shared scorer (`tools/score-extraction.mjs --json`). */
export function scoreExtraction(predFile: string, targets: string[]): ExtractionScores {
  const scorer = join(sharedDir(), 'tools', 'score-extraction.mjs');
  const out = execFileSync(process.execPath, [scorer, '--json', '--pred', predFile, ...targets], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as ExtractionScores;
}
