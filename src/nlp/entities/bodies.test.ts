import { describe, expect, it } from 'vitest';
import { splitSentences } from '../tokenize/tokenize.js';
import { findEntities } from './entities.js';

const orgs = (text: string) =>
  findEntities(text, splitSentences(text))
    .filter((e) => e.type === 'ORG')
    .map((e) => [e.name, e.mentions.map((m) => m.text)]);

describe('state bodies told apart by their country', () => {
  it('names a ministry or staff by the country that owns it, before it, in its own words or after it', () => {
    expect(orgs("Russia's Defence Ministry said its forces advanced. Ukraine's Defence Ministry said the claim was false.")).toEqual([
      ['Defence Ministry (Russia)', ['Defence Ministry']],
      ['Defence Ministry (Ukraine)', ['Defence Ministry']],
    ]);
    expect(orgs('The Russian Defence Ministry said on Monday its troops advanced.')).toEqual([
      ['Defence Ministry (Russia)', ['Russian Defence Ministry']],
    ]);
    expect(orgs('The Foreign Ministry of Ukraine protested on Tuesday.')).toEqual([['Foreign Ministry (Ukraine)', ['Foreign Ministry']]]);
    expect(orgs("China's Ministry of Commerce said it would respond.")).toEqual([
      ['Ministry of Commerce (China)', ['Ministry of Commerce']],
    ]);
  });

  it('gives a later mention without a country to the body last named with one, and leaves other organisations alone', () => {
    expect(
      orgs("Ukraine's General Staff said 42 assaults were repelled. Later, the General Staff said the situation was difficult."),
    ).toEqual([['General Staff (Ukraine)', ['General Staff', 'General Staff']]]);
    expect(orgs('The Defence Ministry said on Monday its troops advanced.')).toEqual([['Defence Ministry', ['Defence Ministry']]]);
    expect(orgs("Russia's Gazprom said exports fell.")).toEqual([['Gazprom', ['Gazprom']]]);
  });
});
