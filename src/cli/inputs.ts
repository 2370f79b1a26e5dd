export { expandInputs, type InputItem, inputId } from '../ingest/files/files.js';

/** Thrown for command-line mistakes (exit status 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
