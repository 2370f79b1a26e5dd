import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { reflow } from './help-text.js';
import { type CliIo, UsageError } from './io.js';

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

type Register = (program: Command, io: CliIo) => void;

/**
 * Every command, in the order `--help` lists them, with the module that defines it. A module is
 * imported only when its command runs (or for the full help), so that `sitrep search` does not
 * load the extraction and language models that `sitrep extract` needs.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['extract', async () => (await import('./commands/extract.js')).registerExtract],
  ['analyze', async () => (await import('./commands/analyze.js')).registerAnalyze],
  ['fetch', async () => (await import('./commands/fetch.js')).registerFetch],
  ['ingest', async () => (await import('./commands/ingest.js')).registerIngest],
  ['ner', async () => (await import('./commands/ner.js')).registerNer],
  [
    'quotes',
    async () => {
      const [text, corpus] = await Promise.all([import('./commands/quotes.js'), import('./commands/quotes-query.js')]);
      return (program, io) => {
        text.registerQuotes(program, io);
        corpus.registerQuoteQuery(program);
      };
    },
  ],
  ['events', async () => (await import('./commands/events.js')).registerEvents],
  ['search', async () => (await import('./commands/search.js')).registerSearch],
  ['entities', async () => (await import('./commands/entities.js')).registerEntities],
  ['entity', async () => (await import('./commands/entity.js')).registerEntity],
  ['sources', async () => (await import('./commands/sources-query.js')).registerSources],
  ['speakers', async () => (await import('./commands/speakers.js')).registerSpeakers],
  ['timeline', async () => (await import('./commands/timeline.js')).registerTimeline],
  ['errors', async () => (await import('./commands/errors.js')).registerErrors],
];

/**
 * Builds the `sitrep` command tree: with only the command `argv` names when it names one, else
 * with every command (for help, and for suggestions after a mistyped name).
 */
export async function buildProgram(io: CliIo, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('sitrep')
    .description(
      'Read the news at scale the way an analyst does: clean articles, entities, quotes and their sources, and events ' +
        'between actors, from single pages or from a corpus you ingest and query.',
    )
    .addHelpText(
      'after',
      `
Start here:
  $ sitrep analyze examples/                      # the articles, entities marked (every layer: --format jsonl)
  $ sitrep events --format text examples/         # who did what to whom
  $ sitrep ingest crawl.warc.gz feeds/ --db news.db
  $ sitrep search "air defence" --db news.db      # then entities, entity, quotes, sources, timeline, events --between

Run sitrep <command> --help for a command's options and examples.`,
    )
    .version(version())
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .configureHelp({ commandDescription: (cmd) => reflow(cmd.description()) })
    .exitOverride();
  const named = argv.find((a) => !a.startsWith('-'));
  const wanted = COMMANDS.filter(([name]) => name === named);
  const registers = await Promise.all((wanted.length > 0 ? wanted : COMMANDS).map(([, load]) => load()));
  for (const register of registers) register(program, io);
  for (const cmd of program.commands) {
    cmd
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
      .showHelpAfterError('(run with --help for usage)');
    addJsonShorthand(cmd);
  }
  return program;
}

/**
 * Gives a command that can print JSON (`--format json`) the flag `--json` for it, as most tools
 * spell it. A command with a `--json` of its own (ingest's summary) keeps it.
 */
function addJsonShorthand(cmd: Command): void {
  const format = cmd.options.find((o) => o.attributeName() === 'format');
  if (!format || cmd.options.some((o) => o.long === '--json')) return;
  try {
    format.parseArg?.('json', undefined);
  } catch {
    return;
  }
  cmd.option('--json', 'the same as --format json', false);
  cmd.hook('preAction', (self) => {
    if (!self.getOptionValue('json')) return;
    if (self.getOptionValueSource('format') === 'cli' && self.getOptionValue('format') !== 'json') {
      throw new UsageError(`--json and --format ${self.getOptionValue('format')} ask for different output`);
    }
    self.setOptionValue('format', 'json');
  });
}

/**
 * Runs the CLI with the given arguments and resolves to the exit status:
 * 0 on success, 1 when some input failed, 2 on usage errors.
 */
export async function main(argv: string[], io?: Partial<CliIo>): Promise<number> {
  let code = 0;
  const sink: CliIo = {
    out: io?.out ?? ((s) => void process.stdout.write(s)),
    err: io?.err ?? ((s) => void process.stderr.write(s)),
    setExitCode: (c) => {
      code = c;
    },
  };
  const program = await buildProgram(sink, argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof Error && error.name === 'UsageError') {
      sink.err(`sitrep: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  return code;
}
