import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { findQuotes, lineParagraphs } from '../quotes/quotes.js';
import { splitSentences } from '../tokenize/tokenize.js';
import { findOutlet } from './outlets.js';
import { findSources, quotationShare } from './sources.js';

function sourcesOf(text: string) {
  const paragraphs = lineParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  const entities = findEntities(text, sentences);
  // The rules' attributions, without the learned filter: these tests are about the sources layer.
  const quotes = findQuotes(text, paragraphs, sentences, entities, { filter: false });
  return { quotes, layer: findSources(text, quotes, entities, paragraphs) };
}

describe('findOutlet', () => {
  it('links outlet names to domain, country and state-media label', () => {
    expect(findOutlet('TASS')).toMatchObject({
      domain: 'tass.ru',
      country: 'RUS',
      stateMedia: { typology: 'SC', label: 'state-controlled' },
    });
    expect(findOutlet('a column in the Financial Times')).toMatchObject({ name: 'The Financial Times', domain: 'ft.com', country: 'GBR' });
    expect(findOutlet('Foreign Policy')?.domain).toBe('foreignpolicy.com');
    expect(findOutlet('the times they are a-changing')).toBeNull();
    expect(findOutlet('some analysts')).toBeNull();
  });
});

describe('findSources', () => {
  it('tells named people, outlets, documents and vague sources apart and counts the claims on each', () => {
    const text = [
      '"We will not back down," Reuters quoted Putin as saying.',
      'According to TASS, the talks will resume in May.',
      'A report from Foreign Policy reveals that the deal was drafted in March.',
      'Officials said the border would stay closed.',
      'Some analysts say the sanctions are working.',
      '"Nobody wants this war."',
    ].join('\n');
    const { quotes, layer } = sourcesOf(text);
    expect(quotes).toHaveLength(6);
    const byName = Object.fromEntries(layer.sources.map((s) => [s.name, s]));
    expect(byName.Putin).toMatchObject({ kind: 'person', named: true, quotes: [0] });
    expect(byName.Reuters).toMatchObject({ kind: 'outlet', relayed: [0], outlet: { domain: 'reuters.com' } });
    expect(byName.TASS).toMatchObject({ kind: 'outlet', quotes: [1], outlet: { stateMedia: { typology: 'SC' } } });
    expect(byName['Foreign Policy']).toMatchObject({ kind: 'outlet', named: true, outlet: { domain: 'foreignpolicy.com' } });
    expect(byName.Officials).toMatchObject({ kind: 'unnamed', named: false });
    expect(byName['Some analysts']).toMatchObject({ kind: 'unnamed', named: false });
    expect(layer.summary).toMatchObject({
      claims: 6,
      namedPeople: 1,
      namedOutlets: 2,
      documents: 1,
      unnamed: 2,
      unattributed: 1,
      relayed: 1,
    });
    for (const s of layer.sources) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('records the outlet a statement was made to or published in as relaying it', () => {
    const text = [
      '"Deterrence works only when it is credible," wrote Anna Lindqvist in Foreign Affairs.',
      'Mark Rutte told Reuters that the alliance would stay united.',
      'A senior official said the plan was dead.',
    ].join('\n');
    const { quotes, layer } = sourcesOf(text);
    expect(quotes.map((q) => [q.speaker, q.via ?? null])).toEqual([
      ['Anna Lindqvist', 'Foreign Affairs'],
      ['Mark Rutte', 'Reuters'],
      ['A senior official', null],
    ]);
    const byName = Object.fromEntries(layer.sources.map((s) => [s.name, s]));
    expect(byName['Foreign Affairs']).toMatchObject({ kind: 'outlet', relayed: [0], outlet: { domain: 'foreignaffairs.com' } });
    expect(byName.Reuters).toMatchObject({ kind: 'outlet', relayed: [1] });
    expect(byName['A senior official']).toMatchObject({ kind: 'unnamed', named: false, quotes: [2] });
    expect(layer.summary).toMatchObject({ claims: 3, namedPeople: 2, unnamed: 1, relayed: 2 });
  });

  it('measures the share of the text inside quotation marks, scare quotes left out', () => {
    const text = '"One two three four five." Then the so-called "plan" came.';
    const inside = 'Onetwothreefourfive.'.length;
    expect(quotationShare(text, lineParagraphs(text))).toBeCloseTo(inside / text.replace(/\s+/g, '').length, 3);
    expect(quotationShare('', [])).toBe(0);
  });
});
