import { describe, expect, it } from 'vitest';
import type { TokenSpan } from './labels.js';
import { withDatelinePlaces, withoutNotNames } from './news-conventions.js';

const span = (start: number, end: number, type: TokenSpan['type'] = 'ORG'): TokenSpan => ({ start, end, type });

describe('withoutNotNames', () => {
  it('drops spans made only of photo-credit words', () => {
    const tokens = ['FILE', 'PHOTO', ':', 'The', 'logo', 'of', 'Lufthansa'];
    expect(withoutNotNames(tokens, [span(0, 2), span(6, 7)])).toEqual([span(6, 7)]);
    const credit = ['Francois', 'Lenoir', '/', 'File', 'Photo', '/', 'File', 'Photo'];
    expect(withoutNotNames(credit, [span(0, 2, 'PER'), span(3, 8)])).toEqual([span(0, 2, 'PER')]);
  });

  it('cuts a trailing credit from a name', () => {
    expect(withoutNotNames(['REUTERS', '/', 'File', 'Photo'], [span(0, 4)])).toEqual([span(0, 1)]);
    expect(withoutNotNames(['Estelle', 'Shirbon', 'Editing'], [span(0, 3, 'PER')])).toEqual([span(0, 2, 'PER')]);
  });

  it('drops holidays but keeps names that share their words', () => {
    const tokens = ['before', 'Christmas', 'and', 'New', 'Year', 'in', 'New', 'York', 'and', 'on', 'Christmas', 'Island'];
    const spans = [span(1, 2, 'MISC'), span(3, 5, 'MISC'), span(6, 8, 'LOC'), span(10, 12, 'LOC')];
    expect(withoutNotNames(tokens, spans)).toEqual([span(6, 8, 'LOC'), span(10, 12, 'LOC')]);
    expect(withoutNotNames(['Christmas', 'Eve'], [span(0, 2, 'MISC')])).toEqual([]);
    expect(withoutNotNames(['Chinese', 'New', 'Year'], [span(0, 3, 'MISC')])).toEqual([span(0, 3, 'MISC')]);
  });

  it("cuts a title from the front of a person's name, not from other names", () => {
    expect(withoutNotNames(['Governor', 'Kemp', 'said'], [span(0, 2, 'PER')])).toEqual([span(1, 2, 'PER')]);
    expect(withoutNotNames(['Dr.', 'Rochelle', 'Walensky'], [span(0, 3, 'PER')])).toEqual([span(1, 3, 'PER')]);
    expect(withoutNotNames(['Queen', 'Mary', 'University'], [span(0, 3, 'ORG')])).toEqual([span(0, 3, 'ORG')]);
    expect(withoutNotNames(['Mayor', 'said'], [span(0, 1, 'PER')])).toEqual([span(0, 1, 'PER')]);
    expect(withoutNotNames(['Democrat', 'Sen.', 'Ben', 'Cardin'], [span(0, 4, 'PER')])).toEqual([span(2, 4, 'PER')]);
    expect(withoutNotNames(['Rep.', 'Ann', 'Kirkpatrick'], [span(0, 3, 'PER')])).toEqual([span(1, 3, 'PER')]);
  });

  it('leaves a sentence without such words as it is', () => {
    const spans = [span(0, 2, 'PER')];
    expect(withoutNotNames(['Angela', 'Merkel', 'said'], spans)).toEqual(spans);
  });
});

describe('withDatelinePlaces', () => {
  it('makes the names of a wire dateline places', () => {
    const tokens = ['LOS', 'ANGELES', '/', 'NEW', 'YORK', '(', 'Reuters', ')', '-', 'Disney', 'said'];
    const spans = [span(0, 2, 'ORG'), span(3, 5, 'LOC'), span(9, 10, 'ORG')];
    expect(withDatelinePlaces(tokens, spans)).toEqual([span(0, 2, 'LOC'), span(3, 5, 'LOC'), span(9, 10, 'ORG')]);
    const region = ['SUN', 'CITY', ',', 'South', 'Africa', '(', 'Reuters', ')', '-'];
    expect(withDatelinePlaces(region, [span(0, 2, 'ORG'), span(3, 5, 'LOC')])).toEqual([span(0, 2, 'LOC'), span(3, 5, 'LOC')]);
    const dated = ['BENGALURU', ',', 'Dec', '7', '(', 'Reuters', ')', '-', 'Infosys'];
    expect(withDatelinePlaces(dated, [span(0, 1, 'ORG'), span(8, 9, 'ORG')])).toEqual([span(0, 1, 'LOC'), span(8, 9, 'ORG')]);
  });

  it('leaves sentences without a dateline alone', () => {
    const spans = [span(0, 1, 'ORG')];
    expect(withDatelinePlaces(['NATO', 'said', '(', 'Reuters', ')', 'on', 'Monday'], spans)).toBe(spans);
    expect(withDatelinePlaces(['Houston', '(', 'Reuters', ')', '-'], spans)).toBe(spans);
    expect(withDatelinePlaces(['NATO', 'met', 'in', 'Brussels'], spans)).toBe(spans);
  });
});
