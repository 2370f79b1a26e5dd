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

const article =
  'Angela Merkel arrived in Paris on Monday.\n\n"We will not be blackmailed," Merkel said.\n\nShe added that talks would go on.';

describe('sitrep quotes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitrep-quotes-cli-'));
    await writeFile(join(dir, 'article.txt'), article);
    const lines = [
      JSON.stringify({ id: 'a', text: article }),
      JSON.stringify({ id: 'b', text: '"Europe must stand together," the German chancellor said.', publication_date: '2008-05-01' }),
      'not json',
    ];
    await writeFile(join(dir, 'docs.jsonl'), `${lines.join('\n')}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one record per document in the scorer format, offsets into the plain input', async () => {
    const { code, out } = await run(['quotes', '--plain', join(dir, 'article.txt')]);
    expect(code).toBe(0);
    const rec = JSON.parse(out) as { id: string; quotes: Record<string, unknown>[]; sources: { summary: { claims: number } } };
    expect(rec.id).toBe('article');
    expect(rec.quotes.map((q) => [q.type, q.speaker, article.slice(q.start as number, q.end as number)])).toEqual([
      ['direct', 'Angela Merkel', 'We will not be blackmailed,'],
      ['indirect', 'Angela Merkel', 'talks would go on'],
    ]);
    const she = rec.quotes[1]!;
    expect(article.slice(she.speaker_start as number, she.speaker_end as number)).toBe('She');
    expect(article.slice(she.cue_start as number, she.cue_end as number)).toBe(she.cue);
    expect(rec.sources.summary.claims).toBe(2);
  });

  it('reads JSON Lines of {"id","text"}, passes the publication date on, and reports a bad line', async () => {
    const { code, out, err } = await run(['quotes', '--input', 'jsonl', join(dir, 'docs.jsonl')]);
    expect(code).toBe(1);
    const recs = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; quotes?: { speaker: string }[]; error?: string });
    expect(recs.map((r) => r.id)).toEqual(['a', 'b', `${join(dir, 'docs.jsonl')}:3`]);
    expect(recs[1]!.quotes!.map((q) => q.speaker)).toEqual(['Angela Merkel']);
    expect(recs[2]!.error).toMatch(/bad line/);
    expect(err).toMatch(/docs\.jsonl:3/);
  });

  it('prints a text view for people', async () => {
    const { code, out } = await run(['quotes', '--plain', '--format', 'text', join(dir, 'article.txt')]);
    expect(code).toBe(0);
    expect(out).toContain('[direct] Angela Merkel ("Merkel") said: We will not be blackmailed,');
    expect(out).toContain('[indirect] Angela Merkel ("She") added: talks would go on');
  });

  it('exits 2 on usage errors and 1 on an input it cannot read', async () => {
    expect((await run(['quotes'])).code).toBe(2);
    expect((await run(['quotes', '--plain', '--input', 'jsonl', join(dir, 'docs.jsonl')])).code).toBe(2);
    expect((await run(['quotes', '--format', 'xml', join(dir, 'article.txt')])).code).toBe(2);
    const missing = await run(['quotes', '--plain', join(dir, 'missing.txt')]);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out)).toMatchObject({ id: 'missing' });
  });
});
