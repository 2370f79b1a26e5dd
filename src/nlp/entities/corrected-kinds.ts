/**
 * Names whose kind the words settle whatever the tagger said (it reads several of them as people):
 * a group of people ("Latinos", "Muslims"), a faith or a deity ("Islam", "God"), a US state's
 * abbreviation after a place or in a party label ("Beaumont, Tex.", "Sen. Ted Cruz (R-Tex.)") and a
 * month's abbreviation before a day ("Dec. 15") and a party label ("(D-Pa.)"), no names at all.
 */
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

/** US states' abbreviations as the US press writes them (without the full stop). */
const STATES = new Set(
  (
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex vt va wash wis wyo'
  ).split(' '),
);

/**
 * States as a US party label after a name gives them: "(D-Pa.)", "(R-N.Y.)", "(R-Ohio)", "R-TX",
 * "R-Texas" (lower case, without dots or hyphens).
 */
const LABEL_STATES = new Set([
  ...STATES,
  ...'ny nj nh nm nc nd sc sd ri wva ohio iowa utah idaho maine alaska hawaii'.split(' '),
  // postal codes
  ...'al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv oh ok or pa tn tx ut vt va wa wv wi wy dc'.split(
    ' ',
  ),
  // names of one word
  ...'alabama arizona arkansas california colorado connecticut delaware florida georgia illinois indiana kansas kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada oklahoma oregon pennsylvania tennessee texas vermont virginia washington wisconsin wyoming'.split(
    ' ',
  ),
]);

/** A US party label: a party's letter and a state ("D-Pa", "R-N.Y", "D-W-Va"), lower case, no final stop. */
const PARTY_LABEL = /^[rdi]\s?[-–]\s?([a-z][a-z.-]*)$/u;

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
  // the party and state of the person before it, which the party layer reads: no entity
  const label = PARTY_LABEL.exec(word);
  if (label && LABEL_STATES.has(label[1]!.replace(/[.-]/gu, ''))) return null;
  // the abbreviation's full stop, inside the span or right after it
  const abbreviated = text[end - 1] === '.' || text[end] === '.';
  if (!abbreviated) return undefined;
  if (STATES.has(word) && /(?:\(|[-–]|,\s)$/u.test(text.slice(Math.max(0, start - 2), start))) return 'GPE';
  const after = end + (text[end] === '.' ? 1 : 0);
  if (MONTHS.has(word) && /^\s\d{1,2}\b/u.test(text.slice(after, after + 4))) return null;
  return undefined;
}
