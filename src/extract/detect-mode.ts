const DOCUMENT_MARKERS = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;
const COMMON_TAGS = /<(?:p|div|span|a|br|article|section|h[1-6]|ul|li|table|img|meta|script|link)[\s/>]/gi;

/** Tells HTML from plain text by looking at the first 8 KB. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 8192);
  if (DOCUMENT_MARKERS.test(head)) return true;
  const tags = head.match(COMMON_TAGS);
  return tags !== null && tags.length >= 3;
}
