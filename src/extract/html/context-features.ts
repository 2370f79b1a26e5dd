import type { PageBlocks } from './blocks.js';
import { FEATURE_COUNT, FEATURE_NAMES } from './features.js';

/**
 * Second-pass features: each block seen through the first pass's probabilities of the blocks
 * around it (neighbours, its container and ancestors, blocks with the same `class`), so that the
 * second model can make the body contiguous and drop islands.
 */

const COPIED = [
  'logLen',
  'linkDensity',
  'heading',
  'endsPunct',
  'titleEqual',
  'afterTitle',
  'chromeLine',
  'relatedLead',
  'relatedHeading',
  'startsBy',
  'dateLike',
  'copyright',
  'in_figcaption',
  'in_li',
  'in_footer',
  'in_nav',
  'in_aside',
  'inTop',
  'relPos',
  'near_h0',
  'near_h3',
  'near_h7',
  'near_h8',
  'far_h0',
  'far_h3',
  'repeated',
  'stopwordRatio',
];
const COPIED_INDEX = COPIED.map((name) => {
  const i = FEATURE_NAMES.indexOf(name);
  if (i < 0) throw new Error(`unknown feature ${name}`);
  return i;
});

export const CONTEXT_FEATURE_NAMES: readonly string[] = [
  'p0',
  'pPrev1',
  'pNext1',
  'pPrev2',
  'pNext2',
  'pPrev3',
  'pNext3',
  'pWindow',
  'pMaxBefore',
  'pMaxAfter',
  'pContainer',
  'pParent',
  'pGrandparent',
  'pSameHint',
  'sameHintCount',
  'pageKeptShare',
  'fromFirstKept',
  'toLastKept',
  'betweenKept',
  'keptTextBefore',
  'keptTextAfter',
  'gapBefore',
  'gapAfter',
  ...COPIED.map((c) => `s1_${c}`),
];
export const CONTEXT_FEATURE_COUNT = CONTEXT_FEATURE_NAMES.length;

export function contextFeatures(page: PageBlocks, p: ArrayLike<number>, first: Float32Array): Float32Array {
  const { blocks, containers } = page;
  const n = blocks.length;
  const F = CONTEXT_FEATURE_COUNT;
  const out = new Float32Array(n * F);
  if (n === 0) return out;

  const nc = containers.length;
  const sumP = new Float64Array(nc);
  const sumL = new Float64Array(nc);
  const hintP = new Map<string, [number, number, number]>();
  let firstKept = -1;
  let lastKept = -1;
  let keptText = 0;
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const len = Math.max(1, b.text.length);
    const pi = p[i]!;
    let c = b.container;
    for (let lvl = 0; lvl < 3 && c >= 0; lvl++) {
      sumP[c] = sumP[c]! + pi * len;
      sumL[c] = sumL[c]! + len;
      c = containers[c]!.parent;
    }
    const hint = containers[b.container]!.hint;
    if (hint.length > 0) {
      const key = `${containers[b.container]!.tag}.${hint}`;
      const e = hintP.get(key) ?? [0, 0, 0];
      e[0] += pi * len;
      e[1] += len;
      e[2] += 1;
      hintP.set(key, e);
    }
    if (pi >= 0.5) {
      if (firstKept < 0) firstKept = i;
      lastKept = i;
      keptText += b.text.length;
    }
  }

  const at = (i: number) => (i >= 0 && i < n ? p[i]! : -1);
  const meanOf = (c: number) => (c >= 0 && sumL[c]! > 0 ? sumP[c]! / sumL[c]! : -1);
  let keptBefore = 0;
  let lastKeptSeen = -1;
  const nextKept = new Int32Array(n).fill(-1);
  for (let i = n - 1, nk = -1; i >= 0; i--) {
    nextKept[i] = nk;
    if (p[i]! >= 0.5) nk = i;
  }
  let keptCount = 0;
  for (let i = 0; i < n; i++) if (p[i]! >= 0.5) keptCount++;

  let k = 0;

  const put = (v: number) => {
    out[k++] = v;
  };

  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    k = i * F;
    put(p[i]!);
    put(at(i - 1));
    put(at(i + 1));
    put(at(i - 2));
    put(at(i + 2));
    put(at(i - 3));
    put(at(i + 3));
    let ws = 0;
    let wl = 0;
    let maxB = 0;
    let maxA = 0;
    for (let j = Math.max(0, i - 10); j < Math.min(n, i + 11); j++) {
      if (j === i) continue;
      const len = blocks[j]!.text.length;
      if (Math.abs(j - i) <= 5) {
        ws += p[j]! * len;
        wl += len;
      }
      if (j < i) maxB = Math.max(maxB, p[j]!);
      else maxA = Math.max(maxA, p[j]!);
    }
    put(wl > 0 ? ws / wl : -1);
    put(maxB);
    put(maxA);
    const c = b.container;
    const parent = containers[c]!.parent;
    put(meanOf(c));
    put(meanOf(parent));
    put(meanOf(parent >= 0 ? containers[parent]!.parent : -1));
    const hint = containers[c]!.hint;
    const e = hint.length > 0 ? hintP.get(`${containers[c]!.tag}.${hint}`) : undefined;
    put(e && e[1] > 0 ? e[0] / e[1] : -1);
    put(e ? Math.min(e[2], 50) : 0);
    put(keptCount / n);
    put(firstKept >= 0 ? Math.max(-30, Math.min(30, i - firstKept)) : -31);
    put(lastKept >= 0 ? Math.max(-30, Math.min(30, lastKept - i)) : -31);
    put(firstKept >= 0 && i >= firstKept && i <= lastKept ? 1 : 0);
    put(keptText > 0 ? keptBefore / keptText : 0);
    put(keptText > 0 ? (keptText - keptBefore - (p[i]! >= 0.5 ? b.text.length : 0)) / keptText : 0);
    put(lastKeptSeen >= 0 ? Math.min(30, i - lastKeptSeen) : 31);
    put(nextKept[i]! >= 0 ? Math.min(30, nextKept[i]! - i) : 31);
    const base = i * FEATURE_COUNT;
    for (const fi of COPIED_INDEX) put(first[base + fi]!);
    if (p[i]! >= 0.5) {
      keptBefore += b.text.length;
      lastKeptSeen = i;
    }
    if (k !== (i + 1) * F) throw new Error(`context row ${i} has the wrong length`);
  }
  return out;
}
