import { describe, expect, it } from 'vitest';
import { canonicalUrl, contentId, hostOf } from './ids.js';

describe('canonicalUrl', () => {
  it('normalises case, default port, fragment and tracking parameters', () => {
    expect(canonicalUrl('HTTPS://Example.COM:443/a/B?utm_source=x&id=7&fbclid=1#top')).toBe('https://example.com/a/B?id=7');
    expect(canonicalUrl(' http://example.com ')).toBe('http://example.com/');
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(canonicalUrl('/relative/path')).toBeNull();
    expect(canonicalUrl('ftp://example.com/file')).toBeNull();
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('')).toBeNull();
    expect(canonicalUrl(null)).toBeNull();
  });
});

describe('contentId and hostOf', () => {
  it('hashes bytes and text alike', () => {
    expect(contentId('abc')).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(contentId(new TextEncoder().encode('abc'))).toBe(contentId('abc'));
    expect(contentId('abd')).not.toBe(contentId('abc'));
  });

  it('gives the host without www', () => {
    expect(hostOf('https://WWW.Reuters.com/world')).toBe('reuters.com');
    expect(hostOf('https://uk.reuters.com/')).toBe('uk.reuters.com');
    expect(hostOf('not a url')).toBeNull();
  });
});
