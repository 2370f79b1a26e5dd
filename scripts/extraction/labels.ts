/** Block labels from a gold article body, by token n-gram overlap (the scorer's tokenisation). */

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** An index of a gold text's token n-grams (n = 1…4). */
export class GoldIndex {
  private readonly grams: Set<string>[] = [new Set(), new Set(), new Set(), new Set()];
  constructor(gold: string) {
    const t = tokens(gold);
    for (let n = 1; n <= 4; n++) {
      const set = this.grams[n - 1]!;
      for (let i = 0; i + n <= t.length; i++) set.add(t.slice(i, i + n).join(' '));
    }
  }

  /** Share of the block's tokens that sit in a 4-gram found in the gold text (or the whole block, when shorter). */
  coverage(text: string): { covered: number; tokens: number } {
    const t = tokens(text);
    if (t.length === 0) return { covered: 0, tokens: 0 };
    if (t.length < 4) return { covered: this.grams[t.length - 1]!.has(t.join(' ')) ? t.length : 0, tokens: t.length };
    const mark = new Uint8Array(t.length);
    const g4 = this.grams[3]!;
    for (let i = 0; i + 4 <= t.length; i++) {
      if (g4.has(`${t[i]} ${t[i + 1]} ${t[i + 2]} ${t[i + 3]}`)) mark[i] = mark[i + 1] = mark[i + 2] = mark[i + 3] = 1;
    }
    let covered = 0;
    for (const m of mark) covered += m;
    return { covered, tokens: t.length };
  }
}

/**
 * Training labels and weights for a page's blocks (or lines): a block is body when at least half its
 * tokens are covered by the gold text; its weight is its share of the page's tokens (scaled to a page
 * of 300 tokens, never below 0.02), so that long pages do not outweigh short ones.
 */
export function labelBlocks(gold: GoldIndex, texts: readonly string[]): { labels: number[]; weights: number[] } {
  const cov = texts.map((t) => gold.coverage(t));
  const total = cov.reduce((s, c) => s + c.tokens, 0);
  return {
    labels: cov.map((c) => (c.tokens > 0 && c.covered / c.tokens >= 0.5 ? 1 : 0)),
    weights: cov.map((c) => Math.max(0.02, (300 * c.tokens) / Math.max(total, 300))),
  };
}
