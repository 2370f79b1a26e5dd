/** How well extracted metadata agrees with the labels of the pages that carry them. */

const CREDENTIAL = /^[A-Z]{2,5}$/;
const FILLER = new Set(['by', 'and', 'und', 'et', 'y', 'with', 'von', 'par', 'por']);

function nameTokens(s: string): Set<string> {
  const out = new Set<string>();
  for (const raw of s.split(/[^\p{L}\p{N}'’]+/u)) {
    if (!raw || CREDENTIAL.test(raw)) continue;
    const t = raw.toLowerCase();
    if (!FILLER.has(t)) out.add(t);
  }
  return out;
}

/** Title equality after white space is collapsed. */
export function titleMatches(pred: string | null, gold: string): boolean {
  const n = (s: string) => s.replace(/\s+/g, ' ').trim();
  return pred !== null && n(pred) === n(gold);
}

/** Author agreement: the same name words, ignoring "by"/"and" and upper-case credentials (MS, RD, PhD). */
export function authorMatches(pred: readonly string[], gold: string): boolean {
  const g = nameTokens(gold);
  const p = nameTokens(pred.join(' '));
  if (g.size === 0) return p.size === 0;
  if (p.size !== g.size) return false;
  for (const t of g) if (!p.has(t)) return false;
  return true;
}

/** Date agreement on the day. */
export function dateMatches(pred: string | null, gold: string): boolean {
  return pred !== null && pred.slice(0, 10) === gold.slice(0, 10);
}
