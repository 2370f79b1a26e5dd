import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomStory } from '../../dedup/test-utils/stories.js';
import { articleHtml } from '../test-utils/corpus-fixture.js';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'sitrep.js');
const TOTAL = 2000;

let tmp: string;
let pages: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-resume-'));
  pages = join(tmp, 'pages');
  await mkdir(pages);
  for (let i = 0; i < TOTAL; i++) {
    const html = articleHtml({
      title: `Report ${i}`,
      site: 'Example News',
      url: `https://news.example.com/r/${i}`,
      date: '2024-03-01',
      text: `${randomStory(10_000 + i, 90)}\n\n${randomStory(20_000 + i, 60)} marker${i}`,
    });
    await writeFile(join(pages, `p${String(i).padStart(5, '0')}.html`), html);
  }
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function count(db: string, sql: string): number {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 2000');
    return Number((conn.prepare(sql).get() as { n: number }).n);
  } finally {
    conn.close();
  }
}

function sitrep(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal, out })));
}

describe('sitrep ingest, killed and run again', () => {
  it('completes the corpus with nothing duplicated and nothing lost', async () => {
    const db = join(tmp, 'corpus.db');
    const child = sitrep(['ingest', pages, '--db', db, '--workers', '1', '--batch-size', '8', '--json']);
    const end = exited(child);
    let seen = 0;
    const deadline = Date.now() + 60_000;
    while (seen < 100 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      if (existsSync(db)) {
        try {
          seen = count(db, 'SELECT count(*) AS n FROM documents');
        } catch {
          // the schema is still being created
        }
      }
    }
    child.kill('SIGKILL');
    const first = await end;
    expect(first.signal).toBe('SIGKILL');
    const before = count(db, 'SELECT count(*) AS n FROM documents');
    expect(before).toBeGreaterThanOrEqual(100);
    expect(before).toBeLessThan(TOTAL);

    const again = await exited(sitrep(['ingest', pages, '--db', db, '--workers', '1', '--json']));
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.out);
    expect(summary).toMatchObject({ read: TOTAL, stored: TOTAL - before, alreadyStored: before, errors: 0 });
    expect(summary.corpus).toMatchObject({ documents: TOTAL, stories: TOTAL, errors: 0 });

    expect(count(db, 'SELECT count(*) AS n FROM documents')).toBe(TOTAL);
    expect(count(db, 'SELECT count(DISTINCT input_id) AS n FROM documents')).toBe(TOTAL);
    expect(count(db, 'SELECT count(*) AS n FROM dedup_signatures')).toBe(TOTAL);
    expect(count(db, "SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'marker1999'")).toBe(1);
    const conn = new Database(db);
    try {
      conn.prepare("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)").run();
    } finally {
      conn.close();
    }
  }, 120_000);
});

describe('sitrep ingest -', () => {
  it('takes a page on stdin, and another page on stdin is another input', () => {
    const db = join(tmp, 'stdin.db');
    const ingest = (html: string) =>
      spawnSync(process.execPath, [BIN, 'ingest', '-', '--db', db, '--workers', '0', '--json'], { input: html, encoding: 'utf8' });
    const page = (n: number) =>
      articleHtml({
        title: `Piped ${n}`,
        site: 'Pipe News',
        url: `https://pipe.example.com/${n}`,
        date: '2024-03-01',
        text: randomStory(900 + n, 80),
      });
    expect(JSON.parse(ingest(page(1)).stdout)).toMatchObject({ stored: 1, errors: 0 });
    expect(JSON.parse(ingest(page(1)).stdout)).toMatchObject({ stored: 0, alreadyStored: 1 });
    expect(JSON.parse(ingest(page(2)).stdout)).toMatchObject({ stored: 1, corpus: { documents: 2 } });
  });
});
