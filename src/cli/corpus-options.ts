import { InvalidArgumentError } from 'commander';

/** The corpus file when `--db` is not given. */
export const DEFAULT_DB = './sitrep.db';

/** A commander parser for whole numbers of at least `min`. */
export function wholeNumber(min: number): (v: string) => number {
  return (v: string) => {
    if (!/^\d+$/.test(v.trim()) || Number(v) < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    return Number(v);
  };
}

/** A commander parser for an ISO 8601 date (`2024-03-01`) or date-time (`2024-03-01T12:00:00Z`). */
export function isoDate(v: string): string {
  const s = v.trim();
  const ok = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s);
  const time = /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : Date.parse(s);
  if (!ok || Number.isNaN(time) || (s.length === 10 && new Date(time).toISOString().slice(0, 10) !== s)) {
    throw new InvalidArgumentError('expected a date such as 2024-03-01 or 2024-03-01T12:00:00Z');
  }
  return s;
}
