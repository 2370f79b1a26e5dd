import { describe, expect, it } from 'vitest';
import { isoDate, jsonlTextJobs, plainDoc } from './text-jobs.js';

describe('plainDoc', () => {
  it('makes a paragraph of every non-empty line, without its surrounding blanks', () => {
    const text = 'NATO met.\n\n  Russia objected. \nEnd';
    const doc = plainDoc(text, { publishedAt: '2024-03-01' });
    expect(doc.blocks.map((b) => text.slice(b.start, b.end))).toEqual(['NATO met.', 'Russia objected.', 'End']);
    expect(doc.meta.publishedAt).toBe('2024-03-01');
    expect(doc.meta.title).toBeNull();
    expect(doc.text).toBe(text);
  });
});

describe('isoDate', () => {
  it('reads compact and ISO dates and refuses the rest', () => {
    expect(isoDate('20080804')).toBe('2008-08-04');
    expect(isoDate('2008-08-04T10:00Z')).toBe('2008-08-04');
    expect(isoDate('4 August 2008')).toBeNull();
    expect(isoDate(20080804)).toBeNull();
  });
});

describe('jsonlTextJobs', () => {
  it('names lines by id or place, reads the date fields, and keeps going after a bad line', () => {
    const raw = [
      '{"id":"a","text":"One.","date":"20240301"}',
      '',
      '{"text":"Two.","publishedAt":"2024-03-02T08:00:00Z"}',
      '{"id":7,"text":"Three.","published_at":"nonsense","publication_date":"2024-03-03"}',
      '{"id":"x"}',
      'not json',
      '[1,2]',
    ].join('\n');
    const jobs = jsonlTextJobs('in.jsonl', raw);
    expect(jobs.map((j) => [j.id, j.label, j.doc?.meta.publishedAt ?? null, j.error ?? null])).toEqual([
      ['a', 'in.jsonl:1', '2024-03-01', null],
      ['in.jsonl:3', 'in.jsonl:3', '2024-03-02', null],
      ['7', 'in.jsonl:4', '2024-03-03', null],
      ['in.jsonl:5', 'in.jsonl:5', null, 'bad line: no "text" string'],
      ['in.jsonl:6', 'in.jsonl:6', null, expect.stringMatching(/^bad line: /)],
      ['in.jsonl:7', 'in.jsonl:7', null, 'bad line: not a JSON object'],
    ]);
  });
});
