/**
 * Names whose kind the words settle whatever the tagger said (it reads several of them as people):
 * a group of people ("Latinos", "Muslims"), a faith or a deity ("Islam", "God") and a court case
 * ("Roe v. Wade") are MISC; a US state's abbreviation after a place or in a party label ("Beaumont,
 * Tex.", "Sen. Ted Cruz (R-Tex.)") is a place; a month's abbreviation before a day ("Dec. 15"), a
 * party label ("(D-Pa.)"), a title's abbreviation ("Sens."), "super PAC" and an interjection ("Oh")
 * are no names at all.
 */
import { stateNamed, stateOfPostalCode, stateOfShortForm } from '../../kb/us-states.js';
import type { EntityKind } from './resolve.js';

/** Words for peoples, faiths and their followers, and deities: the training text's MISC. */
const GROUPS = new Set(
  (
    'latino latinos latina latinas latinx hispanic hispanics chicano chicanos evangelical evangelicals ' +
    'muslim muslims islam christian christians christianity catholic catholics catholicism protestant protestants ' +
    'jew jews judaism mormon mormons hindu hindus hinduism sikh sikhs buddhist buddhists buddhism sunni sunnis ' +
    'shia shiite shiites alawite alawites druze yazidi yazidis god allah satan'
  ).split(' '),
);

/** A US party label: a party's letter and a state ("D-Pa", "R-N.Y", "D-W-Va"), lower case, no final stop. */
const PARTY_LABEL = /^[rdi]\s?[-–]\s?([a-z][a-z.-]*)$/u;

/** Titles' abbreviations, which the tagger reads as names when they stand alone ("Sens. Rubio and Cruz"). */
const TITLES = new Set('mr mrs ms dr sen sens rep reps gov govs lt gen col sgt rev amb atty'.split(' '));

/** A committee for raising campaign money named by its kind alone ("a super PAC"), no body's name. */
const COMMON_NAMES = /^(?:super\s)?pacs?$/u;

/** Words said or shouted rather than names, which open quoted speech in capitals ("'Oh, this is important'"), and a verb a writer capitalised ("Tweeted"). */
const NOT_NAMES = new Set('oh alright okay ok wow hey hello yeah yes please thanks sorry tweeted'.split(' '));

/** Two parties' names set against each other by "v." or "vs.": a court case. */
const COURT_CASE = /^\p{Lu}\S*(?:\s\S+)*\sv(?:s)?\.\s\p{Lu}/u;

/** Months' abbreviations (without the full stop). */
const MONTHS = new Set('jan feb aug sep sept oct nov dec'.split(' '));

/**
 * The kind a tagged span `[start, end)` of `text` has by its words, `null` when it names nothing
 * (a date, a party label), or `undefined` when the words leave it to the tagger.
 *
 * @example
 * correctedKind('Sen. Ted Cruz (R-Tex.) said', 18, 21); // 'GPE'
 * correctedKind('Latinos voted', 0, 7); // 'MISC'
 * correctedKind('on Dec. 15', 3, 6); // null
 */
export function correctedKind(text: string, start: number, end: number): EntityKind | null | undefined {
  const word = text.slice(start, end).toLowerCase().replace(/\.$/u, '');
  if (GROUPS.has(word)) return 'MISC';
  // a court case by its parties ("Roe v. Wade", "Citizens United v. FEC")
  if (COURT_CASE.test(text.slice(start, end))) return 'MISC';
  if (COMMON_NAMES.test(word) || NOT_NAMES.has(word)) return null;
  // the party and state of the person before it, which the party layer reads: no entity
  const label = PARTY_LABEL.exec(word);
  if (label && isLabelState(label[1]!)) return null;
  // the abbreviation's full stop, inside the span or right after it
  const abbreviated = text[end - 1] === '.' || text[end] === '.';
  if (!abbreviated) return undefined;
  if (TITLES.has(word)) return null;
  if (stateOfShortForm(word) && /(?:\(|[-–]|,\s)$/u.test(text.slice(Math.max(0, start - 2), start))) return 'GPE';
  const after = end + (text[end] === '.' ? 1 : 0);
  if (MONTHS.has(word) && /^\s\d{1,2}\b/u.test(text.slice(after, after + 4))) return null;
  return undefined;
}

/** A state as a party label gives it: "pa", "n.y", "w-va", "tx", "ohio", "texas". */
function isLabelState(lower: string): boolean {
  const form = lower.replace(/-/gu, '.');
  return stateOfShortForm(form) !== undefined || stateOfPostalCode(form) !== undefined || stateNamed(form) !== undefined;
}
