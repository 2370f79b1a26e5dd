import { describe, expect, it } from 'vitest';
import { parseByline } from './authors.js';

describe('parseByline', () => {
  it("leaves the employer and desk after a job out: 'Jared Spataro, Chief Marketing Officer, AI at Work, Microsoft'", () => {
    expect(parseByline('By Jared Spataro, Chief Marketing Officer, AI at Work, Microsoft')).toEqual(['Jared Spataro']);
    expect(parseByline('By Krishna Bharat, Distinguished Engineer, Google News')).toEqual(['Krishna Bharat']);
    expect(parseByline('By Paul Frew, Security Expert & Gene Petrino, Home Security Expert')).toEqual(['Paul Frew', 'Gene Petrino']);
    expect(parseByline('By Jane Roe, John Doe and Ann Lee')).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
  });

  it("leaves out where the writer filed from: 'Anna Visser in The Hague'", () => {
    expect(parseByline('By Anna Visser in The Hague · 30 October 2025')).toEqual(['Anna Visser']);
    expect(parseByline('By Tom Smith in Kyiv and Jane Roe in Moscow')).toEqual(['Tom Smith', 'Jane Roe']);
  });

  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['by Laura June Topolsky July 10, 2015', ['Laura June Topolsky']],
    ['Written by David JacksonLast updated on:October 1, 2025', ['David Jackson']],
    ['BySummer Swann', ['Summer Swann']],
    ['Author Isaiah Shelton', ['Isaiah Shelton']],
    ['David Jackson - FullStack Editorial Team', ['David Jackson']],
    ['Manoj Jain and Jagpreet Chhatwal | Guest Columnists', ['Manoj Jain', 'Jagpreet Chhatwal']],
    ['Dylan Bailey, MS, RD, FAND', ['Dylan Bailey']],
    ['Von Anna Schmidt', ['Anna Schmidt']],
    ['By JASON STRAZIUSO     Associated Press Writer', ['JASON STRAZIUSO']],
    ['By Jane Roe, Reuters Correspondent', ['Jane Roe']],
    ['By The Associated Press', ['The Associated Press']],
    ['By the CNN Wire Staff', ['the CNN Wire Staff']],
    ['By Ahiza Garcia @ahiza_garcia', ['Ahiza Garcia']],
    ["NB Nicole Burke As founder of Rooted Garden, I've consulted with", ['Nicole Burke']],
    ['JFK Airport Staff', ['JFK Airport Staff']],
    ['Allyn Jayawon Author Allyn is', ['Allyn Jayawon']],
    ['Meredith Clark, @MeredithLClark', ['Meredith Clark']],
    ['By Jon Lasser, in Editorials', ['Jon Lasser']],
    ['by Meaghan Weeden ● December 23, 2025 ● 6 min read', ['Meaghan Weeden']],
  ])('%s', (raw, names) => {
    expect(parseByline(raw)).toEqual(names);
  });

  it("leaves out who made the pictures: 'Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)'", () => {
    expect(parseByline('Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)')).toEqual(['Eleanor Ainge Roy']);
    expect(parseByline('By Lena Park and Tom Hale | October 30, 2025')).toEqual(['Lena Park', 'Tom Hale']);
  });

  it('drops a revision label and its date after the name', () => {
    expect(parseByline('By Bhaval Patel Last Updated: December 6, 2024')).toEqual(['Bhaval Patel']);
    expect(parseByline('By Bhaval Patel Updated December 6, 2024')).toEqual(['Bhaval Patel']);
  });

  it('drops the place a correspondent files from', () => {
    expect(parseByline('Roland Parry, Washington')).toEqual(['Roland Parry']);
    expect(parseByline('Mariko Oi, Singapore')).toEqual(['Mariko Oi']);
    expect(parseByline('Jane Doe, John Smith')).toEqual(['Jane Doe', 'John Smith']);
  });

  it('returns nothing for text that is not a byline', () => {
    expect(parseByline('Name *')).toEqual([]);
    expect(parseByline('By')).toEqual([]);
    expect(parseByline('Share on Facebook')).toEqual([]);
    expect(parseByline('By choosing I Accept, you consent to our use of cookies')).toEqual([]);
    // an archive's sort links
    expect(parseByline('by Date')).toEqual([]);
    expect(parseByline('by Subject')).toEqual([]);
    // a forum's column heading under "Author"
    expect(parseByline('Message')).toEqual([]);
    // a menu's ways to browse
    expect(parseByline('By Region')).toEqual([]);
    expect(parseByline('BY USE CASE')).toEqual([]);
    // a job title before the name is no name followed by a bio label
    expect(parseByline('AP Business Writer Jane Roe')).not.toContain('AP Business');
    expect(parseByline('The talks went on for several hours and ended without a joint statement, officials said.')).toEqual([]);
  });
});

describe('parseByline: job titles and inner bylines', () => {
  it.each([
    ['Ben Silverman Games Editor', ['Ben Silverman']],
    ['Keith Barry Senior Autos Reporter', ['Keith Barry']],
    ['Harry RabinowitzTech Reporter', ['Harry Rabinowitz']],
    ['Matthew Richardson ⋅ Review Editor ⋅', ['Matthew Richardson']],
    ['Tech Industry by Steven Musil', ['Steven Musil']],
    ['By Benjamin Preston Updated by Jon Linkov Updated April 10, 2025', ['Benjamin Preston']],
    ['Jane Doe, edited by John Roe', ['Jane Doe']],
    ['BeauHD on Friday', ['BeauHD']],
    ['Justin C. Meserole, Trial Attorney at Morgan', ['Justin C. Meserole']],
    ['Dec. 19, 2025 · Niko Matsakis on behalf of the Rust Project', ['Niko Matsakis']],
    ['Podium Staff', ['Podium Staff']],
    ['The Author', []],
    ['BeauHD on Friday December 26, 2025 @09:00PM', ['BeauHD']],
    ['Adrien Ramirez and Joanna Nelius, with years of experience testing hardware', ['Adrien Ramirez', 'Joanna Nelius']],
    ['Olive Ryan, Sat', ['Olive Ryan']],
    ['Ursula von der Leyen', ['Ursula von der Leyen']],
    ['Written byDan Pantelo', ['Dan Pantelo']],
    ['byCarli Velocci', ['Carli Velocci']],
    ['Matt CheckHead Winemaker', ['Matt Check']],
    ['Rasmus Barslund, Lead Reviewer', ['Rasmus Barslund']],
    ['Zackery Cuevas, Hardware', ['Zackery Cuevas']],
    ['Lance Ryan (Content', ['Lance Ryan']],
    ['Jean-Luc Aufranc (CNXSoft)', ['Jean-Luc Aufranc']],
    ['Learn More About Dr. Ehsan Jazini', []],
    ['Our Editors', []],
  ])('%s', (raw, names) => {
    expect(parseByline(raw)).toEqual(names);
  });
});
