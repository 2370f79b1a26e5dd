/**
 * Campaign coverage: in an article about an election, what politicians do to one another at home
 * in sentences with no arms is words and votes, however the verbs sound ("went on the offensive",
 * "escalated his attacks", "advanced", "captured the state").
 */
import type { Sentence } from '../tokenize/tokenize.js';
import { ARMED_SECTORS, ARMS_BUT_ATTACK, POLITICIANS } from './code.js';
import type { Event } from './events.js';
import { electionTalk } from './everyday.js';
import { cameoCode } from './lexicon.js';

/** Words of party politics and campaigns, besides those of an election itself. */
const POLITICS =
  /\b(?:candidates?|campaign(?:s|ing)?|rall(?:y|ies)|debates?|front-?runner|nominee|GOP|Republicans?|Democrats?|Democratic|senators?|presidential|endorse\w*|pollsters?|super PACs?)\b/;

/**
 * Whether an article is about an election or party politics: at least three of its sentences,
 * and one in ten, speak of one.
 *
 * @example
 * campaignArticle(text, splitSentences(text)); // true for a report on the Iowa caucuses
 */
export function campaignArticle(text: string, sentences: readonly Sentence[]): boolean {
  let politics = 0;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (electionTalk(sentence) || POLITICS.test(sentence)) politics++;
  }
  return politics >= 3 && politics * 10 >= sentences.length;
}

/** Verbs of force that, between candidates, are an attack in words ("attacks", "went on the offensive", "hit"). */
const VERBAL_IN_A_CAMPAIGN =
  /^(?:attack\w*|offensive|hit\w*|slam\w*|blast\w*|fight\w*|fought|battl\w*|target\w*|struck|strik\w*|fir\w*|assail\w*|unleash\w*|escalat\w*|went|go\w*)$/;

/** Whether a CAMEO code is an act of force: roots 18 (assault), 19 (fight) and 20 (mass violence). */
export function isForce(cameo: string): boolean {
  return /^(?:18|19|20)/.test(cameo);
}

/**
 * The events of a campaign article read as politics: an act of force (CAMEO 18-20) by a
 * politician at home (a target of their own country that bears no arms, or none), or on a
 * politician by no one named, in a sentence with no word of arms, is criticism (111) when its
 * verb attacks, and no event at all otherwise ("advanced", "captured the state"). Other events are
 * kept as they are.
 */
export function asCampaignPolitics(events: readonly Event[], sentenceText: (index: number) => string): Event[] {
  const criticism = cameoCode('111');
  const out: Event[] = [];
  for (const e of events) {
    const force = isForce(e.cameo);
    const source = e.source?.code ?? '';
    const target = e.target?.code ?? '';
    // a politician who acts at home, or a politician acted on by no one the sentence names
    const byPolitician =
      POLITICIANS.test(source) &&
      (e.target === null || (target.slice(0, 3) === source.slice(0, 3) && !ARMED_SECTORS.test(target.slice(3))));
    const onPolitician = e.source === null && POLITICIANS.test(target);
    if (!force || e.statement || !(byPolitician || onPolitician) || ARMS_BUT_ATTACK.test(sentenceText(e.sentence))) {
      out.push(e);
      continue;
    }
    const verb = e.trigger.text.toLowerCase().split(/\s+/u);
    if (verb.some((w) => VERBAL_IN_A_CAMPAIGN.test(w))) {
      out.push({
        ...e,
        cameo: '111',
        plover: 'DISAPPROVE',
        goldstein: criticism?.goldstein ?? e.goldstein,
        quadClass: criticism?.quadClass ?? e.quadClass,
        evidence: `${e.evidence}; force between politicians in a campaign → criticism`,
      });
    }
  }
  return out;
}
