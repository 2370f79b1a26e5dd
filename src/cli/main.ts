import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerEntities } from './commands/entities.js';
import { registerEntity } from './commands/entity.js';
import { registerErrors } from './commands/errors.js';
import { registerEvents } from './commands/events.js';
import { registerExtract } from './commands/extract.js';
import { registerFetch } from './commands/fetch.js';
import { registerIngest } from './commands/ingest.js';
import { registerNer } from './commands/ner.js';
import { registerQuotes } from './commands/quotes.js';
import { registerQuoteQuery } from './commands/quotes-query.js';
import { registerSearch } from './commands/search.js';
import { registerSources } from './commands/sources-query.js';
import { registerTimeline } from './commands/timeline.js';
import type { CliIo } from './io.js';

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

/** Builds the `sitrep` command tree. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('sitrep')
    .description('Read the news at scale the way an analyst does: clean articles, entities, quotes and sources.')
    .version(version())
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();
  registerExtract(program, io);
  registerAnalyze(program, io);
  registerFetch(program, io);
  registerIngest(program, io);
  registerNer(program, io);
  registerQuotes(program, io);
  registerEvents(program, io);
  registerQuoteQuery(program);
  registerSearch(program, io);
  registerEntities(program, io);
  registerEntity(program, io);
  registerSources(program, io);
  registerTimeline(program, io);
  registerErrors(program, io);
  for (const cmd of program.commands) {
    cmd
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
      .showHelpAfterError('(run with --help for usage)');
  }
  return program;
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
  const program = buildProgram(sink);
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
