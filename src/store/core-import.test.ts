import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Whether importing a built module loads better-sqlite3 (a CommonJS module, so it shows in require.cache). */
function loadsSqlite(entry: string): boolean {
  const url = pathToFileURL(join(ROOT, entry)).href;
  const script = `import { createRequire } from 'node:module';
await import(${JSON.stringify(url)});
const cache = createRequire(import.meta.url).cache;
process.stdout.write(String(Object.keys(cache).some((k) => k.includes('better-sqlite3'))));`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(res.stderr);
  return res.stdout === 'true';
}

describe('the core import path', () => {
  it('does not load better-sqlite3; sitrep/store does', () => {
    if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    expect(loadsSqlite('dist/index.js')).toBe(false);
    expect(loadsSqlite('dist/store/index.js')).toBe(true);
  });
});
