import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgServer } from '../../store/postgres/test-utils/pg-server.js';
import { main } from '../main.js';
import { writeFixtureCorpus } from '../test-utils/corpus-fixture.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const server = await startPgServer();
if (!server && process.env.CI) throw new Error('PostgreSQL is not installed: .ci/run installs it (apt-get install postgresql)');

describe.skipIf(!server)('the CLI on a PostgreSQL corpus (--db postgres://…)', () => {
  let tmp: string;
  let url: string;
  let file: string;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'sitrep-pg-cli-'));
    url = await server!.createDatabase();
    file = join(tmp, 'corpus.db');
    const fixture = await writeFixtureCorpus(join(tmp, 'corpus'));
    const pages = join(fixture.dir, 'pages');
    for (const db of [url, file]) {
      const res = await run(['ingest', pages, '--db', db, '--workers', '0', '--json']);
      expect(res.code, res.err).toBe(0);
      expect(JSON.parse(res.out)).toMatchObject({ stored: 10, duplicates: 1 });
    }
  }, 120_000);

  afterAll(async () => {
    server?.stop();
    await rm(tmp, { recursive: true, force: true });
  });

  it('ingests idempotently and answers every query as the SQLite engine does', async () => {
    expect(JSON.parse((await run(['ingest', join(tmp, 'corpus', 'pages'), '--db', url, '--workers', '0', '--json'])).out)).toMatchObject({
      stored: 0,
      alreadyStored: 10,
    });
    const same = async (args: string[]) => {
      const a = await run([...args, '--db', url, '--format', 'json']);
      const b = await run([...args, '--db', file, '--format', 'json']);
      expect(a.code, a.err).toBe(0);
      expect(JSON.parse(a.out), args.join(' ')).toEqual(JSON.parse(b.out));
      return JSON.parse(a.out);
    };
    expect((await same(['entities', '--top', '50'])).length).toBeGreaterThan(0);
    await same(['entities', '--since', '2024-03-12', '--all-copies']);
    await same(['sources']);
    await same(['entity', 'Brussels']);
    await same(['timeline', 'Brussels', '--by', 'week']);
    await same(['quotes', '--about', 'Brussels', '--all-copies']);
    const hits = JSON.parse((await run(['search', 'commissioner', '--db', url, '--format', 'json'])).out);
    expect(hits.map((h: { copies: number }) => h.copies)).toEqual([2]);
    expect(JSON.parse((await run(['search', 'gas OR zebra1', '--db', url, '--format', 'json'])).out)).toEqual([]);
    expect((await run(['search', 'zebra3', '--db', url, '--format', 'json'])).out).toContain('citycourier');
  });

  it('reports a database it cannot reach with status 1, without the password', async () => {
    const res = await run(['entities', '--db', 'postgres://someone:secret@127.0.0.1:1/nowhere']);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/cannot connect to postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere/);
    expect(res.err).not.toContain('secret');
  });
});
