import { readsAsPersonName, wordTypePrior } from '../nlp/ner/word-type-prior.js';

const LEAD =
  /^(?:(?:(?:written|posted|published|reported|words|story|text|photos?|compiled|edited|reviewed|fact[- ]checked|updated)\s+)?(?:by|von|par|por|di|door|av|przez|от|автор)\s*:?\s+|(?:authors?|writer|reporter|posted\s+by|written\s+by)\s*:\s*|authors?\s+(?=\p{Lu}))/iu;
const GLUED_BY = /^((?:written|posted|reviewed|edited)\s+)?by(?=\p{Lu})/iu;
const GLUED_TAIL =
  /(\p{Ll})(?=(?:Last|Updated|Published|Posted|Reviewed|Edited|Staff|Senior|Contributing|Writer|Editor|Reporter|Correspondent|Tech|Former|AI|Head|Lead)\b)/gu;
const DATE_HEAD =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*[·•|,–—-]?\s*/i;
const ROLE_SEPARATOR = /\s+[-–—|•·⋅●]\s+|\s*[⋅•●|]\s*$/;
const SPLIT = /\s*(?:,|;|\||\band\b|\bund\b|\bet\b|\by\b|&|\+|\/)\s*/i;
const CREDENTIAL =
  /^(?:ms|ma|mba|md|phd|ph\.d\.?|rd|rdn|ld|cd|cdn|cde|fand|bsc|msc|mph|rn|np|jd|cpa|cfa|dr|prof|jr|sr|ii|iii|iv|esq|cscs|cpt|nasm|ace|ldn|cssd|ibclc|facc|faap|facp|do|dds|dvm|pharmd)\.?$/i;
const NOT_A_NAME =
  /\b(?:updated|published|posted|share|follow|comments?|minutes?|min read|read more|reviewed|am|pm|gmt|utc|edt|est|bst|cet|ago|learn more|sign in|sign up|log in|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|email|twitter|facebook|instagram|linkedin|http|www\.|\.com|@)\b/i;
/** Section and topic names that sites print where a byline would be ("Hardware", "Personal finance"). */
const SECTION_WORD =
  /^(?:hardware|software|privacy|security|home|adoption|spotlight|personal finance|finance|news|technology|science|health|business|politics|opinion|sports|lifestyle|travel|reviews?|guides?|blog|insights|resources)$/i;
/**
 * What an archive sorts its posts by ("by Date", "by Thread"), a menu browses by ("By Region", "By
 * Use Case") or a forum heads its columns with ("Author" / "Message"): no author.
 */
const SORT_KEY =
  /^(?:date|year|month|thread|subject|author|title|name|category|relevance|popularity|newest|oldest|rating|message|messages|topic|replies|views|posts|region|country|industry|use case|role|product|type|brand|price|occasion|cuisine|season|size|location)$/i;
/** Lower-case words that belong to names. */
const NAME_PARTICLE = /^(?:de|del|della|der|den|van|von|da|das|dos|di|du|la|le|bin|ibn|al|el|ter|ten|zu|y|e)$/;
const REVISED_BY = /\s+(?:(?:last\s+)?updated|edited|reviewed|fact[- ]checked)\s+by\b.*$/i;
const ON_BEHALF = /\s+(?:on\s+behalf\s+of|special\s+to)\b.*$/i;
/** A news agency's job title after the name: "Jason Straziuso Associated Press Writer", "Jane Roe, Reuters Correspondent". */
const AGENCY_ROLE =
  /,?\s+(?:the\s+)?(?:associated\s+press|ap|reuters|afp|agence\s+france-presse|bloomberg(?:\s+news)?|upi|dpa|efe)\s+(?:(?:staff|senior|special|chief)\s+)?(?:writer|reporter|correspondent|editor)s?$/i;
const ON_DAY = /\s+on(?:\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\s*$/i;
/** Words of a job title that follows a name on a byline ("Ben Silverman, Games Editor"). */
const ROLE_NOUN =
  /^(?:editor|editors|writer|writers|reporter|correspondent|columnist|contributor|consultant|attorney|lawyer|manager|director|producer|analyst|officer|founder|co-founder|ceo|cto|engineer|specialist|strategist|researcher|professor|author|intern|photographer|journalist|critic|host|anchor|expert|coach|dietitian|nutritionist|therapist|scientist|marketer|reviewer|technologist|admin|administrator)$/i;
const ROLE_MODIFIER =
  /^(?:senior|former|contributing|associate|assistant|deputy|executive|managing|staff|chief|head|lead|digital|news|games|review|autos|tech|technology|science|health|sports|politics|business|travel|food|content|marketing|product|trial|guest|freelance|special|foreign|political|economics|financial|legal|the|an?|of|for|and|at|our|your|community)$/i;

/** Cuts a job title off the end of a name: "Keith Barry Senior Autos Reporter" → "Keith Barry". */
function dropRole(name: string): string {
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!ROLE_NOUN.test(words[i]!) && !ROLE_MODIFIER.test(words[i]!)) continue;
    const rest = words.slice(i);
    if (rest.some((w) => ROLE_NOUN.test(w)) && rest.every((w) => ROLE_NOUN.test(w) || ROLE_MODIFIER.test(w) || /^\p{Lu}/u.test(w))) {
      return words.slice(0, i).join(' ');
    }
  }
  return words.every((w) => ROLE_NOUN.test(w) || ROLE_MODIFIER.test(w)) ? '' : name;
}

const DATE_TAIL =
  /\s*(?:[-–—|•·,]\s*)?(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:(?:last\s+)?updated|published|posted)\b).*$/i;

/**
 * Turns a byline as written ("By Jane Doe and John Roe, Reuters | May 3, 2024") into author
 * names. Returns an empty list when the text does not look like a list of names.
 *
 * @example
 * parseByline('By Jane Doe and John Roe') // ['Jane Doe', 'John Roe']
 */
export function parseByline(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (s.length === 0 || s.length > 300) return [];
  if (/^(?:by|von|par|por|author|authors|written\s+by|posted\s+by)\s*:?$/i.test(s)) return [];
  s = s.replace(GLUED_BY, '$1by ').replace(GLUED_TAIL, '$1 | ').replace(DATE_HEAD, '');
  s = s.replace(LEAD, '');
  // "Ahiza Garcia @ahiza_garcia": a social handle beside the name
  s = s.replace(/\s*@[\w.]+/g, '');
  // "Benjamin Preston Updated by Jon Linkov": the names before a reviser's or an editor's
  s = s.replace(REVISED_BY, '');
  // "Tech Industry by Steven Musil", "Recipe by PJ Hamel": the names follow an inner "by"
  const inner = /^(?:[\p{L}&'’-]+\s+){1,4}by\s+(?=\p{Lu})/iu.exec(s);
  if (inner) s = s.slice(inner[0].length);
  s = s.split(ROLE_SEPARATOR)[0]!.replace(ON_BEHALF, '').replace(ON_DAY, '').replace(AGENCY_ROLE, '');
  s = s.replace(DATE_TAIL, '').replace(ON_DAY, '').trim();
  s = s.replace(/^[-–—:|•·●\s]+|[-–—:|•·●,\s]+$/g, '');
  if (s.length === 0) return [];
  // "Lance Ryan (Content": a bracket the byline never closes is cut off
  s = s.replace(/\s*\([^)]*$/, '');
  const names: string[] = [];
  const parts = s.split(SPLIT);
  // "Roland Parry, Washington": the place a correspondent files from closes the byline
  if (parts.length > 1 && s.includes(',') && isPlaceWord(parts[parts.length - 1]!)) parts.pop();
  // "Jared Spataro, Chief Marketing Officer, AI at Work, Microsoft": after a job, the parts that
  // name no person are the employer's, not more authors
  let afterJob = false;
  for (const [k, part] of parts.entries()) {
    // "Adrian Malloch (photography)": who made the pictures, not the story
    if (/\((?:photos?|photography|photographs|pictures|video|graphics|illustrations?)\)\s*$/iu.test(part)) continue;
    const part0 = part
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/^(?:by|and)\s+/i, '')
      .replace(/^[\s"'“”‘’(]+|[\s"'“”‘’).:]+$/g, '')
      // "Anna Visser in The Hague": where the writer filed from
      .replace(/\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u, '')
      .trim();
    if (k > 0 && part0.length > 0 && (dropRole(part0) === '' || ROLE_NOUN.test(part0.slice(part0.lastIndexOf(' ') + 1)))) {
      afterJob = true;
      continue;
    }
    const whole = dropInitials(dropRole(dropBioLabel(part0)));
    if (!isNameLike(whole) || (afterJob && !(FULL_NAME_LINE.test(whole) && readsAsPersonName(whole)))) continue;
    const name = whole.replace(TRAILING_FUNCTION_WORD, '');
    if (name.length < 2 || CREDENTIAL.test(name)) continue;
    if (!isNameLike(name) || SECTION_WORD.test(name) || SORT_KEY.test(name)) continue;
    if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}

/** A name, then a label that opens the author's bio: "Allyn Jayawon Author Allyn is …" → "Allyn Jayawon". */
const LABEL_AFTER_NAME = /^(\p{Lu}\S*(?:\s+\S+){1,3}?)\s+(?:Author|Writer|Contributor)\s+\p{Lu}.*$/u;

/** {@link LABEL_AFTER_NAME}'s name, unless it ends in a job's words ("AP Business Writer …" is a job title). */
function dropBioLabel(part: string): string {
  const m = LABEL_AFTER_NAME.exec(part);
  if (!m || ROLE_MODIFIER.test(m[1]!.slice(m[1]!.lastIndexOf(' ') + 1))) return part;
  return m[1]!;
}

/** A capitalised function word that ends no name: "Nicole Burke As" (from "… As founder of Rooted Garden"). */
const TRAILING_FUNCTION_WORD = /\s+(?:As|Is|In|At|On|For|The|A|An|Of|With)$/;

/** An avatar's initials before the name they abbreviate: "NB Nicole Burke" → "Nicole Burke". */
function dropInitials(name: string): string {
  const m = /^(\p{Lu}{2,3})\s+(?=\p{Lu}\p{Ll})/u.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  const initials = rest
    .split(/\s+/)
    .map((w) => w[0])
    .join('');
  return initials.startsWith(m[1]!) || initials.endsWith(m[1]!) ? rest : name;
}

/** A single word that the NER word table takes for a place ("Washington", "Moscow"). */
function isPlaceWord(part: string): boolean {
  const word = part.trim();
  if (!/^\p{Lu}[\p{L}.'’-]+$/u.test(word)) return false;
  const prior = wordTypePrior(word);
  return prior !== null && prior.type === 'LOC';
}

/** A line that is a capitalised full name and nothing else: "John A. Alic", "Ursula von der Leyen". */
export const FULL_NAME_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|den|da|di|du|le|la|bin|al))+$/u;

/** A plausible personal or organisational author name: 1-6 words, not a sentence, not a date or a URL. */
export function isNameLike(s: string): boolean {
  if (s.length < 2 || s.length > 80) return false;
  if (NOT_A_NAME.test(s)) return false;
  if (/[\d*#:=<>{}[\]]/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 6) return false;
  if (/[.!?]$/.test(s) && words.length > 3) return false;
  // "years experience testing PC hardware": a name has at most one word in lower case ("Ursula von der Leyen" has particles)
  if (words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w)).length > 1) return false;
  // "choosing I Accept" (from "By choosing I Accept, you consent …"): a name of several words opens
  // with a capital, a particle, or "the" ("the CNN Wire Staff")
  if (words.length > 1 && /^\p{Ll}/u.test(words[0]!) && !NAME_PARTICLE.test(words[0]!) && words[0] !== 'the') return false;
  return /\p{Lu}/u.test(s) || /\p{Lo}/u.test(s);
}
