/**
 * People's names the tagger reads as something else: a name after a courtesy title ("Mr. Obama",
 * read as a place), a name a particle splits ("Osama bin Laden"), and a person and their state,
 * country or employer read as one name across "of" ("Rand Paul of Kentucky", "Mr. Nevins of
 * Showtime", "a Democrat of Vermont").
 */
import { firstNameGender } from '../../kb/kb.js';
import type { TokenSpan } from '../ner/labels.js';
import { isHonorific } from './resolve.js';

/** A party's word for one of its members, which a member's state follows ("a Republican of Arizona"). */
const MEMBER_WORDS = new Set(['Democrat', 'Republican', 'Independent']);

/** Last words of bodies named after a person ("John F. Kennedy School of Government"). */
const BODY_ENDINGS = new Set(
  (
    'school university college center centre institute foundation department museum hospital library council ' +
    'society association academy church bank company corporation club fund board office committee commission ' +
    'party house hall court bureau agency group trust'
  ).split(' '),
);

const CAPITALISED = /^\p{Lu}/u;

const COURTESY_TITLES = new Set(['Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Mr', 'Mrs', 'Ms', 'MR.', 'MRS.', 'MS.']);

/**
 * The gender a courtesy title before a name gives ("Mrs." and "Miss" F, "Mr." M), or undefined for
 * any other word.
 *
 * @example
 * courtesyGender('Mrs.'); // 'F'
 */
export function courtesyGender(word: string): 'F' | 'M' | undefined {
  if (/^(?:Mrs|Ms|Miss)\.?$/.test(word)) return 'F';
  return /^Mr\.?$/.test(word) ? 'M' : undefined;
}

/**
 * A sentence's spans with each one that opens with a courtesy title made a person's name without
 * it, whatever the tagger typed it.
 *
 * @example
 * withoutCourtesyTitles(['Mr.', 'Obama', 'spoke'], [{ start: 0, end: 2, type: 'LOC' }]);
 * // [{ start: 1, end: 2, type: 'PER' }]
 */
export function withoutCourtesyTitles(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  return spans.map((s) =>
    s.end - s.start >= 2 && COURTESY_TITLES.has(words[s.start]!) && CAPITALISED.test(words[s.start + 1]!)
      ? { start: s.start + 1, end: s.end, type: 'PER' }
      : s,
  );
}

function namesPerson(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => CAPITALISED.test(w))) return false;
  if (BODY_ENDINGS.has(words[words.length - 1]!.toLowerCase())) return false;
  return isHonorific(words[0]!) || firstNameGender(words[0]!) !== undefined;
}

/**
 * A sentence's spans with the Chinese family name "He" made part of the name it opens ("He Lifeng",
 * "A ministry spokesperson, He Yadong, said": the tagger leaves the word out, and coreference would
 * read it as the pronoun), and made a name of its own after a title ("Vice Premier He said"). The
 * pronoun is never followed by a person's name, nor preceded by a title.
 *
 * @example
 * withFamilyNameHe(['Vice', 'Premier', 'He', 'Lifeng', 'arrived'], [{ start: 3, end: 4, type: 'PER' }]);
 * // [{ start: 2, end: 4, type: 'PER' }]
 */
export function withFamilyNameHe(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | undefined;
  for (let at = words.indexOf('He'); at >= 0; at = words.indexOf('He', at + 1)) {
    const list = out ?? spans;
    const next = list.findIndex((s) => s.end > at);
    const span = next >= 0 ? list[next]! : undefined;
    if (span && span.start <= at) continue;
    let made: TokenSpan | undefined;
    if (span?.start === at + 1 && span.type === 'PER') made = { start: at, end: span.end, type: 'PER' };
    else if (at > 0 && (isHonorific(words[at - 1]!) || TITLE_BEFORE_HE.has(words[at - 1]!))) made = { start: at, end: at + 1, type: 'PER' };
    if (!made) continue;
    out = [...list];
    if (made.end > at + 1) out[next] = made;
    else out.splice(next >= 0 ? next : out.length, 0, made);
  }
  return out ?? (spans as TokenSpan[]);
}

/** Titles, besides {@link isHonorific}'s, written before a Chinese official's family name ("Vice Premier He"). */
const TITLE_BEFORE_HE = new Set(['Premier', 'Chairman', 'Ambassador', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Vice-Premier']);

/** Particles of Arabic and Hebrew names between a given name and a father's or family name ("Mohammed bin Salman"). */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'ben']);

/** A family name written with the Arabic article joined to it ("al-Burhan", "el-Sisi", "ad-Dawla"). */
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}\p{Ll}+$/u;

/**
 * A sentence's spans with a person's name that a lower-case particle splits made one again
 * ("Osama bin Laden", "Tamim bin Hamad Al Thani", "Mohammed bin Zayed": the tagger reads the parts
 * apart, the second sometimes as a place, or only one of them). One side is a person's name; the
 * other is a tagged span or else one capitalised word. A family name with the article joined to it
 * right after a person's name is part of it ("Abdel Fattah al-Burhan").
 *
 * @example
 * acrossNameParticles(['Osama', 'bin', 'Laden', 'died'], [{ start: 0, end: 1, type: 'PER' }, { start: 2, end: 3, type: 'PER' }]);
 * // [{ start: 0, end: 3, type: 'PER' }]
 */
export function acrossNameParticles(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const particleAt = (i: number) => NAME_PARTICLES.has(words[i] ?? '');
  const capitalisedAt = (i: number) => i >= 0 && CAPITALISED.test(words[i] ?? '');
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    let span = spans[i]!;
    const last = out[out.length - 1];
    if (last && last.end + 1 === span.start && particleAt(last.end) && (last.type === 'PER' || span.type === 'PER')) {
      out[out.length - 1] = { start: last.start, end: span.end, type: 'PER' };
      continue;
    }
    // ("Osama bin Laden" with only "Laden" tagged)
    if (span.type === 'PER' && particleAt(span.start - 1) && capitalisedAt(span.start - 2) && (last?.end ?? 0) <= span.start - 2) {
      span = { start: span.start - 2, end: span.end, type: 'PER' };
    }
    // ("Tamim bin Hamad" with only "Tamim" tagged)
    const next = spans[i + 1];
    if (span.type === 'PER' && particleAt(span.end) && capitalisedAt(span.end + 1) && (next?.start ?? words.length) > span.end + 1) {
      span = { start: span.start, end: span.end + 2, type: 'PER' };
    }
    // ("Abdel Fattah al-Burhan" with only "Abdel Fattah" tagged)
    if (span.type === 'PER' && ARTICLE_NAME.test(words[span.end] ?? '') && (next?.start ?? words.length) > span.end) {
      span = { start: span.start, end: span.end + 1, type: 'PER' };
    }
    out.push(span);
  }
  return out;
}

/**
 * A sentence's spans with each one that joins a person's name (or a party's word for a member) to
 * a place or body by "of" split in two: the person (`PER`, or `MISC` for the party's word) and
 * what follows (`LOC` where `isPlace` says it is a place, else `ORG`).
 *
 * @example
 * const words = ['Sen.', 'Rand', 'Paul', 'of', 'Kentucky', 'said'];
 * apartAtOf(words, [{ start: 1, end: 5, type: 'ORG' }], () => true);
 * // [{ start: 1, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }]
 */
export function apartAtOf(
  words: readonly string[],
  spans: readonly TokenSpan[],
  isPlace: (words: readonly string[]) => boolean,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    const of = words.indexOf('of', span.start + 1);
    if (of < 0 || of >= span.end - 1 || !CAPITALISED.test(words[of + 1]!)) {
      out.push(span);
      continue;
    }
    const before = words.slice(span.start, of);
    const member = before.length === 1 && MEMBER_WORDS.has(before[0]!);
    if (!member && !namesPerson(before)) {
      out.push(span);
      continue;
    }
    const after = words.slice(of + 1, span.end);
    // ("Mr. Nevins of Showtime": the title is no part of the name)
    const start = isHonorific(before[0]!) ? span.start + 1 : span.start;
    out.push({ start, end: of, type: member ? 'MISC' : 'PER' }, { start: of + 1, end: span.end, type: isPlace(after) ? 'LOC' : 'ORG' });
  }
  return out;
}
