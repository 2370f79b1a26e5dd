import { describe, expect, it } from 'vitest';
import { buildBody, type Doc, emptyMeta } from '../../doc.js';
import { runAnnotators } from '../../pipeline/run.js';
import { sentencesAnnotator } from '../tokenize/annotator.js';
import { splitSentences } from '../tokenize/tokenize.js';
import { entitiesAnnotator, findEntities } from './entities.js';

// An article the team wrote: surname-only, acronym, demonym, role and pronoun mentions.
const paragraphs = [
  'BRUSSELS (Reuters) - German Chancellor Angela Merkel urged the North Atlantic Treaty Organization on Tuesday to keep talks with Moscow open, after Russian forces massed near the border with Ukraine.',
  '"We are ready to act, and ready to talk," Merkel told reporters at NATO headquarters in Brussels. She added that the alliance would meet again in Warsaw next month, and the chancellor would attend.',
  'NATO Secretary-General Jens Stoltenberg said the Russian government had not answered. Stoltenberg, a former Norwegian prime minister, spoke after talks with French President Emmanuel Macron. Russian food exports to the European Union fell, the EU said. The former prime minister did not comment.',
];

function article(): Doc {
  const { text, blocks } = buildBody(paragraphs.map((p) => ({ text: p, kind: 'paragraph' as const })));
  return { text, blocks, meta: emptyMeta(), mode: 'text', warnings: [] };
}

describe('entities layer (golden article)', () => {
  const doc = article();
  const layers = runAnnotators(doc, [entitiesAnnotator, sentencesAnnotator]);
  const entities = layers.entities!;
  const find = (name: string) => entities.find((e) => e.name === name);

  it('resolves a surname to the full name', () => {
    expect(find('Angela Merkel')).toMatchObject({
      type: 'PERSON',
      mentions: [{ text: 'Angela Merkel' }, { text: 'Merkel' }, { text: 'the chancellor' }],
    });
    expect(find('Jens Stoltenberg')?.mentions.map((m) => m.text)).toEqual(['Jens Stoltenberg', 'Stoltenberg', 'The former prime minister']);
  });

  it('records titles and roles and resolves role mentions to the one person who has the role', () => {
    expect(find('Angela Merkel')?.roles).toEqual(['German Chancellor']);
    expect(find('Jens Stoltenberg')?.roles).toEqual(['NATO Secretary-General', 'former Norwegian prime minister']);
    expect(find('Angela Merkel')?.mentions.map((m) => m.text)).toContain('the chancellor');
    expect(find('Jens Stoltenberg')?.mentions.map((m) => m.text)).toContain('The former prime minister');
  });

  it('resolves an acronym to its long form', () => {
    expect(find('North Atlantic Treaty Organization')).toMatchObject({ type: 'ORG' });
    expect(find('North Atlantic Treaty Organization')?.mentions.map((m) => m.text)).toEqual([
      'North Atlantic Treaty Organization',
      'NATO',
      'NATO',
    ]);
    expect(find('European Union')?.mentions.map((m) => m.text)).toEqual(['European Union', 'EU']);
  });

  it('resolves demonyms that name an actor to the country, and keeps other uses as NORP', () => {
    expect(find('Russia')).toMatchObject({ type: 'GPE' });
    expect(find('Russia')?.mentions.map((m) => m.start)).toEqual([
      doc.text.indexOf('Russian forces'),
      doc.text.indexOf('Russian government'),
    ]);
    expect(find('Norway')?.mentions.map((m) => m.text)).toEqual(['Norwegian']);
    expect(entities.filter((e) => e.type === 'NORP').map((e) => e.name)).toContain('Russian');
  });

  it('types places as GPE and gives stand-off spans into the text', () => {
    expect(find('Brussels') ?? find('BRUSSELS')).toMatchObject({ type: 'GPE' });
    for (const e of entities) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
  });

  it('does not make pronouns or role nouns into mentions (no coreference yet)', () => {
    const texts = entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts).not.toContain('She');
    expect(texts).not.toContain('alliance');
  });

  it('works on plain text too', () => {
    const text = 'Angela Merkel met NATO officials. Merkel said the North Atlantic Treaty Organization must act.';
    expect(findEntities(text, splitSentences(text)).map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ['Angela Merkel', 'PERSON', 2],
      ['North Atlantic Treaty Organization', 'ORG', 2],
    ]);
  });
});
