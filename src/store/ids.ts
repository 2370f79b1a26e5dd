import { createHash } from 'node:crypto';

const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref_src)$/i;

/**
 * The canonical form of an article URL, used as its document id: http(s) only, lower-case host
 * without a default port, no fragment, no tracking parameters (`utm_*`, `fbclid`, `gclid`, …),
 * remaining parameters kept in order. `null` for anything that is not an absolute http(s) URL.
 *
 * @example
 * canonicalUrl('HTTPS://Example.com:443/a/b?utm_source=x&id=7#top') // 'https://example.com/a/b?id=7'
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k));
  u.search = kept.length > 0 ? new URLSearchParams(kept).toString() : '';
  return u.toString();
}

/**
 * The id of a document that has no URL: `sha256:` and the first 128 bits (hex) of the hash of
 * its input bytes or text.
 *
 * @example
 * contentId('Some page text') // 'sha256:…' (32 hex digits)
 */
export function contentId(body: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(body).digest('hex').slice(0, 32)}`;
}

/** The host of a URL in lower case without a leading `www.`, or `null`. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.startsWith('www.') ? host.slice(4) : host;
  } catch {
    return null;
  }
}
