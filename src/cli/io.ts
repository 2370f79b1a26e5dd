import { InvalidArgumentError } from 'commander';

/** Where a command writes, so that tests and the binary share one code path. */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  setExitCode(code: number): void;
}

/** Thrown for command-line mistakes (exit status 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A commander argument parser that accepts one of `values`. */
export function choice<T extends string>(values: readonly T[]): (v: string) => T {
  return (v: string) => {
    if ((values as readonly string[]).includes(v)) return v as T;
    throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
  };
}
