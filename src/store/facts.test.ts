import { describe, expect, it } from 'vitest';
import { docFacts } from './facts.js';

describe('docFacts', () => {
  it('keeps a split quote to its words: the frame between its fragments is neither its text nor what it is about', () => {
    const text = '"There are undercover voters," said Conway, who backed Ted Cruz. "They agree with him."';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    const [start] = at('There');
    const end = at('with him.')[1];
    const layers = {
      entities: [
        {
          id: 'e1',
          name: 'Conway',
          type: 'PERSON',
          mentions: [{ start: at('Conway')[0], end: at('Conway')[1], text: 'Conway', kind: 'name' }],
        },
        {
          id: 'e2',
          name: 'Ted Cruz',
          type: 'PERSON',
          mentions: [{ start: at('Ted Cruz')[0], end: at('Ted Cruz')[1], text: 'Ted Cruz', kind: 'name' }],
        },
      ],
      quotes: [
        {
          start,
          end,
          text: text.slice(start, end),
          type: 'direct',
          speaker: 'Conway',
          speakerKind: 'name',
          speakerEntity: 'e1',
          cue: 'said',
          fragments: [at('There are undercover voters,'), at('They agree with him.')],
        },
      ],
    };
    const [quote] = docFacts(layers).quotes;
    expect(quote?.text).toBe('There are undercover voters … They agree with him.');
    expect(quote?.about).toEqual([]);
  });
});
