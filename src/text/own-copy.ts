/**
 * A copy of `s` that shares no memory with the string it was cut from.
 *
 * V8 represents a substring of 13 or more characters as a view into its parent, so a short key
 * taken from a page (a class name, a word) keeps the whole page alive for as long as the key
 * lives. Keys of caches that outlive a document must go through this first. Concatenating makes
 * a new string and slicing it forces a flat copy that the result points into instead.
 *
 * @example
 * cache.set(ownCopy(classValue), words); // the page's HTML can be collected
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
