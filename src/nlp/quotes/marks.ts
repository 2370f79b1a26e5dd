/**
 * Quotation marks: pairs opening and closing marks into quotations, paragraph by paragraph.
 *
 * Handles curly (“ ”), straight (") and doubled typewriter ('') marks, low-9 („) and guillemets
 * (« » and the reversed » « some languages use), single marks (‘ ’) as nested quotes or as the
 * outer marks of a paragraph that has no double ones, and the newspaper convention for quotes
 * that run over several paragraphs: every paragraph opens with a mark, only the last one closes.
 */

/** A span `[start, end)` of the text. */
export type Piece = readonly [number, number];

/** One quotation: the text between a pair of marks, possibly over several paragraphs. */
export interface Quotation {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just past the closing mark (or the end of the last paragraph when never closed). */
  readonly end: number;
  /** The quoted text without the marks, one piece per paragraph. */
  readonly pieces: readonly Piece[];
  /** Whether a closing mark was found. */
  readonly closed: boolean;
  /** Whether this is a single-mark (‘…’ or '…') quotation at the top level. */
  readonly single: boolean;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  readonly at: number;
  readonly len: number;
  readonly role: Role;
  /** Marks pair only with their own family: double, single, guillemet. */
  readonly family: 'd' | 's' | 'g';
}

const SPACE = /\s/u;
const LEFT_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u;
const RIGHT_CONTEXT = /[\s)\]}.,;:!?\u2014\u2013\-/]/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Scans one paragraph for quotation marks, telling apostrophes from single quote marks. */
function scanMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201e || c === 0x201f) marks.push({ at: i, len: 1, role: 'open', family: 'd' });
    else if (c === 0x201d) marks.push({ at: i, len: 1, role: 'close', family: 'd' });
    else if (c === 0x22) marks.push({ at: i, len: 1, role: 'either', family: 'd' });
    else if (c === 0xab) marks.push({ at: i, len: 1, role: 'either', family: 'g' });
    else if (c === 0xbb) marks.push({ at: i, len: 1, role: 'either', family: 'g' });
    else if (c === 0x60 && text.charCodeAt(i + 1) === 0x60) {
      marks.push({ at: i, len: 2, role: 'open', family: 'd' });
      i++;
    } else if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) {
      marks.push({ at: i, len: 2, role: 'either', family: 'd' });
      i++;
    } else if (c === 0x2018 || c === 0x2019 || c === 0x27) {
      const prev = i > from ? text[i - 1]! : ' ';
      const next = i + 1 < to ? text[i + 1]! : ' ';
      const letterBefore = LETTER.test(prev);
      const letterAfter = LETTER.test(next);
      // don't, Carson’s, rock ’n’ roll: letters on both sides.
      if (letterBefore && letterAfter) continue;
      // ’90s, ’em: an elided start of a word.
      if (c !== 0x2018 && !letterBefore && /^(?:\d\ds|em|til|cause|tis)\b/i.test(text.slice(i + 1, i + 6))) continue;
      if (c === 0x2018) marks.push({ at: i, len: 1, role: 'open', family: 's' });
      else if (!letterBefore && letterAfter && (LEFT_CONTEXT.test(prev) || i === from || /["\u201c\u201e]/u.test(prev)))
        marks.push({ at: i, len: 1, role: 'open', family: 's' });
      else if (!letterAfter && (RIGHT_CONTEXT.test(next) || i + 1 === to || /["\u201d]/u.test(next))) {
        // voters’ choice: a plural possessive, not a closing mark, when a lower-case word follows.
        if (/s/u.test(prev) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4))) continue;
        marks.push({ at: i, len: 1, role: 'close', family: 's' });
      }
    }
  }
  return marks;
}

/** Decides whether an undirected mark opens or closes, from what stands on either side of it. */
function direction(text: string, m: Mark, from: number, to: number, open: boolean): 'open' | 'close' {
  if (m.role !== 'either') {
    // Sloppy typography: a curly mark of the wrong hand, told by its surroundings.
    const prev = m.at > from ? text[m.at - 1]! : ' ';
    const next = m.at + m.len < to ? text[m.at + m.len]! : ' ';
    if (m.role === 'open' && open && !SPACE.test(prev) && (RIGHT_CONTEXT.test(next) || m.at + m.len >= to)) return 'close';
    if (m.role === 'close' && !open && (SPACE.test(prev) || m.at === from) && LETTER.test(next)) return 'open';
    return m.role;
  }
  const prev = m.at > from ? text[m.at - 1]! : ' ';
  const next = m.at + m.len < to ? text[m.at + m.len]! : ' ';
  const leftFlank = m.at === from || LEFT_CONTEXT.test(prev);
  const rightFlank = m.at + m.len >= to || RIGHT_CONTEXT.test(next);
  if (m.family === 'g') {
    if (text[m.at] === '\u00ab') return open && !leftFlank ? 'close' : 'open';
    return open || rightFlank ? 'close' : 'open';
  }
  if (leftFlank && !rightFlank) return 'open';
  if (rightFlank && !leftFlank) return 'close';
  return open ? 'close' : 'open';
}

interface Carry {
  start: number;
  pieces: Piece[];
  family: 'd' | 's' | 'g';
}

interface Paragraph {
  readonly start: number;
  readonly end: number;
}

/** Skips white space and tells whether the paragraph's first character is an opening quotation mark. */
function opensWithMark(text: string, p: Paragraph): boolean {
  let i = p.start;
  while (i < p.end && SPACE.test(text[i]!)) i++;
  const c = text[i];
  if (c === undefined || i >= p.end) return false;
  if (c === '\u201c' || c === '\u201e' || c === '"' || c === '\u00ab' || c === '\u00bb') return true;
  return (c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`');
}

/** Whether the paragraph's first character is an opening single mark (British-style quotation). */
function opensWithSingle(text: string, p: Paragraph): boolean {
  let i = p.start;
  while (i < p.end && SPACE.test(text[i]!)) i++;
  return text[i] === '\u2018' || (text[i] === "'" && text[i + 1] !== "'");
}

/** The non-empty lines of a text as paragraph spans. */
export function lineParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

/**
 * Finds the quotations of a text, given its paragraphs (sorted spans that do not overlap).
 *
 * @example
 * const text = '“We are ready,” she said. “And willing.”';
 * findQuotations(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.pieces[0][0], q.pieces[0][1]));
 * // ['We are ready,', 'And willing.']
 */
export function findQuotations(text: string, paragraphs: readonly Paragraph[]): Quotation[] {
  // The quotes and sources layers of one article ask for the same quotations one after the other.
  if (lastCall && lastCall.text === text && lastCall.paragraphs === paragraphKey(paragraphs)) return lastCall.quotations;
  const found = scanQuotations(text, paragraphs);
  lastCall = { text, paragraphs: paragraphKey(paragraphs), quotations: found };
  return found;
}

let lastCall: { text: string; paragraphs: string; quotations: Quotation[] } | null = null;

function paragraphKey(paragraphs: readonly Paragraph[]): string {
  let key = '';
  for (const p of paragraphs) key += `${p.start},${p.end};`;
  return key;
}

function scanQuotations(text: string, paragraphs: readonly Paragraph[]): Quotation[] {
  const out: Quotation[] = [];
  // A quotation left open at the end of a paragraph whose successor opens with a mark.
  let carry: Carry | null = null;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const all = scanMarks(text, p.start, p.end);
    const hasDouble = all.some((m) => m.family !== 's');
    // Single marks are the outer marks only in a paragraph without double ones (or one carried in single style).
    const singleOuter: boolean = (!hasDouble && all.some((m) => m.family === 's' && m.role === 'open')) || carry?.family === 's';
    const marks: Mark[] = all.filter((m) => (singleOuter ? m.family === 's' : m.family !== 's'));
    let open: { at: number; inner: number; family: 'd' | 's' | 'g' } | null = null;
    let pieces: Piece[] = [];
    let qStart = -1;
    let pendingCarry = carry as Carry | null;
    carry = null;
    let mi = 0;
    if (pendingCarry) {
      // The paragraph reopens the carried quotation with its first mark.
      const first: Mark | undefined = marks[0];
      if (first && opensFirst(text, p, first)) {
        open = { at: pendingCarry.start, inner: first.at + first.len, family: pendingCarry.family };
        pieces = pendingCarry.pieces;
        qStart = pendingCarry.start;
        mi = 1;
      } else {
        closeUnclosed(out, pendingCarry.start, pendingCarry.pieces, pendingCarry.family === 's');
      }
      pendingCarry = null;
    }
    for (; mi < marks.length; mi++) {
      const m = marks[mi]!;
      const dir = direction(text, m, p.start, p.end, open !== null);
      if (dir === 'open') {
        if (open) {
          // Two opening marks in a row: the first was a stray mark; start again from this one.
          if (m.family !== open.family) continue;
        }
        open = { at: m.at, inner: m.at + m.len, family: m.family };
        pieces = [];
        qStart = m.at;
      } else if (open) {
        if (m.family !== open.family) continue;
        pieces.push([open.inner, m.at]);
        out.push({ start: qStart, end: m.at + m.len, pieces: trimPieces(text, pieces), closed: true, single: singleOuter });
        open = null;
        pieces = [];
      }
    }
    if (open) {
      const piece: Piece = [open.inner, p.end];
      const next = paragraphs[k + 1];
      const continues =
        next !== undefined &&
        (open.family === 's' ? opensWithSingle(text, next) : opensWithMark(text, next)) &&
        // The open quotation began the paragraph or was introduced by its frame, not a stray mark at the end.
        /\p{L}/u.test(text.slice(open.inner, p.end));
      if (continues) carry = { start: qStart, pieces: [...pieces, piece], family: open.family };
      else if (/\p{L}/u.test(text.slice(open.inner, p.end))) closeUnclosed(out, qStart, [...pieces, piece], open.family === 's');
    }
  }
  if (carry) closeUnclosed(out, carry.start, carry.pieces, carry.family === 's');
  return out.filter((q) => q.pieces.length > 0).sort((a, b) => a.start - b.start);
}

function opensFirst(text: string, p: Paragraph, m: Mark): boolean {
  let i = p.start;
  while (i < p.end && SPACE.test(text[i]!)) i++;
  return m.at === i;
}

function closeUnclosed(out: Quotation[], start: number, pieces: Piece[], single: boolean): void {
  const last = pieces[pieces.length - 1];
  if (!last) return;
  out.push({ start, end: last[1], pieces, closed: false, single });
}

function trimPieces(text: string, pieces: Piece[]): Piece[] {
  return pieces.filter(([a, b]) => b > a && /\S/u.test(text.slice(a, b)));
}

/**
 * The words of a quote that its cue splits ("…," said Conway. "…"): its fragments joined by an
 * ellipsis, without the frame between them; `text` is the quote's whole span, starting at offset
 * `start` of the document. A quote with fewer than two fragments is its text.
 *
 * @example
 * quoteWords('"We agree," he said. "Talks go on."'.slice(1, 34), 1, [[1, 10], [22, 34]]);
 * // 'We agree … Talks go on.'
 */
export function quoteWords(text: string, start: number, fragments?: readonly (readonly [number, number])[]): string {
  if (!fragments || fragments.length < 2) return text;
  return fragments
    .map(([a, b], i) => {
      const words = text.slice(a - start, b - start).trim();
      return i < fragments.length - 1 ? words.replace(/[,;:]$/u, '') : words;
    })
    .join(' … ');
}
