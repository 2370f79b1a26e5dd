/**
 * Where a report credits itself: a wire service's closing line ("(Reporting by Andrea Shalal;
 * Editing by Daniel Wallis)"), an agency's note ("Associated Press writer Jon Gambrell in Dubai
 * contributed to this report.") and the agency in a dateline ("KATHMANDU (AP) —"). The people and
 * agencies named there made the report; nobody in the news is among them, so the entities layer
 * leaves these spans out.
 *
 * @example
 * const text = 'Talks resumed.\n\n(Reporting by Andrea Shalal; Editing by Daniel Wallis)';
 * creditSpans(text); // [[16, 70]]
 */
export function creditSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.length <= 400 && (CREDIT_OPENING.test(line) || CONTRIBUTED.test(line))) out.push([start, end]);
    else {
      const agency = DATELINE_AGENCY.exec(line);
      if (agency) {
        const at = start + agency[0].lastIndexOf('(');
        out.push([at, at + agency[1]!.length + 2]);
      }
    }
    start = end + 1;
  }
  return out;
}

/** A dateline with its agency: "KATHMANDU (AP) —", "WASHINGTON, Aug 8 (Reuters) -" (the agency is group 1). */
const DATELINE_AGENCY = /^\p{Lu}[\p{Lu}.'/ ]{2,}(?:,[^(\n]{1,30})?\s*\(([^)]{1,30})\)\s*(?:[\u2014\u2013]|-{1,2})/u;

/** A line that opens with who reported, wrote or edited the story. */
const CREDIT_OPENING = /^\s*[([]?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|reporting and writing)\s+by\b/iu;

/** A line that ends by saying its people contributed to the report. */
const CONTRIBUTED = /\b(?:contributed|contributing)\s+(?:reporting\s+)?(?:to|for)\s+(?:this|the)\s+(?:report|story|article)\.?\s*$/iu;
