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

const HEALTH = [
  'Cruz vows to repeal health law',
  'Republican presidential candidate Ted Cruz said on Tuesday in Des Moines that he would repeal the health law.',
  '"We will win Iowa," Cruz told supporters at a rally.',
  'Sen. Bob Casey (D-Pa.) said the plan would leave millions without coverage.',
].join('\n\n');

const BUDGET = [
  'Budget deal passes the Senate',
  'Democratic Sen. Bob Casey said on Friday in Washington that the budget deal was fair to families.',
  '"This is a good day for Pennsylvania," Casey said.',
  'Texas Sen. Ted Cruz, a Republican, said the deal spent too much.',
].join('\n\n');

// gives only the surname
const POLL = [
  'Cruz leads in a Texas poll',
  'A poll released on Monday in Austin put Mr. Cruz ahead of his rivals in the state primary.',
  '"Texas is with us, and we will win it in March," Mr. Cruz said on Monday at a campaign stop in Houston.',
].join('\n\n');

let tmp: string;
let db: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-parties-'));
  await writeFile(join(tmp, 'health.txt'), HEALTH);
  await writeFile(join(tmp, 'budget.txt'), BUDGET);
  await writeFile(join(tmp, 'poll.txt'), POLL);
  db = join(tmp, 'corpus.db');
  const inputs = ['health.txt', 'budget.txt', 'poll.txt'].map((f) => join(tmp, f));
  const res = await run(['ingest', ...inputs, '--db', db, '--workers', '0', '--json']);
  expect(res.code, res.err).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("a person's party in the corpus", () => {
  it('shows the party the articles give a person in the profile', async () => {
    const res = await run(['entity', 'Cruz', '--db', db, '--format', 'json']);
    expect(res.code, res.err).toBe(0);
    expect(JSON.parse(res.out).parties).toEqual([{ kbId: 'party/republican-party', name: 'Republican Party', stories: 2, documents: 2 }]);
    // the article that gives only the surname counts too, and says so
    const cruz = await run(['entity', 'Ted Cruz', '--db', db]);
    expect(cruz.out).toMatch(/^Ted Cruz \(PERSON, person\/ted-cruz\)\n3 stories, 3 documents, \d+ mentions\nalso named: Cruz\n/);
    expect(cruz.out).toContain('\noffices, as the knowledge base lists them: senator (USA) 2013-01-03 –\n');
    expect(JSON.parse((await run(['entity', 'Ted Cruz', '--db', db, '--format', 'json'])).out).offices).toEqual([
      { role: 'senator', scope: 'USA', from: '2013-01-03' },
    ]);
    const text = await run(['entity', 'Bob Casey', '--db', db]);
    expect(text.out).toContain('party, as the articles give it: Democratic Party (2 stories)\n');
  });

  it("lists a party's members by any of its names", async () => {
    const members = async (party: string) => {
      const res = await run(['entities', '--party', party, '--db', db, '--format', 'json']);
      expect(res.code, res.err).toBe(0);
      return (JSON.parse(res.out) as Array<{ name: string }>).map((e) => e.name);
    };
    expect(await members('GOP')).toEqual(['Ted Cruz']);
    expect(await members('Democrats')).toEqual(['Bob Casey']);
    expect(await members('Labour')).toEqual([]);
    const text = await run(['entities', '--party', 'Republicans', '--db', db]);
    expect(text.out).toMatch(/^Members of the Republican Party, as the articles give them:\n#\s+entity/);
  });

  it('gives each person of a ranking their party', async () => {
    const res = await run(['entities', '--type', 'PERSON', '--db', db, '--format', 'json']);
    expect(res.code, res.err).toBe(0);
    expect(
      (JSON.parse(res.out) as Array<{ name: string; party: string | null; stories: number; forms: string[] }>).map((e) => [
        e.name,
        e.party,
        e.stories,
        e.forms,
      ]),
    ).toEqual([
      ['Ted Cruz', 'Republican Party', 3, ['Cruz']],
      ['Bob Casey', 'Democratic Party', 2, []],
    ]);
    const text = await run(['entities', '--type', 'PERSON', '--db', db]);
    expect(text.out).toMatch(
      /^#\s+entity\s+type\s+stories\s+mentions\s+party\s+also as\n1\s+Ted Cruz\s+PERSON\s+3\s+\d+\s+Republican Party\s+Cruz\n/,
    );
  });

  it("finds what a party's members said, and refuses a name no party goes by", async () => {
    const res = await run(['quotes', '--party', 'Republicans', '--db', db, '--format', 'json']);
    expect(res.code, res.err).toBe(0);
    const found = JSON.parse(res.out);
    expect(found.party).toMatchObject({ kbId: 'party/republican-party', name: 'Republican Party', members: 1 });
    expect(found.hits.map((h: { speaker: string; text: string }) => [h.speaker, h.text]).sort()).toEqual([
      ['Cruz', 'Texas is with us, and we will win it in March,'],
      ['Ted Cruz', 'We will win Iowa,'],
      ['Ted Cruz', 'he would repeal the health law'],
      ['Ted Cruz', 'the deal spent too much'],
    ]);
    const about = await run(['quotes', '--party', 'Democrats', '--about', 'Pennsylvania', '--db', db]);
    expect(about.out).toMatch(/^Quotes by the Democratic Party and its 1 member about Pennsylvania \(GPE\): 1 in 1 story\n/);
    const unknown = await run(['quotes', '--party', 'Whigs', '--db', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no party known by the name "Whigs"');
    expect((await run(['entities', '--party', 'Whigs', '--db', db])).code).toBe(2);
    expect((await run(['quotes', '--party', 'GOP', '--speaker', 'Cruz', '--db', db])).code).toBe(2);
  });

  it('ranks who is quoted most, on a subject or in a party, one row a person', async () => {
    const speakers = async (...args: string[]) => {
      const res = await run(['speakers', ...args, '--db', db, '--format', 'json']);
      expect(res.code, res.err).toBe(0);
      return (JSON.parse(res.out) as Array<{ name: string; quotedIn: number; quotes: number; party: string | null; forms: string[] }>).map(
        (s) => [s.name, s.quotedIn, s.quotes, s.party, s.forms],
      );
    };
    expect(await speakers()).toEqual([
      ['Ted Cruz', 3, 4, 'Republican Party', ['Cruz']],
      ['Bob Casey', 2, 3, 'Democratic Party', []],
    ]);
    expect(await speakers('--about', 'Pennsylvania')).toEqual([['Bob Casey', 1, 1, 'Democratic Party', []]]);
    expect((await speakers('--party', 'GOP')).map((s) => s[0])).toEqual(['Ted Cruz']);
    expect(await speakers('--about', 'Atlantis')).toEqual([]);
    const text = await run(['speakers', '--party', 'Democrats', '--db', db]);
    expect(text.out).toMatch(
      /^Quoted most of the Democratic Party:\n#\s+speaker\s+type\s+stories\s+quotes\n1\s+Bob Casey\s+PERSON\s+2\s+3\n/,
    );
    const unknown = await run(['speakers', '--party', 'Whigs', '--db', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no party known by the name "Whigs"');
  });

  it('divides the claims resting on named people between their parties', async () => {
    const res = await run(['sources', '--db', db, '--format', 'json']);
    expect(res.code, res.err).toBe(0);
    const parties = (JSON.parse(res.out) as { parties: Array<{ name: string | null; people: number; stories: number; claims: number }> })
      .parties;
    expect(parties.map((p) => [p.name, p.people, p.stories])).toEqual([
      ['Republican Party', 1, 3],
      ['Democratic Party', 1, 2],
    ]);
    const text = await run(['sources', '--db', db]);
    expect(text.out).toMatch(
      /\nNamed people the claims rest on, by party \(stories that cite one; share of their claims\):\nparty\s+people\s+stories\s+claims\s+share\nRepublican Party\s+1\s+3\s+\d+\s+[\d.]+ %\n/,
    );
  });
});
