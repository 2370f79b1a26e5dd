import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/sitrep.js', import.meta.url));

function sitrep(args: string[], stdin?: string | Buffer): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (error as unknown as { code: number }).code : 0;
      resolve({ code: typeof code === 'number' ? code : 1, out: stdout, err: stderr });
    });
    if (stdin !== undefined) child.stdin!.end(stdin);
    else child.stdin!.end();
  });
}

const article = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title} | Example Post</title><meta property="og:site_name" content="Example Post"></head>` +
  `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>` +
  `<p class="byline">By Jane Roe</p>${body}</article><footer>© Example Post</footer></body></html>`;

const para = (s: string) =>
  `<p>${s} ${'The talks went on for several hours and ended without a joint statement, officials said. '.repeat(2)}</p>`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-extract-'));
  await mkdir(join(dir, 'pages', 'nested'), { recursive: true });
  await writeFile(join(dir, 'pages', 'b-story.html'), article('Second story', para('Beta one.') + para('Beta two.')));
  await writeFile(join(dir, 'pages', 'a-story.htm'), article('First story', para('Alpha one.') + para('Alpha two.')));
  await writeFile(join(dir, 'pages', 'nested', 'c-story.html.gz'), gzipSync(article('Third story', para('Gamma one.'))));
  await writeFile(join(dir, 'pages', 'notes.md'), '# not an input');
  await writeFile(
    join(dir, 'scraped.txt'),
    'Menu\nSecond story headline here\nSecond story headline here\nThe minister said on Monday that the talks would continue next week in Geneva, despite objections.\nShare this\n',
  );
  await writeFile(join(dir, 'empty.html'), '');
  await writeFile(join(dir, 'junk.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]));
  await writeFile(join(dir, 'truncated.html.gz'), gzipSync(article('Cut', para('Cut short.'))).subarray(0, 40));
  await writeFile(
    join(dir, 'latin1.html'),
    iconv.encode(article('Café crème', para('Déjà vu à Genève.')).replace('<head>', '<head><meta charset="windows-1252">'), 'windows-1252'),
  );
  await writeFile(
    join(dir, 'unclosed.html'),
    `<html><body><div><p>${'Unclosed tags keep going here, and the parser must still cope with them. '.repeat(4)}<div><span><b>`,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const parse = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('sitrep extract (real binary)', () => {
  it('reads a directory recursively in sorted order, with ids from file names', async () => {
    const r = await sitrep(['extract', '--format', 'jsonl', join(dir, 'pages')]);
    expect(r.code).toBe(0);
    const rows = parse(r.out);
    expect(rows.map((x) => x.id)).toEqual(['a-story', 'b-story', 'c-story']);
    expect(rows[0]).toMatchObject({ title: 'First story', authors: ['Jane Roe'], siteName: 'Example Post', lang: 'en' });
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'authors',
        'publishedAt',
        'updatedAt',
        'siteName',
        'lang',
        'text',
        'relatedLinks',
        'imageCredits',
        'warnings',
      ]),
    );
    expect(String(rows[0]!.text)).toMatch(/^Alpha one\./);
    expect(String(rows[0]!.text)).not.toMatch(/Home|World|©/);
    expect(String(rows[0]!.text).split('\n\n')).toHaveLength(2);
  });

  it('keeps going past bad inputs, reports each, and exits 1', async () => {
    const files = ['empty.html', 'junk.html', 'truncated.html.gz', 'missing.html', 'latin1.html', 'unclosed.html'].map((f) => join(dir, f));
    const r = await sitrep(['extract', '--format', 'jsonl', ...files]);
    expect(r.code).toBe(1);
    const rows = parse(r.out);
    expect(rows.map((x) => x.id)).toEqual(['empty', 'junk', 'truncated', 'missing', 'latin1', 'unclosed']);
    expect(rows[0]!.text).toBe('');
    expect(rows[0]!.warnings).toContain('no article text found');
    expect(rows[1]!.error).toMatch(/binary/);
    expect(rows[2]!.error).toMatch(/gzip/);
    expect(rows[3]!.error).toMatch(/no such file/);
    expect(rows[4]).toMatchObject({ title: 'Café crème' });
    expect(String(rows[4]!.text)).toContain('Déjà vu à Genève.');
    expect(String(rows[5]!.text)).toContain('Unclosed tags keep going here');
    expect(r.err).toMatch(/junk\.html/);
  });

  it('reads stdin with -, and tells flattened text from HTML', async () => {
    const r = await sitrep(['extract', '--format', 'jsonl', '-'], article('From stdin', para('Delta.')));
    expect(parse(r.out)[0]).toMatchObject({ id: '-', title: 'From stdin' });
    const t = await sitrep(['extract', '--format', 'json', join(dir, 'scraped.txt')]);
    const [doc] = JSON.parse(t.out) as Array<Record<string, unknown>>;
    expect(doc).toMatchObject({ id: 'scraped', title: 'Second story headline here' });
    expect(doc!.text).toBe('The minister said on Monday that the talks would continue next week in Geneva, despite objections.');
  });

  it('prints a readable text rendering by default', async () => {
    const r = await sitrep(['extract', join(dir, 'pages', 'a-story.htm')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^First story\n=+\nBy Jane Roe · Example Post · \[en\]\n\nAlpha one\./);
  });

  it('notes a directory with nothing to read on stderr and goes on', async () => {
    await mkdir(join(dir, 'empty', 'sub'), { recursive: true });
    const r = await sitrep(['extract', '--format', 'jsonl', join(dir, 'empty'), join(dir, 'pages', 'a-story.htm')]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${join(dir, 'empty')}: no file to read in this directory`);
    expect(
      r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a-story']);
  });

  it('gives the same output, in input order, from worker threads as from its own thread', async () => {
    const inputs = [
      join(dir, 'pages'),
      ...['junk.html', 'latin1.html', 'missing.html', 'scraped.txt', 'unclosed.html'].map((f) => join(dir, f)),
    ];
    for (const format of ['jsonl', 'text']) {
      const alone = await sitrep(['extract', '--format', format, '--workers', '0', ...inputs]);
      const threads = await sitrep(['extract', '--format', format, '--workers', '2', ...inputs]);
      expect(alone.code).toBe(1);
      expect(threads.code).toBe(1);
      expect(threads.out).toBe(alone.out);
      expect(threads.err).toBe(alone.err);
    }
  });

  it('exits 2 on usage errors', async () => {
    expect((await sitrep(['extract', '--workers', '-1', 'x.html'])).code).toBe(2);
    expect((await sitrep(['extract'])).code).toBe(2);
    expect((await sitrep(['extract', '--format', 'xml', 'x.html'])).code).toBe(2);
    expect((await sitrep(['extract', '--mode', 'pdf', 'x.html'])).code).toBe(2);
    expect((await sitrep(['frobnicate'])).code).toBe(2);
  });
});
