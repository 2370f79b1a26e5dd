import { describe, expect, it } from 'vitest';
import { parseHtml } from './dom.js';
import { readMarkupMeta } from './head-meta.js';
import { cleanHtmlTitle, resolveMeta, shownDate } from './resolve-meta.js';

const resolve = (html: string) => resolveMeta(readMarkupMeta(parseHtml(html)), null);

describe('shownDate', () => {
  it('takes the first shown text with a year, and no later one', () => {
    expect(shownDate(['5 min read', 'Oct 21, 2025', 'Feb 16, 2026'], 'en')).toBe('2025-10-21');
    // the first dated text decides even when it cannot be read: later ones belong to other posts
    expect(shownDate(['Spring 2025', 'Feb 16, 2026'], 'en')).toBeNull();
  });

  it("passes over a revision's date, also when it is glued to the publication date", () => {
    expect(shownDate(['December 3, 2025. Updated: December 7, 2025'], 'en')).toBe('2025-12-03');
    expect(shownDate(['Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026', 'DECEMBER 22, 2022'], 'en')).toBe('2022-12-22');
    expect(shownDate(['Updated March 13, 2024'], 'en')).toBeNull();
    // the last resort of a page that shows no other date
    expect(shownDate(['Updated March 13, 2024'], 'en', { revisions: true })).toBe('2024-03-13');
  });

  it('takes a date labelled as the first publication over the dates shown before it', () => {
    expect(shownDate(['12 Jan 2026 | Latest version', '3 Sept 2024 | Originally published'], 'en')).toBe('2024-09-03');
    expect(shownDate(['Feb 2, 2026', 'First published Jan 5, 2026'], 'en')).toBe('2026-01-05');
  });

  it('reads numeric dates month first in American English or with no region, day first elsewhere', () => {
    expect(shownDate(['3/4/2025'], 'en-US')).toBe('2025-03-04');
    expect(shownDate(['3/4/2025'], 'en')).toBe('2025-03-04');
    expect(shownDate(['3/4/2025'], 'en-GB')).toBe('2025-04-03');
    expect(shownDate(['Posted on the 15/12/2025 at 19:00'], 'en-US')).toBe('2025-12-15');
    expect(shownDate(['2/24/2026'], 'fr-FR')).toBe('2026-02-24');
  });

  it('reads a numeric date that writes its year with two digits', () => {
    expect(shownDate(['Published on 01/25/26'], 'en')).toBe('2026-01-25');
    expect(shownDate(['Publié le 25/01/26'], 'fr-FR')).toBe('2026-01-25');
    expect(shownDate(['Updated on 09/11/25'], 'en')).toBeNull();
  });
});

describe('resolveMeta dates', () => {
  const ld = (published: string) =>
    `<script type="application/ld+json">{"@type":"Article","headline":"Tides","datePublished":"${published}"}</script>`;

  it('takes the date the page labels as published over the date the markup declares', () => {
    const html = `<html><head>${ld('2025-11-29T12:28:31-05:00')}</head><body><h1>Tides</h1><div class="post-date">Published August 13, 2025</div></body></html>`;
    expect(resolve(html)).toMatchObject({ publishedAt: '2025-08-13', publishedDeclared: true });
  });

  it('keeps the time of a declared date of the day the page labels as published', () => {
    const html = `<html><head>${ld('2025-08-13T09:20:05-07:00')}</head><body><h1>Tides</h1><div class="post-date">Published August 13, 2025</div></body></html>`;
    expect(resolve(html).publishedAt).toBe('2025-08-13T09:20:05-07:00');
  });

  it('keeps the declared date when the page shows only an unlabelled or an updated date', () => {
    const plain = `<html><head>${ld('2025-08-08')}</head><body><div class="post-date">August 13, 2025</div></body></html>`;
    expect(resolve(plain).publishedAt).toBe('2025-08-08');
    const updated = `<html><head>${ld('2025-08-08')}</head><body><div class="post-date">Updated August 13, 2025</div></body></html>`;
    expect(resolve(updated).publishedAt).toBe('2025-08-08');
  });

  it("reads a labelled publication date glued to a revision's", () => {
    const html = `<html><head>${ld('2025-03-01')}</head><body><span class="date">Originally Posted November 12, 2024Last updated February 20, 2025</span></body></html>`;
    expect(resolve(html).publishedAt).toBe('2024-11-12');
  });

  it('takes a date in the URL path over one the page shows without declaring it', () => {
    const html = '<html lang="en"><body><h1>Tides</h1><span class="post-date">03/10/2023</span></body></html>';
    const url = 'https://example.org/blog/2023/october/03/tides/';
    expect(resolveMeta(readMarkupMeta(parseHtml(html)), url).publishedAt).toBe('2023-10-03');
    expect(resolveMeta(readMarkupMeta(parseHtml(html)), 'https://example.org/blog/tides/').publishedAt).toBe('2023-03-10');
  });

  it('takes the earliest of the publication dates the meta tags declare', () => {
    const html =
      '<html><head><meta name="published-time" content="2026-03-09T08:45:32Z"><meta name="published-date" content="2021-02-16"></head><body></body></html>';
    expect(resolve(html)).toMatchObject({ publishedAt: '2021-02-16', publishedDeclared: true });
    const sameDay =
      '<html><head><meta property="article:published_time" content="2021-02-16T09:00:00Z"><meta name="published-date" content="2021-02-16"></head></html>';
    expect(resolve(sameDay).publishedAt).toBe('2021-02-16T09:00:00Z');
  });
});

describe('resolveMeta author labels', () => {
  it('takes a user name shown as the byline when nothing names the author', () => {
    const html = (byline: string) => `<html><body><h1>Tides</h1><span class="post-author">${byline}</span></body></html>`;
    expect(resolve(html('by jsteinhardt'))).toMatchObject({ authors: [], authorLabel: 'jsteinhardt' });
    expect(resolve(html('crazy lennys')).authorLabel).toBe('crazy lennys');
    expect(resolve(html('share')).authorLabel).toBeNull();
    expect(resolve(html('example.com')).authorLabel).toBeNull();
  });
});

describe('resolveMeta authors from meta tags', () => {
  const head = (metas: string) => `<html><head>${metas}</head><body></body></html>`;

  it("takes the person a 'by' label names over an author tag that only repeats the site's name", () => {
    const html = head(
      '<meta property="og:site_name" content="Five Shelves"><meta name="author" content="Five Shelves">' +
        '<meta name="twitter:label1" content="Interview by"><meta name="twitter:data1" content="Sylvia Marsh">',
    );
    expect(resolve(html).authors).toEqual(['Sylvia Marsh']);
  });

  it('completes a first name alone from a byline that starts with it', () => {
    const html = (byline: string) =>
      `<html><head><meta name="author" content="Linda"></head><body><p class="byline">${byline}</p></body></html>`;
    expect(resolve(html('by Linda McCall')).authors).toEqual(['Linda McCall']);
    expect(resolve(html('by Lindan Roe')).authors).toEqual(['Linda']);
  });

  it("keeps an author tag that matches the site's name when nothing else names the author", () => {
    const html = head('<meta property="og:site_name" content="Jane Doe"><meta name="author" content="Jane Doe">');
    expect(resolve(html).authors).toEqual(['Jane Doe']);
  });
});

describe('resolveMeta authors from JSON-LD', () => {
  const page = (author: string) =>
    `<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${author}"},"publisher":{"@type":"Organization","name":"The Commercial Appeal"}}</script></head><body></body></html>`;

  it('drops the publisher that closes a list of people', () => {
    expect(resolve(page('Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal')).authors).toEqual(['Manoj Jain', 'Jagpreet Chhatwal']);
  });
});

describe('resolveMeta authors from bylines', () => {
  it('passes over a byline that names only the organisation declared as author, for one that names a person', () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Organization","name":"Corti"}}</script>';
    const html = `<html><head>${ld}</head><body><div class="author">Corti</div><div class="author">Joakim Edin</div></body></html>`;
    expect(resolve(html).authors).toEqual(['Joakim Edin']);
    const only = `<html><head>${ld}</head><body><div class="author">Corti</div></body></html>`;
    expect(resolve(only).authors).toEqual(['Corti']);
  });
});

describe('cleanHtmlTitle', () => {
  it("cuts the site's name off and keeps the separators the page put between the other parts", () => {
    expect(cleanHtmlTitle('Transitioning to a plant-based diet – tips and tricks | Parkview Health', 'Parkview Health', [])).toBe(
      'Transitioning to a plant-based diet – tips and tricks',
    );
    expect(cleanHtmlTitle('Reuters | Talks resume: what comes next', 'Reuters', [])).toBe('Talks resume: what comes next');
    // parts that did not stand side by side are joined with a dash
    expect(cleanHtmlTitle('Talks resume | Reuters | Day two', 'Reuters', [])).toBe('Talks resume - Day two');
  });
});
