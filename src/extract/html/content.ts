import type { PageBlocks, RawBlock } from './blocks.js';
import { Inside } from './blocks.js';
import { hintFacts } from './hints.js';

/** Per-container facts used to find the article body. */
export interface ContainerStats {
  /** Sum of text lengths of all blocks below. */
  readonly chars: Float64Array;
  /** Sum of link text lengths of all blocks below. */
  readonly linkChars: Float64Array;
  /** Paragraph-weighted score propagated up from blocks (see {@link scoreContainers}). */
  readonly score: Float64Array;
  readonly pos: Int8Array;
  readonly neg: Int8Array;
  /** The groups of `id`/`class` words present (see `hintFacts`). */
  readonly groups: Int32Array;
}

const BOILERPLATE_INSIDE = Inside.nav | Inside.footer | Inside.aside | Inside.form | Inside.menu | Inside.button;

/** Sums block text into containers and propagates paragraph scores to ancestors. */
export function scoreContainers(page: PageBlocks): ContainerStats {
  const n = page.containers.length;
  const chars = new Float64Array(n);
  const linkChars = new Float64Array(n);
  const score = new Float64Array(n);
  const pos = new Int8Array(n);
  const neg = new Int8Array(n);
  const groups = new Int32Array(n);
  for (const c of page.containers) {
    const h = hintFacts(c.hint);
    pos[c.index] = h.pos;
    neg[c.index] = h.neg;
    groups[c.index] = h.groups;
  }
  for (const b of page.blocks) {
    let c = b.container;
    while (c >= 0) {
      chars[c] = chars[c]! + b.text.length;
      linkChars[c] = linkChars[c]! + b.linkChars;
      c = page.containers[c]!.parent;
    }
    const len = b.text.length;
    if (len < 25 || b.heading > 0 || (b.inside & BOILERPLATE_INSIDE) !== 0) continue;
    if (b.linkChars / len > 0.5) continue;
    let s = 1 + countCommas(b.text) + Math.min(3, Math.floor(len / 100));
    if (/[.!?]["”’)]?$/.test(b.text)) s += 1;
    let cur = b.container;
    let level = 0;
    // a block's own container and the one above it get the full score; further ancestors less
    while (cur > 0 && level < 5) {
      const w = level < 2 ? 1 : level === 2 ? 0.5 : 1 / (level * 2);
      score[cur] = score[cur]! + s * w;
      cur = page.containers[cur]!.parent;
      level++;
    }
  }
  return { chars, linkChars, score, pos, neg, groups };
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) n++;
  }
  return n;
}

/** Picks the container that most likely holds the article body. */
export function pickTopContainer(page: PageBlocks, stats: ContainerStats): number {
  let best = -1;
  let bestScore = 0;
  for (const c of page.containers) {
    const i = c.index;
    if (i === 0 || c.tag === 'body' || c.tag === 'html') continue;
    let s = stats.score[i]!;
    if (s <= 0) continue;
    const ld = stats.chars[i]! > 0 ? stats.linkChars[i]! / stats.chars[i]! : 0;
    s *= 1 - ld;
    s += (stats.pos[i]! - stats.neg[i]!) * 5;
    if (c.tag === 'article' || c.tag === 'main') s *= 1.1;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}

/** True when container `c` is `ancestor` or lies below it. */
export function isWithin(page: PageBlocks, c: number, ancestor: number): boolean {
  while (c >= 0) {
    if (c === ancestor) return true;
    c = page.containers[c]!.parent;
  }
  return false;
}

/** Heuristic body selection: the blocks of the top container, minus link lists and marked furniture. */
export function selectHeuristic(page: PageBlocks, stats: ContainerStats): boolean[] {
  const top = pickTopContainer(page, stats);
  const keep = new Array<boolean>(page.blocks.length).fill(false);
  if (top < 0) {
    page.blocks.forEach((b, i) => {
      keep[i] = b.text.length > 80 && b.linkChars / b.text.length < 0.3;
    });
    return keep;
  }
  page.blocks.forEach((b: RawBlock, i) => {
    if (!isWithin(page, b.container, top)) return;
    const ld = b.linkChars / b.text.length;
    if (ld > 0.6 && b.text.length < 200) return;
    if ((b.inside & BOILERPLATE_INSIDE) !== 0) return;
    let c = b.container;
    while (c !== top && c > 0) {
      if (stats.neg[c]! > stats.pos[c]! && stats.score[c]! < 10) return;
      c = page.containers[c]!.parent;
    }
    keep[i] = true;
  });
  return keep;
}
