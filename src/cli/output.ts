import type { Doc } from '../doc.js';

/** Output formats shared by the commands that print documents. */
export type DocFormat = 'text' | 'json' | 'jsonl';

/** The flat record of the `extract --format jsonl` contract. */
export function docRecord(id: string, doc: Doc): Record<string, unknown> {
  return {
    id,
    title: doc.meta.title,
    authors: doc.meta.authors,
    publishedAt: doc.meta.publishedAt,
    updatedAt: doc.meta.updatedAt,
    siteName: doc.meta.siteName,
    lang: doc.meta.lang,
    url: doc.meta.url,
    text: doc.text,
    relatedLinks: doc.meta.relatedLinks,
    imageCredits: doc.meta.imageCredits,
    warnings: doc.warnings,
  };
}

/** A readable rendering for a person: title, byline, date, site, then the body. */
export function renderDocText(id: string, doc: Doc): string {
  const m = doc.meta;
  const lines: string[] = [];
  const title = m.title ?? `(untitled: ${id})`;
  lines.push(title, '='.repeat(Math.min(title.length, 78)));
  const by = m.authors.length > 0 ? `By ${m.authors.join(', ')}` : null;
  const facts = [by, m.publishedAt, m.updatedAt ? `updated ${m.updatedAt}` : null, m.siteName, m.lang ? `[${m.lang}]` : null].filter(
    (x): x is string => !!x,
  );
  if (facts.length > 0) lines.push(facts.join(' · '));
  if (m.url) lines.push(m.url);
  lines.push('');
  lines.push(doc.text.length > 0 ? doc.text : '(no article text found)');
  if (m.imageCredits.length > 0) lines.push('', 'Image credits:', ...m.imageCredits.map((c) => `  - ${c}`));
  if (m.relatedLinks.length > 0) lines.push('', 'Related:', ...m.relatedLinks.map((l) => `  - ${l.text}${l.url ? ` <${l.url}>` : ''}`));
  if (doc.warnings.length > 0) lines.push('', ...doc.warnings.map((w) => `warning: ${w}`));
  return lines.join('\n');
}
