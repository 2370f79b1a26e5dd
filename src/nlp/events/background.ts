import { monthNumber } from '../../extract/dates.js';

const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
/** Words that tie a year to the act next to it: "in 1988", "since 1980", "June 1967". */
const BEFORE_YEAR = new Set(['in', 'since', 'during', 'of', 'until']);
/** Words that may open a sentence before its opening phrase ("But in 2005 …"). */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'then', 'so']);
const LONG_AGO = /^(?:years|decades)$/;
const MANY = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|many|some)$/;
const CLAUSE_END = new Set([',', ';', ':', '—', '–', '(', ')', 'who', 'which', 'that', 'when', 'where']);

/** A participle that opens a clause of its own after the act's object ("assets frozen since 1979", "magazines closed in 1994"). */
function participle(w: string): boolean {
  return w.length > 4 && /(?:ed|en)$/.test(w);
}

/** Words that open a clause or a phrase of its own, which no list item holds. */
const NOT_IN_LIST = /^(?:in|on|at|by|for|from|with|since|during|after|before|as|while|said|says|saying|who|which|that|when|where|but|or)$/;

/** Whether the comma at `k` separates the items of a list ("the West Bank, east Jerusalem and the Gaza Strip"). */
function listComma(low: readonly string[], k: number): boolean {
  if (low[k] !== ',') return false;
  for (let j = k + 1; j < Math.min(low.length, k + 6); j++) {
    const w = low[j]!;
    if (w === 'and') return j > k + 1;
    if (w === ',') return j > k + 1 && listComma(low, j);
    if (NOT_IN_LIST.test(w) || CLAUSE_END.has(w) || /^[a-z]+(?:ing|ed)$/.test(w)) return false;
  }
  return false;
}

/** The year a token names, when it is a year tied to the words around it ("in 1988", "in June 1967"), else null. */
function yearAt(low: readonly string[], k: number): number | null {
  // "in the early 1900s", "in the 1980s": the decade's last year.
  // ("in the mid-1990s", "in the late-1980s" are one token.)
  const decade = /^(?:(?:early|mid|late)-)?((?:1[5-9]\d|20\d)0)s$/.exec(low[k] ?? '');
  if (decade && low.slice(Math.max(0, k - 3), k).includes('in')) return Number(decade[1]) + 9;
  if (!YEAR.test(low[k] ?? '')) return null;
  const before = low[k - 1] ?? '';
  if (BEFORE_YEAR.has(before) || monthNumber(before) !== null) return Number(low[k]);
  // "in the 1967 Mideast war", "during the 1994 genocide": a year naming an event of that year.
  if (before === 'the' && (low[k - 2] === 'in' || low[k - 2] === 'during') && /^[a-z]/.test(low[k + 1] ?? '')) return Number(low[k]);
  return null;
}

/** Whether the year at `k` closes a date of month, day and year ("Sept. 11, 2001"). */
function fullDate(low: readonly string[], k: number): boolean {
  return low[k - 1] === ',' && /^\d{1,2}$/.test(low[k - 2] ?? '') && monthNumber(low[k - 3] ?? '') !== null;
}

/**
 * The latest year a text names as a date ("in 2007", "May 2007", "Sept. 11, 2001"), else null. A
 * report is no older than the years it names, so an undated one is from that year or later.
 *
 * @example
 * latestYearNamed([['bhutto', 'returned', 'in', 'october', '2007'], ['in', '1999', 'he', 'left']]); // 2007
 */
export function latestYearNamed(sentences: readonly (readonly string[])[]): number | null {
  let latest: number | null = null;
  for (const low of sentences) {
    for (let k = 0; k < low.length; k++) {
      if (!YEAR.test(low[k]!)) continue;
      const y = yearAt(low, k) ?? (fullDate(low, k) ? Number(low[k]) : null);
      if (y !== null && (latest === null || y > latest)) latest = y;
    }
  }
  return latest;
}

/**
 * Whether an act a sentence reports happened years before the report: the year stands in the
 * act's own clause, after it ("blowing up a Pan Am plane in 1988"), in the phrase that opens the
 * sentence before it ("In 1996, Bob Dole edged out …"), or before a "when" that introduces it
 * ("since 1980, when the United States cut relations"). Such history is background to the news,
 * no event of its day. `reportYear` is the year of the report; a year two or more before it counts.
 * With no report date, only what needs none counts ("since 1980, when …", "18 years after …").
 *
 * @example
 * const text = 'Tirana split with Moscow in 1961.';
 * backgroundAct(tokenize(text).map((t) => t.text.toLowerCase()), { start: 1, end: 2 }, 2000); // true
 */
export function backgroundAct(low: readonly string[], trigger: { start: number; end: number }, reportYear: number | null): boolean {
  const old = (k: number) => {
    const y = yearAt(low, k);
    return y !== null && reportYear !== null && y <= reportYear - 2;
  };
  // after the act, in its clause ("captured the West Bank, east Jerusalem and Gaza in the 1967 war":
  // over the commas of a list of its objects)
  for (let k = trigger.end, stop = trigger.end + 10; k < Math.min(low.length, stop); k++) {
    if (CLAUSE_END.has(low[k]!)) {
      if (!listComma(low, k)) break;
      stop += 5;
      continue;
    }
    // ("eased the state of emergency imposed in 1992": right after a trigger that ends with its object noun too.)
    if ((k > trigger.end || trigger.end - trigger.start > 1) && participle(low[k]!)) break;
    if (old(k)) return true;
  }
  // "In 1996, …", "In 1988 the USS Vincennes shot down …", "But in 2005 Utah state courts seized …"
  // opening the sentence
  const open = OPENING_CONJUNCTIONS.has(low[0] ?? '') ? 1 : 0;
  if (low[open] === 'in') {
    for (let k = open + 1; k < Math.min(trigger.start, open + 5); k++) {
      if (CLAUSE_END.has(low[k]!)) break;
      if (old(k) && (low.slice(k + 1, trigger.start).includes(',') || k <= open + 2)) return true;
    }
  }
  // "began in the mid-1990s to make frequent trips", "decided in 1994 to withdraw": between the
  // verb that governs the act and its "to"
  if (low[trigger.start - 1] === 'to' && old(trigger.start - 2)) return true;
  // "When Al Qaeda struck a decade ago", "invaded Kuwait 18 years ago": a time counted back from the report.
  // ("was rebuffed when he pushed for reform 10 years ago": an act "when" another is, is as old.)
  for (let k = trigger.end; k < Math.min(low.length - 1, trigger.end + 14) && (!CLAUSE_END.has(low[k]!) || low[k] === 'when'); k++) {
    if (low[k + 1] !== 'ago') continue;
    if (low[k] === 'decade' || low[k] === 'decades' || (LONG_AGO.test(low[k]!) && MANY.test(low[k - 1] ?? ''))) return true;
  }
  // "18 years after Washington invaded the country", "decades since the army seized power"
  for (let k = trigger.start - 1; k >= Math.max(2, trigger.start - 8); k--) {
    if (CLAUSE_END.has(low[k]!)) break;
    if ((low[k] === 'after' || low[k] === 'since') && LONG_AGO.test(low[k - 1]!) && MANY.test(low[k - 2]!)) return true;
  }
  // "since 1980, when the United States cut relations": a year things have been so since is past,
  // whatever the report's date.
  for (let k = Math.max(0, trigger.start - 10); k < trigger.start; k++) {
    if (low[k] !== 'when') continue;
    const y = low[k - 1] === ',' ? k - 2 : k - 1;
    const since = low[y - 1] === 'since' && YEAR.test(low[y] ?? '');
    if ((old(y) || since) && !low.slice(k + 1, trigger.start).some((w) => CLAUSE_END.has(w))) return true;
  }
  return false;
}
