import { describe, expect, it } from 'vitest';
import { labelledOrArchiveAuthors, plausibleName, soleByline } from './labelled-authors.js';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('labelledOrArchiveAuthors', () => {
  it('reads the names under an author label, every full name under a plural one, past avatar initials', () => {
    expect(labelledOrArchiveAuthors(lines('Share', 'Written by', 'Jane Roe', 'Jane covers defence.'))).toEqual(['Jane Roe']);
    expect(labelledOrArchiveAuthors(lines('Authors:', 'Jane Roe', 'John Doe', 'Published March 3, 2025'))).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
    expect(labelledOrArchiveAuthors(lines('By', 'JR', 'Jane Roe'))).toEqual(['Jane Roe']);
  });

  it("reads a link to the author's other writing, then a dated signature", () => {
    expect(labelledOrArchiveAuthors(lines('Menu', 'View all posts by Ray Ansari'))).toEqual(['Ray Ansari']);
    expect(labelledOrArchiveAuthors(lines('Posted by Colin Watson on 2025-12-18 in debusine'))).toEqual(['Colin Watson']);
    expect(labelledOrArchiveAuthors(lines('Last updated March 3, 2025 by Erik Demaine.'))).toEqual(['Erik Demaine']);
  });

  it('reads nothing from a signature without a date or a page without a label', () => {
    expect(labelledOrArchiveAuthors(lines('Posted by Colin Watson in debusine'))).toEqual([]);
    expect(labelledOrArchiveAuthors(lines('Jane Roe', 'A story about the fund.'))).toEqual([]);
  });
});

describe('soleByline', () => {
  it('reads the one byline line of a page, and none where lines name different people', () => {
    expect(soleByline(['A story', 'Written by Linda McCall', 'Share'])).toEqual(['Linda McCall']);
    expect(soleByline(['By Jane Roe', 'Other story', 'By Jane Roe'])).toEqual(['Jane Roe']);
    expect(soleByline(['By Jane Roe', 'Other story', 'By John Doe'])).toEqual([]);
  });
});

describe('plausibleName', () => {
  it('takes a name of two words or a given name, not page furniture', () => {
    expect(plausibleName('Idle Cartulary')).toBe(true);
    expect(plausibleName('David')).toBe(true);
    expect(plausibleName('Recent Posts')).toBe(false);
    expect(plausibleName('Series')).toBe(false);
  });
});
