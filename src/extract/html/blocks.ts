import { type ChildNode, type Document, type Element, normalizedLength, normalizeSpace, type Text } from './dom.js';

/**
 * A page flattened into blocks: every run of text between block-level boundaries, in document
 * order, with the block-level element that holds it. Boilerplate removal works on this list.
 */
export interface PageBlocks {
  readonly blocks: RawBlock[];
  /** Block-level elements, in document order; index 0 is the document root. */
  readonly containers: Container[];
}

/** A block-level element that holds blocks. */
export interface Container {
  readonly index: number;
  readonly el: Element | null;
  readonly tag: string;
  readonly parent: number;
  readonly depth: number;
  /** `id` and `class` of the element, space-separated, as written. */
  readonly hint: string;
}

export interface RawBlock {
  /** Text with white space collapsed. */
  readonly text: string;
  /** Index into {@link PageBlocks.containers} of the innermost block-level element around the text. */
  readonly container: number;
  /** Characters of the text inside `<a href>`. */
  readonly linkChars: number;
  readonly links: number;
  /** URL of the first link in the block. */
  readonly href: string | null;
  /** Heading level 1-6 when the block is inside `<h1>`…`<h6>`, else 0. */
  readonly heading: number;
  /** Tags of interest between the root and the block (bit set, see {@link Inside}). */
  readonly inside: number;
  /** Source offsets of the block's first and last text. */
  readonly start: number;
  readonly end: number;
  /** The block ended at a `<br>` rather than at an element boundary. */
  readonly brBreak: boolean;
}

/** Bits of {@link RawBlock.inside}. */
export const Inside = {
  p: 1,
  li: 2,
  td: 4,
  pre: 8,
  blockquote: 16,
  figure: 32,
  figcaption: 64,
  header: 128,
  footer: 256,
  nav: 512,
  aside: 1024,
  form: 2048,
  article: 4096,
  main: 8192,
  table: 16384,
  dl: 32768,
  address: 65536,
  menu: 131072,
  button: 262144,
  label: 524288,
  time: 1048576,
  strong: 2097152,
  code: 4194304,
} as const;

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'option',
  'optgroup',
  'textarea',
  'input',
  'title',
  'link',
  'meta',
  'base',
  'map',
  'area',
  'source',
  'track',
  'param',
  'frame',
  'frameset',
  'dialog',
]);

/** Elements that start a block of their own (shared with the byline reader in `head-meta.ts`). */
export const BLOCK: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dir',
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
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
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
  'noframes',
  'output',
  'picture',
  'search',
]);

const INSIDE_BIT: Record<string, number> = {
  p: Inside.p,
  li: Inside.li,
  td: Inside.td,
  th: Inside.td,
  pre: Inside.pre,
  blockquote: Inside.blockquote,
  figure: Inside.figure,
  figcaption: Inside.figcaption,
  header: Inside.header,
  footer: Inside.footer,
  nav: Inside.nav,
  aside: Inside.aside,
  form: Inside.form,
  article: Inside.article,
  main: Inside.main,
  table: Inside.table,
  dl: Inside.dl,
  address: Inside.address,
  menu: Inside.menu,
  button: Inside.button,
  label: Inside.label,
  time: Inside.time,
  strong: Inside.strong,
  b: Inside.strong,
  code: Inside.code,
};

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * A segment of a page that React streams in: rendered in a hidden `<div id="S:0">` at the end of the
 * body, then moved into its place by a script. Its content is the page's, often the whole article.
 */
const STREAMED_SEGMENT = /^S:\d+$/;

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return !(el.name === 'div' && a.id !== undefined && STREAMED_SEGMENT.test(a.id));
  const style = a.style;
  if (style !== undefined && style.length > 0 && HIDDEN_STYLE.test(style)) return true;
  if (a['aria-hidden'] === 'true' && (el.name === 'div' || el.name === 'span' || el.name === 'ul'))
    return !!a.class && /\b(hidden|sr-only|visually-hidden)\b/.test(a.class);
  return false;
}

/** Stands on the walk's stack where the innermost open element closes. */
const CLOSE: Text = { type: 'text', data: '', startIndex: -1, endIndex: -1 };

/**
 * Flattens the `<body>` of a parsed page into blocks. Walks without recursion, so nesting depth
 * is bounded only by memory.
 */
export function collectBlocks(doc: Document): PageBlocks {
  const containers: Container[] = [{ index: 0, el: null, tag: '#root', parent: -1, depth: 0, hint: '' }];
  const blocks: RawBlock[] = [];

  let current = 0; // index of the innermost open container
  let inside = 0;
  const insideCount = new Int32Array(32);
  let linkDepth = 0;
  let heading = 0;
  let preDepth = 0;

  let buf = '';
  let linkChars = 0;
  let links = 0;
  let href: string | null = null;
  let start = -1;
  let end = -1;

  const flush = (brBreak: boolean) => {
    if (buf.length === 0) return;
    // (`start` is set by the first text with a character that is not white space: without one,
    // the buffer is blanks between tags, which normalise to nothing)
    const text = preDepth > 0 ? buf.replace(/^\s*\n|\s+$/g, '') : start < 0 ? '' : normalizeSpace(buf);
    if (text.length > 0) {
      blocks.push({
        text,
        container: current,
        linkChars: Math.min(linkChars, text.length),
        links,
        href,
        heading,
        inside,
        start,
        end,
        brBreak,
      });
    }
    buf = '';
    linkChars = 0;
    links = 0;
    href = null;
    start = -1;
  };

  const setBit = (tag: string, delta: 1 | -1) => {
    const bit = INSIDE_BIT[tag];
    if (bit === undefined) return;
    const k = 31 - Math.clz32(bit);
    insideCount[k] = insideCount[k]! + delta;
    if (insideCount[k]! > 0) inside |= bit;
    else inside &= ~bit;
  };

  // nodes still to visit, and CLOSE where the innermost element of `open` ends
  const stack: ChildNode[] = [];
  const open: Element[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push(doc.children[i]!);
  const containerStack: number[] = [];

  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === CLOSE) {
      const el = open.pop()!;
      const tag = el.name;
      if (tag === 'a') linkDepth--;
      else if (tag === 'pre') preDepth--;
      if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') {
        flush(false);
        heading = 0;
      }
      if (BLOCK.has(tag)) {
        flush(false);
        current = containerStack.pop() ?? 0;
      }
      setBit(tag, -1);
      continue;
    }
    if (node.type === 'text') {
      const data = node.data;
      if (data.length === 0) continue;
      if (start < 0 && /\S/.test(data)) start = node.startIndex;
      if (/\S/.test(data)) end = node.endIndex;
      buf += data;
      if (linkDepth > 0) linkChars += normalizedLength(data);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    const tag = el.name;
    if (SKIP.has(tag) || isHidden(el)) continue;
    if (tag === 'br') {
      if (preDepth > 0) buf += '\n';
      else flush(true);
      continue;
    }
    if (tag === 'img') {
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush(false);
      const parent = containers[current]!;
      const id = el.attribs.id;
      const cls = el.attribs.class;
      const hint = id && cls ? `${id} ${cls}` : (id ?? cls ?? '');
      containers.push({ index: containers.length, el, tag, parent: current, depth: parent.depth + 1, hint });
      containerStack.push(current);
      current = containers.length - 1;
    }
    if (tag === 'a' && el.attribs.href !== undefined) {
      linkDepth++;
      links++;
      if (href === null) href = el.attribs.href;
    } else if (tag === 'a') {
      linkDepth++;
    }
    if (tag === 'pre') preDepth++;
    if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') {
      flush(false);
      heading = tag.charCodeAt(1) - 48;
    }
    setBit(tag, 1);
    stack.push(CLOSE);
    open.push(el);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush(false);
  return { blocks, containers };
}
