import { sureTypeOf } from '../nlp/ner/word-type-prior.js';
import { FULL_NAME_LINE, parseByline } from './authors.js';
import { parseDate } from './dates.js';
import { bylineNames } from './text/header-lines.js';

/** A link to an author's other writing: "View all posts by Ray Ansari", "All articles by Elliot Raba". */
const ARCHIVE_LINK = /^(?:see\s+|view\s+)?(?:all|more)\s+(?:articles|posts|stories|columns|writing)\s+by\s+(.{3,60}?)\s*$/i;

/** A block that only labels the author's name in the next one: "Article by", "Written by", "Author(s)", "By". */
const AUTHOR_LABEL = /^(?:(?:article|posted|written|words|story|text|reporting)\s+)?by\s*:?$|^authors?(?:\(s\))?\s*:?$/i;

/**
 * The names in the block after an author label, anywhere on the page; under a plural label
 * ("Authors", "Author(s)") every following line that is a full name. Initials shown on an avatar
 * ("CP") are passed over.
 */
function labelledAuthors(blocks: readonly { readonly text: string }[]): string[] {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const label = blocks[i]!.text;
    if (label.length > 20 || !AUTHOR_LABEL.test(label)) continue;
    let j = i + 1;
    while (j < blocks.length && /^\p{Lu}{1,3}$/u.test(blocks[j]!.text)) j++;
    const first = j < blocks.length && blocks[j]!.text.length <= 80 ? parseByline(blocks[j]!.text) : [];
    if (first.length === 0) continue;
    const names = [...first];
    if (/s\)?\s*:?$/i.test(label)) {
      for (let k = j + 1; k < blocks.length && names.length < 8 && FULL_NAME_LINE.test(blocks[k]!.text); k++) names.push(blocks[k]!.text);
    }
    return names;
  }
  return [];
}

/**
 * The authors a page names anywhere, by the last resorts of both modes, in order: names under an
 * author label, a link to the author's other writing, then a signature line ("Posted by Colin
 * Watson on 2025-12-18 in debusine"). `blocks` are the page's blocks or lines.
 *
 * @example
 * labelledOrArchiveAuthors([{ text: 'Written by' }, { text: 'Jane Roe' }]); // ['Jane Roe']
 */
export function labelledOrArchiveAuthors(blocks: readonly { readonly text: string }[]): string[] {
  const labelled = labelledAuthors(blocks);
  if (labelled.length > 0) return labelled;
  const archive = archiveLinkAuthors(blocks);
  return archive.length > 0 ? archive : signatureAuthors(blocks);
}

/** "Posted by Colin Watson on 2025-12-18 in debusine." */
const SIGNED_BY = /^(?:posted|written|published|submitted)\s+by\s+(.{3,60}?)\s+(?:on|at)\s+(.{6,40}?)(?:\s+in\s|[.|]|$)/i;
/** "Last updated March 3, 2025 by Erik Demaine." */
const DATED_BY = /^(?:last\s+)?(?:updated|posted|published|modified)\s+(?:on\s+)?(.{6,30}?)\s+by\s+(.{3,60}?)\s*(?:[.,;|—–]|$)/i;

/** The author named with a date by a short line anywhere on the page, as blogs sign their posts. */
function signatureAuthors(blocks: readonly { readonly text: string }[]): string[] {
  for (const b of blocks) {
    if (b.text.length > 140) continue;
    const signed = SIGNED_BY.exec(b.text);
    const dated = signed ? null : DATED_BY.exec(b.text);
    const [name, date] = signed ? [signed[1]!, signed[2]!] : dated ? [dated[2]!, dated[1]!] : [null, null];
    if (!name || parseDate(date!) === null) continue;
    const names = parseByline(name.replace(/\s+in\s+.+$/, ''));
    if (names.length > 0) return names;
  }
  return [];
}

/** The author named by a link to their other writing, anywhere on the page. */
function archiveLinkAuthors(blocks: readonly { readonly text: string }[]): string[] {
  for (const b of blocks) {
    if (b.text.length > 80) continue;
    const m = ARCHIVE_LINK.exec(b.text);
    if (!m) continue;
    const names = parseByline(m[1]!);
    if (names.length > 0) return names;
  }
  return [];
}

/** Words of page furniture that a column header or a menu puts where a label's name would be ("Author" / "Recent Posts"). */
const FURNITURE_WORD =
  /\b(?:posts?|articles?|stories|comments?|categor(?:y|ies)|archives?|tags?|series|popular|recent|latest|related|more|home|menu|search|text|this|that|winners?|type|size)\b/i;

/** A name a label gives that reads as someone's: no furniture word, and a single word only when the word table is sure it is a person's. */
export function plausibleName(name: string): boolean {
  if (FURNITURE_WORD.test(name)) return false;
  return name.includes(' ') || sureTypeOf(name, 3) === 'PER';
}

/** "Guest author Jane Roe", "Author: Jane Roe": a byline's lead that `bylineNames` does not know. */
const GUEST_AUTHOR = /^(?:guest\s+)?author\s*:?\s+(?=\p{Lu})/iu;

/**
 * The names of the one byline line the page has anywhere ("Written by Linda McCall", "Guest author
 * Elizabeth Shields"); none when lines name different people, as a list of other stories does.
 */
export function soleByline(lines: readonly string[]): string[] {
  let found: string[] = [];
  for (const line of lines) {
    if (line.length > 60) continue;
    const names = bylineNames(line.replace(GUEST_AUTHOR, 'By '));
    if (names.length === 0 || !names.every(plausibleName)) continue;
    if (found.length > 0 && found.join('|') !== names.join('|')) return [];
    found = names;
  }
  return found;
}
