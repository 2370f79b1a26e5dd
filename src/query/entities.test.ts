import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/index.js';
import { makeDoc } from '../store/store.case.test.js';
import type { CorpusStore } from '../store/store.js';
import { resolveEntity } from './entities.js';

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
  it('takes the forms of a name with a middle initial or a suffix as one person', async () => {
    const s = await corpusOf(['Paul Ryan'], ['Paul Ryan'], ['Paul D. Ryan'], ['Nick Ryan'], ['Joe Manchin III'], ['Joe Manchin']);
    const ryan = await resolveEntity(s, 'Paul Ryan');
    expect(ryan?.entity.name).toBe('Paul Ryan');
    expect(ryan?.ids).toHaveLength(2);
    expect([...(ryan?.names ?? [])].sort()).toEqual(['paul d ryan', 'paul ryan']);
    expect(ryan?.alternatives).toEqual([]);
    expect([...((await resolveEntity(s, 'Paul D. Ryan'))?.ids ?? [])].sort()).toEqual([...(ryan?.ids ?? [])].sort());
    // by surname: the full name, and its other form
    const bySurname = await resolveEntity(s, 'Ryan');
    expect(bySurname?.entity.name).toBe('Paul Ryan');
    expect(bySurname?.ids).toHaveLength(2);
    expect(bySurname?.alternatives.map((a) => a.name)).toEqual(['Nick Ryan']);
    expect((await resolveEntity(s, 'Joe Manchin'))?.ids).toHaveLength(2);
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
