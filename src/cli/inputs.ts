import { expandInputs as expandFiles, type InputItem } from '../ingest/files/files.js';
import type { CliIo } from './io.js';

export { type InputItem, inputId } from '../ingest/files/files.js';

/** A note on stderr for a directory argument with nothing to read in it (the run goes on). */
export function noteEmptyDirectory(
  io: CliIo,
  command: string,
  kinds = '.html, .htm, .xhtml, .txt, .text, optionally .gz',
): (dir: string) => void {
  return (dir) => io.err(`sitrep ${command}: ${dir}: no file to read in this directory (${kinds})\n`);
}

/** The inputs of a command's path arguments, with a note for each empty directory. */
export function expandInputs(paths: readonly string[], io: CliIo, command: string): Promise<InputItem[]> {
  return expandFiles(paths, { onEmptyDirectory: noteEmptyDirectory(io, command) });
}

/** Thrown for command-line mistakes (exit status 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
