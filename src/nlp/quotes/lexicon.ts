/**
 * Word lists for attribution: reporting verbs with their inflections, pronouns, role nouns that
 * head a speaker's noun phrase, and the words that make a source vague.
 */

/** How a reporting verb is used: `speech` verbs take quotations and allow "…, said X". */
export type CueClass = 'speech' | 'belief' | 'report' | 'stance';

const DOUBLING = new Set('admit commit submit regret omit refer prefer confer concur rebut plan quip snap jab chat stop'.split(' '));

function inflect(base: string): string[] {
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  if (/(?:s|x|z|ch|sh)$/.test(base)) return [base, `${base}es`, `${base}ed`, `${base}ing`];
  const stem = DOUBLING.has(base) ? base + base[base.length - 1] : base;
  return [base, `${base}s`, `${stem}ed`, `${stem}ing`];
}

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  see: ['see', 'sees', 'saw', 'seen'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  hold: ['hold', 'holds', 'held'],
  swear: ['swear', 'swears', 'swore', 'sworn'],
  read: ['reads'],
  put: ['put', 'puts'],
  foresee: ['foresee', 'foresees', 'foresaw'],
  understand: ['understands', 'understood'],
  forecast: ['forecast', 'forecasts', 'forecasted'],
  broadcast: ['broadcast', 'broadcasts'],
  bet: ['bet', 'bets'],
  teach: ['teaches', 'taught'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted'],
  retweet: ['retweeted'],
  // ("the caustic chant "Lock her up!"": the noun is no cue)
  chant: ['chanted', 'chanting'],
};

const SPEECH = (
  'say tell add write ask reply respond answer explain note state declare announce acknowledge admit assert ' +
  'contend maintain insist argue claim suggest warn caution predict promise pledge vow urge recall recount report ' +
  'reveal confirm deny tweet comment complain concede conclude charge accuse allege emphasize emphasise stress observe ' +
  'remark continue joke quip boast scoff lament mock testify inform assure counter retort shout yell whisper exclaim ' +
  'proclaim muse reiterate repeat signal hint imply clarify speculate propose recommend advise demand threaten vouch ' +
  'describe call criticize criticise praise dismiss reject question wonder estimate blast slam attack blame defend applaud ' +
  'welcome cite announce disclose elaborate interject interrupt agree disagree opine posit protest rebut concur ' +
  'post retweet forecast broadcast admonish brag chide concede confide declare decry denounce dispute echo gush ' +
  'hail mention mutter plead point pronounce quote rail recite reassure recollect remind ridicule scold snap sneer ' +
  'stammer taunt tout underscore underline volunteer highlight lash swear confess react bark scream cry sigh ' +
  'laugh grumble groan gasp hiss marvel chuckle fume rant rage thunder roar grouse gripe pronounce sing recommend chant'
).split(' ');

const BELIEF = (
  'believe think feel hope expect know fear worry doubt suspect reckon guess assume consider view see ' +
  'understand sense trust wish want prefer envision envisage foresee anticipate imagine'
).split(' ');

const REPORT = 'find show indicate suggest reveal conclude estimate project predict forecast determine read'.split(' ');

const STANCE = 'support oppose endorse favor favour condemn praise criticize criticise'.split(' ');

function table(): Map<string, { lemma: string; cls: CueClass }> {
  const map = new Map<string, { lemma: string; cls: CueClass }>();
  const add = (list: readonly string[], cls: CueClass) => {
    for (const base of list) {
      for (const form of IRREGULAR[base] ?? inflect(base)) if (!map.has(form)) map.set(form, { lemma: base, cls });
    }
  };
  add(SPEECH, 'speech');
  add(REPORT, 'report');
  add(BELIEF, 'belief');
  add(STANCE, 'stance');
  return map;
}

/** Lower-cased verb form → its lemma and class (`said` → `say`, speech). */
export const CUE_VERBS: ReadonlyMap<string, { readonly lemma: string; readonly cls: CueClass }> = table();

/** Subject pronouns, and the possessives that can stand for a speaker ("his statement"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** Words that start or sit inside a noun phrase before its head. */
export const DETERMINERS = new Set(
  (
    'the a an some many several most few other others both all his her their its our my your this that these those ' +
    'one two three four five six seven eight nine ten dozens hundreds thousands any each every no another more such'
  ).split(' '),
);

/** Adjectives and modifiers common in speaker phrases ("the former top aide"). */
export const MODIFIERS = new Set(
  (
    'former top senior chief longtime long-time then current new outgoing incoming acting deputy assistant vice ' +
    'leading prominent key close veteran retired onetime one-time fellow main lead head local state federal national ' +
    'international foreign domestic political conservative liberal progressive democratic republican independent ' +
    'military intelligence administration campaign white house party government defense defence security economic ' +
    'legal medical public private elected unnamed anonymous other several some many few influential well-known ' +
    'respected rival presidential congressional gop democratic republican evangelical young old american british elite'
  ).split(' '),
);

/** Nouns that head a speaker's noun phrase (singular and plural). */
export const ROLE_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople official officials source sources analyst analysts ' +
    'expert experts critic critics observer observers aide aides adviser advisers advisor advisors strategist strategists ' +
    'president minister senator governor candidate candidates leader leaders chief chairman chairwoman chair director ' +
    'secretary lawmaker lawmakers legislator legislators congressman congresswoman representative representatives ' +
    'mayor ambassador envoy diplomat diplomats general commander officer officers soldier soldiers prosecutor prosecutors ' +
    'judge judges lawyer lawyers attorney attorneys economist economists scientist scientists researcher researchers ' +
    'professor scholar scholars historian historians author authors columnist columnists editor editors reporter reporters ' +
    'journalist journalists correspondent writer writers blogger commentator commentators pundit pundits pollster pollsters ' +
    'voter voters supporter supporters opponent opponents activist activists organizer organizers resident residents ' +
    'witness witnesses member members people person man woman men women campaign committee administration government ' +
    'agency ministry department office spokesperson party group groups organization organisation company firm bank ' +
    'report reports study studies survey surveys poll polls statement statements document documents memo letter ' +
    'article column editorial op-ed story analysis paper filing lawsuit complaint release website newspaper magazine ' +
    'network networks outlet broadcaster broadcasters television tv radio station stations channel channels tabloid media newspapers agency police military army authorities authority insiders insider friend friends ' +
    'nominee front-runner frontrunner contender rival rivals republicans democrats conservatives liberals ' +
    'mogul billionaire businessman businesswoman executive executives ceo founder host anchor manager staff staffer staffers ' +
    'operative operatives consultant consultants donor donors delegate delegates chancellor premier king queen prince ' +
    'pope cardinal bishop pastor rabbi imam cleric activist head heads counsel panel board council court ' +
    'inspector investigator investigators regulator regulators negotiator negotiators delegation figures ' +
    'commission commissions foundation institute center centre union association federation alliance coalition cabinet ' +
    'parliament senate congress assembly bureau embassy consulate watchdog secretariat mission command navy militia force guard guards ' +
    'unit units brigade brigades battalion battalions regiment regiments ' +
    'ministries agencies companies organizations organisations boss bosses hopeful hopefuls surrogate surrogates ' +
    'advocate advocates ally allies backer backers citizen citizens veteran veterans rebels troops relatives justice justices team camp ' +
    'magnate magnates tycoon tycoons proponent proponents'
  ).split(' '),
);

/** Nouns that stand for what was just reported, in an apposition after it ("…, a figure the army disputes"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(
  'figure claim number toll tally count estimate account version allegation accusation assertion charge comment remark'.split(' '),
);

/** Quantifiers that also stand alone for people ("Others said", "Some warned that", "…, while many believe"). */
export const PEOPLE_QUANTIFIERS: ReadonlySet<string> = new Set(['others', 'some', 'many', 'several', 'few', 'most', 'both']);

/** Heads of vague sources: a claim that rests on them rests on no one named. */
export const VAGUE_HEADS = new Set(
  (
    'source sources official officials analyst analysts expert experts critic critics observer observers insider insiders ' +
    'people person report reports diplomat diplomats someone some many others aide aides adviser advisers advisors ' +
    'strategist strategists witness witnesses resident residents media commentators pundits economists scientists ' +
    'researchers historians investigators authorities'
  ).split(' '),
);

/** Bodies named by their seat, which speak for it: "the foreign ministry in Paris", "the government in Kyiv", "police in Goma". */
export const SEATED_BODIES: ReadonlySet<string> = new Set(
  'ministry government police army military authorities court parliament council commission'.split(' '),
);

/** Missions that sit in a place they do not speak for ("the Russian Embassy in Washington"). */
export const MISSION_NOUNS = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'mission', 'delegation', 'office', 'bureau']);

/** Determiners and modifiers that leave a source unnamed ("some analysts", "a senior official"). */
export const VAGUE_MARKERS = new Set(
  'some many several a an one two few unnamed anonymous various certain numerous most other others multiple'.split(' '),
);

/** Days, months and other words of time phrases that sit between a speaker and the cue ("Trump on Sunday said"). */
/** Nouns that end a time phrase after "last", "this", a weekday … ("last week", "Tuesday night", "earlier this year"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  'week month year weekend night morning afternoon evening spring summer fall autumn winter'.split(' '),
);

export const TIME_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night ' +
    'week weekend month year earlier later recently previously repeatedly again also once then now still already ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec last this next early late ago'
  ).split(' '),
);

/** Auxiliaries and adverbs that may come between subject and reporting verb ("has also repeatedly said"). */
export const VERB_PREFIX = new Set(
  (
    'has have had was were is are be been will would could should may might must can did does do also later then ' +
    'previously recently repeatedly again once often frequently publicly privately reportedly allegedly flatly ' +
    'quickly simply further earlier still never always even first initially subsequently separately explicitly ' +
    'openly bluntly angrily loudly quietly forcefully strongly not just only already long here overall too'
  ).split(' '),
);

/** Nouns for an outlet: "the newspaper", "the agency", "the broadcaster". */
export const OUTLET_NOUNS = new Set(
  'newspaper paper daily tabloid broadcaster network channel magazine agency outlet website publication'.split(' '),
);

/** Nouns for documents a claim can rest on ("a report from Foreign Policy", "a column in the Financial Times"). */
export const DOCUMENT_NOUNS = new Set(
  (
    'report reports study studies survey surveys poll polls column columns article articles statement statements memo memos ' +
    'letter letters editorial editorials op-ed analysis analyses book books lawsuit suit complaint filing filings document ' +
    'documents email emails e-mail e-mails ad ads advertisement release website tweet tweets post posts video videos paper ' +
    'papers story stories investigation review audit data figures records transcript cable cables blog piece interview ' +
    'headline headlines sign signs banner caption slogan message note order ruling opinion petition motion resolution ' +
    'platform bill memoir footnote press-release survey draft drafts list results result estimates estimate projections tally count census ' +
    'readout readouts communique communiques findings affidavit indictment testimony sheet factsheet'
  ).split(' '),
);

/** Verbs that report a quotation but do not govern a reported clause ("she spoke at the forum"). */
export const QUOTE_ONLY = new Set(
  (
    'speak respond reply answer continue interject interrupt joke quip laugh sigh bark scream cry gasp hiss chuckle fume ' +
    'rant rage thunder roar react sing maintain mutter stammer shout yell whisper exclaim snap sneer chant'
  ).split(' '),
);

/** Conjunctions after a comma that open a clause of its own ("…, according to Japanese media, and CCTV said …"). */
export const CLAUSE_JOINERS = /^(?:and|but|while)$/u;

/** Participles that say who put out a statement or a document ("carried by state media", "published by TASS", "a readout published by Xinhua"). */
export const CARRIED = /^(?:carried|published|issued|released|posted|broadcast|aired|televised|distributed|relayed)$/u;

/** The days a report names an act by ("on Wednesday", "yesterday", "tonight"). */
export const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/u;

/** Words besides the days of a time phrase right after a frame ("said on Monday", "said late Tuesday"). */
export const TIME_WORD = /^(?:on|last|this|late|early|earlier|later|night|morning)$/u;

/** A word of a time phrase after a frame or a document ("on Tuesday", "last week", "this morning"). */
export function timeWord(lower: string): boolean {
  return WEEKDAYS.test(lower) || TIME_NOUNS.has(lower) || TIME_WORD.test(lower);
}
