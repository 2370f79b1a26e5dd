/**
 * The article model every layer of sitrep builds on.
 *
 * A {@link Doc} holds one normalised article text (`text`: paragraphs joined by one blank line),
 * the blocks that make it up (as spans over `text`), and the page metadata. Annotation layers
 * added later (entities, quotes, sources, events) are stand-off spans over the same `text`.
 */

/** What kind of block a paragraph of the article is. */
export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'list-item' | 'preformatted' | 'table-row';

/** One block of the article body: a span `[start, end)` of {@link Doc.text}. */
export interface Block {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
  /** Heading level 1-6, for headings. */
  readonly level?: number;
  /** Where the block came from in the source: character offsets into the decoded HTML, or line numbers in text mode. */
  readonly source?: { readonly start: number; readonly end: number };
}

/** A link to another story that the page put next to the article ("Also Read: …", "More in …"). */
export interface RelatedLink {
  readonly text: string;
  /** Absolute when the page's URL is known; `null` when the input had no link (scraped text). */
  readonly url: string | null;
}

/** Page metadata. Unknown fields are `null` or empty, never invented. */
export interface DocMeta {
  readonly title: string | null;
  readonly authors: readonly string[];
  /** ISO 8601: a date (`2024-03-01`) or a date and time with offset, as precise as the page says. */
  readonly publishedAt: string | null;
  /**
   * ISO 8601, as {@link publishedAt}: when the page says the article was last revised ("Updated
   * March 5, 2025", a declared modification time), and only when that is later than `publishedAt`.
   */
  readonly updatedAt: string | null;
  readonly siteName: string | null;
  /** BCP 47 language tag (`en`, `de`, `pt-BR`) from the page's markup or, failing that, detected from the text. */
  readonly lang: string | null;
  /** Canonical URL of the article when the page or the caller gave it. */
  readonly url: string | null;
  readonly description: string | null;
  /** Image captions and credits, kept out of the body. */
  readonly imageCredits: readonly string[];
  readonly relatedLinks: readonly RelatedLink[];
}

/** How the article was read: from HTML markup or from already-flattened page text. */
export type ExtractMode = 'html' | 'text';

/** A clean article. */
export interface Doc {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly meta: DocMeta;
  readonly mode: ExtractMode;
  /** Things that went wrong but did not stop extraction (charset guessed, page truncated, …). */
  readonly warnings: readonly string[];
}

/** An empty metadata record, for builders to fill in. */
export function emptyMeta(): DocMeta {
  return {
    title: null,
    authors: [],
    publishedAt: null,
    updatedAt: null,
    siteName: null,
    lang: null,
    url: null,
    description: null,
    imageCredits: [],
    relatedLinks: [],
  };
}

/** Joins paragraphs into a Doc's text and block list. Empty paragraphs are skipped. */
export function buildBody(
  paragraphs: ReadonlyArray<{ text: string; kind: BlockKind; level?: number; source?: { start: number; end: number } }>,
): { text: string; blocks: Block[] } {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    if (p.text.length === 0) continue;
    if (parts.length > 0) offset += 2;
    const block: Block = {
      kind: p.kind,
      start: offset,
      end: offset + p.text.length,
      ...(p.level !== undefined ? { level: p.level } : {}),
      ...(p.source !== undefined ? { source: p.source } : {}),
    };
    blocks.push(block);
    parts.push(p.text);
    offset += p.text.length;
  }
  return { text: parts.join('\n\n'), blocks };
}
