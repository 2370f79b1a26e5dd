/**
 * Signs of a reader-comment section in flattened page text: the heading over it ("156 Responses
 * to …", "Leave a reply") and the stamp lines that head each comment ("Kate on October 23rd,
 * 2012 1:38 pm", "by jdoe (12345) on Tuesday July 24, @08:51AM"), which repeat one shape.
 */

/** A heading over reader comments: "Comments", "12 comments", "3 thoughts on …", "Leave a reply". */
export const COMMENT_HEADING =
  /^(?:\d+\s+(?:comments?|responses?|replies|reactions|thoughts)\b.*|(?:comments?|responses?|replies|reactions|discussion)(?:\s*\(\d+\))?(?:\s+(?:to|on)\b.*)?|(?:leave|post|add|write|submit)\s+(?:a|your|new)\s+(?:comment|reply|response)\b.*|(?:join|start)\s+the\s+(?:discussion|conversation)\b.*|(?:reader|user|visitor)\s+comments?\b.*|what\s+do\s+you\s+think\??)$/i;

const MAX_STAMP_TOKENS = 14;

/**
 * The shape of a short line that holds a number: each word becomes `a` when it has no digit, else
 * its digits become `0` and its letters `a`; runs of plain words count as one. Null for lines
 * without digits or longer than a stamp.
 */
export function lineShape(line: string): string | null {
  if (line.length > 160 || !/\d/.test(line)) return null;
  const words = line.split(' ');
  if (words.length > MAX_STAMP_TOKENS) return null;
  let shape = '';
  let plain = false;
  for (const w of words) {
    if (/^[\p{L}'’.-]+$/u.test(w)) {
      if (!plain) shape += 'a ';
      plain = true;
      continue;
    }
    plain = false;
    shape += `${w.replace(/\p{L}+/gu, 'a').replace(/\d+/g, '0')} `;
  }
  return shape;
}

/** For each line, how many lines of the page share its shape (see {@link lineShape}); 0 without a shape. */
export function shapeRepeats(lines: readonly string[]): number[] {
  const shapes = lines.map(lineShape);
  const counts = new Map<string, number>();
  for (const s of shapes) if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
  return shapes.map((s) => (s === null ? 0 : counts.get(s)!));
}
