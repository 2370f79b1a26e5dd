import { describe, expect, it } from 'vitest';
import { dateFromUrl, laterRevision, monthNumber, parseDate } from './dates.js';

describe('parseDate', () => {
  it('keeps ISO dates with time and offset', () => {
    expect(parseDate('2015-07-24T05:36:09+01:00')).toBe('2015-07-24T05:36:09+01:00');
    expect(parseDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+01:00');
    expect(parseDate('2024-12-06T22:00:40.000Z')).toBe('2024-12-06T22:00:40Z');
  });
  it('reduces dates without an offset to the day', () => {
    expect(parseDate('2018-04-05T06:00')).toBe('2018-04-05');
    expect(parseDate('2019-11-19')).toBe('2019-11-19');
  });
  it('reads human forms in several orders', () => {
    expect(parseDate('Tue, 19 Nov 2019 10:00:00 GMT')).toBe('2019-11-19');
    expect(parseDate('Updated August 14, 2025')).toBe('2025-08-14');
    expect(parseDate('4th March 2025')).toBe('2025-03-04');
    expect(parseDate('Published 03.04.2025')).toBe('2025-04-03');
    expect(parseDate('2019/11/19')).toBe('2019-11-19');
    expect(parseDate('20191119')).toBe('2019-11-19');
    expect(parseDate('2023 Jan 7')).toBe('2023-01-07');
  });
  it('reads epoch seconds and milliseconds', () => {
    expect(parseDate('1574157600')).toBe('2019-11-19');
    expect(parseDate('1574157600000')).toBe('2019-11-19');
  });
  it('rejects what is not a plausible date', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('Tuesday')).toBeNull();
    expect(parseDate('2019-13-40')).toBeNull();
    expect(parseDate('Chapter 12, 1066 words')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('finds /yyyy/mm/dd/ paths', () => {
    expect(dateFromUrl('https://www.nytimes.com/2019/11/19/opinion/x.html')).toBe('2019-11-19');
    expect(dateFromUrl('https://example.com/news/2024-03-01/story')).toBe('2024-03-01');
    expect(dateFromUrl('https://example.com/about')).toBeNull();
  });
  it('reads paths with percent-encoded slashes and dates followed by other characters, not longer numbers', () => {
    expect(dateFromUrl('https://blog.example.fr%2Farticles%2F2025-12-15%2BRust%2BGCC')).toBe('2025-12-15');
    expect(dateFromUrl('https://example.com/2019/11/19.html')).toBe('2019-11-19');
    expect(dateFromUrl('https://example.com/item/2019-11-195')).toBeNull();
    expect(dateFromUrl('https://example.com/%E0%A4%A/2019/11/19/x')).toBe('2019-11-19');
  });
  it('reads paths that name the month', () => {
    expect(dateFromUrl('https://example.org/blog/2023/october/03/wine-styles/')).toBe('2023-10-03');
    expect(dateFromUrl('https://example.org/news/2020/Sep/7/story')).toBe('2020-09-07');
    expect(dateFromUrl('https://example.org/archive/2023/page/2/')).toBeNull();
  });
});

describe('monthNumber', () => {
  it('reads full and abbreviated English month names, with or without a dot', () => {
    expect(monthNumber('Dec')).toBe(12);
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('JANUARY')).toBe(1);
    expect(monthNumber('Reuters')).toBeNull();
  });
});

describe('laterRevision', () => {
  it('keeps a revision later than the publication, as instants when both have a time of day', () => {
    expect(laterRevision('2025-08-19T13:25:59+00:00', '2025-01-29T20:47:55+00:00')).toBe('2025-08-19T13:25:59+00:00');
    expect(laterRevision('2016-12-22T18:59:12-08:00', '2016-12-22T10:43:37-08:00')).toBe('2016-12-22T18:59:12-08:00');
    // the next day in one zone, an earlier instant: no revision
    expect(laterRevision('2025-01-30T01:00:00+05:00', '2025-01-29T21:00:00+00:00')).toBeNull();
  });

  it('drops a save within a minute of publication, an earlier date and a day alone on the day of publication', () => {
    expect(laterRevision('2019-10-18T17:23:35Z', '2019-10-18T17:23:34Z')).toBeNull();
    expect(laterRevision('2024-02-01', '2025-01-01')).toBeNull();
    expect(laterRevision('2025-01-29', '2025-01-29T20:47:55Z')).toBeNull();
    expect(laterRevision('2025-01-30', '2025-01-29T20:47:55Z')).toBe('2025-01-30');
  });

  it('keeps a revision when there is no publication date, and gives null for none', () => {
    expect(laterRevision('2025-01-30', null)).toBe('2025-01-30');
    expect(laterRevision(null, '2025-01-29')).toBeNull();
  });
});
