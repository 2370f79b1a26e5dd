import { describe, expect, it } from 'vitest';
import { type Element, isElement, parseHtml, type Text, textOf } from './dom.js';

describe('parseHtml', () => {
  it('builds elements with lower-case names and attributes, scripts and styles apart', () => {
    const doc = parseHtml('<HTML><Body CLASS="x"><P>One &amp; two</P><script>var a = "<p>";</script><style>p{}</style></Body></HTML>');
    const html = doc.children[0] as Element;
    const body = html.children.find(isElement)!;
    expect(body.name).toBe('body');
    expect(body.attribs).toEqual({ class: 'x' });
    expect(body.children.map((c) => c.type)).toEqual(['tag', 'script', 'style']);
    expect(textOf(body)).toBe('One & two');
  });

  it('gives text runs their source offsets, and keeps texts on either side of a comment apart', () => {
    const html = '<p>ab<!-- note -->cd</p>';
    const p = parseHtml(html).children[0] as Element;
    const [first, second] = p.children as Text[];
    expect(first!.data).toBe('ab');
    expect(html.slice(first!.startIndex, first!.endIndex + 1)).toBe('ab');
    expect(html.slice(second!.startIndex, second!.endIndex + 1)).toBe('cd');
  });

  it('closes elements the markup leaves open', () => {
    const p = parseHtml('<div><p>one<p>two</div>after').children;
    expect(p.map((n) => n.type)).toEqual(['tag', 'text']);
    expect((p[0] as Element).children.map((c) => (c as Element).name)).toEqual(['p', 'p']);
  });
});
