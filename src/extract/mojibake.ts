import iconv from 'iconv-lite';
import { buildBody, type Doc, type DocMeta } from '../doc.js';

/**
 * Repairs text that was UTF-8 once and was read as Windows-1252 or Latin-1 somewhere upstream of
 * the page we were given ("Earthâ€™s", "CafÃ©"): a common fault of scraped and re-published news.
 * Each character of such a run is turned back into the byte it was read from and the bytes are
 * read as UTF-8 again. A run is repaired only when those bytes are valid UTF-8 and give a character
 * of a script that such text is made of, and only in a document that holds at least
 * {@link MIN_RUNS} of them, covering at least half of its characters from Latin-1's upper half: so
 * a word in capitals before a quotation mark ("CAFÉ»"), or a page in another legacy charset that
 * was read as Latin-1 (where a few pairs of characters happen to be valid UTF-8), is left alone.
 * A document that was read wrongly twice is repaired twice.
 */

/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F, in byte order, as iconv-lite reads them;
 * the five bytes it leaves undefined read as the control characters of the same number, as in Latin-1.
 */
const CP1252_80_TO_9F = [...iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252')]
  .map((c, i) => (c === '\ufffd' ? String.fromCharCode(0x80 + i) : c))
  .join('');

/** The byte each of Windows-1252's own characters was read from. */
const CP1252_BYTE = new Map([...CP1252_80_TO_9F].map((c, i) => [c.charCodeAt(0), 0x80 + i]));

/** A character read from a UTF-8 continuation byte (0x80–0xBF), by Latin-1 or by Windows-1252. */
const CONT = `[\\u0080-\\u00bf${CP1252_80_TO_9F}]`;

/** A lead byte's character and as many continuation characters as that lead byte announces. */
const RUN = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');
const ANY_RUN = new RegExp(RUN.source);

/** Fewest repairable runs a document must hold before any is repaired. */
export const MIN_RUNS = 2;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether a character is of the scripts and symbols that text read wrongly comes from. */
function plausible(code: number): boolean {
  return (
    (code >= 0xa0 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x5d0 && code <= 0x5ea) ||
    (code >= 0x600 && code <= 0x6ff) ||
    (code >= 0x900 && code <= 0xe7f) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x1f000 && code <= 0x1faff)
  );
}

/** The character a run stood for, or null when its bytes are not one plausible UTF-8 character. */
function decodeRun(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    bytes[i] = c <= 0xff ? c : CP1252_BYTE.get(c)!;
  }
  let out: string;
  try {
    out = utf8.decode(bytes);
  } catch {
    return null;
  }
  return plausible(out.codePointAt(0)!) ? out : null;
}

/** Latin-1's upper half: what most bytes from 0x80 to 0xFF become when read as Latin-1 or Windows-1252. */
const HIGH = /[\u0080-\u00ff]/g;

/** How many runs of `text` can be repaired, and how many characters of Latin-1's upper half they hold. */
export function repairable(text: string): { runs: number; chars: number } {
  let runs = 0;
  let chars = 0;
  if (!ANY_RUN.test(text)) return { runs, chars };
  for (const m of text.matchAll(RUN)) {
    if (decodeRun(m[0]) === null) continue;
    runs++;
    chars += m[0].match(HIGH)!.length;
  }
  return { runs, chars };
}

/**
 * `text` with every repairable run replaced by the character it stood for. An "Â" left before a
 * space is the remains of a no-break space (0xC2 0xA0) that became a plain one, and goes.
 *
 * @example
 * repairRuns('The Earthâ€™s orbit') // 'The Earth’s orbit'
 */
export function repairRuns(text: string): string {
  if (!ANY_RUN.test(text) && !text.includes('\u00c2 ')) return text;
  return text.replace(RUN, (run) => decodeRun(run) ?? run).replace(/\u00c2(?= )/g, '');
}

/** Every string of a document that a reader sees. */
function visibleStrings(doc: Doc): string[] {
  const m = doc.meta;
  const out = [doc.text, ...m.authors, ...m.imageCredits, ...m.relatedLinks.map((l) => l.text)];
  for (const s of [m.title, m.siteName, m.description]) if (s !== null) out.push(s);
  return out;
}

/**
 * The document with its mis-read text repaired, body offsets recomputed, and a warning saying so;
 * the document itself when it shows too little sign of having been mis-read.
 *
 * `extract()` applies it to every document it makes; it is exported for documents made otherwise.
 *
 * @example
 * // doc.text: "CafÃ© society â€” and politics"
 * repairMojibake(doc).text // "Café society — and politics"
 */
export function repairMojibake(doc: Doc): Doc {
  const strings = visibleStrings(doc);
  let runs = 0;
  let inRuns = 0;
  for (const s of strings) {
    const r = repairable(s);
    runs += r.runs;
    inRuns += r.chars;
  }
  if (runs < MIN_RUNS) return doc;
  let high = 0;
  for (const s of strings) high += s.match(HIGH)?.length ?? 0;
  if (2 * inRuns < high) return doc;
  let repaired = repairOnce(doc);
  // text read wrongly twice ("ÃƒÂ©") needs a second round
  if (visibleStrings(repaired).some((s) => ANY_RUN.test(s))) repaired = repairOnce(repaired);
  return { ...repaired, warnings: [...doc.warnings, 'repaired text that had been decoded with the wrong character set (mojibake)'] };
}

function repairOnce(doc: Doc): Doc {
  const body = buildBody(
    doc.blocks.map((b) => ({
      text: repairRuns(doc.text.slice(b.start, b.end)),
      kind: b.kind,
      ...(b.level !== undefined ? { level: b.level } : {}),
      ...(b.source !== undefined ? { source: b.source } : {}),
    })),
  );
  const m = doc.meta;
  const orNull = (s: string | null) => (s === null ? null : repairRuns(s));
  const meta: DocMeta = {
    ...m,
    title: orNull(m.title),
    siteName: orNull(m.siteName),
    description: orNull(m.description),
    authors: m.authors.map(repairRuns),
    imageCredits: m.imageCredits.map(repairRuns),
    relatedLinks: m.relatedLinks.map((l) => ({ ...l, text: repairRuns(l.text) })),
  };
  return { ...doc, text: body.text, blocks: body.blocks, meta };
}
