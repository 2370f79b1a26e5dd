/**
 * Where a report credits its own staff: a wire service's closing line ("(Reporting by Andrea Shalal;
 * Editing by Daniel Wallis)") or an agency's note ("Associated Press writer Jon Gambrell in Dubai
 * contributed to this report."). The people named there wrote the report; nobody in the news is
 * among them, so the entities layer leaves these lines out.
 *
 * @example
 * const text = 'Talks resumed.\n\n(Reporting by Andrea Shalal; Editing by Daniel Wallis)';
 * creditLines(text); // [[16, 70]]
 */
export function creditLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.length <= 400 && (CREDIT_OPENING.test(line) || CONTRIBUTED.test(line))) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/** A line that opens with who reported, wrote or edited the story. */
const CREDIT_OPENING = /^\s*[([]?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|reporting and writing)\s+by\b/iu;

/** A line that ends by saying its people contributed to the report. */
const CONTRIBUTED = /\b(?:contributed|contributing)\s+(?:reporting\s+)?(?:to|for)\s+(?:this|the)\s+(?:report|story|article)\.?\s*$/iu;
