import { Parser } from 'htmlparser2';
import { closeRawTextTitle } from '../../src/extract/html/dom.js';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'svg',
  'iframe',
  'select',
  'option',
  'textarea',
  'button',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'br',
  'menu',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);

/**
 * Renders a page the way a simple scraper flattens it: the visible text of each block on its own
 * line, no markup, no links. Used to measure text mode on the same pages as HTML mode.
 */
export function flattenPage(html: string): string {
  const lines: string[] = [];
  let buf = '';
  let skip = 0;
  const stack: string[] = [];
  const newline = () => {
    const t = buf.replace(/[\s\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    buf = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (VOID.has(name)) {
          if (name === 'br' || name === 'hr') newline();
          return;
        }
        const hidden = attribs.hidden !== undefined || /display\s*:\s*none/i.test(attribs.style ?? '');
        stack.push(name);
        if (skip > 0 || SKIP.has(name) || hidden) {
          skip++;
          return;
        }
        if (BLOCK.has(name)) newline();
      },
      ontext(text) {
        if (skip === 0) buf += text;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        stack.pop();
        if (skip > 0) {
          skip--;
          return;
        }
        if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  // browsers show text that broken pages leave in <head>, and end an unclosed <title> early
  parser.end(closeRawTextTitle(html));
  newline();
  return lines.join('\n');
}
