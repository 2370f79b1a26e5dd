import { type RawBuilder, sql } from 'kysely';
import type { CorpusFilter } from './types.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Day after an ISO date (`2024-03-01` → `2024-03-02`), for inclusive `until` dates. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Throws a RangeError unless `value` is an ISO 8601 date or date-time. @internal */
export function checkDate(name: string, value: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value))) {
    throw new RangeError(`${name} must be an ISO 8601 date or date-time (2024-03-01, 2024-03-01T12:00:00Z), not ${JSON.stringify(value)}`);
  }
}

/**
 * The conditions of a filter on a table alias with `published_at`, `site` and `host` columns,
 * every user value a bound parameter. `siteLowered`: the table keeps `site` in lower case (the
 * query tables), so no `lower()` is needed. Throws a RangeError on a malformed date.
 * @internal
 */
export function filterConditions(alias: string, filter: CorpusFilter, siteLowered = false): RawBuilder<unknown>[] {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  const conds: RawBuilder<unknown>[] = [];
  if (filter.since) {
    checkDate('since', filter.since);
    conds.push(sql`${col('published_at')} >= ${filter.since}`);
  }
  if (filter.until) {
    checkDate('until', filter.until);
    conds.push(
      DATE_ONLY.test(filter.until)
        ? sql`${col('published_at')} < ${nextDay(filter.until)}`
        : sql`${col('published_at')} <= ${filter.until}`,
    );
  }
  if (filter.source) {
    const s = filter.source
      .trim()
      .toLowerCase()
      .replace(/^www\./, '');
    const like = `%.${s.replace(/[\\%_]/g, (c) => `\\${c}`)}`;
    const site = siteLowered ? col('site') : sql`lower(${col('site')})`;
    conds.push(sql`(${site} = ${s} OR ${col('host')} = ${s} OR ${col('host')} LIKE ${like} ESCAPE '\\')`);
  }
  return conds;
}

/** The conditions joined by AND (`1 = 1` when there are none). @internal */
export function allOf(conds: readonly RawBuilder<unknown>[]): RawBuilder<unknown> {
  return conds.length > 0 ? sql.join(conds, sql` AND `) : sql`1 = 1`;
}

/** Whether a filter narrows the corpus (dates or source). @internal */
export function narrows(filter: CorpusFilter): boolean {
  return !!(filter.since || filter.until || filter.source);
}
