import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/index.js';
import { makeDoc } from '../store/store.case.test.js';
import type { CorpusStore } from '../store/store.js';
import { entityProfile, resolveEntity, topEntities } from './entities.js';

let store: CorpusStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** A corpus of one document per list of people's names. */
async function corpusOf(...docs: string[][]): Promise<CorpusStore> {
  store = await openSqliteStore(':memory:');
  await store.write({
    documents: docs.map((names, i) => ({
      id: `https://news.example.com/${i}`,
      inputId: `file:${i}`,
      doc: makeDoc({ text: `${names.join(', ')} spoke on day ${i}.` }),
      layers: [
        {
          kind: 'entities',
          version: '2',
          data: names.map((name, j) => ({ id: `e${j + 1}`, name, type: 'PERSON', mentions: [{ start: 0, end: name.length, text: name }] })),
        },
      ],
    })),
  });
  return store;
}

describe('resolveEntity', () => {
  it('takes the forms of a name with a middle initial as one person, and not the son of the name', async () => {
    const s = await corpusOf(['Paul Ryan'], ['Paul Ryan'], ['Paul D. Ryan'], ['Nick Ryan'], ['Donald Trump Jr.'], ['Donald Trump']);
    const ryan = await resolveEntity(s, 'Paul Ryan');
    expect(ryan?.entity.name).toBe('Paul Ryan');
    expect(ryan?.ids).toHaveLength(2);
    expect([...(ryan?.names ?? [])].sort()).toEqual(['paul d ryan', 'paul ryan']);
    expect(ryan?.forms).toEqual(['Paul D. Ryan']);
    expect(ryan?.alternatives).toEqual([]);
    expect([...((await resolveEntity(s, 'Paul D. Ryan'))?.ids ?? [])].sort()).toEqual([...(ryan?.ids ?? [])].sort());
    // by surname: the full name, and its other form
    const bySurname = await resolveEntity(s, 'Ryan');
    expect(bySurname?.entity.name).toBe('Paul Ryan');
    expect(bySurname?.ids).toHaveLength(2);
    expect(bySurname?.alternatives.map((a) => a.name)).toEqual(['Nick Ryan']);
    expect((await resolveEntity(s, 'Donald Trump'))?.ids).toHaveLength(1);
    expect((await resolveEntity(s, 'Donald Trump Jr.'))?.ids).toHaveLength(1);
  });

  it('keeps forms apart when several middle initials share the name', async () => {
    const s = await corpusOf(['George W. Bush'], ['George W. Bush'], ['George H. W. Bush'], ['George Bush']);
    const bush = await resolveEntity(s, 'George Bush');
    expect(bush?.entity.name).toBe('George Bush');
    expect(bush?.ids).toHaveLength(1);
    expect(bush?.alternatives.map((a) => a.name)).toEqual(['George W. Bush', 'George H. W. Bush']);
    expect((await resolveEntity(s, 'George W. Bush'))?.ids).toHaveLength(1);
  });
});

describe('topEntities', () => {
  it('ranks entities of as many stories by their mentions, as the store does', async () => {
    store = await openSqliteStore(':memory:');
    const mentions = (name: string, n: number) => Array.from({ length: n }, () => ({ start: 0, end: name.length, text: name }));
    await store.write({
      documents: [
        {
          id: 'https://news.example.com/0',
          inputId: 'file:0',
          doc: makeDoc({ text: 'Andry Rajoelina and Zeta Abbot spoke.' }),
          layers: [
            {
              kind: 'entities',
              version: '2',
              data: [
                { id: 'e1', name: 'Zeta Abbot', type: 'PERSON', mentions: mentions('Zeta Abbot', 1) },
                { id: 'e2', name: 'Andry Rajoelina', type: 'PERSON', mentions: mentions('Andry Rajoelina', 3) },
              ],
            },
          ],
        },
      ],
    });
    expect((await topEntities(store)).map((e) => [e.name, e.stories, e.mentions])).toEqual([
      ['Andry Rajoelina', 1, 3],
      ['Zeta Abbot', 1, 1],
    ]);
  });
});

describe('one person, one row', () => {
  it("counts a person's forms of name together in a ranking, a bare surname only where nine in ten of its stories are theirs", async () => {
    const s = await corpusOf(
      ...Array.from({ length: 8 }, () => ['Barack Obama']),
      ['Barack Obama', 'Paul Ryan'],
      ['Obama'],
      ['Obama', 'Paul D. Ryan'],
      ['Michelle Obama'],
      ['Paul Ryan'],
      ['Hillary Clinton'],
      ['Hillary Clinton'],
      ['Bill Clinton'],
      ['Clinton'],
    );
    const ranked = await topEntities(s, { type: 'PERSON' });
    expect(ranked.map((e) => [e.name, e.stories, e.forms])).toEqual([
      ['Barack Obama', 11, ['Obama']],
      ['Paul Ryan', 3, ['Paul D. Ryan']],
      ['Hillary Clinton', 2, []],
      ['Michelle Obama', 1, []],
      ['Bill Clinton', 1, []],
      ['Clinton', 1, []],
    ]);
    expect(ranked[0]!.ids).toHaveLength(2);
    expect((await topEntities(s, { type: 'PERSON', limit: 2 })).map((e) => e.name)).toEqual(['Barack Obama', 'Paul Ryan']);
    // the profile of the full name counts what its row counts
    const obama = await resolveEntity(s, 'Barack Obama');
    expect([...(obama?.ids ?? [])].sort()).toEqual([...ranked[0]!.ids].sort());
    expect(obama?.names).toContain('obama');
    expect(obama?.forms).toEqual(['Obama']);
    expect((await resolveEntity(s, 'Hillary Clinton'))?.ids).toHaveLength(1);
    // beside another person, one row too: Paul Ryan beside Barack Obama, Paul D. Ryan beside "Obama"
    const withRyan = await entityProfile(s, 'Paul Ryan');
    expect(withRyan?.coMentioned.map((e) => [e.name, e.stories, e.forms])).toEqual([['Barack Obama', 2, ['Obama']]]);
  });

  it('asks for more rows while folding leaves fewer than it shows', async () => {
    // six people, each named four ways, the forms of one person all above the next person's
    const docs: string[][] = [];
    ['Abbot', 'Brack', 'Crane', 'Dorn', 'Eklund', 'Fenner'].forEach((surname, i) => {
      const forms = [`Bob ${surname}`, `Robert ${surname}`, `Robert J. ${surname}`, surname];
      forms.forEach((name, k) => {
        for (let n = 0; n < 4 * (6 - i) + 3 - k; n++) docs.push([name]);
      });
    });
    const s = await corpusOf(...docs);
    // fifteen rows asked first hold four people
    const ranked = await topEntities(s, { type: 'PERSON', limit: 5 });
    expect(ranked.map((e) => [e.name, e.forms.length])).toEqual([
      ['Bob Abbot', 3],
      ['Bob Brack', 3],
      ['Bob Crane', 3],
      ['Bob Dorn', 3],
      ['Bob Eklund', 3],
    ]);
    expect(ranked[0]!.stories).toBe(27 + 26 + 25 + 24);
  });

  it('counts a story that names two forms once', async () => {
    const s = await corpusOf(['Paul Ryan', 'Paul D. Ryan'], ['Paul Ryan']);
    const [ryan] = await topEntities(s, { type: 'PERSON' });
    expect([ryan?.name, ryan?.stories, ryan?.documents, ryan?.mentions]).toEqual(['Paul Ryan', 2, 2, 3]);
  });
});
