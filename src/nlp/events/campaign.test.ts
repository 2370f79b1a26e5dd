import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { splitSentences } from '../tokenize/tokenize.js';
import { campaignArticle } from './campaign.js';
import { findEvents } from './events.js';

const CAMPAIGN = [
  'Trump and Clinton trade blows before the Iowa caucuses',
  'DES MOINES — Donald Trump went on the offensive against Hillary Clinton on Monday as voters prepared for the Iowa caucuses.',
  'The Republican front-runner escalated his attacks on Clinton at a rally, saying she could not win the election.',
  'Clinton leads the Democratic race in the latest polls, and her campaign expects to win most delegates in the primary.',
  'Meanwhile the Pentagon said American jets attacked Islamic State fighters in Syria.',
].join('\n\n');

describe('campaign coverage', () => {
  it('tells an article about an election', () => {
    expect(campaignArticle(CAMPAIGN, splitSentences(CAMPAIGN))).toBe(true);
    const war = 'Russian forces shelled Kharkiv on Monday. Ukraine said two people were killed. The army moved in.';
    expect(campaignArticle(war, splitSentences(war))).toBe(false);
  });

  it('keeps an attack by terrorists that a campaign speaks of', () => {
    const text = [
      'The terrorist attacks in Paris reframed the presidential contest on Saturday.',
      'The Republican candidates debated in Des Moines, and Democrats held a rally.',
      'Senator Marco Rubio said the attacks showed the campaign was about security.',
      'Clinton told voters the election would be decided on the economy.',
    ].join(' ');
    expect(campaignArticle(text, splitSentences(text))).toBe(true);
    const events = findEvents(text, splitSentences(text), { date: '2015-11-15' }).filter((e) => !e.statement);
    expect(events.filter((e) => e.cameo === '111')).toEqual([]);
  });

  it("reads the candidates' attacks as words, and keeps the arms", () => {
    const events = findEvents(CAMPAIGN, splitSentences(CAMPAIGN), { date: '2016-01-25' }).filter((e) => !e.statement);
    const at = (words: string) => events.filter((e) => e.trigger.text.includes(words)).map((e) => e.cameo);
    expect(at('offensive')).toEqual(['111']);
    expect(at('attacks').every((c) => c === '111')).toBe(true);
    expect(at('attacked')).toHaveLength(1);
    expect(at('attacked')[0]).toMatch(/^(?:18|19)/);
  });

  it('codes senators and governors by their offices, so that their attacks on each other are words', () => {
    const text = 'Sen. Ted Cruz criticized President Obama on Tuesday. Cruz also attacked Hillary Clinton. Gov. John Kasich praised Cruz.';
    const sentences = splitSentences(text);
    const entities = findEntities(text, sentences, undefined, { publishedAt: '2016-03-01' });
    const events = findEvents(text, sentences, { date: '2016-03-01', entities }).filter((e) => !e.statement);
    expect(events.map((e) => [e.source?.code, e.cameo, e.target?.code])).toEqual([
      ['USALEG', '111', 'USAGOV'],
      ['USALEG', '111', 'USAELI'],
      ['USAGOV', '051', 'USALEG'],
    ]);
  });
});
