import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomStory } from '../../dedup/test-utils/stories.js';
import { startPgServer } from '../../store/postgres/test-utils/pg-server.js';
import { tempDir } from '../../test-utils/temp-dir.js';
import { main } from '../main.js';
import { articleHtml } from '../test-utils/corpus-fixture.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const THREAT = 'Russia threatened Ukraine with new sanctions on Monday.';
const ACCUSE = 'Ukraine accused Russia of war crimes.';
const SHELL = 'Russian forces shelled the Ukrainian port of Odesa.';
const MEET = 'The Russian foreign minister met Ukrainian officials in Istanbul.';
const DENY = 'Russia did not attack Kyiv.';

/**
 * Five pages: a story and its copy on another site a day later (a threat and an accusation), a
 * second story repeating the threat on the same day (and a shelling), a meeting later in March
 * (and an attack that did not happen), an accusation in April.
 */
async function writeEventsCorpus(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const page = (name: string, a: Parameters<typeof articleHtml>[0]) => writeFile(join(dir, name), articleHtml(a));
  const body = (lines: string[], seed: number) => `${lines.join('\n\n')}\n\n${randomStory(seed, 90)}`;
  const first = body([THREAT, ACCUSE], 31);
  await page('threat-a.html', {
    title: 'Moscow warns Kyiv',
    site: 'Example News',
    url: 'https://news.example.com/threat',
    date: '2024-03-04T09:00:00Z',
    text: first,
  });
  await page('threat-b-copy.html', {
    title: 'Moscow warns Kyiv',
    site: 'Partner Daily',
    url: 'https://partner.example.org/threat',
    date: '2024-03-05',
    text: first,
  });
  await page('shelling.html', {
    title: 'Odesa shelled',
    site: 'City Courier',
    url: 'https://citycourier.example.net/odesa',
    date: '2024-03-04T18:00:00Z',
    text: body([THREAT, SHELL], 32),
  });
  await page('talks.html', {
    title: 'Talks in Istanbul',
    site: 'Example News',
    url: 'https://news.example.com/talks',
    date: '2024-03-20',
    text: body([MEET, DENY], 33),
  });
  await page('april.html', {
    title: 'War crimes',
    site: 'City Courier',
    url: 'https://citycourier.example.net/april',
    date: '2024-04-02',
    text: body([ACCUSE], 34),
  });
}

interface Tally {
  events: number;
  reports: number;
  goldstein: number | null;
  tone: number | null;
  quadClasses: number[];
}

const server = await startPgServer();
if (!server && process.env.CI) throw new Error('PostgreSQL is not installed: .ci/run installs it (apt-get install postgresql)');

let tmp: string;
const engines: Array<{ name: string; db: () => string }> = [];
let sqliteDb = '';
let pgUrl = '';
engines.push({ name: 'SQLite', db: () => sqliteDb });
if (server) engines.push({ name: 'PostgreSQL', db: () => pgUrl });

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-events-'));
  await writeEventsCorpus(join(tmp, 'pages'));
  sqliteDb = join(tmp, 'corpus.db');
  if (server) pgUrl = await server.createDatabase();
  for (const db of [sqliteDb, ...(server ? [pgUrl] : [])]) {
    const res = await run(['ingest', join(tmp, 'pages'), '--db', db, '--workers', '0', '--json']);
    expect(res.code, res.err).toBe(0);
    expect(JSON.parse(res.out)).toMatchObject({ stored: 5, duplicates: 1 });
  }
}, 120_000);

afterAll(async () => {
  server?.stop();
  await rm(tmp, { recursive: true, force: true });
});

describe.each(engines)('sitrep events --between on $name', ({ db }) => {
  const json = async (args: string[]) => {
    const res = await run(['events', '--between', 'Russia', 'Ukraine', ...args, '--db', db(), '--format', 'json']);
    expect(res.code, res.err).toBe(0);
    return JSON.parse(res.out);
  };

  it('counts each event once: one copy per story, one report per actors, CAMEO root and day', async () => {
    const r = await json([]);
    expect([r.entity.entity.kbId, r.entity2.entity.kbId]).toEqual(['RUS', 'UKR']);
    const forward: Tally = r.totals.forward;
    const back: Tally = r.totals.back;
    // threat (reported by two stories on 4 March: one event), shelling, meeting; the denied attack is not an event
    expect([forward.events, forward.reports]).toEqual([3, 4]);
    // the accusation on 4 March (its copy on 5 March is the same story) and on 2 April
    expect([back.events, back.reports]).toEqual([2, 2]);
    expect(forward.quadClasses.reduce((a, b) => a + b)).toBe(3);
    expect(forward.goldstein).toBeLessThan(0);
    expect(r.periods.map((p: { period: string; forward: Tally; back: Tally }) => [p.period, p.forward.events, p.back.events])).toEqual([
      ['2024-03', 3, 1],
      ['2024-04', 0, 1],
    ]);
    const threat = r.totals.categories.find((c: { cameoRoot: string }) => c.cameoRoot === '13');
    expect(threat).toMatchObject({
      direction: 'forward',
      source: 'Russia',
      target: 'Ukraine',
      plover: 'THREATEN',
      quadClass: 3,
      events: 1,
      reports: 2,
    });
    expect(r.totals.categories.every((c: { period: string | null }) => c.period === null)).toBe(true);
    expect(r.categories.map((c: { period: string }) => c.period)).toEqual(
      [...r.categories.map((c: { period: string }) => c.period)].sort(),
    );
  });

  it('agrees with the events columns of sitrep timeline', async () => {
    const t = JSON.parse((await run(['timeline', 'Russia', 'Ukraine', '--db', db(), '--format', 'json'])).out);
    expect([t.totals.events, t.totals.events2]).toEqual([3, 2]);
    expect(t.rows.map((r: { period: string; events: number; events2: number }) => [r.period, r.events, r.events2])).toEqual([
      ['2024-03', 3, 1],
      ['2024-04', 0, 1],
    ]);
    const all = JSON.parse((await run(['timeline', 'Russia', 'Ukraine', '--db', db(), '--format', 'json', '--all-copies'])).out);
    expect([all.totals.events, all.totals.events2]).toEqual([5, 3]);
  });

  it('counts every report with --all-copies, and filters by date, source and period', async () => {
    const all = await json(['--all-copies']);
    // the copy repeats the threat and the accusation; the second story repeats the threat
    expect([all.totals.forward.events, all.totals.back.events]).toEqual([5, 3]);
    const weeks = await json(['--by', 'week', '--until', '2024-03-10']);
    expect(weeks.periods.map((p: { period: string }) => p.period)).toEqual(['2024-W10']);
    expect([weeks.totals.forward.events, weeks.totals.back.events]).toEqual([2, 1]);
    const courier = await json(['--source', 'citycourier.example.net', '--since', '2024-03-01']);
    expect([courier.totals.forward.events, courier.totals.back.events]).toEqual([2, 1]);
    const reversed = JSON.parse((await run(['events', '--between', 'Ukraine', 'Russia', '--db', db(), '--format', 'json'])).out);
    expect([reversed.totals.forward.events, reversed.totals.back.events]).toEqual([2, 3]);
  });

  it('prints text, csv and jsonl rows per period, way and category', async () => {
    const text = await run(['events', '--between', 'Russia', 'Ukraine', '--db', db()]);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(/^Events between Russia and Ukraine by month/);
    expect(text.out).toMatch(/2024-03 +3 /);
    expect(text.out).toContain('Russia → Ukraine  THREATEN');
    const csv = (await run(['events', '--between', 'Russia', 'Ukraine', '--db', db(), '--format', 'csv'])).out.split('\r\n');
    expect(csv[0]).toBe('period,direction,source,target,plover,cameoRoot,cameoName,quadClass,events,reports,goldstein,tone');
    expect(csv.filter((l) => l.startsWith('2024-03,forward,Russia,Ukraine,THREATEN,13,threaten,3,1,2,'))).toHaveLength(1);
    const jsonl = (await run(['events', '--between', 'Russia', 'Ukraine', '--db', db(), '--format', 'jsonl'])).out.trim().split('\n');
    expect(jsonl.length).toBe(csv.length - 2);
    expect(jsonl.map((l) => JSON.parse(l).events).reduce((a: number, b: number) => a + b)).toBe(5);
  });
});

describe('sitrep events modes', () => {
  it('answers the same on both engines', async () => {
    if (!server) return;
    for (const args of [[], ['--by', 'day', '--all-copies'], ['--since', '2024-03-05']]) {
      const a = await run(['events', '--between', 'Russia', 'Ukraine', ...args, '--db', sqliteDb, '--format', 'json']);
      const b = await run(['events', '--between', 'Russia', 'Ukraine', ...args, '--db', pgUrl, '--format', 'json']);
      expect(JSON.parse(b.out), args.join(' ')).toEqual(JSON.parse(a.out));
    }
  });

  it('keeps the coding mode, and refuses mixing the modes with status 2', async () => {
    const page = join(tmp, 'pages', 'shelling.html');
    const coded = await run(['events', page]);
    expect(coded.code, coded.err).toBe(0);
    expect(JSON.parse(coded.out).events.length).toBeGreaterThan(0);
    const usage = async (args: string[], message: RegExp) => {
      const res = await run(args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.err).toMatch(message);
    };
    await usage(['events', '--between', 'Russia', 'Ukraine', page, '--db', sqliteDb], /takes two names|no input paths/);
    await usage(['events', '--between', 'Russia', '--db', sqliteDb], /two names, not 1/);
    await usage(['events', page, '--db', sqliteDb], /--db is for the corpus mode/);
    await usage(['events', page, '--format', 'csv'], /csv is for the corpus mode/);
    await usage(['events', '--between', 'Russia', 'Ukraine', '--plain', '--db', sqliteDb], /--plain is for the coding mode/);
    await usage(['events', '--between', 'Russia', 'Ukraine', '--by', 'year', '--db', sqliteDb], /year/);
    await usage(['events', '--between', 'Russia', 'Ukraine', '--since', '2024-04-01', '--until', '2024-03-01', '--db', sqliteDb], /after/);
  });

  it('fails with status 1 for a name that matches nothing, and finds nothing for SQL in names', async () => {
    const res = await run(['events', '--between', 'Russia', 'Atlantis', '--db', sqliteDb]);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/no entity named "Atlantis"/);
    const sqlName = await run(['events', '--between', "Russia' OR 1=1 --", 'Ukraine', '--db', sqliteDb]);
    expect(sqlName.code).toBe(1);
    const help = await run(['events', '--help']);
    expect(help.out).toContain('--between');
    expect(help.out).toContain('sitrep events --between Russia Ukraine --by week');
  });
});

describe('sitrep events --between, an act of two actors together', () => {
  it('counts between the two, each way', async () => {
    const dir = tempDir('joint');
    await mkdir(join(dir, 'pages'));
    await writeFile(
      join(dir, 'pages', 'truce.html'),
      articleHtml({
        title: 'Black Sea truce',
        site: 'Example News',
        url: 'https://news.example.com/truce',
        date: '2024-05-06',
        text: `Russia and Ukraine agreed on Monday to a ceasefire in the Black Sea, officials said.\n\n${randomStory(35, 90)}`,
      }),
    );
    const db = join(dir, 'corpus.db');
    const ingest = await run(['ingest', join(dir, 'pages'), '--db', db, '--workers', '0', '--json']);
    expect(ingest.code, ingest.err).toBe(0);
    const res = await run(['events', '--between', 'Russia', 'Ukraine', '--db', db, '--format', 'json']);
    expect(res.code, res.err).toBe(0);
    const r = JSON.parse(res.out);
    const agree = r.totals.categories.filter((c: { plover: string }) => c.plover === 'AGREE');
    expect(agree.map((c: { direction: string; events: number }) => [c.direction, c.events]).sort()).toEqual([
      ['back', 1],
      ['forward', 1],
    ]);
  });
});

describe('sitrep events --between and sitrep timeline, undated documents', () => {
  it('show what undated documents add to the totals in a row of their own', async () => {
    const dir = tempDir('undated');
    await mkdir(join(dir, 'pages'));
    const page = (name: string, date: string, seed: number) =>
      writeFile(
        join(dir, 'pages', name),
        articleHtml({
          title: `Moscow warns Kyiv ${seed}`,
          site: 'Example News',
          url: `https://news.example.com/story-${seed}`,
          date,
          text: `${THREAT}\n\n${randomStory(seed, 90)}`,
        }),
      );
    await page('dated.html', '2024-03-04', 41);
    await page('undated.html', '', 42);
    const db = join(dir, 'corpus.db');
    const ingest = await run(['ingest', join(dir, 'pages'), '--db', db, '--workers', '0', '--json']);
    expect(ingest.code, ingest.err).toBe(0);
    const events = await run(['events', '--between', 'Russia', 'Ukraine', '--db', db]);
    expect(events.code, events.err).toBe(0);
    expect(events.out).toMatch(/\n2024-03 +1 [^\n]*\nundated +1 +0\ntotal +2 /);
    const timeline = await run(['timeline', 'Russia', '--db', db]);
    expect(timeline.code, timeline.err).toBe(0);
    expect(timeline.out).toMatch(/\n2024-03 +1 +(\d+)\nundated +1 +\1\ntotal +2 /);
  });
});
