import { Parser, type Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
  type Element,
  isElement,
  KEPT_ATTRIBUTES,
  keptAttributeAt,
  normalizedLength,
  normalizeSpace,
  parseHtml,
  ScanningTokenizer,
  type Text,
  textOf,
} from './dom.js';

describe('parseHtml', () => {
  it('keeps only the attributes extraction reads, values decoded, nothing carried from a dropped one', () => {
    const doc = parseHtml(
      '<div data-x="a&amp;b" onclick="go()" id="main" aria-label="x" class="post &amp; body"><a srcset=\'1 2\' href="/x?a=1&amp;b=2" data-y>t</a><time datetime=2020-01-02 title=x>d</time></div>',
    );
    const div = doc.children[0] as Element;
    expect(div.attribs).toEqual({ id: 'main', class: 'post & body' });
    const [a, time] = div.children as Element[];
    expect(a!.attribs).toEqual({ href: '/x?a=1&b=2' });
    expect(time!.attribs).toEqual({ datetime: '2020-01-02' });
  });

  it('gives every element attributes of one shape, the first of two same-named attributes winning', () => {
    const doc = parseHtml('<div class="a" id="b"><p id="c" CLASS="d" class="e" lang="en">x</p></div></span></p>');
    const div = doc.children[0] as Element;
    const p = div.children[0] as Element;
    // the `</p>` with no `<p>` open makes the parser imply an empty paragraph
    const implied = doc.children[1] as Element;
    expect(implied.name).toBe('p');
    for (const el of [div, p, implied]) expect(Object.keys(el.attribs)).toEqual([...KEPT_ATTRIBUTES]);
    expect(p.attribs.class).toBe('d');
    expect(p.attribs.lang).toBe('en');
    expect(div.attribs.lang).toBeUndefined();
    expect(implied.attribs.id).toBeUndefined();
  });

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

describe('normalizeSpace and normalizedLength', () => {
  const samples = [
    '',
    ' ',
    'plain words here',
    '  leading',
    'trailing ',
    'two  spaces',
    'tab\there',
    'line\nbreak\r\n',
    'no\u00a0break',
    'zero\u200bwidth',
    '\ufeffbom',
    'ideographic\u3000space',
    'narrow\u202fno-break',
    '\u2028\u2029',
    'é ü 😀 mixed',
    '\u200a\u200b\u200c',
  ];

  it('collapses every kind of white space run to one space and trims', () => {
    expect(normalizeSpace('  a \n\t b\u00a0\u200bc  ')).toBe('a b c');
    expect(normalizeSpace('already clean')).toBe('already clean');
    // U+200C is no white space: it stays
    expect(normalizeSpace('a\u200cb')).toBe('a\u200cb');
  });

  it('gives the length of the normalised string without building it', () => {
    for (const s of samples) expect(normalizedLength(s), JSON.stringify(s)).toBe(normalizeSpace(s).length);
  });

  it('agrees with the regular expression on random strings', () => {
    const alphabet = ['a', 'b', ' ', '\n', '\t', '\u00a0', '\u200b', '\u2003', '\ufeff', '\u3000', '\u200c', 'é'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let k = 0; k < 500; k++) {
      let s = '';
      const len = next() % 12;
      for (let i = 0; i < len; i++) s += alphabet[next() % alphabet.length];
      const expected = s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
      expect(normalizeSpace(s), JSON.stringify(s)).toBe(expected);
      expect(normalizedLength(s), JSON.stringify(s)).toBe(expected.length);
    }
  });
});

describe('ScanningTokenizer', () => {
  /** Every event htmlparser2 reports, with its offsets, as one line each. */
  function events(html: string, tokenizer?: typeof Tokenizer): string[] {
    const out: string[] = [];
    const parser: Parser = new Parser(
      {
        onopentag: (name, attribs) => out.push(`open ${name} ${JSON.stringify(attribs)} ${parser.startIndex}-${parser.endIndex}`),
        onclosetag: (name, implied) => out.push(`close ${name} ${implied}`),
        ontext: (data) => out.push(`text ${JSON.stringify(data)} ${parser.startIndex}-${parser.endIndex}`),
        oncomment: (data) => out.push(`comment ${JSON.stringify(data)}`),
        onprocessinginstruction: (name, data) => out.push(`pi ${name} ${data}`),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, ...(tokenizer ? { Tokenizer: tokenizer } : {}) },
    );
    parser.end(html);
    return out;
  }
  const scanning = ScanningTokenizer as unknown as typeof Tokenizer;

  it('reports the same tokens as htmlparser2 on entities, quotes, raw text and truncated markup', () => {
    const pages = [
      '<p class="a &amp; b" title=\'x&lt;y\' data-u=plain>Tom &amp; Jerry &copy; 2024 &notanentity; a&b</p>',
      '<script>if (a < b && c) { x = "</p>"; }</script><style>a>b{}</style><title>A &amp; B</title>',
      '<div>text with no end',
      '<a href="never closed',
      "<a href='single & quote",
      'plain text &amp',
      '<p>one<!-- a -- b -->two<![CDATA[x]]>three<?php echo 1 ?></p>',
      '<textarea>a &lt; b</textarea><noscript><img src="x"></noscript>',
      '&#x41;&#66;&amp&lt<<>>&',
    ];
    for (const html of pages) expect(events(html, scanning)).toEqual(events(html));
  });

  it('reports the same tokens as htmlparser2 on random markup', () => {
    const pieces = [
      '<',
      '>',
      '&',
      '&amp;',
      '&#39;',
      '"',
      "'",
      '=',
      ' ',
      'a',
      'p',
      'x y',
      '</',
      '<p class="',
      "<a href='",
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '/>',
      '\n',
      'é',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 400; n++) {
      let html = '';
      const length = 1 + Math.floor(random() * 60);
      for (let i = 0; i < length; i++) html += pieces[Math.floor(random() * pieces.length)];
      expect(events(html, scanning), html).toEqual(events(html));
    }
  });
});

describe('keptAttributeAt', () => {
  it('names a kept attribute in any ASCII case, in place, and nothing else', () => {
    const at = (source: string) => keptAttributeAt(`<a ${source}=`, 3, 3 + source.length);
    expect(at('class')).toBe('class');
    expect(at('ID')).toBe('id');
    expect(at('Http-Equiv')).toBe('http-equiv');
    expect(at('ARIA-HIDDEN')).toBe('aria-hidden');
    expect(at('data-id')).toBeNull();
    expect(at('classes')).toBeNull();
    expect(at('cla')).toBeNull();
    expect(at('aria-hidden-x')).toBeNull();
    expect(at('\u0131d')).toBeNull(); // dotless i
    expect(at('\u0130d')).toBeNull(); // dotted capital I lower-cases to two characters
  });
});
