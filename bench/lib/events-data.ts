/**
 * The shared event gold sets and the team's own hold-out: a fixed ~30 % slice of each development
 * file (by a hash of the sentence text, so that copies of one sentence stay on one side) that no
 * rule, table or model of `src/nlp/events/` is tuned on. Benches report both slices.
 */
import { readFileSync } from 'node:fs';

export interface GoldLine {
  readonly id: string;
  readonly text: string;
  readonly date?: string;
  readonly [field: string]: unknown;
}

/** FNV-1a over the UTF-16 code units of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Whether a sentence belongs to the team's hold-out slice (about 30 % of each set). */
export function isHeldOut(text: string): boolean {
  return fnv1a(`sitrep-events:${text.trim()}`) % 10 < 3;
}

/** Reads a JSON Lines gold file. */
export function readGold(path: string): GoldLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldLine);
}
