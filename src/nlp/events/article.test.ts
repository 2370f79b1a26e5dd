import { describe, expect, it } from 'vitest';
import { splitSentences } from '../tokenize/tokenize.js';
import { ArticleCountry } from './article.js';
import { codeText } from './events.js';

const brief = (text: string) =>
  codeText(text).map((e) => `${e.source?.code ?? '-'} ${e.cameo}/${e.plover ?? '-'} ${e.target?.code ?? '-'}`);

describe('the country of an article', () => {
  it("is the dateline's, else the one the sentences before name most", () => {
    const dated = 'KABUL (Reuters) - Kenya and Uganda met. Kenya spoke. Police fired.';
    expect(new ArticleCountry(dated, splitSentences(dated), undefined).before(2)).toBe('AFG');
    const text = 'Kenya held elections. Uganda and Kenya counted votes. Police fired.';
    const article = new ArticleCountry(text, splitSentences(text), undefined);
    expect(article.before(0)).toBeNull();
    expect(article.before(1)).toBe('KEN');
    expect(article.before(2)).toBe('KEN');
  });

  it('is none when no country is named twice and several are named once', () => {
    const text = 'Kenya held elections. Uganda counted votes. Police fired.';
    expect(new ArticleCountry(text, splitSentences(text), undefined).before(2)).toBeNull();
  });

  it("gives a state's organ named by role the article's country", () => {
    expect(brief('Kenya held elections on Sunday. Kenya counted the votes. The government arrested two Ugandan journalists.')[1]).toMatch(
      /^KENGOV 17\d\/COERCE UGA/,
    );
    expect(brief('KABUL (Reuters) - Police detained an Iranian diplomat.')).toEqual(['AFGCOP 173/COERCE IRNGOV']);
    // Neither side named with its country: the dateline places a state's organ acting on someone…
    expect(brief('KABUL (Reuters) - Troops fired on protesters on Monday.')).toEqual(['AFGMIL 190/FIGHT AFGOPP']);
    // …but not the everyday acts of others, nor acts on no one, nor a country only named before.
    expect(brief('KABUL (Reuters) - Doctors treated protesters on Monday.')).toEqual([]);
    expect(brief('KABUL (Reuters) - The government announced new elections.')).toEqual([]);
    expect(brief('Kenya held elections. Kenya counted votes. Troops fired on protesters.')).not.toContainEqual(
      expect.stringMatching(/ 19/),
    );
  });

  it('gives it to no one else, and to no foreign envoy', () => {
    expect(brief('Kenya held elections on Sunday. Kenya counted the votes. Doctors donated blood.')).toEqual(['KEN 0341/AGREE -']);
    expect(brief('Kenya held elections on Sunday. Kenya counted the votes. Foreign diplomats criticised Uganda.')).toContain(
      '---GOV 111/DISAPPROVE UGA',
    );
  });
});

describe('forces named by whom they are loyal to', () => {
  it("take that side's country", () => {
    expect(brief('Forces loyal to President Bashar al-Assad were shelling the countryside north of Aleppo.')[0]).toMatch(/^SYRMIL 194\//);
  });
});
