/**
 * The kind of a name the knowledge tables know, where the tagger said another: "White House" and
 * "Islamic State" are organisations, not locations; "Texas" in "Texas Sen. Ted Cruz" is a place,
 * not an organisation; "Donald J. Trump" is a person wherever the tagger put him.
 */
import { type KbActor, lookupActors } from '../../kb/kb.js';
import type { TokenSpan } from '../ner/labels.js';
import { findOutlet } from '../sources/outlets.js';
import { actorsOfName } from './link.js';
import type { EntityKind } from './resolve.js';

/** Internet platforms, which the tagger reads as places or miscellanea ("on Twitter"). */
const PLATFORMS = new Set(
  'twitter facebook youtube instagram tiktok snapchat reddit whatsapp linkedin google microsoft netflix'.split(' '),
);

/** Words after a person's surname that make the surname stand for the person ("the Obama administration"). */
const PERSON_HEADS = new Set(['administration', 'campaign', 'presidency']);

const ORG_KINDS = new Set<KbActor['kind']>(['organisation', 'group', 'state-body']);

/**
 * Whether a name that opens with the Arabic article is a body's the tables know, and no one's
 * ("Al Qaeda", "Al-Shabaab", which the tagger reads as a man named Al). The entities layer asks
 * only of a person named so in every mention: the tables list some leaders under their groups'
 * names ("Al-Awlaki"), and an article that names one in full ("Anwar al-Awlaki") keeps him a person.
 *
 * @example
 * isArticleBodyName('Al Qaeda'); // true
 * isArticleBodyName('Al Gore'); // false
 */
export function isArticleBodyName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (!((words.length >= 2 && /^al$/iu.test(words[0]!)) || /^al-\p{L}/iu.test(words[0]!))) return false;
  const found = actorsOfName(words);
  return found.length > 0 && found.every((a) => ORG_KINDS.has(a.kind));
}

/**
 * The kind the knowledge tables give the name a mention's words spell, when it differs from the
 * tagger's `kind` and nothing of the tagger's kind has the name; undefined to keep the tagger's.
 * `next` is the two words after the mention, in lower case. People keep their kind (a person's
 * name that is also a place's is the person; see {@link isArticleBodyName}), and so do countries
 * and nationalities.
 *
 * @example
 * knownKind('LOC', ['White', 'House'], ['said']); // 'ORG'
 * knownKind('ORG', ['Texas'], ['sen.', 'ted']); // 'GPE'
 * knownKind('ORG', ['Donald', 'J.', 'Trump'], [',']); // 'PERSON'
 * knownKind('ORG', ['Obama'], ['administration']); // 'PERSON'
 */
export function knownKind(kind: EntityKind, words: readonly string[], next: readonly string[]): EntityKind | undefined {
  if (kind === 'PERSON' || kind === 'GPE' || kind === 'NORP' || words.length === 0) return undefined;
  if (kind !== 'ORG' && words.length === 1 && PLATFORMS.has(words[0]!.toLowerCase())) return 'ORG';
  const found = actorsOfName(words);
  if (found.length === 0) return undefined;
  let person = false;
  let org = false;
  let place = false;
  for (const a of found) {
    if (a.kind === 'person') person = true;
    else if (ORG_KINDS.has(a.kind)) org = true;
    else if (a.kind === 'place' || a.kind === 'country') place = true;
  }
  // a surname alone names too many people but in front of what only a person has
  if (person && !org && !place) return words.length >= 2 || PERSON_HEADS.has(next[0] ?? '') ? 'PERSON' : undefined;
  if (org && !person && !place) return kind === 'ORG' ? undefined : 'ORG';
  if (place && !person && !org) return kind === 'MISC' ? undefined : 'GPE';
  return undefined;
}

/**
 * Whether a name is an outlet's whole name, with or without its "The" ("Huffington Post", "Politico";
 * not "Atlantic", which is an ocean's too).
 *
 * @example
 * isOutletName('Huffington Post'); // true
 */
export function isOutletName(name: string): boolean {
  const outlet = findOutlet(name);
  if (!outlet || outlet.start !== 0 || outlet.end !== name.length) return false;
  const own = outlet.name.toLowerCase();
  const named = name.toLowerCase();
  return own === named || (own === `the ${named}` && named.includes(' '));
}

/** Whether the words name a body on their own: a platform, an outlet by its whole name, or a body or country the tables know. */
function namesBody(words: readonly string[]): boolean {
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0]!)) return false;
  const name = words.join(' ');
  if (words.length === 1 && PLATFORMS.has(name.toLowerCase())) return true;
  return isOutletName(name) || actorsOfName(words).some((a) => ORG_KINDS.has(a.kind) || a.kind === 'country');
}

/**
 * A sentence's spans with each one that joins two bodies by "and" ("Twitter and Facebook",
 * "Huffington Post and Politico", "Goldman Sachs and Hamas") made two, where each side is a body
 * on its own and the whole is no name the tables know ("Bosnia and Herzegovina", "Johnson and
 * Johnson" stay whole, and so do names whose sides are no bodies: "Office of Management and Budget").
 *
 * @example
 * apartAtAnd(['Twitter', 'and', 'Facebook'], [{ start: 0, end: 3, type: 'ORG' }]);
 * // [{ start: 0, end: 1, type: 'ORG' }, { start: 2, end: 3, type: 'ORG' }]
 */
export function apartAtAnd(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    const and = words.indexOf('and', span.start + 1);
    if (span.type === 'PER' || and < 0 || and >= span.end - 1 || words.slice(and + 1, span.end).includes('and')) {
      out.push(span);
      continue;
    }
    const left = words.slice(span.start, and);
    const right = words.slice(and + 1, span.end);
    if (namesBody(left) && namesBody(right) && lookupActors(words.slice(span.start, span.end).join(' ')).length === 0) {
      out.push({ start: span.start, end: and, type: span.type }, { start: and + 1, end: span.end, type: span.type });
    } else out.push(span);
  }
  return out;
}
