import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repoRoot = resolve(here, '..', '..');

/** The shared data folder: `$SITREP_SHARED`, else `../shared` beside the repository. */
export function sharedDir(): string {
  const dir = process.env.SITREP_SHARED ?? resolve(repoRoot, '..', 'shared');
  if (!existsSync(dir)) {
    throw new Error(`shared data not found at ${dir}; set SITREP_SHARED to the folder that holds data/ and tools/`);
  }
  return dir;
}

/** Where benches write their predictions and reports. */
export function outDir(): string {
  return resolve(repoRoot, '.bench-out');
}
