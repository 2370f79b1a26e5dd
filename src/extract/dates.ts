const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** The month (1-12) a word names, in English, full or abbreviated, with or without a dot ("Dec.", "September"); else null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const SLASHED_YMD = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const MONTH_D_Y = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const D_MONTH_Y =
  /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i;
/** "2023 Jan 7", as scholarly citation tags write it. */
const Y_MONTH_D = /\b(\d{4})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b/i;
const DMY_DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?!\d)/;

/** `/2023/october/03/`: a path that names the month. */
const URL_NAMED_DATE = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?!\d)/i;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Reads a publication date written in any of the usual machine or human forms and returns it
 * as ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM` when the source gives a time and offset.
 * Returns `null` when no plausible date is found.
 *
 * @example
 * parseDate('Tue, 19 Nov 2019 10:00:00 GMT') // '2019-11-19'
 * parseDate('2015-07-24T05:36:09+01:00')     // '2015-07-24T05:36:09+01:00'
 */
export function parseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim();
  if (s.length === 0 || s.length > 200) return null;
  let m = ISO.exec(s);
  if (m) {
    const y = +m[1]!;
    const mo = +m[2]!;
    const d = +m[3]!;
    if (!valid(y, mo, d)) return null;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] !== undefined && m[7] !== undefined) {
      const zone = m[7].toUpperCase() === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
      return `${day}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${zone}`;
    }
    return day;
  }
  m = COMPACT.exec(s);
  if (m && valid(+m[1]!, +m[2]!, +m[3]!)) return `${m[1]}-${m[2]}-${m[3]}`;
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? +s : +s * 1000;
    const date = new Date(ms);
    if (date.getUTCFullYear() >= 1990 && date.getUTCFullYear() <= 2100) return date.toISOString().slice(0, 10);
    return null;
  }
  m = SLASHED_YMD.exec(s);
  if (m && valid(+m[1]!, +m[2]!, +m[3]!)) return `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
  m = MONTH_D_Y.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase()]!;
    if (valid(+m[3]!, mo, +m[2]!)) return `${m[3]}-${pad(mo)}-${pad(+m[2]!)}`;
  }
  m = D_MONTH_Y.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase()]!;
    if (valid(+m[3]!, mo, +m[1]!)) return `${m[3]}-${pad(mo)}-${pad(+m[1]!)}`;
  }
  m = Y_MONTH_D.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase()]!;
    if (valid(+m[1]!, mo, +m[3]!)) return `${m[1]}-${pad(mo)}-${pad(+m[3]!)}`;
  }
  m = DMY_DOTTED.exec(s);
  if (m && valid(+m[3]!, +m[2]!, +m[1]!)) return `${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}`;
  return null;
}

/** A date written in a URL path (`/2019/11/19/…`), or `null`. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  // "%2Farticles%2F2025-12-15%2B…": a path written with its slashes percent-encoded
  let path = url;
  if (url.includes('%')) {
    try {
      path = decodeURIComponent(url);
    } catch {
      // a malformed escape: read the URL as it is
    }
  }
  const m = URL_DATE.exec(path);
  if (m && valid(+m[1]!, +m[2]!, +m[3]!)) return `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
  const named = URL_NAMED_DATE.exec(path);
  const mo = named ? monthNumber(named[2]!) : null;
  if (named && mo && valid(+named[1]!, mo, +named[3]!)) return `${named[1]}-${pad(mo)}-${pad(+named[3]!)}`;
  return null;
}

/** A line that labels a date as a revision's: "Updated: March 5, 2025", "Last modified 12/03/2024". */
export const REVISION_LABEL = /^\W*(?:last\s+)?(?:updated|modified|edited|reviewed|revised)\b/i;

/** A line that names a revision and no publication ("Reviewed by Jane Roe, Last updated 12 Jan 2026"). */
const UPDATED_INSIDE = /\b(?:last\s+)?(?:updated|modified|revised)\b/i;
const PUBLISHED_INSIDE = /\b(?:published|posted|created)\b/i;

/** Whether a dated line, or a short label just before it ("Last updated:"), says its date is a revision's. */
export function isUpdateLine(line: string, before: string): boolean {
  if (REVISION_LABEL.test(line) || (UPDATED_INSIDE.test(line) && !PUBLISHED_INSIDE.test(line))) return true;
  return before.length < 25 && REVISION_LABEL.test(before);
}

/**
 * `revised` when it is later than `published`, else `null`: two times of day are compared as
 * instants, and a revision counts from a minute after publication (a page management system that
 * saves twice is no revision); otherwise only a later day counts. With no publication date,
 * `revised` stands.
 *
 * @example
 * laterRevision('2025-08-19T13:25:59Z', '2025-01-29T20:47:55Z') // '2025-08-19T13:25:59Z'
 * laterRevision('2025-01-29', '2025-01-29T20:47:55Z')           // null
 * laterRevision('2019-10-18T17:23:35Z', '2019-10-18T17:23:34Z') // null
 */
export function laterRevision(revised: string | null, published: string | null): string | null {
  if (revised === null || published === null) return revised;
  if (revised.length > 10 && published.length > 10) {
    const r = Date.parse(revised);
    const p = Date.parse(published);
    if (!Number.isNaN(r) && !Number.isNaN(p)) return r - p > 60_000 ? revised : null;
  }
  return revised.slice(0, 10) > published.slice(0, 10) ? revised : null;
}
