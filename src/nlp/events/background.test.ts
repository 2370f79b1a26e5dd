import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize/tokenize.js';
import { backgroundAct, latestYearNamed } from './background.js';

/** Whether the act named by `word` in `text` is background to a report of `year`. */
function background(text: string, word: string, year: number): boolean {
  const low = tokenize(text).map((t) => t.text.toLowerCase());
  const at = low.indexOf(word);
  return backgroundAct(low, { start: at, end: at + 1 }, year);
}

describe('backgroundAct', () => {
  it('reads no year in a participle right after an act named by its verb and object noun', () => {
    const low = tokenize("Algeria's government eased the state of emergency imposed in 1992.").map((t) => t.text.toLowerCase());
    const at = low.indexOf('eased');
    expect(backgroundAct(low, { start: at, end: low.indexOf('imposed') }, 2000)).toBe(false);
    expect(background('Iraq invaded Kuwait in 1990.', 'invaded', 2000)).toBe(true);
  });
  it('finds a year in the act’s own clause after it', () => {
    expect(background('Two Libyans are suspected of blowing up a Pan Am plane in 1988.', 'blowing', 2000)).toBe(true);
    expect(background('Tirana split with Moscow in June 1961.', 'split', 2000)).toBe(true);
  });
  it('finds a year in the phrase that opens the sentence, and before a "when"', () => {
    expect(background('In 1996, Bob Dole edged out Bill Clinton in the county.', 'edged', 2012)).toBe(true);
    expect(background('There have been no links since 1980, when the United States cut relations.', 'cut', 2007)).toBe(true);
  });
  it('finds a year opening the sentence without a comma, and years counted since the act', () => {
    expect(background('In 1988 the USS Vincennes shot down an Iran Air passenger jet.', 'shot', 2008)).toBe(true);
    expect(background('US troops remain in Afghanistan, 18 years after Washington invaded the country.', 'invaded', 2019)).toBe(true);
    expect(background('That came seven years after he sought refuge at the mission.', 'sought', 2019)).toBe(true);
    expect(background('Two days after rebels attacked the town, troops arrived.', 'attacked', 2019)).toBe(false);
  });
  it('needs no report date for a year things have been so since, or for years counted', () => {
    expect(background('There have been no links since 1980 when the United States cut relations.', 'cut', Number.NaN)).toBe(true);
    const low = tokenize('US troops remain, 18 years after Washington invaded the country.').map((t) => t.text.toLowerCase());
    expect(backgroundAct(low, { start: low.indexOf('invaded'), end: low.indexOf('invaded') + 1 }, null)).toBe(true);
    const dated = tokenize('Tirana split with Moscow in June 1961.').map((t) => t.text.toLowerCase());
    expect(backgroundAct(dated, { start: 2, end: 3 }, null)).toBe(false);
  });
  it('finds a year that names an event of that year ("in the 1967 Mideast war")', () => {
    expect(background('Israel captured the West Bank and the Gaza Strip in the 1967 Mideast war.', 'captured', 2007)).toBe(true);
    expect(background('Rebels attacked the 1995 convoy.', 'attacked', 2000)).toBe(false);
    expect(background('Iraq freed 15 Kuwaiti prisoners it had held since the 1991 Gulf War.', 'freed', 2000)).toBe(false);
  });
  it('reads past the commas of a list of objects, and takes a year things lasted until', () => {
    const list = 'Israel captured the West Bank, east Jerusalem and the Gaza Strip in the 1967 Mideast war.';
    expect(background(list, 'captured', 2008)).toBe(true);
    expect(background('Israel attacked Gaza, Rafah and Khan Younis on Monday, the worst raid since 2006.', 'attacked', 2008)).toBe(false);
    expect(background('Israel attacked Gaza, which it has held since 1967.', 'attacked', 2008)).toBe(false);
    const until = 'He paid no tax until 1999 when he learned Schreiber had been charged in Germany.';
    expect(background(until, 'charged', 2008)).toBe(true);
  });
  it('reads "the mid-1980s" as a decade', () => {
    expect(background('The Soviets occupied Afghanistan in the mid-1980s.', 'occupied', 2008)).toBe(true);
    expect(background('The Soviets occupied Afghanistan in the 2000s.', 'occupied', 2008)).toBe(false);
  });
  it('finds a year in the opening phrase after a conjunction ("But in 2005 …")', () => {
    expect(background('But in 2005 Utah state courts seized control of the trust.', 'seized', 2012)).toBe(true);
    expect(background('But in June, Utah courts seized control of the trust.', 'seized', 2012)).toBe(false);
  });
  it('finds a year between the governing verb and the act\'s "to" ("began in 1995 to send")', () => {
    expect(background('He began in the mid-1990s to make frequent trips to Afghanistan.', 'make', 2008)).toBe(true);
    expect(background('Pakistan began in 1995 to send troops to Afghanistan.', 'send', 2008)).toBe(true);
    expect(background('Pakistan decided in 2007 to send troops to Afghanistan.', 'send', 2008)).toBe(false);
    expect(background('Pakistan decided in January to send troops to Afghanistan.', 'send', 2008)).toBe(false);
  });
  it('finds a time counted back from the report ("a decade ago", "18 years ago")', () => {
    expect(background('When Al Qaeda struck a decade ago, privacy was a victim.', 'struck', 2012)).toBe(true);
    expect(background('Iraq invaded Kuwait 18 years ago.', 'invaded', 2008)).toBe(true);
    expect(background('Russia attacked Georgia two days ago.', 'attacked', 2008)).toBe(false);
  });
  it('finds a time counted back farther on in the clause, and past a "when" that dates the act', () => {
    const home = 'A son was killed in a botched Israeli assassination attempt against the Hamas leader in his home three years ago.';
    expect(background(home, 'assassination', 2008)).toBe(true);
    expect(background('Bush was rebuffed by the GOP base when he pushed for immigration reform 10 years ago.', 'rebuffed', 2012)).toBe(
      true,
    );
    expect(background('Rebels attacked the town that the army had founded in the desert ten years ago.', 'attacked', 2008)).toBe(false);
    expect(background('Rebels attacked the town, which the army had founded ten years ago.', 'attacked', 2008)).toBe(false);
  });
  it('leaves the acts of the report’s days, and years in another clause', () => {
    expect(background('Israeli troops raided the camp in 2007.', 'raided', 2007)).toBe(false);
    expect(background('Israeli troops raided the camp in 2006.', 'raided', 2007)).toBe(false);
    expect(background('Libya offered on Monday to hand over the two suspects, who were charged in 1991.', 'offered', 2000)).toBe(false);
    expect(background('The minister, who was born in 1950, visited Kabul.', 'visited', 2000)).toBe(false);
    expect(background('Rebels attacked 1995 convoys.', 'attacked', 2000)).toBe(false);
    expect(background('Tehran demanded that Washington release Iranian assets frozen since 1979.', 'demanded', 2000)).toBe(false);
  });
});

describe('latestYearNamed', () => {
  const low = (text: string) => tokenize(text).map((t) => t.text.toLowerCase());

  it('takes the latest year named as a date, with its month and day too', () => {
    expect(latestYearNamed([low('Bhutto returned in October 2007.'), low('In 1999 he left.')])).toBe(2007);
    expect(latestYearNamed([low('The war began after Sept. 11, 2001.')])).toBe(2001);
  });
  it('reads no decades and no bare numbers as years', () => {
    expect(latestYearNamed([low('In the 1980s they fired 2000 rockets.')])).toBeNull();
  });
});
