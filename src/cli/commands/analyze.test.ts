import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/sitrep.js', import.meta.url));
const examples = fileURLToPath(new URL('../../../examples', import.meta.url));

function sitrep(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (error as unknown as { code: number }).code : 0;
      resolve({ code: typeof code === 'number' ? code : 1, out: stdout, err: stderr });
    });
    child.stdin!.end();
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-analyze-'));
  await writeFile(join(dir, 'junk.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sitrep analyze (real binary)', () => {
  it('runs the README example: the article with its entities and quotes', async () => {
    const r = await sitrep(['analyze', examples]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Entities:');
    expect(r.out).toContain('Quotes:');
    expect(r.out).toMatch(/\]\{(?:PER|ORG|LOC|GPE|MISC)/);
    // each source with its kind said once and its claims counted in words
    expect(r.out).toMatch(/\n {4}unnamed: Some analysts — 1 claim\n/);
    expect(r.out).not.toContain('(unnamed)');
  });

  it('keeps only the layers asked for in JSON Lines', async () => {
    const r = await sitrep(['analyze', '--format', 'jsonl', '--layers', 'entities', join(examples, 'nato-air-defence.html')]);
    const [row] = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; layers: Record<string, unknown> });
    expect(row!.id).toBe('nato-air-defence');
    expect(Object.keys(row!.layers)).toEqual(['entities']);
  });

  it('gives the same output, in input order, from worker threads as from its own thread', async () => {
    const inputs = [join(examples, 'nato-air-defence.html'), join(dir, 'junk.html'), join(examples, 'nato-air-defence-scraped.txt')];
    const alone = await sitrep(['analyze', '--format', 'jsonl', '--workers', '0', ...inputs]);
    const threads = await sitrep(['analyze', '--format', 'jsonl', '--workers', '2', ...inputs]);
    expect(alone.code).toBe(1);
    expect(threads.code).toBe(1);
    expect(threads.out).toBe(alone.out);
    expect(threads.err).toBe(alone.err);
    expect(alone.out.split('\n')[1]).toMatch(/^\{"id":"junk","error":".*binary/);
  }, 60_000);
});
