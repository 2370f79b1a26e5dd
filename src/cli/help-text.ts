/**
 * A command's description as prose the help can wrap to the terminal: the lines of a paragraph
 * joined with spaces, blank lines kept between paragraphs, and indented lines (examples, lists)
 * left on their own lines. Descriptions are written in the source as short lines; without this the
 * help would break each at its source line and again at the terminal's width.
 *
 * @example
 * reflow('Fetch news pages and write them\nas JSON Lines.\n\nPolite by default.');
 * // 'Fetch news pages and write them as JSON Lines.\n\nPolite by default.'
 */
export function reflow(description: string): string {
  return description
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .reduce((text, line, i, lines) => (i === 0 ? line : `${text}${isProse(lines[i - 1]!) && isProse(line) ? ' ' : '\n'}${line}`), ''),
    )
    .join('\n\n');
}

/** A line of running text: not indented, and no list item or shell prompt. */
function isProse(line: string): boolean {
  return !/^(?:\s|[-*$] )/.test(line);
}
