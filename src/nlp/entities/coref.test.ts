import { describe, expect, it } from 'vitest';
import { splitSentences } from '../tokenize/tokenize.js';
import { type CorefPerson, quotedRanges, resolvePronouns } from './coref.js';

/** People by name: each name's occurrences in the text are its mentions. */
function people(text: string, list: [string, 'F' | 'M' | undefined][]): CorefPerson[] {
  return list.map(([name, gender]) => {
    const mentions: { start: number; end: number }[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length });
    return { mentions, ...(gender ? { gender } : {}) };
  });
}

function resolved(text: string, list: [string, 'F' | 'M' | undefined][]): string[] {
  return resolvePronouns(text, splitSentences(text), people(text, list)).map((c) => `${text.slice(c.start, c.end)}=${list[c.person]![0]}`);
}

describe('pronoun coreference', () => {
  it('resolves a pronoun to the person named before it, with agreeing gender', () => {
    expect(
      resolved('Angela Merkel met Jens Stoltenberg. She said he was right.', [
        ['Angela Merkel', 'F'],
        ['Jens Stoltenberg', 'M'],
      ]),
    ).toEqual(['She=Angela Merkel', 'he=Jens Stoltenberg']);
  });

  it("prefers an earlier sentence's subject to a later person in it", () => {
    expect(
      resolved('Stoltenberg spoke after talks with Macron. He added that talks would go on.', [
        ['Stoltenberg', 'M'],
        ['Macron', 'M'],
      ]),
    ).toEqual(['He=Stoltenberg']);
  });

  it('reads a possessive in an opening phrase as the subject named after its comma', () => {
    const text =
      "Exxon's letter was written by Kenneth Cohen. In his response, Mr. Coll said he had been troubled. He went on to rebut the letter.";
    expect(
      resolved(text, [
        ['Kenneth Cohen', 'M'],
        ['Coll', 'M'],
      ]),
    ).toEqual(['his=Coll', 'he=Coll', 'He=Coll']);
  });

  it('resolves no pronoun past someone the text brings in without a name, unless that is said of someone named', () => {
    const list: [string, 'F' | 'M' | undefined][] = [
      ['Nikki Haley', 'F'],
      ['Roxana Leon', 'F'],
    ];
    expect(resolved('Nikki Haley spoke. Later a woman in Worcester said she was worried.', list)).toEqual([]);
    expect(resolved('Nikki Haley spoke. Roxana Leon, 63, an independent voter, said she was worried.', list)).toEqual(['she=Roxana Leon']);
  });

  it('passes over the people an opening participle clause acts on', () => {
    const list: [string, 'F' | 'M' | undefined][] = [
      ['Pankajakshan', 'M'],
      ['Sudhakaran', 'M'],
    ];
    expect(resolved('Pankajakshan spoke. Coming down heavily on Sudhakaran, he said reforms were needed.', list)).toEqual([
      'he=Pankajakshan',
    ]);
    expect(resolved('Pankajakshan spoke. Asked about Sudhakaran, he said reforms were needed.', list)).toEqual(['he=Pankajakshan']);
    // not a participle clause: the person before the comma is the subject
    expect(resolved('Pankajakshan spoke. According to Sudhakaran, he said reforms were needed.', list)).toEqual(['he=Sudhakaran']);
    expect(resolved('Pankajakshan spoke. When Sudhakaran arrived, he said reforms were needed.', list)).toEqual(['he=Sudhakaran']);
  });

  it('does not make an object pronoun the subject of its own clause', () => {
    expect(
      resolved('Putin stayed home. Biden said he would call him.', [
        ['Putin', 'M'],
        ['Biden', 'M'],
      ]),
    ).toEqual(['he=Biden', 'him=Putin']);
    expect(
      resolved('Merkel said Obama told her to wait.', [
        ['Merkel', 'F'],
        ['Obama', 'M'],
      ]),
    ).toEqual(['her=Merkel']);
  });

  it('uses a person of unknown gender for either pronoun, and nobody when nobody fits', () => {
    expect(resolved('Kim Smith arrived. She sat down.', [['Kim Smith', undefined]])).toEqual(['She=Kim Smith']);
    expect(resolved('Jens Stoltenberg arrived. She sat down.', [['Jens Stoltenberg', 'M']])).toEqual([]);
  });

  it('passes over the one told or written to before "that" and a subject pronoun', () => {
    const letter = 'Oli said in a letter to President Ram Chandra Paudel that he was stepping down.';
    expect(
      resolved(letter, [
        ['Oli', 'M'],
        ['Ram Chandra Paudel', 'M'],
      ]),
    ).toEqual(['he=Oli']);
    expect(
      resolved('Trump told Putin that he would visit Moscow.', [
        ['Trump', 'M'],
        ['Putin', 'M'],
      ]),
    ).toEqual(['he=Trump']);
    // (nor when the name is the subject of the clause before "that")
    expect(
      resolved('Putin said Trump knew that he would win.', [
        ['Putin', 'M'],
        ['Trump', 'M'],
      ]),
    ).toEqual(['he=Trump']);
  });

  it('looks back at most a few sentences', () => {
    expect(resolved('Merkel spoke. It rained. It rained. It rained. It rained. She left.', [['Merkel', 'F']])).toEqual([]);
  });

  it('leaves pronouns inside quotations alone', () => {
    const text = '"He is wrong," Merkel said. She left.';
    expect(quotedRanges(text)).toEqual([[0, 14]]);
    expect(resolved(text, [['Merkel', 'F']])).toEqual(['She=Merkel']);
  });

  it('knows the quotation marks the quotes layer knows: doubled typewriter, single, guillemets', () => {
    const text = "Ann Smith spoke. ''She is wrong about Clinton,'' she said.";
    expect(quotedRanges(text)).toEqual([[17, 48]]);
    // "Clinton" inside the quotation is the speaker's topic; the pronoun after it is Ann Smith
    expect(
      resolved(text, [
        ['Ann Smith', 'F'],
        ['Clinton', 'F'],
      ]),
    ).toEqual(['she=Ann Smith']);
    expect(quotedRanges('\u2018We are ready,\u2019 he said.\n\u00abNo,\u00bb she said.')).toEqual([
      [0, 15],
      [25, 30],
    ]);
  });

  it('passes over people of an opening subordinate clause and owners of an apposition in earlier sentences', () => {
    expect(
      resolved('Although it was about Hillary Clinton, Loretta Lynch took the last step. She said no charges would follow.', [
        ['Hillary Clinton', 'F'],
        ['Loretta Lynch', 'F'],
      ]),
    ).toEqual(['She=Loretta Lynch']);
    expect(
      resolved("Trump's Indiana chairman, Rex Early, said he had not looked. He said he would run.", [
        ['Trump', 'M'],
        ['Rex Early', 'M'],
      ]).slice(-2),
    ).toEqual(['He=Rex Early', 'he=Rex Early']);
    // an owner alone in its sentence stays the antecedent
    expect(
      resolved("Tuttle's article attacked Christie. He calls it a smooch.", [
        ['Tuttle', 'M'],
        ['Christie', 'M'],
      ]),
    ).toEqual(['He=Tuttle']);
  });

  it('takes the pronoun subject of an opening subordinate clause for the main clause, not the names it mentions', () => {
    const text = 'Ted Cruz spoke. Though he did not mention John Kasich by name, he made it clear. He asked them to quit.';
    expect(
      resolved(text, [
        ['Ted Cruz', 'M'],
        ['John Kasich', 'M'],
      ]),
    ).toEqual(['he=Ted Cruz', 'he=Ted Cruz', 'He=Ted Cruz']);
  });

  it('resolves age descriptions', () => {
    expect(resolved('Jens Stoltenberg spoke. The 58-year-old has led NATO since 2014.', [['Jens Stoltenberg', 'M']])).toEqual([
      'The 58-year-old=Jens Stoltenberg',
    ]);
    expect(
      resolved('Jens Stoltenberg met Ann Linde. The 58-year-old woman said no.', [
        ['Jens Stoltenberg', 'M'],
        ['Ann Linde', 'F'],
      ]),
    ).toEqual(['The 58-year-old woman=Ann Linde']);
  });
});

describe('gender learned from the article', () => {
  it('gives a person of unknown gender the gender of most pronouns that refer to them', () => {
    const text = 'Alex Morgan spoke. He said no. He left. Alex Morgan met Ann Linde. She smiled.';
    expect(
      resolved(text, [
        ['Alex Morgan', undefined],
        ['Ann Linde', 'F'],
      ]),
    ).toEqual(['He=Alex Morgan', 'He=Alex Morgan', 'She=Ann Linde']);
  });
});

describe('quotations', () => {
  it('does not resolve a pronoun outside a quotation to a person named inside it', () => {
    const text = 'Ben Carson spoke. “I can beat Hillary Clinton,” he said.';
    expect(
      resolved(text, [
        ['Ben Carson', 'M'],
        ['Hillary Clinton', undefined],
      ]),
    ).toEqual(['he=Ben Carson']);
  });
});

describe('descriptions by age', () => {
  it('are the person the last sentences are about, not one named only as an owner', () => {
    const text =
      'ANO wins. Billionaire Andrej Babis led his party to victory. ANO was ahead of Prime Minister Petr Fiala\'s coalition. "We will win," the 71-year-old told supporters.';
    expect(
      resolved(text, [
        ['Andrej Babis', 'M'],
        ['Petr Fiala', 'M'],
      ]),
    ).toContain('the 71-year-old=Andrej Babis');
    // named only as owners, the one named most
    const owners =
      "Babis's ANO wins. Andrej Babis's party won the vote. ANO was ahead of Petr Fiala's coalition. \"We will win,\" the 71-year-old said.";
    expect(
      resolved(owners, [
        ['Andrej Babis', 'M'],
        ['Petr Fiala', 'M'],
      ]),
    ).toContain('the 71-year-old=Andrej Babis');
    // the one named as a person and by pronouns, not by a modifier ("the Trump team")
    const wife = 'Melania Trump spoke as the Trump team sought calm. Her speech was praised. "He is a leader," said the 46-year-old.';
    expect(
      resolved(wife, [
        ['Melania Trump', 'F'],
        ['Trump', 'M'],
      ]),
    ).toContain('the 46-year-old=Melania Trump');
  });

  it('keeps a pronoun off a person a pronoun of the other gender was resolved to, whose gender no name told', () => {
    const text =
      'Wladyslaw Kosiniak-Kamysz spoke first. His Lithuanian counterpart, Dovile Sakaliene, agreed. She said the states would pay.';
    expect(
      resolved(text, [
        ['Wladyslaw Kosiniak-Kamysz', undefined],
        ['Dovile Sakaliene', undefined],
      ]),
    ).toEqual(['His=Wladyslaw Kosiniak-Kamysz', 'She=Dovile Sakaliene']);
  });
});
