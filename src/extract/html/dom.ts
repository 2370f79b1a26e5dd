import { Parser, Tokenizer } from 'htmlparser2';
import { isWhiteSpace } from '../word-chars.js';

/** An element of the parsed page; `script` and `style` elements have their own types. */
export interface Element {
  readonly type: 'tag' | 'script' | 'style';
  readonly name: string;
  /** The attributes extraction reads ({@link KEPT_ATTRIBUTES}), lower-case names, entities decoded. */
  readonly attribs: Attributes;
  readonly children: ChildNode[];
}

/** A run of text between tags, entities decoded, with the offsets of its first and last character in the source. */
export interface Text {
  readonly type: 'text';
  data: string;
  readonly startIndex: number;
  endIndex: number;
}

/** A node of the parsed page: comments and processing instructions are not kept. */
export type ChildNode = Element | Text;

/** The parsed page. */
export interface Document {
  readonly type: 'root';
  readonly children: ChildNode[];
}

/**
 * Builds the slim tree from the parser's events: only what extraction reads (names, attributes,
 * children, text and its offsets), with no back links, which makes parsing about a third cheaper
 * than a full DOM.
 */
class TreeBuilder {
  /** Where the parser stands, for text offsets. */
  parser: { startIndex: number; endIndex: number } = { startIndex: -1, endIndex: -1 };
  readonly root: Document = { type: 'root', children: [] };
  private readonly open: Array<Document | Element> = [this.root];
  private top: Document | Element = this.root;

  onopentag(name: string, parsed: Record<string, string>): void {
    // the parser opens some elements a page implies (a `</p>` with no `<p>`) with an object of its own
    const attribs = parsed instanceof Attributes ? parsed : new Attributes();
    const el: Element = { type: name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag', name, attribs, children: [] };
    this.top.children.push(el);
    this.open.push(el);
    this.top = el;
  }

  onclosetag(): void {
    if (this.open.length > 1) {
      this.open.pop();
      this.top = this.open[this.open.length - 1]!;
    }
  }

  /** A comment or processing instruction between two texts keeps them apart, as in the DOM. */
  private split = false;

  oncomment(): void {
    this.split = true;
  }

  onprocessinginstruction(): void {
    this.split = true;
  }

  ontext(data: string): void {
    const kids = this.top.children;
    const last = kids[kids.length - 1];
    const joined = !this.split;
    this.split = false;
    if (joined && last !== undefined && last.type === 'text') {
      last.data += data;
      last.endIndex = this.parser.endIndex;
    } else kids.push({ type: 'text', data, startIndex: this.parser.startIndex, endIndex: this.parser.endIndex });
  }
}

/**
 * An element's kept attributes, absent ones `undefined`. Every element's attributes have the one
 * shape, so that code reading them stays monomorphic: a plain object per element took its shape
 * from the names and order of its attributes, and the many shapes kept the optimiser recompiling.
 */
export class Attributes {
  id: string | undefined = undefined;
  class: string | undefined = undefined;
  href: string | undefined = undefined;
  hidden: string | undefined = undefined;
  style: string | undefined = undefined;
  'aria-hidden': string | undefined = undefined;
  lang: string | undefined = undefined;
  'xml:lang': string | undefined = undefined;
  property: string | undefined = undefined;
  name: string | undefined = undefined;
  itemprop: string | undefined = undefined;
  'http-equiv': string | undefined = undefined;
  content: string | undefined = undefined;
  value: string | undefined = undefined;
  rel: string | undefined = undefined;
  type: string | undefined = undefined;
  datetime: string | undefined = undefined;
}

// V8 types each field by its first value and widens the type when a string first arrives,
// discarding the optimised code that builds these objects each time: widen every field up front.
{
  const widened = new Attributes() as unknown as Record<string, string | undefined>;
  for (const name of Object.keys(widened)) widened[name] = '';
}

/** The name of a kept attribute. */
export type AttributeName = keyof Attributes;

/**
 * The attributes extraction reads. Pages carry many more (data-*, aria-*, event handlers, srcset…);
 * storing them all cost more than any other step of parsing but the tokenizer itself.
 */
export const KEPT_ATTRIBUTES: ReadonlySet<AttributeName> = new Set(Object.keys(new Attributes()) as AttributeName[]);

/** htmlparser2's state while it reads an attribute (private in its types). */
interface AttributeState {
  attribname: string;
  attribvalue: string;
  attribs: Attributes | null;
  endIndex: number;
}

/** Hash of a name with ASCII letters in lower case, for {@link keptAttributeAt}. */
function nameHash(s: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c | 0x20 : c)) | 0;
  }
  return h;
}

const KEPT_BY_HASH = new Map<number, string>();
for (const name of KEPT_ATTRIBUTES) KEPT_BY_HASH.set(nameHash(name, 0, name.length), name);
const LONGEST_KEPT = Math.max(...[...KEPT_ATTRIBUTES].map((name) => name.length));

/**
 * The kept attribute named by `source[start, end)` in any case, or null, without slicing the
 * name out. Folding only ASCII letters is enough: the one other character whose lower case is
 * ASCII, the Kelvin sign, folds to a letter no kept name has.
 */
export function keptAttributeAt(source: string, start: number, end: number): string | null {
  if (end - start > LONGEST_KEPT) return null;
  const name = KEPT_BY_HASH.get(nameHash(source, start, end));
  if (name === undefined || name.length !== end - start) return null;
  for (let i = 0; i < name.length; i++) {
    const c = source.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== name.charCodeAt(i)) return null;
  }
  return name;
}

/** A parser that drops the attributes extraction never reads before their values are built. */
class SlimParser extends Parser {
  private skipping = false;
  /** The page, which {@link parseHtml} passes in one piece, so offsets index it. */
  source = '';

  override onopentagname(start: number, endIndex: number): void {
    super.onopentagname(start, endIndex);
    const state = this as unknown as AttributeState;
    if (state.attribs !== null) state.attribs = new Attributes();
  }

  override onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    const name = keptAttributeAt(this.source, start, endIndex);
    this.skipping = name === null;
    if (name !== null) (this as unknown as AttributeState).attribname = name;
  }

  override onattribdata(start: number, endIndex: number): void {
    if (!this.skipping) super.onattribdata(start, endIndex);
  }

  override onattribentity(cp: number): void {
    if (!this.skipping) super.onattribentity(cp);
  }

  override onattribend(_quote: Parameters<Parser['onattribend']>[0], endIndex: number): void {
    const state = this as unknown as AttributeState;
    state.endIndex = endIndex;
    // the first of two attributes with one name counts, as in a browser
    if (!this.skipping && state.attribs !== null) {
      const name = state.attribname as AttributeName;
      if (state.attribs[name] === undefined) state.attribs[name] = state.attribvalue;
    }
    state.attribvalue = '';
    this.skipping = false;
  }
}

/** The tokenizer's state and the steps {@link ScanningTokenizer} overrides (private in its types). */
interface TokenizerInternals {
  buffer: string;
  offset: number;
  index: number;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
}

const LESS_THAN = 0x3c;
const AMPERSAND = 0x26;
const TokenizerBase = Tokenizer as unknown as new (...args: ConstructorParameters<typeof Tokenizer>) => TokenizerInternals;

/**
 * htmlparser2's tokenizer, with the runs that cannot change its state skipped by `indexOf`
 * instead of one character at a time: text up to the next `<` or `&`, a quoted attribute value up
 * to its closing quote or the next `&`, raw text (scripts, styles) up to the next `<`. Text and
 * attribute values are half the characters of a page. The tokens are the same.
 */
export class ScanningTokenizer extends TokenizerBase {
  /** The position of the next `&` at or after the last search in {@link ampIn}, or the buffer's length when there is none. */
  private amp = -1;
  private ampIn = '';

  private nextAmpersand(from: number): number {
    if (this.ampIn !== this.buffer || this.amp < from) {
      this.ampIn = this.buffer;
      const at = this.buffer.indexOf('&', from);
      this.amp = at < 0 ? this.buffer.length : at;
    }
    return this.amp;
  }

  /** Moves to the first of `stop` and `&` after the current character; false when neither is left. */
  private skipTo(stop: string): boolean {
    const from = this.index - this.offset + 1;
    const found = this.buffer.indexOf(stop, from);
    const next = Math.min(found < 0 ? this.buffer.length : found, this.nextAmpersand(from));
    if (next >= this.buffer.length) {
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }
    this.index = next + this.offset;
    return true;
  }

  override stateText(c: number): void {
    if (c === LESS_THAN || c === AMPERSAND) super.stateText(c);
    else if (this.skipTo('<')) super.stateText(this.buffer.charCodeAt(this.index - this.offset));
  }

  override handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || c === AMPERSAND) super.handleInAttributeValue(c, quote);
    else if (this.skipTo(quote === 0x22 ? '"' : "'")) super.handleInAttributeValue(this.buffer.charCodeAt(this.index - this.offset), quote);
  }

  override fastForwardTo(c: number): boolean {
    const found = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    if (found < 0) {
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }
    this.index = found + this.offset;
    return true;
  }
}

/** Parses HTML into a slim element tree. Never throws on malformed markup. */
export function parseHtml(html: string): Document {
  const builder = new TreeBuilder();
  const parser = new SlimParser(builder, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    Tokenizer: ScanningTokenizer as unknown as typeof Tokenizer,
  });
  builder.parser = parser;
  parser.source = limitNesting(closeRawTextTitle(html));
  parser.end(parser.source);
  return builder.root;
}

export function isElement(node: ChildNode | Document): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Calls `visit` on every element in document order, without recursion (pages can nest 10,000 deep). Return `false` to skip an element's children. */
export function forEachElement(root: Document | Element, visit: (el: Element) => boolean | void): void {
  const stack: ChildNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (visit(node) === false) continue;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** The concatenated text under a node, without recursion. */
export function textOf(node: Element | Document): string {
  let out = '';
  const stack: ChildNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data;
    else if (n.type === 'tag') {
      const kids = n.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** Collapses runs of white space (including no-break spaces) into one space and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** White space for {@link normalizeSpace}: `\s` and the zero-width space. */
function isSpace(c: number): boolean {
  return isWhiteSpace(c) || c === 0x200b;
}

/** `normalizeSpace(s).length`, without building the string. */
export function normalizedLength(s: string): number {
  let length = 0;
  let gap = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      gap = true;
      continue;
    }
    if (gap && started) length++;
    gap = false;
    started = true;
    length++;
  }
  return length;
}

/**
 * htmlparser2 reads `<title>` as raw text up to `</title>`; a page that never closes its title
 * would lose everything after it. Such a title is closed at the next `<`.
 */
export function closeRawTextTitle(html: string): string {
  const open = /<title\b[^>]*>/i.exec(html.length > 200_000 ? html.slice(0, 200_000) : html);
  if (!open) return html;
  const from = open.index + open[0].length;
  const close = html.slice(from, from + 100_000).search(/<\/title\s*>/i);
  if (close >= 0) return html;
  const next = html.indexOf('<', from);
  if (next < 0) return `${html}</title>`;
  return `${html.slice(0, next)}</title>${html.slice(next)}`;
}

const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'basefont',
  'frame',
  'isindex',
  'keygen',
]);
// tags the parser closes when a sibling opens, so they never pile up
const CLOSED_BY_SIBLINGS = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'rb',
  'rt',
  'rp',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/**
 * Drops tags nested deeper than `maxDepth` (their text stays). The parser's cost grows with the
 * square of the nesting depth, so a hostile page of 100,000 unclosed tags would take minutes;
 * real pages nest a few dozen levels. Pages with few tags cannot nest deeply and are returned as is.
 */
export function limitNesting(html: string, maxDepth = 1500): string {
  let tags = 0;
  let closes = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    tags++;
    if (html.charCodeAt(i + 1) === 47) closes++;
  }
  // balanced markup this small cannot nest deep enough to matter; unbalanced or huge markup is checked
  if (tags <= maxDepth || (tags < 20_000 && closes >= tags * 0.3)) return html;
  let depth = 0;
  let dropped = 0;
  const out = html.replace(TAG, (whole, close: string, name: string, selfClose: string) => {
    const lower = name.toLowerCase();
    if (selfClose || VOID_TAGS.has(lower) || CLOSED_BY_SIBLINGS.has(lower)) return whole;
    if (close) {
      if (depth > maxDepth) {
        depth--;
        dropped++;
        return '';
      }
      if (depth > 0) depth--;
      return whole;
    }
    depth++;
    if (depth > maxDepth) {
      dropped++;
      return '';
    }
    return whole;
  });
  return dropped > 0 ? out : html;
}
