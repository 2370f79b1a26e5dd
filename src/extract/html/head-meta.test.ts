import { describe, expect, it } from 'vitest';
import { parseHtml } from './dom.js';
import { authorLinkName, readMarkupMeta } from './head-meta.js';

const bylines = (body: string) => readMarkupMeta(parseHtml(`<html><body>${body}</body></html>`)).bylines;

describe('readMarkupMeta bylines', () => {
  it('marks where two blocks of a byline meet with no space between them', () => {
    expect(bylines('<div class="author-info"><div>Kenny DuMez</div><div>Software engineer</div></div>')[0]).toBe(
      'Kenny DuMez | Software engineer',
    );
  });

  it('reads blocks set apart by white space, and inline elements, as before', () => {
    expect(bylines('<div class="byline"><div>Tech Industry</div> <div>by Steven Musil</div></div>')[0]).toBe(
      'Tech Industry by Steven Musil',
    );
    expect(bylines('<p class="byline">By <span>Jane</span><span> Doe</span></p>')[0]).toBe('By Jane Doe');
  });

  it('leaves the captions and fields of a form out of a byline', () => {
    expect(
      bylines(
        '<div id="authorinfo"><p><label for="author"><strong>Name:</strong><br><small>Required</small></label><input name="author"></p></div>',
      ),
    ).toEqual([]);
  });
});

describe('authorLinkName', () => {
  it("names a link to an author's page only when its words are the address's own", () => {
    expect(authorLinkName('https://blog.comwrap.com/author/moritz-bachmann', ' Moritz Bachmann')).toBe('Moritz Bachmann');
    expect(authorLinkName('/authors/jose-garcia/', 'José García')).toBe('José García');
    expect(authorLinkName('/author/moritz-bachmann', 'All posts')).toBeNull();
    expect(authorLinkName('/tag/moritz-bachmann', 'Moritz Bachmann')).toBeNull();
    expect(authorLinkName('/author/admin', 'admin')).toBeNull();
  });
});
