import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomStory } from '../../dedup/test-utils/stories.js';
import { main } from '../main.js';
import { articleHtml } from '../test-utils/corpus-fixture.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const json = async (args: string[]) => {
  const res = await run([...args, '--db', db, '--format', 'json']);
  expect(res.code, res.err).toBe(0);
  return JSON.parse(res.out);
};

const GAS = [
  'German Chancellor Angela Merkel said on Tuesday that Russia must keep gas flowing to Europe this winter.',
  '"We are ready to act, and ready to talk," Merkel told reporters in Berlin after meeting energy ministers.',
  '"The pipeline is a commercial project," Kremlin spokesman Dmitry Peskov said, according to the TASS news agency.',
  'Some analysts say that the talks could collapse before the summer.',
].join('\n\n');

const NATO = [
  'NATO Secretary General Jens Stoltenberg said on Monday that the alliance stood with Ukraine.',
  '"We will not abandon Ukraine," Stoltenberg told a news conference in Brussels.',
  'Reuters quoted Peskov as saying that Moscow would not bow to pressure from the alliance.',
  'Angela Merkel, the former German chancellor, did not comment.',
].join('\n\n');

const KYIV = [
  'Ukrainian President Volodymyr Zelensky said on Wednesday that Russia was shelling the port of Odesa again.',
  '"Every night they attack our cities," Zelensky said in his evening address.',
  'Officials said the strikes had damaged grain silos, according to Reuters.',
].join('\n\n');

let tmp: string;
let db: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-queries-'));
  const dir = join(tmp, 'pages');
  await mkdir(dir, { recursive: true });
  const page = (name: string, a: Parameters<typeof articleHtml>[0]) => writeFile(join(dir, name), articleHtml(a));
  const filler = (seed: number) => randomStory(seed, 90);
  await page('gas.html', {
    title: 'Merkel warns Moscow over gas',
    site: 'Example News',
    url: 'https://news.example.com/merkel-gas',
    date: '2024-03-04T10:00:00Z',
    text: `${GAS}\n\n${filler(11)}`,
  });
  await page('gas-copy.html', {
    title: 'Merkel: ready to talk',
    site: 'Partner Daily',
    url: 'https://partner.example.org/world/merkel',
    date: '2024-03-05',
    text: `${GAS}\n\n${filler(11)}`,
  });
  await page('nato.html', {
    title: 'NATO stands with Ukraine',
    site: 'Oil Daily',
    url: 'https://www.oil-daily.example.net/nato',
    date: '2024-03-12',
    text: `${NATO}\n\n${filler(12)}`,
  });
  await page('kyiv.html', {
    title: 'Port of Odesa shelled',
    site: 'City Courier',
    url: 'https://citycourier.example.net/odesa',
    date: '2024-04-02',
    text: `${KYIV}\n\n${filler(13)}`,
  });
  db = join(tmp, 'corpus.db');
  const res = await run(['ingest', dir, '--db', db, '--workers', '0', '--json']);
  expect(res.code, res.err).toBe(0);
  expect(JSON.parse(res.out)).toMatchObject({ stored: 4, duplicates: 1 });
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('sitrep entities', () => {
  it('ranks entities by stories, copies counted once unless --all-copies', async () => {
    const top = (await json(['entities'])) as Array<{ name: string; type: string; stories: number; documents: number; rank: number }>;
    const merkel = top.find((e) => e.name === 'Angela Merkel');
    expect(merkel).toMatchObject({ type: 'PERSON', stories: 2, documents: 3 });
    expect(top.find((e) => e.name === 'Russia')).toMatchObject({ stories: 2, documents: 3 });
    expect(top.map((e) => e.rank)).toEqual(top.map((_, i) => i + 1));
    for (let i = 1; i < top.length; i++) expect(top[i]!.stories).toBeLessThanOrEqual(top[i - 1]!.stories);
    const copies = (await json(['entities', '--all-copies'])) as Array<{ name: string; documents: number }>;
    expect(copies[0]!.documents).toBe(3);
    const people = (await json(['entities', '--type', 'person', '--top', '3'])) as Array<{ type: string }>;
    expect(people.length).toBeGreaterThan(0);
    expect(people.length).toBeLessThanOrEqual(3);
    expect(people.every((e) => e.type === 'PERSON')).toBe(true);
  });

  it('filters by date and source, in every format', async () => {
    const april = (await json(['entities', '--since', '2024-04-01'])) as Array<{ name: string }>;
    expect(april.map((e) => e.name)).toContain('Volodymyr Zelensky');
    expect(april.map((e) => e.name)).not.toContain('Angela Merkel');
    const march = (await json(['entities', '--until', '2024-03-05', '--source', 'partner.example.org'])) as Array<{
      name: string;
      documents: number;
    }>;
    expect(march.find((e) => e.name === 'Angela Merkel')).toMatchObject({ documents: 1 });
    const csv = await run(['entities', '--db', db, '--format', 'csv', '--top', '2']);
    expect(csv.out.split('\r\n')[0]).toBe('rank,name,type,kbId,key,stories,documents,mentions,party,forms');
    expect(csv.out.split('\r\n')).toHaveLength(4);
    const jsonl = (await run(['entities', '--db', db, '--format', 'jsonl', '--top', '2'])).out.trim().split('\n');
    expect(jsonl.map((l) => JSON.parse(l).rank)).toEqual([1, 2]);
    const text = await run(['entities', '--db', db, '--type', 'PERSON']);
    expect(text.out).toMatch(/^#\s+entity\s+type\s+stories\s+mentions\s+also as\n/);
    // the articles that give only the surname count with the full name
    expect(text.out).toMatch(/\n2\s+Dmitry Peskov\s+PERSON\s+2\s+\d+\s+Peskov\n/);
    expect(text.out).toMatch(/1\s+\S.*PERSON/);
  });
});

describe('sitrep entity', () => {
  it('profiles an entity found by surname: counts, series, co-mentions, quotes by and about', async () => {
    const p = await json(['entity', 'merkel', '--by', 'week']);
    expect(p.entity).toMatchObject({ name: 'Angela Merkel', type: 'PERSON' });
    expect(p).toMatchObject({ stories: 2, documents: 3, by: 'week' });
    expect(p.series.map((s: { period: string }) => s.period)).toEqual(['2024-W10', '2024-W11']);
    expect(p.series.map((s: { stories: number }) => s.stories)).toEqual([1, 1]);
    expect(p.coMentioned.map((e: { name: string }) => e.name)).toContain('Russia');
    expect(p.sites.map((s: { site: string }) => s.site)).toEqual(expect.arrayContaining(['Example News', 'Oil Daily']));
    expect(p.quotesBy.hits.map((q: { text: string }) => q.text).join('\n')).toMatch(/ready to act/);
    expect(p.quotesBy.totals.stories).toBe(1);
    expect(p.quotesBy.hits[0].copies).toBe(2);
    const text = await run(['entity', 'Angela', 'Merkel', '--db', db]);
    expect(text.out).toMatch(/^Angela Merkel \(PERSON/);
    expect(text.out).toContain('Mentions by month');
    expect(text.out).toContain('Quotes by Angela Merkel');
    // each quote with its cue; reported speech without quotation marks
    expect(text.out).toMatch(/Angela Merkel said: Russia must keep gas flowing to Europe this winter\n/);
    const rows = (await run(['entity', 'Merkel', '--db', db, '--format', 'jsonl'])).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ section: 'entity', name: 'Angela Merkel' });
    expect(new Set(rows.map((r) => r.section))).toEqual(new Set(['entity', 'mentions', 'co-mentioned', 'site', 'quote-by']));
    const csv = await run(['entity', 'Merkel', '--db', db, '--format', 'csv']);
    expect(csv.out.split('\r\n')[0]).toBe('section,rank,name,type,period,stories,documents,mentions,speaker,text,publishedAt,site,url');
  });

  it('says so when nothing matches', async () => {
    expect((await run(['entity', 'Nobody', 'Atall', '--db', db])).out).toBe('no entity named "Nobody Atall" in the corpus\n');
    expect(await json(['entity', 'Nobody'])).toBeNull();
  });
});

describe('sitrep quotes (corpus mode)', () => {
  it('finds quotes by a speaker and about an entity, one copy per story unless --all-copies', async () => {
    const by = await json(['quotes', '--speaker', 'Merkel']);
    expect(by.speaker.entity.name).toBe('Angela Merkel');
    expect(by.hits.length).toBeGreaterThan(0);
    expect(by.hits.every((q: { speaker: string }) => /Merkel/.test(q.speaker))).toBe(true);
    expect(new Set(by.hits.map((q: { docId: string }) => q.docId)).size).toBe(1);
    const all = await json(['quotes', '--speaker', 'Merkel', '--all-copies']);
    expect(all.hits.length).toBe(2 * by.hits.length);
    const about = await json(['quotes', '--about', 'Ukraine']);
    expect(about.hits.map((q: { text: string }) => q.text).join('\n')).toMatch(/abandon Ukraine/);
    const vague = await json(['quotes', '--speaker', 'some analysts']);
    expect(vague.speaker).toBeNull();
    expect(vague.hits.map((q: { speaker: string }) => q.speaker)).toEqual(['Some analysts']);
    const text = await run(['quotes', '--speaker', 'Stoltenberg', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Quotes by Jens Stoltenberg \(PERSON\): \d+ in 1 story\n/);
    expect(text.out).toContain('We will not abandon Ukraine');
    // quotation marks around quoted words only, not around what the article reports in its own words
    expect(text.out).toContain('“We will not abandon Ukraine,”');
    expect(text.out).toMatch(/^ {3}the alliance stood with Ukraine$/m);
    const csv = await run(['quotes', '--speaker', 'Zelensky', '--db', db, '--format', 'csv', '--since', '2024-04-01']);
    expect(csv.out.split('\r\n')[0]).toBe('rank,publishedAt,speaker,speakerKind,type,cue,via,text,title,site,url,docId,copies');
    expect(csv.out).toContain('Every night they attack our cities');
    expect((await json(['quotes', '--speaker', 'Zelensky', '--until', '2024-03-31'])).hits).toEqual([]);
    // what an outlet relayed, by any name the outlet table gives it
    const tass = await json(['quotes', '--via', 'TASS']);
    expect(tass.hits.map((q: { speaker: string; via: string }) => [q.speaker, q.via])).toEqual([['Dmitry Peskov', 'TASS']]);
    const relayed = await run(['quotes', '--via', 'Reuters', '--db', db]);
    expect(relayed.out).toMatch(/^Quotes relayed by Reuters: \d+ in \d+ stor(?:y|ies)\n/);
    expect(relayed.out).toContain('(via Reuters)');
    expect((await run(['quotes', '--via', '', '--db', db])).code).toBe(2);
  });

  it('keeps the analysis mode as it was, and refuses mixing the modes', async () => {
    const file = join(tmp, 'plain.txt');
    await writeFile(file, '"We are ready," Merkel said.');
    const analysed = await run(['quotes', '--plain', file]);
    expect(analysed.code).toBe(0);
    expect(JSON.parse(analysed.out).quotes[0]).toMatchObject({ speaker: 'Merkel', text: 'We are ready,' });
    expect((await run(['quotes', '--speaker', 'Merkel', file, '--db', db])).code).toBe(2);
    expect((await run(['quotes', '--plain', file, '--since', '2024-01-01'])).code).toBe(2);
    expect((await run(['quotes', '--plain', file, '--format', 'csv'])).code).toBe(2);
    expect((await run(['quotes', '--speaker', 'Merkel', '--db', join(tmp, 'missing.db')])).code).toBe(1);
  });
});

describe('sitrep sources', () => {
  it('lists cited outlets with state-media labels and the unnamed-source share', async () => {
    const r = await json(['sources']);
    const outlets = r.outlets.map((o: { outlet: string }) => o.outlet);
    expect(outlets).toEqual(expect.arrayContaining(['tass.ru', 'reuters.com']));
    expect(r.outlets.find((o: { outlet: string }) => o.outlet === 'tass.ru')).toMatchObject({
      stateMedia: 'SC',
      stateMediaLabel: 'state-controlled',
      stories: 1,
      documents: 2,
    });
    expect(r.summary.stories).toBe(3);
    expect(r.summary.unnamed).toBeGreaterThan(0);
    expect(r.unnamedShare).toBeCloseTo(r.summary.unnamed / r.summary.claims, 10);
    const copies = await json(['sources', '--all-copies']);
    expect(copies.summary.stories).toBe(4);
    const text = await run(['sources', '--db', db, '--top', '5']);
    expect(text.out).toMatch(/^\d+ claims in 3 stories: unnamed sources \d+\.\d %/);
    expect(text.out).toMatch(/TASS\s+tass\.ru\s+RUS\s+state-controlled/);
    // vague sources are "unnamed" once, not "unnamed (unnamed)"
    expect(text.out).toMatch(/\nunnamed +\d+ +\d+\n/);
    expect(text.out).not.toContain('(unnamed)');
    const csv = (await run(['sources', '--db', db, '--format', 'csv'])).out.split('\r\n');
    expect(csv[0]).toBe(
      'section,rank,outlet,name,country,stateMedia,stateMediaLabel,kind,named,stories,documents,claims,share,party,people',
    );
    expect(csv.some((l) => l.startsWith('outlet,'))).toBe(true);
    expect(csv.some((l) => l.startsWith('summary,,,unnamed sources,'))).toBe(true);
    const april = await json(['sources', '--since', '2024-04-01', '--source', 'citycourier.example.net']);
    expect(april.summary.stories).toBe(1);
    expect(april.outlets.map((o: { outlet: string }) => o.outlet)).toEqual(['reuters.com']);
  });
});

describe('sitrep timeline', () => {
  it('counts one entity by period, with gaps as zeros', async () => {
    const rows = (await run(['timeline', 'Russia', '--db', db, '--by', 'month', '--format', 'jsonl'])).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.period)).toEqual(['2024-03', '2024-04']);
    expect(rows[0]).toMatchObject({ mentions: 1 });
    expect(rows[1]).toMatchObject({ mentions: 1 });
    const days = JSON.parse((await run(['timeline', 'Russia', '--db', db, '--by', 'day', '--format', 'json', '--all-copies'])).out);
    expect(days.rows.length).toBe(30);
    expect(days.totals.mentions).toBe(3);
  });

  it('counts two entities, both, and the quotes of each about the other', async () => {
    const t = JSON.parse((await run(['timeline', 'Zelensky', 'Russia', '--db', db, '--by', 'week', '--format', 'json'])).out);
    expect(t.entity.entity.name).toBe('Volodymyr Zelensky');
    expect(t.totals).toMatchObject({ mentions: 1, mentions2: 2, both: 1 });
    expect(t.totals.quotes).toBeGreaterThan(0);
    const text = await run(['timeline', 'Stoltenberg', 'Ukraine', '--db', db]);
    expect(text.out).toContain('Jens Stoltenberg and Ukraine by month');
    expect(text.out).toMatch(/Jens Stoltenberg on Ukraine/);
    expect(text.out).toMatch(/\ntotal\s+1\s+/);
    const csv = (await run(['timeline', 'Stoltenberg', 'Ukraine', '--db', db, '--format', 'csv'])).out.split('\r\n');
    expect(csv[0]).toBe('period,mentions,quotes,mentions2,quotes2,both,quotesOn2,quotes2On1,events,events2,tone');
  });

  it('fails with status 1 for a name that matches nothing', async () => {
    const res = await run(['timeline', 'Nobody', '--db', db]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('no entity named "Nobody"');
  });
});

describe('every query command', () => {
  const hostile = [
    "' OR '1'='1",
    "Merkel'; DROP TABLE documents; --",
    '"; DELETE FROM q_entities; --',
    '%',
    '_',
    '\\',
    'NEAR(gas cap)',
    '*',
    '\u0000x',
    'x'.repeat(2000),
  ];

  it('takes SQL and query syntax in every text option as plain text', async () => {
    const before = await json(['entities', '--all-copies', '--top', '1000']);
    for (const h of hostile) {
      const runs = [
        ['entities', '--source', h],
        ['entity', h],
        ['entity', 'Merkel', '--source', h],
        ['quotes', '--speaker', h],
        ['quotes', '--about', h],
        ['quotes', '--via', h],
        ['quotes', '--speaker', 'Merkel', '--source', h],
        ['sources', '--source', h],
        ['timeline', 'Merkel', h],
        ['timeline', 'Merkel', '--source', h],
      ];
      for (const args of runs) {
        const res = await run([...args, '--db', db, '--format', 'json']);
        expect([0, 1], `${args.join(' ')}: ${res.err}`).toContain(res.code);
        if (res.code === 0) {
          const out = JSON.parse(res.out);
          const empty =
            out === null ||
            (Array.isArray(out) && out.length === 0) ||
            out.hits?.length === 0 ||
            out.outlets?.length === 0 ||
            out.rows?.length === 0 ||
            (out.entity && out.stories === 0 && out.quotesBy.totals.quotes === 0);
          expect(empty, `${args.join(' ')} found something`).toBe(true);
        } else expect(res.err).toMatch(/no entity named/);
      }
      expect((await run(['entities', '--type', h, '--db', db])).code).toBe(2);
    }
    expect(await json(['entities', '--all-copies', '--top', '1000'])).toEqual(before);
  });

  it('refuses bad usage with status 2 and a missing corpus with status 1', async () => {
    for (const args of [
      ['entities', '--since', "2024' OR 1=1"],
      ['entities', '--until', '2024-02-30'],
      ['entities', '--since', '2024-03-02', '--until', '2024-03-01'],
      ['entities', '--top', '0'],
      ['entities', '--top', '1001'],
      ['entities', '--format', 'xml'],
      ['entity'],
      ['entity', 'Merkel', '--by', 'year'],
      ['sources', '--top', 'x'],
      ['timeline'],
      ['timeline', 'Merkel', '--by', 'hour'],
      ['quotes', '--speaker', ''],
      ['quotes', '--speaker', 'Merkel', '--limit', '5000'],
    ]) {
      expect((await run([...args, '--db', db])).code, args.join(' ')).toBe(2);
    }
    for (const cmd of [['entities'], ['entity', 'x'], ['sources'], ['timeline', 'x']]) {
      const res = await run([...cmd, '--db', join(tmp, 'nope.db')]);
      expect(res.code).toBe(1);
      expect(res.err).toMatch(/no corpus at/);
    }
  });

  it('explains itself in --help with examples', async () => {
    for (const cmd of ['entities', 'entity', 'sources', 'timeline', 'quotes']) {
      const res = await run([cmd, '--help']);
      expect(res.code).toBe(0);
      expect(res.out).toContain('Examples:');
      expect(res.out).toContain('--since');
    }
  });
});
