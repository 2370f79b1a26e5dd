/** The longest run of dropped lines between two kept ones that {@link fillGaps} takes back. */
export const MAX_GAP = 3;
/** The body probability every line of such a run needs. */
export const GAP_FLOOR = 0.3;

/**
 * Takes back short runs of lines that fall between two kept lines and that the classifier only
 * half doubted (every line at `floor` or above, none placed by the rules): a list item, a
 * subheading or a one-line paragraph inside the article. Returns a new mask.
 */
export function fillGaps(
  keep: readonly boolean[],
  p: ArrayLike<number>,
  eligible: (i: number) => boolean,
  maxGap = MAX_GAP,
  floor = GAP_FLOOR,
): boolean[] {
  const out = keep.slice();
  let last = -1;
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    const gap = i - last - 1;
    if (last >= 0 && gap > 0 && gap <= maxGap) {
      let ok = true;
      for (let j = last + 1; j < i && ok; j++) ok = p[j]! >= floor && eligible(j);
      if (ok) for (let j = last + 1; j < i; j++) out[j] = true;
    }
    last = i;
  }
  return out;
}

/** A quotation and its speaker in one sentence: "“Texas is with us,” Mr. Cruz said on Monday." */
const ATTRIBUTED_QUOTE =
  /["“”][^"“”]{8,}["“”].*\b(?:said|says|told|tells|added|adds|asked|wrote|warned|insisted|according to)\b|\b(?:said|says|told|added|asked|wrote|warned):?\s*["“][^"“”]{8,}["“”]/iu;

/** Whether a line is a quotation with its speaker, as news paragraphs are and page chrome is not. */
export function isAttributedQuote(line: string): boolean {
  return line.length >= 25 && /[.!?"”]$/u.test(line.trimEnd()) && ATTRIBUTED_QUOTE.test(line);
}

/**
 * Takes back the lines next to a kept one, or to one taken back so, that quote someone by name
 * or pronoun and that the classifier only half doubted (at `floor` or above, none placed by the
 * rules): a short article's last paragraph is often one such line, which page chrome never is.
 * Returns a new mask.
 *
 * @example
 * keepAttributedQuotes([true, false], [0.9, 0.48], ['A poll put Mr. Cruz ahead.', '"Texas is with us," Mr. Cruz said.'], () => true);
 * // [true, true]
 */
export function keepAttributedQuotes(
  keep: readonly boolean[],
  p: ArrayLike<number>,
  lines: readonly string[],
  eligible: (i: number) => boolean,
  floor = GAP_FLOOR,
): boolean[] {
  const out = keep.slice();
  const takes = (i: number) => !out[i] && eligible(i) && p[i]! >= floor && isAttributedQuote(lines[i]!);
  for (let i = 1; i < out.length; i++) if (out[i - 1] && takes(i)) out[i] = true;
  for (let i = out.length - 2; i >= 0; i--) if (out[i + 1] && takes(i)) out[i] = true;
  return out;
}

/** A paragraph of reported news: twelve words or more, ending as a sentence ends, saying who said it. */
function isReportedProse(line: string): boolean {
  return /[.!?"”’)]$/u.test(line.trimEnd()) && line.split(/\s+/).length >= 12 && REPORTED.test(line);
}
const REPORTED = /\b(?:said|says|saying|told|tells|according to|added|announced|reported)\b/u;

/**
 * Takes back, after a kept line, a paragraph of reported news the classifier only half doubted and the
 * short lines before it (at most `maxGap`, all at `floor` or above, none placed by the rules): the
 * later entries of a short page such as a live blog ("14:35 GMT", "Poland asks for more
 * Patriots", "Polish Foreign Minister Radoslaw Sikorski said …"), which the classifier reads as
 * the page's end. Returns a new mask.
 *
 * @example
 * keepProseAfter([true, false, false], [0.9, 0.35, 0.36], ['Rutte spoke.', '14:35 GMT', 'Polish Foreign Minister Radoslaw Sikorski said Warsaw had asked allies for more Patriot batteries.'], () => true);
 * // [true, true, true]
 */
export function keepProseAfter(
  keep: readonly boolean[],
  p: ArrayLike<number>,
  lines: readonly string[],
  eligible: (i: number) => boolean,
  maxGap = MAX_GAP,
  floor = GAP_FLOOR,
  passable: (i: number) => boolean = () => false,
): boolean[] {
  const out = keep.slice();
  const usable = (j: number) => !out[j] && eligible(j) && p[j]! >= floor;
  for (let i = 0; i < out.length; i++) {
    if (!out[i]) continue;
    // (lines placed apart, such as a list of related stories, are stepped over, and stay apart)
    for (let j = i + 1, n = 0; j < out.length && n <= maxGap; j++) {
      if (passable(j)) continue;
      if (!usable(j)) break;
      n++;
      if (!isReportedProse(lines[j]!)) continue;
      for (let k = i + 1; k <= j; k++) if (!passable(k)) out[k] = true;
      break;
    }
  }
  return out;
}
