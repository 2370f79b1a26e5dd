import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const input = [
  '-DOCSTART- -X- -X- O',
  '',
  'Angela NNP B-NP B-PER',
  'Merkel NNP I-NP I-PER',
  'visited VBD B-VP O',
  'Paris NNP B-NP B-LOC',
  '. . O O',
  '',
  'Merkel NNP B-NP B-PER',
  'left VBD B-VP O',
  '',
].join('\n');

describe('sitrep ner', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitrep-ner-cli-'));
    await writeFile(join(dir, 'in.txt'), input);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one token TAG line per token in the input layout', async () => {
    const { code, out } = await run(['ner', '--conll', join(dir, 'in.txt')]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        '-DOCSTART- -X- -X- O',
        '',
        'Angela B-PER',
        'Merkel I-PER',
        'visited O',
        'Paris B-LOC',
        '. O',
        '',
        'Merkel B-PER',
        'left O',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 without --conll and 1 on a file it cannot read', async () => {
    expect((await run(['ner'])).code).toBe(2);
    const missing = await run(['ner', '--conll', join(dir, 'missing.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('missing.txt');
  });
});
