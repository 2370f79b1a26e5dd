const DOCUMENT_MARKERS = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;
const COMMON_TAGS = /<(?:p|div|span|a|br|article|section|h[1-6]|ul|li|table|img|meta|script|link)[\s/>]/gi;
/** A fragment that opens with markup: a comment or the tag of a common element. */
const OPENS_WITH_MARKUP =
  /^\uFEFF?\s*<(?:!--|(?:p|div|span|a|article|section|main|header|nav|h[1-6]|ul|ol|table|figure|img|meta|title|script|style|link)[\s/>])/i;

/**
 * Tells HTML from plain text by looking at the first 8 KB: a document marker, markup at the very
 * start, or at least three common tags.
 *
 * @example
 * looksLikeHtml('<p>Talks resumed in Geneva on Monday …</p>') // true
 * looksLikeHtml('Talks resumed in Geneva\nThe delegates met on Monday …') // false
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 8192);
  if (DOCUMENT_MARKERS.test(head) || OPENS_WITH_MARKUP.test(head)) return true;
  const tags = head.match(COMMON_TAGS);
  return tags !== null && tags.length >= 3;
}
