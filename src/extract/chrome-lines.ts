/**
 * Patterns for lines of page furniture that appear in both HTML and scraped text: related-story
 * leads, calls to action, share prompts. Shared by both extraction modes.
 */

/** "Also Read: …", "READ MORE: …", "Related: …": a link to another story. Group 1 is the linked headline. */
export const RELATED_LEAD =
  /^(?:also\s+read|read\s+also|read\s+more|more\s+reading|further\s+reading|related(?:\s+(?:stories|story|articles?|coverage|content|news|reading|links?|posts?))?|see\s+also|recommended(?:\s+reading)?|you\s+may\s+also\s+like|you\s+might\s+also\s+like|don['’]?t\s+miss|must\s+read|see\s+more|read\s+next|more\s+from\s+[\w\s]{1,30}?|more\s+on\s+[\w\s]{1,30}?|watch|listen|explore\s+more)\s*[:|»>–—-]\s*(.+)$/i;

/** A heading over a list of stories related to this one: "More in World", "Related stories", "Read next". */
export const RELATED_HEADING =
  /^(?:more\s+(?:in|from|on|about|stories|news|articles|like\s+this)\b.*|related(?:\s+\w+){0,2}|recommended(?:\s+(?:for\s+you|reading|stories|articles))?|you\s+may\s+also\s+like|you\s+might\s+also\s+like|read\s+next|up\s+next|what\s+to\s+read\s+next|also\s+in\s+.*|see\s+also|further\s+reading|more\s+reading)$/i;

/** "DON'T MISS", "Also Read": a heading over in-article links to other stories (not a feature of the trained models). */
export const LINK_LIST_HEADING = /^(?:don['’]?t\s+miss|also\s+read|read\s+also|must\s+read|read\s+more)[:.]?$/i;

/**
 * A linked headline tagged the way some tabloids tag their in-article links: "China furious at
 * Macron for protest jibe [INSIGHT]", "… [REACTION]". Group 1 is the headline.
 */
const TAGGED_RELATED =
  /^(.{10,200}?)\s*\[(?:INSIGHT|REACTION|ANALYSIS|LATEST|VIDEO|PICTURES|PICS|POLL|REVEAL|REPORT|UPDATE|LIVE|EXPLAINED|OPINION|COMMENT|INTERVIEW|PHOTOS|MAP|CHART)\]\s*\|?$/;

/** {@link TAGGED_RELATED} on a line, skipping the expression (slow to fail on long lines) when the line has no "[". */
export function taggedRelated(line: string): RegExpExecArray | null {
  return line.includes('[') ? TAGGED_RELATED.exec(line) : null;
}

/** Calls to action, sharing and subscription prompts, navigation words. */
export const CHROME_LINE =
  /^(?:follow\s+us\b.*|share(?:\s+(?:this|on)\b.*)?|tweet|email|print|comments?(?:\s*\(\d+\))?|to\s+top|back\s+to\s+top|scroll\s+to\s+top|top|menu|search|home|skip\s+to\s+(?:main\s+)?content|advertisement(?:\s*[·•|-]\s*scroll\s+to\s+continue)?|scroll\s+to\s+continue|sponsored(?:\s+content)?|subscribe(?:\s+now)?\b.*|sign\s+up\b.*|log\s*in|sign\s+in|register|(?:liked|enjoyed)\s+this\s+(?:story|article|post)\?.*|subscribe\s+to\s+(?:our|the)\s+newsletter.*|get\s+(?:our|the)\s+(?:newsletter|daily|weekly)\b.*|(?:get|sign\s+up|subscribe|receive)\b.{0,80}\b(?:in|to|into)\s+your\s+inbox\b.*|.{0,60}\bdelivered\s+(?:straight\s+)?to\s+your\s+inbox\b.*|click\s+here\b.*|(?:click|tap)\s+(?:(?:on\s+)?(?:the\s+)?(?:photo|image|picture|here)\s+)?to\s+enlarge\b.*|tags?:.*|filed\s+under:?.*|posted\s+in\s.*|categories?:.*|copyright\b.*|©.*|all\s+rights\s+reserved.*|photo:\s.*|image:\s.*|credit:\s.*|loading(?:\s+[\w-]+)?(?:\.{0,3}|…)|previous(?:\s+(?:article|post|story))?|next(?:\s+(?:article|post|story))?|newer\s+posts?|older\s+posts?|leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion).*|we\s+use\s+cookies\b.*|accept(?:\s+(?:all|cookies))?|cookie\s+(?:policy|settings)|privacy\s+policy|terms\s+of\s+(?:use|service)|contact\s+us|about\s+us|trending|most\s+read|more\s+in\s+\w+.*|continue\s+reading(?:\s+below)?|story\s+continues\s+below.*|article\s+continues\s+(?:below|after).*|don['’]?t\s+miss|get\s+.{1,40}\s+on\s+the\s+go\b.*|download\s+(?:our|the)\s+app\b.*|(?:listen|watch)\s+(?:to\s+)?(?:this|the)\s+(?:article|story|video)\b.*|\d+\s+min(?:ute)?s?\s+read|reading\s+time\b.*)$/i;

const CAPTION_WORDS = /photo|image|pic|foto|credit|source|user|shutterstock|getty|wikimedia|flickr/i;

const CAPTION_PATTERN =
  /\((?:image|photo|picture|pic|foto|credit|source|user)s?\s*[:/][^)]{1,80}\)\s*$|\((?:AP|AFP|Reuters|Getty|EPA|Bloomberg|PA)\s+(?:Photo|Images?)[^)]{0,80}\)|^(?:photo|image|picture|credit|photograph|foto)s?\s*(?:by|credit|courtesy)?\s*:|^in\s+this\s+.{0,60}\b(?:file\s+)?photo\b|\b(?:getty\s+images|shutterstock|istockphoto|afp\s+via\s+getty)\b|\/\s*(?:wikimedia|flickr)\b|\(user:[^)]*\)|[.!]\s+(?:photo|image|picture|photograph)s?\s*(?:by|credit)?\s*:\s*[\p{L}.' -]{2,60}(?:\s*\/\s*[\p{L}.' -]{2,40})?\s*$/iu;

/**
 * An image caption or credit: "(Image: GETTY)", "(AP Photo/Jane Roe)", "Photo: Reuters",
 * "In this Dec. 12, 2006, file photo, …", a caption that ends in its credit ("… in Chisinau.
 * Photo: Vadim Ghirda/AP"), agency and licence marks.
 */
export const CAPTION_LINE = {
  // (the words one of the pattern's branches needs, tested first: most lines have none, and the
  // pattern's unanchored branches cost a scan of the whole line)
  test: (text: string): boolean => CAPTION_WORDS.test(text) && CAPTION_PATTERN.test(text),
};

/** The heading of an author box: "About the author", "About Jane Doe", "Meet the author". */
export const AUTHOR_BOX =
  /^(?:(?:about|About|ABOUT)\s+(?:(?:the|The|THE)\s+(?:authors?|Authors?|AUTHORS?|writer|Writer|WRITER|contributor|Contributor)|(?!(?:the|The|THE)\s)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})|(?:meet|Meet|MEET)\s+(?:the|The|THE)\s+(?:authors?|Authors?|AUTHORS?|writer|Writer)|(?:author|Author|AUTHOR)\s+(?:bio|Bio|BIO)(?:graphy)?|(?:written|Written|WRITTEN)\s+(?:by|By|BY))\s*:?\s*$/u;

/** Whether a line asks the reader to sign up for a newsletter ("Sign up for our free morning newsletter …"). */
export function newsletterPitch(text: string): boolean {
  return CHROME_LINE.test(text.trim()) && /\b(?:newsletter|inbox|briefing)\b/iu.test(text);
}
