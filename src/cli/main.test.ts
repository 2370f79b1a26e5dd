import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { buildProgram, main } from './main.js';

const io: CliIo = { out: () => {}, err: () => {}, setExitCode: () => {} };

describe('buildProgram', () => {
  it('defines only the command being run', async () => {
    const program = await buildProgram(io, ['search', 'NATO', '--db', 'x.db']);
    expect(program.commands.map((c) => c.name())).toEqual(['search']);
  });

  it('defines every command for help and for unknown names', async () => {
    for (const argv of [[], ['--help'], ['help', 'extract'], ['extrct']]) {
      const names = (await buildProgram(io, argv)).commands.map((c) => c.name());
      expect(names).toContain('extract');
      expect(names).toContain('timeline');
      expect(names.length).toBeGreaterThanOrEqual(13);
    }
  });

  it('gives the quotes command both its modes', async () => {
    const quotes = (await buildProgram(io, ['quotes'])).commands.find((c) => c.name() === 'quotes')!;
    const flags = quotes.options.map((o) => o.long);
    expect(flags).toContain('--plain');
    expect(flags).toContain('--speaker');
  });
});

describe('main', () => {
  it('suggests the command meant by a mistyped name and exits 2', async () => {
    let err = '';
    const code = await main(['extrct'], { out: () => {}, err: (s) => void (err += s) });
    expect(code).toBe(2);
    expect(err).toMatch(/Did you mean extract\?/);
  });

  it('takes --json for --format json wherever a command prints JSON', async () => {
    let out = '';
    const code = await main(['extract', '--json', '-m', 'text', 'src/extract/fixtures/scraped-trade-truce.txt'], {
      out: (s) => void (out += s),
      err: () => {},
    });
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as unknown;
    expect(Array.isArray(parsed)).toBe(true);
    const program = await buildProgram(io);
    const lacking = program.commands
      .filter((c) => c.options.some((o) => o.attributeName() === 'format') && c.name() !== 'fetch')
      .filter((c) => !c.options.some((o) => o.long === '--json'))
      .map((c) => c.name());
    expect(lacking).toEqual([]);
  });

  it('refuses --json beside another --format', async () => {
    let err = '';
    const code = await main(['extract', '--json', '-f', 'jsonl', 'x.html'], { out: () => {}, err: (s) => void (err += s) });
    expect(code).toBe(2);
    expect(err).toMatch(/--json and --format jsonl/);
  });
});
