import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { Inside } from './blocks.js';
import { readHeaderLines } from './extract-html.js';

const paragraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report: ministers from the alliance met in Brussels to discuss air defence, and the talks ran late into the evening before a joint statement was agreed by all of them.</p>`,
).join('\n');

function page(header: string): string {
  return `<!doctype html><html lang="en"><head><title>Allies agree on air defence | The Daily Wire</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article>${header}
${paragraphs}
</article></main><footer>Copyright 2025 The Daily Wire</footer></body></html>`;
}

describe('dates shown by the headline', () => {
  it('reads a date line just above the headline when the markup has none', () => {
    const doc = extract(page('<p>Published August 7, 2023</p><h1>Allies agree on air defence</h1>'), { mode: 'html' });
    expect(doc.meta.publishedAt).toBe('2023-08-07');
    expect(doc.text).not.toContain('August 7, 2023');
  });

  it('reads a label and its date on separate lines above the headline', () => {
    const doc = extract(page('<div>Last updated:</div><div>Dec 12, 2025</div><h1>Allies agree on air defence</h1>'), { mode: 'html' });
    expect(doc.meta.publishedAt).toBe('2025-12-12');
  });

  it('takes no date from a sentence above the headline', () => {
    const doc = extract(
      page('<p>Our newsletter has come out every week since March 3, 2001, and it is free to all.</p><h1>Allies agree on air defence</h1>'),
      { mode: 'html' },
    );
    expect(doc.meta.publishedAt).toBeNull();
  });

  it('keeps the declared publication date when the headline shows a revision', () => {
    const head = '<meta property="article:published_time" content="2024-08-13T06:14:39+00:00">';
    const withMeta = (header: string) => page(header).replace('<title>', `${head}<title>`);
    const updated = extract(withMeta('<h1>Allies agree on air defence</h1><p>Last updated on March 12, 2026</p>'), { mode: 'html' });
    expect(updated.meta.publishedAt?.slice(0, 10)).toBe('2024-08-13');
    // an unlabelled date later than the declared one is a revision too
    const later = extract(withMeta('<h1>Allies agree on air defence</h1><p>April 1, 2025</p>'), { mode: 'html' });
    expect(later.meta.publishedAt?.slice(0, 10)).toBe('2024-08-13');
    // an earlier one is what readers are shown as the publication date
    const earlier = extract(withMeta('<h1>Allies agree on air defence</h1><p>August 12, 2024</p>'), { mode: 'html' });
    expect(earlier.meta.publishedAt).toBe('2024-08-12');
  });

  it('takes a revision date when the markup declares no publication date', () => {
    const doc = extract(page('<h1>Allies agree on air defence</h1><p>Last updated on March 12, 2026</p>'), { mode: 'html' });
    expect(doc.meta.publishedAt).toBe('2026-03-12');
  });

  it('keeps an undeclared markup date over a revision date shown by the headline', () => {
    const withTime = page('<h1>Allies agree on air defence</h1><p>Updated on June 26, 2025</p>').replace(
      '<main>',
      '<main><span itemprop="datePublished" content="2023-10-03"></span>',
    );
    expect(extract(withTime, { mode: 'html' }).meta.publishedAt).toBe('2023-10-03');
  });

  it('reads the date a date-marked element shows when the markup declares none', () => {
    const shown = page('<h1>Allies agree on air defence</h1>').replace(
      '<footer>',
      '<aside><h4>Published</h4><div class="single-post-date">July 8, 2025</div></aside><footer>',
    );
    expect(extract(shown, { mode: 'html' }).meta.publishedAt).toBe('2025-07-08');
    const time = page('<h1>Allies agree on air defence</h1><time>Mar 24, 2025</time>');
    expect(extract(time, { mode: 'html' }).meta.publishedAt).toBe('2025-03-24');
  });

  it('reads scholarly citation tags and CDATA-wrapped JSON-LD', () => {
    const citation = page('<h1>Allies agree on air defence</h1>').replace(
      '<title>',
      '<meta name="citation_publication_date" content="2023 Jan 7"><title>',
    );
    expect(extract(citation, { mode: 'html' }).meta.publishedAt).toBe('2023-01-07');
    const ld = page('<h1>Allies agree on air defence</h1>').replace(
      '<title>',
      '<script type="application/ld+json">\n<![CDATA[\n{"@type":"Article","datePublished":"2003-02-28T21:51:08Z"}\n]]>\n</script><title>',
    );
    expect(extract(ld, { mode: 'html' }).meta.publishedAt).toBe('2003-02-28T21:51:08Z');
  });

  it('reads a date a few lines below the headline, after the byline', () => {
    const doc = extract(page('<h1>Allies agree on air defence</h1><div>By</div><div>Summer Swann</div><div>June 12, 2025</div>'), {
      mode: 'html',
    });
    expect(doc.meta.publishedAt).toBe('2025-06-12');
  });
});

describe('when the article was revised', () => {
  const declared = (modified: string) =>
    `<meta property="article:published_time" content="2024-08-13T06:14:39+00:00"><meta property="article:modified_time" content="${modified}"><title>`;

  it('is the declared modification time when it is later than the publication', () => {
    const doc = extract(page('<h1>Allies agree on air defence</h1>').replace('<title>', declared('2025-02-22T22:13:14+00:00')), {
      mode: 'html',
    });
    expect(doc.meta.publishedAt).toBe('2024-08-13T06:14:39+00:00');
    expect(doc.meta.updatedAt).toBe('2025-02-22T22:13:14+00:00');
  });

  it('is the revision date the headline shows, with the time of that day the markup gives', () => {
    const shown = page('<h1>Allies agree on air defence</h1><p>Last updated on March 12, 2026</p>');
    expect(extract(shown.replace('<title>', declared('2025-02-22T22:13:14+00:00')), { mode: 'html' }).meta.updatedAt).toBe('2026-03-12');
    expect(extract(shown.replace('<title>', declared('2026-03-12T09:30:00+00:00')), { mode: 'html' }).meta.updatedAt).toBe(
      '2026-03-12T09:30:00+00:00',
    );
  });

  it('is a shown date labelled as an update anywhere in the markup', () => {
    const doc = extract(
      page('<h1>Allies agree on air defence</h1>')
        .replace('<title>', '<meta property="article:published_time" content="2024-08-13T06:14:39+00:00"><title>')
        .replace('</article>', '</article><div class="post-date">Updated on May 27, 2025 09:10AM</div>'),
      { mode: 'html' },
    );
    expect(doc.meta.updatedAt).toBe('2025-05-27');
  });

  it('is null when the page gives no later date: no modification, the same moment, or the date the page was published', () => {
    const none = extract(page('<h1>Allies agree on air defence</h1>'), { mode: 'html' });
    expect(none.meta.updatedAt).toBeNull();
    const resaved = extract(page('<h1>Allies agree on air defence</h1>').replace('<title>', declared('2024-08-13T06:14:52+00:00')), {
      mode: 'html',
    });
    expect(resaved.meta.updatedAt).toBeNull();
    // a page that shows only a revision date: it stands for the publication
    const only = extract(page('<h1>Allies agree on air defence</h1><p>Last updated on March 12, 2026</p>'), { mode: 'html' });
    expect(only.meta.publishedAt).toBe('2026-03-12');
    expect(only.meta.updatedAt).toBeNull();
  });
});

describe('a date labelled as the publication anywhere on the page', () => {
  const withLine = (head = '') =>
    page('<h1>Allies agree on air defence</h1>')
      .replace('<nav>', '<nav><time datetime="2025-09-28">Sep 28</time>')
      .replace(
        '<footer>',
        '<aside><p><span>Updated:</span> <span>November 29, 2025</span></p><p><span>Published:</span> <span>October 29, 2024</span></p></aside><footer>',
      )
      .replace('<title>', `${head}<title>`);

  it('goes before dates the markup shows without declaring them', () => {
    expect(extract(withLine(), { mode: 'html' }).meta.publishedAt).toBe('2024-10-29');
  });

  it('does not replace a declared publication date', () => {
    const declared = withLine('<meta property="article:published_time" content="2024-10-28T22:00:00Z">');
    expect(extract(declared, { mode: 'html' }).meta.publishedAt).toBe('2024-10-28T22:00:00Z');
  });
});

describe('authors shown on the page', () => {
  it('reads a byline whose markup left no space after "By"', () => {
    const doc = extract(page('<h1>Allies agree on air defence</h1><div><span>By</span><span>Daryl Austin</span></div>'), { mode: 'html' });
    expect(doc.meta.authors).toEqual(['Daryl Austin']);
  });

  it('reads a name set beside the date on the line under the headline', () => {
    const piped = extract(page('<h1>Allies agree on air defence</h1><p>Aaron Ricadela | Senior Writer | July 2, 2025</p>'), {
      mode: 'html',
    });
    expect(piped.meta.authors).toEqual(['Aaron Ricadela']);
    const dotted = extract(page('<h1>Allies agree on air defence</h1><p>Dec 26, 2025 • Mahua Das in Defence</p>'), { mode: 'html' });
    expect(dotted.meta.authors).toEqual(['Mahua Das']);
    // a lone word beside the date is a section more often than a person
    const section = extract(page('<h1>Allies agree on air defence</h1><p>World | July 2, 2025</p>'), { mode: 'html' });
    expect(section.meta.authors).toEqual([]);
  });

  it('reads a name alone under the headline, but not one in a menu or a section heading', () => {
    const alone = page('<h1>Allies agree on air defence</h1><p>Julia Gralberg</p>');
    expect(extract(alone, { mode: 'html' }).meta.authors).toEqual(['Julia Gralberg']);
    const withJob = page('<h1>Allies agree on air defence</h1><div><p>Juliette Carreiro</p><p>Tech Writer</p></div>');
    expect(extract(withJob, { mode: 'html' }).meta.authors).toEqual(['Juliette Carreiro']);
    const listed = page('<h1>Allies agree on air defence</h1><ul><li>Julia Gralberg</li></ul>');
    expect(extract(listed, { mode: 'html' }).meta.authors).toEqual([]);
    const heading = page('<h1>Allies agree on air defence</h1><h2>Julia Gralberg</h2>');
    expect(extract(heading, { mode: 'html' }).meta.authors).toEqual([]);
  });

  it("prefers a person's byline by the headline to a declared author that names no person", () => {
    const withMeta = (author: string, header: string) => page(header).replace('<title>', `<meta name="author" content="${author}"><title>`);
    const station = withMeta('WRAL', '<h1>Allies agree on air defence</h1><p>By Heather Leah</p>');
    expect(extract(station, { mode: 'html' }).meta.authors).toEqual(['Heather Leah']);
    const alone = withMeta('The Earthtimes', '<h1>Allies agree on air defence</h1><p>Julia Gralberg</p>');
    expect(extract(alone, { mode: 'html' }).meta.authors).toEqual(['Julia Gralberg']);
    // a word the table only weakly takes for a person's ("Controller") makes no person
    const firm = withMeta('Your Part-Time Controller', '<h1>Allies agree on air defence</h1><p>By Tracey Bible</p>');
    expect(extract(firm, { mode: 'html' }).meta.authors).toEqual(['Tracey Bible']);
    // a declared person stays, whoever the page shows
    const person = withMeta('Mariko Oi', '<h1>Allies agree on air defence</h1><p>By Heather Leah</p>');
    expect(extract(person, { mode: 'html' }).meta.authors).toEqual(['Mariko Oi']);
  });

  it("takes a link to the author's page, named as its address is, when nothing else names an author", () => {
    const linked = page(
      '<h1>Allies agree on air defence</h1><div class="hero"><a href="https://example.com/blog/authors/emmanuel-oyibo"><img src="e.png"><span>Emmanuel Oyibo</span></a></div>',
    );
    expect(extract(linked, { mode: 'html' }).meta.authors).toEqual(['Emmanuel Oyibo']);
    // a link whose words are not its address's is some other link
    const other = page('<h1>Allies agree on air defence</h1><p><a href="https://example.com/author/emmanuel-oyibo">More posts</a></p>');
    expect(extract(other, { mode: 'html' }).meta.authors).toEqual([]);
  });

  it('reads every citation author, turned to first name first', () => {
    const tags = '<meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Jyoti Patel">';
    const doc = extract(page('<h1>Allies agree on air defence</h1>').replace('<title>', `${tags}<title>`), { mode: 'html' });
    expect(doc.meta.authors).toEqual(['Aniruddha Roy', 'Jyoti Patel']);
    const plural =
      '<meta name="DC.Creator" content="Jennifer Huberty"><meta name="citation_authors" content="Jennifer Huberty"><meta name="citation_authors" content="Jeni Green">';
    const many = extract(page('<h1>Allies agree on air defence</h1>').replace('<title>', `${plural}<title>`), { mode: 'html' });
    expect(many.meta.authors).toEqual(['Jennifer Huberty', 'Jeni Green']);
  });

  it('keeps a declared user name or label when nothing on the page reads as a name', () => {
    const withMeta = (head: string, header = '<h1>Allies agree on air defence</h1>') => page(header).replace('<title>', `${head}<title>`);
    expect(extract(withMeta('<meta name="author" content="stephenlega">'), { mode: 'html' }).meta.authors).toEqual(['stephenlega']);
    expect(extract(withMeta('<meta itemprop="author" content="annette thurmon">'), { mode: 'html' }).meta.authors).toEqual([
      'annette thurmon',
    ]);
    expect(
      extract(withMeta('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Our Editors">'), {
        mode: 'html',
      }).meta.authors,
    ).toEqual(['Our Editors']);
    // a visible byline is preferred to the user name
    const both = withMeta(
      '<meta name="author" content="andrew.keaveney">',
      '<h1>Allies agree on air defence</h1><p>By Denise Everheart</p>',
    );
    expect(extract(both, { mode: 'html' }).meta.authors).toEqual(['Denise Everheart']);
    // a template's unfilled placeholder is no user name
    expect(extract(withMeta('<meta name="author" content="page.head.extra.author">'), { mode: 'html' }).meta.authors).toEqual([]);
  });

  it('reads names under an author label anywhere on the page, one line each under a plural label', () => {
    const one = page('<h1>Allies agree on air defence</h1>').replace(
      '<footer>',
      '<aside><h2>Article by</h2><div>Matias Heikkilä</div></aside><footer>',
    );
    expect(extract(one, { mode: 'html' }).meta.authors).toEqual(['Matias Heikkilä']);
    const list = page('<h1>Allies agree on air defence</h1>').replace(
      '<footer>',
      '<aside><h6>Author(s)</h6><ul><li>John A. Alic</li><li>David C. Mowery</li><li>Download pdf</li></ul></aside><footer>',
    );
    expect(extract(list, { mode: 'html' }).meta.authors).toEqual(['John A. Alic', 'David C. Mowery']);
    const avatar = page('<h1>Allies agree on air defence</h1>').replace(
      '<footer>',
      '<aside><p>By</p><p>CP</p><p>Chengcheng Pei</p></aside><footer>',
    );
    expect(extract(avatar, { mode: 'html' }).meta.authors).toEqual(['Chengcheng Pei']);
  });

  it("falls back on a link to the author's other posts, and on nothing else", () => {
    const withLink = page('<h1>Allies agree on air defence</h1>').replace(
      '<footer>',
      '<aside><a href="/author/ray">View all posts by Ray Ansari</a></aside><footer>',
    );
    expect(extract(withLink, { mode: 'html' }).meta.authors).toEqual(['Ray Ansari']);
    const fromSection = page('<h1>Allies agree on air defence</h1>').replace(
      '<footer>',
      '<aside><a href="/world">More stories from World</a></aside><footer>',
    );
    expect(extract(fromSection, { mode: 'html' }).meta.authors).toEqual([]);
  });

  it('falls back on a line that signs the post with a name and a date', () => {
    const signed = (line: string) =>
      extract(page('<h1>Allies agree on air defence</h1>').replace('</article>', `<p>${line}</p></article>`), { mode: 'html' }).meta
        .authors;
    expect(signed('Posted by Colin Watson on 2025-12-18 in debusine. Tags: debian.')).toEqual(['Colin Watson']);
    expect(signed('Last updated March 3, 2025 by Erik Demaine. — Accessibility')).toEqual(['Erik Demaine']);
    // no date, no signature
    expect(signed('Posted by Colin Watson on the mailing list.')).toEqual([]);
  });
});

describe('authors from JSON-LD', () => {
  it('follows an author given as a reference to a Person elsewhere in the graph', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          '@id': 'https://news.example/a#article',
          headline: 'Allies agree on air defence',
          author: { '@id': 'https://news.example/#/schema/person/1' },
        },
        { '@type': 'Person', '@id': 'https://news.example/#/schema/person/1', name: 'Maria Keller' },
      ],
    };
    const html = page('<h1>Allies agree on air defence</h1>').replace(
      '<title>',
      `<script type="application/ld+json">${JSON.stringify(graph)}</script><title>`,
    );
    expect(extract(html, { mode: 'html' }).meta.authors).toEqual(['Maria Keller']);
  });
});

describe('readHeaderLines', () => {
  const key = 'alliesagreeonairdefence';
  const lines = (...texts: string[]) => texts.map((text) => ({ text }));
  const body = 'Ministers from the alliance met in Brussels on Thursday to discuss air defence for the eastern flank.';

  it('reads the date line just above the headline when none follows it', () => {
    const blocks = lines(
      'Home',
      'World',
      'Published August 7, 2023 by Nicole Burke',
      'Allies agree on air defence',
      'Share this',
      body,
      body,
    );
    expect(readHeaderLines(blocks, [false, false, false, false, false, true, true], key).date).toBe('2023-08-07');
  });

  it('reads a label and its date on two lines above the headline', () => {
    const blocks = lines('Blog', 'Last updated:', 'Dec 12, 2025', 'Allies agree on air defence', body);
    expect(readHeaderLines(blocks, [false, false, false, false, true], key).date).toBe('2025-12-12');
  });

  it('says whether the date is labelled as a revision, on its line or on a label before it', () => {
    const underTitle = (...texts: string[]) =>
      readHeaderLines(lines('Allies agree on air defence', ...texts, body), [false, ...texts.map(() => false), true], key);
    expect(underTitle('Last updated: January 12, 2026')).toEqual({ authors: [], date: '2026-01-12', updated: true, titleAt: 0 });
    expect(underTitle('Updated', 'January 12, 2026').updated).toBe(true);
    expect(underTitle('Published January 12, 2026 · Updated January 14, 2026')).toMatchObject({ date: '2026-01-12', updated: false });
    expect(underTitle('January 12, 2026').updated).toBe(false);
    expect(underTitle('Reviewed by Dr Jane Roe Last updated 12 Jan 2026').updated).toBe(true);
  });

  it('reads the author from a date line that goes on with "by"', () => {
    const blocks = lines('Allies agree on air defence', 'Dec 08, 2019 by Stephen Bay in Growth', body);
    expect(readHeaderLines(blocks, [false, false, true], key)).toEqual({
      authors: ['Stephen Bay'],
      date: '2019-12-08',
      updated: false,
      titleAt: 0,
    });
    const numeric = lines(
      'Allies agree on air defence',
      '03/01/2017 by Agatha Caleo, Candidate Representative to the Candidate Liaison Committee',
      body,
    );
    expect(readHeaderLines(numeric, [false, false, true], key).authors).toEqual(['Agatha Caleo']);
    const sentence = lines('Allies agree on air defence', '5 lessons drawn by Stephen Bay', body);
    expect(readHeaderLines(sentence, [false, false, true], key).authors).toEqual([]);
  });

  it('reads a full name on the line above the date as the author', () => {
    const header = (name: string, inside = 0) =>
      readHeaderLines(
        [{ text: 'Allies agree on air defence' }, { text: name, inside }, { text: 'Nov 15, 2025' }, { text: body }],
        [false, false, false, true],
        key,
      );
    expect(header('Vlad Solomakha')).toEqual({ authors: ['Vlad Solomakha'], date: '2025-11-15', updated: false, titleAt: 0 });
    // capitals name a section or an agency; a list item is a menu entry
    expect(header('WORLD NEWS').authors).toEqual([]);
    expect(header('Contact Us', Inside.li).authors).toEqual([]);
    // words that do not read as a person's name: a section, a paper
    expect(header('Other Sports').authors).toEqual([]);
    expect(header('The Arizona Republic').authors).toEqual([]);
    // a name under the date is not read
    const below = readHeaderLines(
      lines('Allies agree on air defence', 'Nov 15, 2025', 'Vlad Solomakha', body),
      [false, false, false, true],
      key,
    );
    expect(below.authors).toEqual([]);
  });

  it('finds the headline a few lines after the first body line (a caption kept before it)', () => {
    const blocks = lines('Coffee', 'Account', 'Allies agree on air defence', 'Mar 24, 2025', 'By Amy Wilhelm', body);
    const header = readHeaderLines(blocks, [true, false, false, false, false, true], key);
    expect(header).toEqual({ authors: ['Amy Wilhelm'], date: '2025-03-24', updated: false, titleAt: 2 });
  });

  it('does not take a menu item kept far above the article for the start of the body', () => {
    const texts = [
      'Pricing',
      'Compare',
      'Login',
      'Allies agree on air defence',
      'Dec 26, 2025 • Mahua Das in Defence',
      'Para one.',
      'Para two.',
      'Para three.',
    ];
    const keep = [true, false, false, false, false, true, true, true];
    const filler = Array.from({ length: 30 }, () => 'Menu');
    const blocks = [...texts.slice(0, 3), ...filler, ...texts.slice(3)].map((text) => ({ text }));
    const kept = [...keep.slice(0, 3), ...filler.map(() => false), ...keep.slice(3)];
    expect(readHeaderLines(blocks, kept, 'alliesagreeonairdefence').date).toBe('2025-12-26');
  });

  it('prefers a date below the headline to one above it', () => {
    const blocks = lines('March 1, 2024', 'Allies agree on air defence', 'June 12, 2025', body);
    expect(readHeaderLines(blocks, [false, false, false, true], key).date).toBe('2025-06-12');
  });

  it('takes no date from a sentence above the headline', () => {
    const blocks = lines('We have written every week since March 3, 2001, and it is free.', 'Allies agree on air defence', body);
    expect(readHeaderLines(blocks, [false, false, true], key).date).toBeNull();
  });

  it('looks a few lines past the first body line when the headline opens the body', () => {
    const blocks = lines('Allies agree on air defence', 'By', 'Summer Swann', 'Editor', 'June 12, 2025', body);
    expect(readHeaderLines(blocks, [true, false, false, false, false, true], key).date).toBe('2025-06-12');
  });
});

describe('the title', () => {
  const withHead = (head: string, h1: string) =>
    `<!doctype html><html lang="en"><head>${head}</head><body><main><article><h1>${h1}</h1>${paragraphs}</article></main></body></html>`;

  it('is the declared title, cut from its site name, when the lone h1 names a section', () => {
    const html = withHead(
      '<title>Allies agree on air defence | The Daily Wire</title><meta property="og:title" content="Allies agree on air defence | The Daily Wire">',
      'Our Blog',
    );
    expect(extract(html, { mode: 'html' }).meta.title).toBe('Allies agree on air defence');
  });

  it('is the h1 when it says what the declared title says', () => {
    const html = withHead('<title>Allies agree on air defence | The Daily Wire</title>', 'Allies agree on air defence after long talks');
    expect(extract(html, { mode: 'html' }).meta.title).toBe('Allies agree on air defence after long talks');
  });

  it('is never the site name, whether declared, the host or a banner heading among several', () => {
    const declaredSite = withHead(
      '<title>A brief intro to git • Cory Dransfeldt</title><meta property="og:site_name" content="Cory Dransfeldt">',
      'Cory Dransfeldt',
    );
    expect(extract(declaredSite, { mode: 'html' }).meta.title).toBe('A brief intro to git');
    const host = withHead('<title>davidbau.com Vibe Coding</title>', 'davidbau.com');
    expect(extract(host, { mode: 'html', url: 'https://davidbau.com/archives/2025/vibe.html' }).meta.title).toBe('Vibe Coding');
    const banner = withHead(
      "<title>My Creative Process for Landscape Photography | Stephen Bay's Photography Blog</title>",
      "Stephen Bay's Photography Blog</h1><h1>Process #1 - Scouting",
    );
    expect(extract(banner, { mode: 'html' }).meta.title).toBe('My Creative Process for Landscape Photography');
    // the host's own name, without its suffixes, declared as the only title
    const hostName = withHead('<title>Integralist</title>', 'Rust ownership, borrowing and lifetimes');
    const url = 'https://www.integralist.co.uk/posts/rust-ownership/';
    expect(extract(hostName, { mode: 'html', url }).meta.title).toBe('Rust ownership, borrowing and lifetimes');
  });

  it("is never a declared title that ran into the page's scripts", () => {
    const code = Array.from({ length: 30 }, (_, i) => `this.sectionLevel${i} = 'sports';`).join(' ');
    const html = withHead(`<meta name="title" content="Welcome to The Free Press -- News ${code}">`, 'Allies agree on air defence');
    expect(extract(html, { mode: 'html' }).meta.title).toBe('Allies agree on air defence');
  });

  it('drops quotes around the whole declared title and a mark after it, unless the h1 shows them', () => {
    const quoted = withHead('<meta property="og:title" content="&quot;Allies agree on air defence&quot;">', 'Allies agree on air defence');
    expect(extract(quoted, { mode: 'html' }).meta.title).toBe('Allies agree on air defence');
    const starred = withHead('<meta property="og:title" content="Allies agree on air defence ⋆">', 'Allies agree on air defence');
    expect(extract(starred, { mode: 'html' }).meta.title).toBe('Allies agree on air defence');
    const shown = withHead('<title>“Allies agree on air defence” - by Jane Roe</title>', '“Allies agree on air defence”');
    expect(extract(shown, { mode: 'html' }).meta.title).toBe('“Allies agree on air defence”');
  });

  it('is the declared title when that is the h1 less a date shown with it', () => {
    const html = withHead(
      '<title>Preparing a transition in Debusine | Colin Watson</title>',
      'Dec 18 2025 Preparing a transition in Debusine',
    );
    expect(extract(html, { mode: 'html' }).meta.title).toBe('Preparing a transition in Debusine');
  });

  it('keeps the declared spelling of the same words, without the site name', () => {
    const html = withHead("<title>NATO's chief warns Moscow - The Daily Wire</title>", 'NATO’s chief warns Moscow');
    expect(extract(html, { mode: 'html' }).meta.title).toBe("NATO's chief warns Moscow");
  });
});

describe('author boxes', () => {
  const withBox = (heading: string, bio: string) =>
    page('<h1>Allies agree on air defence</h1>').replace(
      '</article>',
      `<section class="bio"><h3>${heading}</h3><p>${bio}</p></section></article>`,
    );
  const bio = 'Jane Roe is a defence correspondent who has covered NATO summits and the alliance for more than ten years.';

  it('leaves the box out of the body, whatever the case of its heading', () => {
    for (const heading of ['About the Author', 'ABOUT THE AUTHOR', 'about the author:', 'Meet the Writer']) {
      const doc = extract(withBox(heading, bio), { mode: 'html' });
      expect(doc.text, heading).toContain('Paragraph 6 of the report');
      expect(doc.text, heading).not.toContain(heading);
      expect(doc.text, heading).not.toContain('defence correspondent');
    }
  });

  it('takes the name of a box titled after a person as the author, if the bio starts with it', () => {
    expect(extract(withBox('About Jane Roe', bio), { mode: 'html' }).meta.authors).toEqual(['Jane Roe']);
    const section = extract(withBox('About Tallinn', 'The city hosts the alliance cyber defence centre and many of its exercises.'), {
      mode: 'html',
    });
    expect(section.meta.authors).toEqual([]);
  });

  it("keeps a book's 'About The Devils' blurb, which is no author box", () => {
    const doc = extract(withBox('About The Devils', 'Holy work sometimes requires unholy deeds, and the order knows it well.'), {
      mode: 'html',
    });
    expect(doc.text).toContain('Holy work sometimes requires unholy deeds');
  });

  it("keeps a press release's 'About <company>' section, which is no author's bio", () => {
    const doc = extract(
      withBox('About Acme Networks', 'Acme Networks, a division of Example Inc., is a provider of news and entertainment.'),
      {
        mode: 'html',
      },
    );
    expect(doc.text).toContain('a division of Example Inc.');
    expect(doc.meta.authors).toEqual([]);
  });
});

describe('a standfirst above the byline, a newsletter box', () => {
  it('drops a byline that follows the standfirst, and a newsletter pitch in the article column', () => {
    const standfirst =
      '<p class="standfirst">The alliance is on course to fund a shield over the eastern flank after a late deal, ending two years of wrangling over who pays.</p>';
    const byline = '<div class="byline">By <a href="/authors/anna-visser">Anna Visser</a> in The Hague · 30 October 2025</div>';
    const pitch =
      '<aside class="newsletter"><h3>Sign up to Europe Briefing</h3><p>Get our best stories on European politics in your inbox every weekday morning.</p></aside>';
    const doc = extract(page(`<h1>Allies agree on air defence</h1>${standfirst}${byline}${pitch}`), { mode: 'html' });
    expect(doc.text).toContain('The alliance is on course to fund a shield');
    expect(doc.text).not.toContain('Anna Visser');
    expect(doc.text).not.toContain('in your inbox');
    expect(doc.meta.authors).toEqual(['Anna Visser']);
  });

  it('drops a byline that names no person ("By Staff Writer")', () => {
    const doc = extract(page('<h1>Allies agree on air defence</h1><p>By Staff Writer</p>'), { mode: 'html' });
    expect(doc.text).not.toContain('Staff Writer');
    expect(doc.meta.authors).toEqual([]);
  });
});

describe('dates in elements named in camel case', () => {
  it('reads a date from an element whose class says so in camel case, month first in US style', () => {
    const header = '<h1>Allies agree on air defence</h1><div class="articleDate">Article Launched:&nbsp;12/30/2007 01:50:35 AM PST</div>';
    expect(extract(page(header), { mode: 'html' }).meta.publishedAt).toBe('2007-12-30');
    const dotted = '<h1>Allies agree on air defence</h1><ul><li class="entryDate">11.12.12</li><li class="entryTime">3:30 PM</li></ul>';
    expect(extract(page(dotted), { mode: 'html' }).meta.publishedAt).toBe('2012-11-12');
  });

  it('does not take a word that merely ends in "date" for a date element', () => {
    const header = '<h1>Allies agree on air defence</h1><div class="candidate">Candidate 12/30/2007 list</div>';
    expect(extract(page(header), { mode: 'html' }).meta.publishedAt).toBeNull();
  });
});

describe('hidden content', () => {
  const streamed = (segment: string) =>
    `<!doctype html><html lang="en"><head><title>Allies agree on air defence | The Daily Wire</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><template id="B:0"></template><p>Loading…</p></main>
${segment}<script>$RC("B:0","S:0")</script></body></html>`;

  it('reads the segments React streams into a hidden div and moves into place', () => {
    const doc = extract(streamed(`<div hidden id="S:0"><article><h1>Allies agree on air defence</h1>${paragraphs}</article></div>`), {
      mode: 'html',
    });
    expect(doc.text).toContain('Paragraph 1 of the report');
    expect(doc.text).toContain('Paragraph 6 of the report');
  });

  it('drops other hidden elements', () => {
    const doc = extract(page(`<div hidden id="S:x">A hidden note that the reader never sees on the page at all.</div>`), { mode: 'html' });
    expect(doc.text).toContain('Paragraph 1 of the report');
    expect(doc.text).not.toContain('hidden note');
  });
});
