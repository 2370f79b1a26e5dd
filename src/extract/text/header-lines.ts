import { readsAsPersonName, sureTypeOf, wordTypePrior } from '../../nlp/ner/word-type-prior.js';
import { FULL_NAME_LINE, parseByline } from '../authors.js';
import { isUpdateLine, parseDate } from '../dates.js';

/** How many lines below the headline, and above it, a byline or a date is looked for. */
const BELOW = 8;
const ABOVE = 3;

/** A byline's lead word before a capitalised name: "By", "Written by", "Published By", "Par", or "By" glued to the name ("ByJane Roe"). */
const LEAD =
  /^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Ww]ords|[Rr]eporting|[Ss]tory)\s+)?(?:[Bb]y|BY|[Pp]ar|[Pp]or|[Vv]on)\s+(?=\p{Lu})|^By(?=\p{Lu}\p{Ll})/u;
/** A comment's signature ("Posted by: Sharon in Chicago | May 20, 2012"), not the article's byline. */
const COMMENT_SIGNATURE = /^posted\s+by\s*:/i;
/** A line of prose: ten words or more, ending as a sentence ends. */
const SENTENCE = /^(?:\S+\s+){9,}\S*[.!?"”’)]$/;
/** When a meta line was written, beside a name: a time ago ("1 day ago", "8h"), a reading time, a clock time. */
const WHEN =
  /\b(?:\d+\s*(?:s|m|h|d|w|mins?|hrs?|hours?|days?|weeks?|months?)\s+ago|ago|\d+\s*[mhd]|\d+\s*min(?:ute)?s?\s+read|\d{1,2}:\d{2})\b/i;
/** Where the name ends in a line that goes on with a date or a time: a separator, a digit or a month. */
const NAME_END =
  /\s*(?:[|•·—–@/]|\s-\s|\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:updated|published|posted)\b)/iu;
/** A capitalised full name of two to four words alone on a line: "Ben Silverman", "Ursula von der Leyen". */
function isFullName(s: string): boolean {
  return FULL_NAME_LINE.test(s) && s.split(' ').length <= 4;
}
/** The nouns of newsroom and business jobs that follow a name, as a regular expression's alternatives. */
const JOB_NOUNS =
  'editor|writer|reporter|correspondent|columnist|contributor|journalist|producer|critic|analyst|director|manager|founder|officer|consultant|strategist|specialist|expert';
/** A line that only gives a job title: "Games Editor", "Trending Editor", "Senior Staff Writer". */
const JOB_TITLE = new RegExp(
  `^(?:[\\p{L}&-]+\\s+){0,4}(?:${JOB_NOUNS}|author)s?$|^(?:VP|CEO|CTO|CMO|COO|Head|Chief|(?:Vice\\s+)?President)\\b`,
  'iu',
);
/** The opening of a line that says who wrote it or when: "Posted on …", "Published …", "By …". */
const META_LEAD = /^(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ll]ast\s+[Uu]pdated)\b|^[Bb]y\s+\p{Lu}/u;
/** A revision told as a time ago at the end of a date line ("… Updated 2 hours ago"). */
const UPDATED_AGO = /\s+updated\s+\d+\s+\w+\s+ago\s*$/i;
/** A label that a date follows on the next line: "Updated on", "Published:", "Last updated". */
const DATE_LABEL = /^(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?$/i;

/**
 * The authors a scraped page shows by its headline, in the lines text mode's line roles did not
 * read: a byline ("By Corey Kilgannon", "Written by Jorge Jimenez"), a name beside when it was
 * written ("Alex Perry 1 day ago", "Tom Talbot October 14, 2025", "Dan Goodin - Apr 16, 2015"),
 * or a person's full name on its own line right under the headline (unless the headline names
 * them) or over a date or a job title ("Ben Silverman" / "Games Editor"). Lines below the headline
 * come first, nearest first, then the few above it.
 *
 * @example
 * headerAuthors(['Storm hits coast', 'Alex Perry 1 day ago', 'The storm …'], 0); // ['Alex Perry']
 */
export function headerAuthors(lines: readonly string[], headline: number): string[] {
  for (const i of headerOrder(lines, headline)) {
    const names = authorsOfLine(lines, i, () => underHeadline(lines, headline, i));
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * The date a scraped page shows by its headline, read from the same lines as
 * {@link headerAuthors}: the first line that gives one, with whether it is labelled as a
 * revision's ("Updated March 13, 2024", "Jane Roe • Updated: August 18, 2025", or "Last Updated:"
 * on the line before). A time ago ("2 hours ago") is no date.
 *
 * @example
 * headerDate(['Storm hits coast', 'Last Updated:', 'December 3, 2025'], 0); // { date: '2025-12-03', updated: true }
 */
export function headerDate(lines: readonly string[], headline: number): { date: string; updated: boolean } | null {
  for (const i of headerOrder(lines, headline)) {
    // ("October 23, 2025 3:14 PM GMT+1 Updated 2 hours ago": the date, and how long since a revision)
    const line = lines[i]!.replace(UPDATED_AGO, '');
    // a meta line may run on like a sentence: "Posted by BeauHD on Friday December 19, 2025 @08:00PM from the … dept."
    const meta = META_LEAD.test(line);
    if (line.length > (meta ? 200 : 120) || (!meta && SENTENCE.test(line)) || /\bago\b/i.test(line)) continue;
    const date = parseDate(line);
    if (date === null) continue;
    return { date: date.slice(0, 10), updated: isUpdateLine(line, i > 0 ? lines[i - 1]! : '') };
  }
  return null;
}

/**
 * The lines a byline or a date may sit on, in the order they are tried: below the headline, nearest
 * first, up to the article's second sentence (a standfirst may come between), then the few above it.
 */
function headerOrder(lines: readonly string[], headline: number): number[] {
  const order: number[] = [];
  for (let i = headline + 1, sentences = 0; i <= headline + BELOW && i < lines.length; i++) {
    if (SENTENCE.test(lines[i]!) && ++sentences === 2) break;
    if (!ICON_ONLY.test(lines[i]!)) order.push(i);
  }
  for (let i = headline - 1; i >= 0 && i >= headline - ABOVE; i--) if (!ICON_ONLY.test(lines[i]!)) order.push(i);
  return order;
}

/** A line of icon-font glyphs (private-use characters) or nothing visible: no line for a reader. */
const ICON_ONLY = /^[\s\p{Co}\u200b-\u200f\u2060\ufeff]*$/u;

/** The line before `i` that a reader sees, skipping icons, but not past the headline. */
function seenBefore(lines: readonly string[], i: number, headline: number): number {
  let j = i - 1;
  while (j > headline && ICON_ONLY.test(lines[j]!)) j--;
  return j;
}

/**
 * The names of a byline that opens with its lead word ("By", "Written by", …) before a capital:
 * none for "By choosing I Accept, you consent …" or "By the Numbers".
 *
 * @example
 * bylineNames('By RICH SCHAPIRO in New York'); // ['RICH SCHAPIRO']
 */
export function bylineNames(line: string): string[] {
  return LEAD.test(line) ? parseByline(nameOfByline(line)) : [];
}

/** A month's name before a day or a year: "November 20, 2007", "Dec. 5". */
const MONTH_BEFORE_NUMBER =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*\d/i;
/** A number that starts a date, a time, a reading time or a count of comments, not one in a name ("PMA-205", "Local 881"). */
const DATE_OR_TIME_NUMBER =
  /\d{1,4}[/.:-]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:19|20)\d{2}\b|\d+\s*(?:mins?|minutes?|h|hrs?|hours?|days?|comments?|replies|views|shares)\b/i;
/** The same, run into the name before it: "ZeldmanNovember 20, 2007". */
const GLUED_MONTH =
  /\p{Ll}(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*\d/u;

/**
 * A byline cut down to its names: what follows them is no part of them, whether a section ("By
 * Carrie Meathrell in News | Link"), a handle ("By Alissa Wilkinson@alissamarie"), a date run into
 * the name ("by Jeffrey ZeldmanNovember 20, 2007", "ByShivya Nath 12th February 2025"), a reading
 * time ("by Jacob Trussell—10 min read"), a count of comments ("by Simon Martin (Columnist) 1
 * comments"), a time ("Posted by Chef John at 4:42 PM"), a revision ("By Jeff Cobb. Last Updated
 * on …") or a call to action ("By A. J. Neal View In Digital Edition").
 */
function nameOfByline(line: string): string {
  return withoutJobs(cutAfterNames(line));
}

/** Words that name a job: what follows a name after a comma in "By Maureen Salamon, Executive Editor, Harvard Women's Health Watch". */
const JOB_WORD = new RegExp(
  `\\b(?:${JOB_NOUNS}|technologist|scientist|researcher|professor|lecturer|fellow|ceo|cto|cmo|coo|cfo|president|chief|head)s?\\b`,
  'i',
);

/** Each name of a byline less the job and employer after it: "Jared Spataro, Chief Marketing Officer, AI at Work, Microsoft" → "Jared Spataro". */
function withoutJobs(byline: string): string {
  return byline
    .split(/\s+(?:&|and)\s+/)
    .map((part) => {
      const comma = part.indexOf(', ');
      return comma > 0 && JOB_WORD.test(part.slice(comma + 2)) ? part.slice(0, comma) : part;
    })
    .join(' and ');
}

/** A byline cut where its names end (see {@link nameOfByline}). */
function cutAfterNames(line: string): string {
  let cut = line.length;
  const month = MONTH_BEFORE_NUMBER.exec(line);
  if (month) cut = month.index;
  const glued = GLUED_MONTH.exec(line);
  if (glued && glued.index + 1 < cut) cut = glued.index + 1;
  const number = line.search(DATE_OR_TIME_NUMBER);
  if (number >= 0 && number < cut) cut = number;
  return (
    line
      .slice(0, cut)
      .replace(/\s+in\s+\p{Lu}.*$|\s*@.*$|[.,]?\s+(?:last\s+)?updated\b.*$/iu, '')
      // "By A. J. Neal View In Digital Edition": a link's call to action after the name
      .replace(/\s+(?:View|Follow|Share|Subscribe|Email)\b.*$/u, '')
      .replace(/[\s,.—–|•·-]+$/u, '')
      .replace(/\s+(?:at|on)$/i, '')
  );
}

/** The names a line by the headline gives; `underHeadline` says whether it is the byline's place right under it, where a person's name alone is the byline. */
function authorsOfLine(lines: readonly string[], i: number, underHeadline: () => boolean): string[] {
  // ("Elena Mazaheri|": a separator the next part of the meta line was cut from)
  const line = lines[i]!.replace(/\s*[|•·]$/, '');
  if (line.length > 120 || COMMENT_SIGNATURE.test(line)) return [];
  const staff = STAFF_BYLINE.exec(line);
  if (staff) return [staff[1]!];
  const handle = handleByline(line);
  if (handle) return [handle];
  if (LEAD.test(line)) return bylineNames(line);
  // "By" on a line of its own, the names on the next: "By" / "Jesse Porter"
  if (BY_ALONE.test(line)) {
    const next = lines[i + 1] ?? '';
    return next.length <= 80 && /^\p{Lu}/u.test(next) ? bylineNames(`By ${next}`) : [];
  }
  // a byline after a date or a label: "Published on December 2nd, 2025 by Chen Zhao", "Recipe by PJ Hamel"
  const by = INNER_BY.exec(line);
  if (by && by.index > 0) {
    const before = line.slice(0, by.index).trim();
    // (two dates run together, as a page's published and updated days flatten: "August 15, 2025December 9, 2025")
    if (BY_LABEL.test(before) || parseDate(before.replace(/(\d)(?=\p{Lu})/gu, '$1 ')) !== null)
      return bylineNames(line.slice(by.index).trim());
  }
  const labelled = NAMES_LABEL.exec(line);
  if (labelled) return bylineNames(`By ${line.slice(labelled[0].length)}`);
  const withJob = nameBeforeJob(line);
  if (withJob) return [withJob];
  const parted = namesAmongParts(line);
  if (parted.length > 0) return parted;
  const listed = paperAuthors(line);
  if (listed.length > 0) return listed;
  const end = NAME_END.exec(line);
  if (end && end.index > 0) {
    // a name, then when it was written
    const rest = line.slice(end.index);
    const name = line.slice(0, end.index).trim();
    const person = isFullName(name) ? readsAsPersonName(name) : isGivenName(name);
    if (person && (parseDate(rest) !== null || WHEN.test(rest))) return [name];
    return [];
  }
  // a name alone, or with its job ("Audrey Huang, Print Managing Editor"), over what says it is the author's
  // ("Dylan Bailey, MS, RD, FAND": the credentials after a name are no part of it)
  const bare = line.replace(CREDENTIALS, '');
  const comma = bare.indexOf(', ');
  const name = comma > 0 && JOB_TITLE.test(bare.slice(comma + 2)) ? bare.slice(0, comma) : bare;
  if (!isFullName(name)) return [];
  // in capitals, only a person's name right under the headline ("LEONARDO GARCIA"), not a section or an agency
  if (name === name.toUpperCase()) return underHeadline() && surelyPerson(name) ? [name] : [];
  const next = lines[i + 1] ?? '';
  const dated = DATE_LABEL.test(next) || (next.length <= 60 && parseDate(next) !== null);
  // "Everfit Team" over its date: a byline, though no person's
  if (dated && STAFF.test(name)) return [name];
  if (!readsAsPersonName(name) && !HONORIFIC.test(name) && !(dated && opensWithGivenName(name)) && !(underHeadline() && unknownWords(name)))
    return [];
  // over how long it reads ("Brian Becker" / "7 min read"), only a name the word table takes for a person's alone
  const timed = READ_TIME.test(next) && surelyPerson(name);
  return dated || timed || JOB_TITLE.test(next) || REVIEWED_BY.test(next) || underHeadline() ? [name] : [];
}

/**
 * Whether line `i` is the byline's place under the headline: the line right under it, or the one
 * after a date, a standfirst or the headline again; and the headline does not name the person on it.
 */
function underHeadline(lines: readonly string[], headline: number, i: number): boolean {
  const title = lines[headline] ?? '';
  if (i <= headline) return false;
  const before = seenBefore(lines, i, headline);
  if (before !== headline && seenBefore(lines, before, headline) !== headline) return false;
  if (before !== headline) {
    const between = lines[before]!;
    // (a byline there, even one that gives no name, is the byline: "By [NR] admin | Published: …" over a share button)
    if (/\bby\b/i.test(between) || !(between === title || between.length >= 50 || parseDate(between) !== null)) return false;
  }
  return !namedIn(lines[i]!, title);
}

/** Whether the headline names the person a line names ("Lupita Nyong'o" under "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"): the story's subject, not its author. */
function namedIn(line: string, headline: string): boolean {
  const words = new Set(
    headline
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}'’]+/u),
  );
  return line
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .some((w) => w.length >= 3 && words.has(w));
}

/** What separates the parts of a meta line: "12/19/2025 • Opinion • David Gordon". */
const PART_SEPARATOR = /\s+[|•·]\s+/;
/** A part of a meta line that says when or how much: a count of comments or views, a reading time. */
const COUNT_PART = /^\d[\d,.]*\s*(?:comments?|replies|views|shares|min(?:ute)?s?(?:\s+read)?)$/i;
/** A day in figures, whichever comes first: "12/19/2025", "19.12.2025". */
const NUMERIC_DAY = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

/**
 * The people a meta line of two to four parts names in one of them, when the others say when it
 * was written, how long it reads, or the people's job: "12/19/2025 • Friday Philosophy • David
 * Gordon", "109 Comments | Jill Winger | Last Updated: March 11, 2019", "Manoj Jain and Jagpreet
 * Chhatwal | Guest Columnists". A part of words only that names no person (a section) is passed over.
 */
function namesAmongParts(line: string): string[] {
  const parts = line.split(PART_SEPARATOR);
  if (parts.length < 2 || parts.length > 4) return [];
  let says = false;
  let names: string[] = [];
  for (const part of parts) {
    if (parseDate(part) !== null || NUMERIC_DAY.test(part) || COUNT_PART.test(part) || WHEN.test(part) || JOB_TITLE.test(part)) {
      says = true;
      continue;
    }
    if (/\d/.test(part)) return [];
    const people = parseByline(part.replace(LEAD, ''));
    if (people.length === 0 || !people.every((n) => isFullName(n) && !namesOtherThing(n)) || !people.some(readsAsPersonName)) continue;
    if (names.length > 0) return [];
    names = people;
  }
  return says ? names : [];
}

/** Whether a word of the name is, in the NER word table, surely a place, an organisation or some other thing ("Detroit Lions"). */
function namesOtherThing(name: string): boolean {
  return name.split(' ').some((w) => {
    const type = sureTypeOf(w);
    return type !== null && type !== 'PER';
  });
}

/** The opening of a job after a name: "Founder & Lead Reviewer", "Contributing Writer", "Former Deputy Tech Editor". */
const JOB_START =
  /^(?:(?:former|senior|junior|staff|lead|contributing|managing|executive|deputy|associate|assistant|chief|head|founder|co-founder)\b|(?:writer|editor|reporter|columnist|contributor|correspondent|reviewer)s?\b)/i;

/**
 * A person's name of two or three words that opens a line and runs on into the person's job:
 * "Rasmus Barslund Founder & Lead Reviewer", "& Zackery Cuevas Writer, Hardware", "Lance Ryan
 * (Content Manager)".
 */
function nameBeforeJob(line: string): string | null {
  const words = line.replace(/^&\s+/, '').split(' ');
  for (let k = 2; k <= 3 && k < words.length; k++) {
    const name = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    const job = rest.startsWith('(') ? JOB_WORD.test(rest) : JOB_START.test(rest);
    if (job && isFullName(name) && readsAsPersonName(name)) return name;
  }
  return null;
}

/** A byline's lead on a line of its own: "By", "Written by:", "Author:". */
const BY_ALONE = /^(?:(?:written|posted|words|story|reporting)\s+)?by\s*:?$|^(?:article\s+)?authors?\s*:?$/i;
/** "by" before a capital inside a line: where a byline starts after a date or a label. */
const INNER_BY = /\s(?:[Pp]osted\s+)?by\s+(?=\p{Lu})/u;
/** What a byline's "by" may follow on its line besides a date: "Recipe by", "Guide by" (not "Photo by": a credit). */
const BY_LABEL = /^(?:recipe|guide|review|story|text|words|interview)$/i;
/** A label before a line's names: "Contributors: Janet Loughrey", "Authors: …". */
const NAMES_LABEL = /^(?:contributors?|authors?)\s*:\s*(?=\p{Lu})/iu;

/** Credentials after a name: ", MS, RD, FAND", " CPP, PSP", ", PhD". */
const CREDENTIALS =
  /(?:,?\s+(?:M\.?[SDA]|R[DN]|D[OC]|NP|PA|CPA|CF[AP]|CPP|PSP|MBA|MPH|FAND|LVT|VMD|DVM|DACVB|LCSW|JD|B\.?Sc|M\.?Sc|Ph\.?D\.?))+$/u;

/** The marks after an author's name in a paper that point to an affiliation or a note: "1", "1,✉", "2,*", "†". */
const AFFILIATION_MARKS = /(\p{L})\s*(?:\d{1,2}|[*✉†‡§#])(?:\s*,\s*(?:\d{1,2}|[*✉†‡§#]))*(?=\s*[,;]|\s*$)/gu;

/**
 * The authors of a paper, listed with the marks of their affiliations: "Jennifer Huberty1 ; Jeni
 * Green1 ; Christine Glissmann2", "Aditya Mahindru 1,✉, Pradeep Patil 1". Every part must be a full
 * name with its mark, and most of them read as people's names.
 */
function paperAuthors(line: string): string[] {
  const marks = line.match(AFFILIATION_MARKS)?.length ?? 0;
  if (marks < 2) return [];
  const parts = line
    .replace(AFFILIATION_MARKS, '$1')
    .split(/\s*[,;]\s*/)
    .filter((p) => p.length > 0);
  if (parts.length !== marks || !parts.every(isFullName)) return [];
  return parts.filter(readsAsPersonName).length * 2 >= parts.length ? parts : [];
}

/** A byline that a newsroom signs, up to its last word: "By The Currency editors", "By the Lavazza Team 2–3 minutes", "written by Our Editors". */
const STAFF_BYLINE =
  /^(?:[Ww]ritten\s+|[Pp]osted\s+)?[Bb]y\s+((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?:[Tt]eam|[Ss]taff|[Ee]ditors|[Dd]esk|[Nn]ewsroom))(?=$|[\s|•·,-])/u;

/** A user name in lower case after "by", then the day: "by whova | Apr 21, 2025". */
const HANDLE_THEN_DAY = /^(?:[Pp]osted\s+)?[Bb]y\s+(\p{Ll}[\p{Ll}\p{N}._-]{2,30})\s*[|•·]\s*(.+)$/u;
/** The day, then "by" and a user name in lower case: "Posted on July 1, 2024 by infuy". */
const DAY_THEN_HANDLE = /^(?:[Pp]osted|[Pp]ublished)?\s*(?:on\s+)?(.+?)\s+by\s+(\p{Ll}[\p{Ll}\p{N}._-]{2,30})$/u;

/** The user name a dated byline gives in lower case, as the site printed it; null when there is none. */
function handleByline(line: string): string | null {
  const first = HANDLE_THEN_DAY.exec(line);
  if (first && parseDate(first[2]!) !== null) return first[1]!;
  const last = DAY_THEN_HANDLE.exec(line);
  if (last && parseDate(last[1]!) !== null && !NOT_HANDLE.test(last[2]!)) return last[2]!;
  return null;
}
/** Lower-case words after "by" that are no user name. */
const NOT_HANDLE = /^(?:admin|administrator|the|our|staff|guest|anonymous|unknown|email|phone)$/;

/** One word that the NER word table surely takes for a person's given name or surname ("Susan"). */
function isGivenName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && sureTypeOf(word, 3) === 'PER';
}

/** A title before a name that only a person has: "Dr Milan Milanović", "Prof. Jane Roe". */
const HONORIFIC = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Rev)\.?\s/;
/** A line that only says how long the article reads or how long ago it was written: "7 min read", "2 hours ago". */
const READ_TIME = /^(?:\d+\s*(?:mins?|minutes?)(?:\s+read)?|\d+\s*(?:s|m|h|d|w|mins?|hrs?|hours?|days?|weeks?|months?)\s+ago)$/i;

/** A byline signed by a newsroom rather than a person: "Everfit Team", "Podium Staff". */
const STAFF = /\s(?:team|staff|editors|desk)$/i;
/** The reviewer under an author's name: "reviewed by Jo-ann Caballes", "Fact-checked by …". */
const REVIEWED_BY = /^(?:medically\s+)?(?:reviewed|fact[- ]checked|edited)\s+by\b/i;

/**
 * A name of two or three plain words that the NER word table does not know ("Aleš Vávra", "Yaren
 * Fadiloglulari"): under the headline, rare words are more often a person's name than anything else.
 * A possessive or a word with a capital inside ("Grove's", "TeamProductivity") is no such name.
 */
function unknownWords(name: string): boolean {
  const words = name.split(' ');
  return words.length <= 3 && words.every((w) => PLAIN_NAME_WORD.test(w) && wordTypePrior(w) === null);
}
const PLAIN_NAME_WORD = /^\p{Lu}(?:\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\.)$/u;

/** A name of two or three words that the word table (keyed in lower case, so "LEONARDO GARCIA" reads as "Leonardo Garcia") takes for nothing but a person's, one of them surely so. */
function surelyPerson(name: string): boolean {
  const priors = name.split(' ').map((w) => wordTypePrior(w));
  if (priors.length > 3 || priors.some((p) => p !== null && p.type !== 'PER')) return false;
  return priors.some((p) => p !== null && p.confidence >= 2);
}

/** A name of two or three words whose first is a given name, as "Hazel Sheffield" is, whatever its surname reads as. */
function opensWithGivenName(name: string): boolean {
  if (name.split(' ').length > 3) return false;
  const prior = wordTypePrior(name.slice(0, name.indexOf(' ')));
  return prior !== null && prior.type === 'PER' && prior.confidence >= 2;
}
