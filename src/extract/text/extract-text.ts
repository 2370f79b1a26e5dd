import { buildBody, type Doc, type RelatedLink } from '../../doc.js';
import { parseByline } from '../authors.js';
import { CHROME_LINE, RELATED_HEADING, RELATED_LEAD } from '../chrome-lines.js';
import { parseDate } from '../dates.js';

export interface TextExtractOptions {
  url?: string | null;
}

/** Image credit lines: agency or licence marks, "(user:…)", "Photo: …". */
const CREDIT =
  /\((?:user:|photo|image|credit|foto|pic)[^)]*\)|\b(?:wikimedia|flickr|getty\s+images|shutterstock|istock|afp\s+photo|ap\s+photo|reuters\/|epa\/|photo\s+(?:by|credit|courtesy)|image\s+(?:by|credit|courtesy|source)|courtesy\s+of|cc[ -]by(?:-sa)?|creative\s+commons|public\s+domain)\b|©|\(c\)\s/i;
const ABOUT_AUTHOR = /^about\s+(?:the\s+author\s*:?\s*)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*$/u;
const BYLINE = /^(?:by|written\s+by|posted\s+by)\s+\p{Lu}/iu;
const DATE_LINE =
  /^(?:(?:published|posted|updated|last\s+updated)\s*:?\s*)?(?:\w+day,?\s+)?(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?\s*$/i;

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function isSentenceLike(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= 8 || (words >= 4 && /[.!?:;"”’)]$/.test(s));
}

/** Extracts the article from page text that a scraper already flattened, one block per line. */
export function extractFromText(input: string, options: TextExtractOptions = {}, warnings: string[] = []): Doc {
  const lines = input
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim());
  const items = lines.map((text, line) => ({ text, line })).filter((l) => l.text.length > 0);

  let title: string | null = null;
  const authors: string[] = [];
  let publishedAt: string | null = null;
  const imageCredits: string[] = [];
  const relatedLinks: RelatedLink[] = [];
  const body: { text: string; line: number }[] = [];

  // the title: a line the scraper repeated near the top, else the first headline-like line before the body
  const seen = new Map<string, number>();
  for (let i = 0; i < Math.min(items.length, 15); i++) {
    const k = norm(items[i]!.text);
    if (k.length < 8) continue;
    seen.set(k, (seen.get(k) ?? 0) + 1);
    if (seen.get(k)! >= 2 && title === null) title = items[i]!.text;
  }
  const firstSentence = items.findIndex((l) => isSentenceLike(l.text) && !CHROME_LINE.test(l.text) && !CREDIT.test(l.text));
  if (title === null && firstSentence > 0) {
    for (let i = firstSentence - 1; i >= 0; i--) {
      const t = items[i]!.text;
      const w = t.split(/\s+/).length;
      if (w >= 3 && w <= 25 && !CHROME_LINE.test(t) && !CREDIT.test(t) && !BYLINE.test(t) && !DATE_LINE.test(t)) {
        title = t;
        break;
      }
    }
  }
  const titleKey = title ? norm(title) : null;

  let inBio = false;
  for (let i = 0; i < items.length; i++) {
    const { text, line } = items[i]!;
    const key = norm(text);
    if (titleKey && (key === titleKey || (key.startsWith(titleKey) && key.length < titleKey.length + 20))) continue;
    const about = ABOUT_AUTHOR.exec(text);
    if (about) {
      const name = about[1]!;
      if (!authors.includes(name)) authors.push(name);
      inBio = true;
      continue;
    }
    if (inBio) {
      if (CHROME_LINE.test(text) || RELATED_HEADING.test(text)) inBio = false;
      continue;
    }
    const lead = RELATED_LEAD.exec(text);
    if (lead) {
      relatedLinks.push({ text: lead[1]!.trim(), url: null });
      continue;
    }
    if (CREDIT.test(text) && text.split(/\s+/).length <= 30) {
      imageCredits.push(text);
      continue;
    }
    if (CHROME_LINE.test(text) || RELATED_HEADING.test(text) || isMenuLine(text)) continue;
    if (BYLINE.test(text) && i < firstSentence + 3) {
      for (const n of parseByline(text)) if (!authors.includes(n)) authors.push(n);
      continue;
    }
    if (DATE_LINE.test(text) && (firstSentence < 0 || i <= firstSentence + 2)) {
      publishedAt ??= parseDate(text);
      continue;
    }
    body.push({ text, line });
  }

  // drop short non-sentence lines before the first and after the last sentence-like line
  const firstBody = body.findIndex((b) => isSentenceLike(b.text));
  let lastBody = -1;
  for (let i = body.length - 1; i >= 0; i--)
    if (isSentenceLike(body[i]!.text)) {
      lastBody = i;
      break;
    }
  const kept = firstBody < 0 ? [] : body.slice(firstBody, lastBody + 1);
  const built = buildBody(kept.map((b) => ({ text: b.text, kind: 'paragraph' as const, source: { start: b.line, end: b.line + 1 } })));
  if (built.text.length === 0) warnings.push('no article text found');
  return {
    text: built.text,
    blocks: built.blocks,
    mode: 'text',
    warnings,
    meta: {
      title,
      authors,
      publishedAt,
      siteName: null,
      lang: null,
      url: options.url ?? null,
      description: null,
      imageCredits,
      relatedLinks,
    },
  };
}

/** "Home | World | Politics" or "News · Sport · Weather": a line of navigation words. */
function isMenuLine(s: string): boolean {
  const parts = s.split(/\s*[|·•»›]\s*/);
  return parts.length >= 3 && parts.every((p) => p.split(/\s+/).length <= 3);
}
