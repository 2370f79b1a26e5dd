import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * A synthetic news corpus as a WARC.gz: distinct stories made from real pages, plus exact and
 * near-duplicate copies in known proportions, with the ground truth of which story every URL
 * tells.
 *
 * - A **story** is a base page (variant 0) or a variant of it: every word and number of the
 *   page's text nodes (any script) replaced through a cipher keyed by the variant number. Markup, lengths and word
 *   repetition stay as in the real page, so extraction works as hard as on the original, but two
 *   variants share no words: they are different stories.
 * - An **exact copy** is the same page bytes under another URL and date.
 * - A **near copy** has a new headline, a banner in the page chrome, a trailing "Reporting by …"
 *   paragraph and about 1 % of its words changed.
 * Copies come 1 to 500 records after their original.
 */

export interface BasePage {
  readonly key: string;
  readonly html: string;
}

export interface CorpusPlan {
  readonly stories: number;
  readonly exactShare: number;
  readonly nearShare: number;
  readonly seed: number;
}

export interface TruthRecord {
  readonly url: string;
  readonly story: string;
  readonly kind: 'original' | 'exact' | 'near';
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash32(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

const CONSONANTS = 'bcdfghjklmnprstvwz';
const VOWELS = 'aeiou';

function pseudoWord(word: string, key: number): string {
  let h = hash32(word.toLowerCase(), key);
  const next = () => {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    if (h === 0) h = 0x9e3779b9;
    return h;
  };
  if (/^\p{N}+$/u.test(word)) return Array.from(word, () => String(next() % 10)).join('');
  let out = '';
  const len = Math.max(2, Math.min(word.length, 14));
  for (let i = 0; i < len; i++) {
    const set = i % 2 === 0 ? CONSONANTS : VOWELS;
    out += set[next() % set.length];
  }
  if (word === word.toUpperCase() && word !== word.toLowerCase() && word.length > 1) return out.toUpperCase();
  if (word[0] !== word[0]!.toLowerCase()) return out[0]!.toUpperCase() + out.slice(1);
  return out;
}

const TEXT_OR_TAG = /(<!--[\s\S]*?-->|<[^>]*>)|(&#?\w+;)|(\p{L}+|\p{N}+)/gu;

/** Replaces words in the page's text (not in tags, comments or entities); `pick` decides which. */
function rewriteWords(html: string, key: number, pick: (word: string) => boolean): string {
  return html.replace(TEXT_OR_TAG, (m, tag: string | undefined, entity: string | undefined) => {
    if (tag !== undefined || entity !== undefined) return m;
    return pick(m) ? pseudoWord(m, key) : m;
  });
}

/** The page as story variant `v` (0 = the page itself). */
export function storyVariant(html: string, v: number): string {
  return v === 0 ? html : rewriteWords(html, 1000 + v, () => true);
}

/** A near-duplicate re-post of a page. */
export function nearCopy(html: string, rand: () => number): string {
  let out = rewriteWords(html, 777_777, () => rand() < 0.01);
  out = out.replace(
    /<title>([\s\S]*?)<\/title>/i,
    (_m, t: string) => `<title>UPDATE ${t.trim().split(/\s+/).slice(0, 8).join(' ')}</title>`,
  );
  out = out.replace(/<h1([^>]*)>([\s\S]*?)<\/h1>/i, (_m, a: string, t: string) => `<h1${a}>UPDATE ${t}</h1>`);
  out = out.replace(/<body([^>]*)>/i, (m) => `${m}<div class="partner-banner">Partner content from our news agency</div>`);
  const credit = '<p>Reporting by Jane Doe in Brussels; Additional reporting by John Roe; Editing by Mark Smith</p>';
  const last = out.toLowerCase().lastIndexOf('</p>');
  return last >= 0 ? `${out.slice(0, last + 4)}${credit}${out.slice(last + 4)}` : out.replace(/<\/body>/i, `${credit}</body>`);
}

function warcRecord(url: string, date: string, html: string, n: number): Buffer {
  const body = Buffer.from(html, 'utf8');
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1');
  const block = Buffer.concat([http, body]);
  const head = [
    'WARC/1.1',
    'WARC-Type: response',
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}>`,
    `WARC-Date: ${date}`,
    `WARC-Target-URI: ${url}`,
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return gzipSync(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), block, Buffer.from('\r\n\r\n')]), { level: 1 });
}

/** Writes the WARC.gz and returns the ground truth, one record per document in archive order. */
export async function writeSyntheticWarc(path: string, base: readonly BasePage[], plan: CorpusPlan): Promise<TruthRecord[]> {
  const rand = mulberry(plan.seed);
  const out = createWriteStream(path);
  const truth: TruthRecord[] = [];
  const pendingCopies: Array<{ due: number; url: string; story: string; kind: 'exact' | 'near'; html: string }> = [];
  let n = 0;
  const emit = async (url: string, html: string, story: string, kind: TruthRecord['kind']) => {
    n++;
    const day = 1 + (n % 28);
    const date = `2024-03-${String(day).padStart(2, '0')}T${String(n % 24).padStart(2, '0')}:00:00Z`;
    if (!out.write(warcRecord(url, date, html, n))) await once(out, 'drain');
    truth.push({ url, story, kind });
  };
  const flushDue = async (force: boolean) => {
    pendingCopies.sort((a, b) => a.due - b.due);
    while (pendingCopies.length > 0 && (force || pendingCopies[0]!.due <= n)) {
      const c = pendingCopies.shift()!;
      await emit(c.url, c.html, c.story, c.kind);
    }
  };
  for (let s = 0; s < plan.stories; s++) {
    const page = base[s % base.length]!;
    const variant = Math.floor(s / base.length);
    const story = `${page.key}/v${variant}`;
    const html = storyVariant(page.html, variant);
    await emit(`https://site${s % 97}.example.com/${page.key}/v${variant}`, html, story, 'original');
    const r = rand();
    if (r < plan.exactShare) {
      pendingCopies.push({
        due: n + 1 + Math.floor(rand() * 500),
        url: `https://mirror${s % 13}.example.org/${page.key}/v${variant}/copy`,
        story,
        kind: 'exact',
        html,
      });
    } else if (r < plan.exactShare + plan.nearShare) {
      pendingCopies.push({
        due: n + 1 + Math.floor(rand() * 500),
        url: `https://partner${s % 17}.example.net/${page.key}/v${variant}/repost`,
        story,
        kind: 'near',
        html: nearCopy(html, rand),
      });
    }
    await flushDue(false);
  }
  await flushDue(true);
  out.end();
  await once(out, 'finish');
  return truth;
}
