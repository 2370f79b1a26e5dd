/**
 * Lists of teasers repeat a short pattern of line kinds (headline, summary, "2H ago"; headline,
 * summary…), where article text runs paragraph after paragraph. This measures, around each line,
 * how much more the kinds of lines repeat two to four lines apart than from one line to the next.
 */

enum Kind {
  Prose = 0,
  Headline = 1,
  Stamp = 2,
  Tiny = 3,
  Other = 4,
}

function kindOf(line: string): Kind {
  let words = 1;
  for (let j = line.indexOf(' '); j >= 0; j = line.indexOf(' ', j + 1)) words++;
  const ends = /[.!?:;"”’)]$/.test(line);
  if (words >= 12 && ends) return Kind.Prose;
  if (words <= 6 && /\d/.test(line)) return Kind.Stamp;
  if (words <= 2) return Kind.Tiny;
  if (words <= 20 && !ends) return Kind.Headline;
  return Kind.Other;
}

const HALF = 8;

/**
 * For each line, in the window of 8 lines either side: the largest excess, over lags 2 to 4, of
 * lines whose kind equals the kind `lag` lines up over lines whose kind equals the previous line's,
 * as a share of the window (0 where no pattern repeats; about 1 in a long list of teasers).
 */
export function periodicity(lines: readonly string[]): number[] {
  const n = lines.length;
  const kind = lines.map(kindOf);
  // same[l][j]: line j has the kind of line j - l
  const same = [1, 2, 3, 4].map((lag) => {
    const prefix = new Int32Array(n + 1);
    for (let j = 0; j < n; j++) prefix[j + 1] = prefix[j]! + (j >= lag && kind[j] === kind[j - lag] ? 1 : 0);
    return prefix;
  });
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - HALF);
    const hi = Math.min(n, i + HALF + 1);
    const count = (p: Int32Array) => p[hi]! - p[lo]!;
    const next = count(same[0]!);
    let best = 0;
    for (let l = 1; l < 4; l++) best = Math.max(best, count(same[l]!) - next);
    out[i] = best / (hi - lo);
  }
  return out;
}
