import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A new, empty folder under the system's temporary directory, named `sitrep-<prefix>-XXXXXX`, and
 * removed with its contents when the test that asked for it ends (pass or fail). Call it from
 * inside a test, not from `describe`.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sitrep-${prefix}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
