/**
 * Ordinary news beside politics: sentences and words whose sense is not an act between political
 * actors (a match report, a market report, a product launched), which the coder leaves uncoded.
 * Political news uses the same verbs ("beat", "host", "rallied", "launched"), so each rule reads
 * the context, not the verb alone.
 */

/** Words only a sports report uses: stages of a competition, positions, leagues, scoring. */
const SPORTS_WORDS = new RegExp(
  `\\b(?:${[
    '(?:quarter|semi)-?finals?',
    'play-?offs?',
    'touchdowns?',
    'innings',
    'birdies?',
    'bogeys?',
    'rebounds',
    'hat-trick',
    'relegation',
    'goal(?:keeper|tender)s?',
    'midfielders?',
    'defen[cs]e(?:man|men)',
    'quarterbacks?',
    'shortstops?',
    'head coach',
    'coach(?:ed|ing)',
    'top-seeded',
    '(?:premier|champions|major|minor|hockey|football|super) league',
    'world cup',
    'super bowl',
    'grand slam',
    '(?:NBA|NFL|NHL|MLB|PGA|LPGA|ATP|WTA|NCAA|UEFA)',
    String.raw`scor(?:ed|ing) (?:\d+ points|the|a|his|her|their)`,
    "(?:tennis|golf|soccer|basketball|baseball|cricket|hockey|rugby)(?:'s)?(?: (?:player|star|team|club|match|game|season|tour|coach|captain|chief|board|governing body)s?)?",
    'singles',
    'club record',
    'transfer (?:fee|window|deadline)',
    'personal terms',
    'punts?',
    '\\d+-yards?',
    'wickets?',
    'by \\d+ runs',
    'Test (?:match|win|victory|series|defeat)',
    '(?:gold|silver|bronze) medals?',
    'medal(?:ist|s)',
    'sports network',
    'marathons?',
    'world (?:number|no\\.) (?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)',
    '(?:running|defensive|offensive) backs?',
    '(?<![-\\w])wingers?',
    '(?:la liga|serie a|bundesliga|grand prix|formula one|nascar)',
    '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)-game',
    'goalies?',
    'umpires?',
    'referees?',
    'batsm[ae]n',
    'bowlers?',
    'power play',
    '\\d-on-\\d',
    '(?:wrist|slap|jump) shots?',
    '(?:free|penalty|corner) kicks?',
    'free throws?',
    'three-pointers?',
    'home runs?',
    'strikeouts?',
    'pitchers?',
    'rookies?',
    'tournaments?',
    'championships?',
    'free agents?',
    '(?:was|were) traded to',
    "(?:stanley|davis|ryder|fa|america's) cup",
    'a-league',
    'wimbledon',
    'pole position',
  ].join('|')})\\b`,
  'i',
);

/** A cricket Test, written with its capital ("the second Test", "banned for three Tests"), and spin bowlers. */
const CRICKET =
  /\b(?:first|second|third|fourth|fifth|sixth|next|final|opening|deciding|two|three|four) Tests?\b|\bspinners?\b|\bsledging\b/;

/** A result ("a 2-0 win", "beat Namibia 3-0", "6-3, 6-3"): a score beside the words of a game. */
const SCORE = /(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])/;
const GAME_WORDS =
  /\b(?:wins?|won|victory|beat|beats|defeat(?:ed|s)?|draw|lead|led|points|goals?|games?|match|friendly|qualifier|cup|set|seed|title|over)\b/i;
/** A vote or a court's ruling is counted the same way ("voted 14-0", "a 5-4 ruling"). */
const VOTE_WORDS = /\b(?:votes?|voted|voting|ruling|ruled|decision|court|justices|margin|majority)\b/i;

/**
 * Whether a sentence reports a sport: its words name a competition, a position or a league, or it
 * gives a score beside the words of a game (and is no vote or ruling). Such a sentence codes no
 * event: teams beat, host and face each other, players shoot and sign.
 *
 * @example
 * sportsReport('Japan beat Brazil 2-0 in the quarterfinals.'); // true
 * sportsReport('The Council voted 14-0 to impose sanctions on Iraq.'); // false
 */
export function sportsReport(sentence: string): boolean {
  if (SPORTS_WORDS.test(sentence) || CRICKET.test(sentence)) return true;
  return SCORE.test(sentence) && GAME_WORDS.test(sentence) && !VOTE_WORDS.test(sentence);
}

/**
 * Things that happen to markets and places, not acts of anyone: weather and quakes, diseases,
 * markets, prices and currencies, an economy and its figures, taxes and tariffs, tensions, losses,
 * deaths and recessions ("rising tensions have forced workers out").
 */
const THINGS = new Set(
  (
    'earthquake earthquakes quake quakes storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado ' +
    'tornadoes flood floods flooding wildfire wildfires blaze tsunami drought avalanche landslide landslides heatwave ' +
    'virus outbreak epidemic pandemic disease flu ' +
    'stocks shares stock index indexes indices market markets price prices dollar yen euro pound yuan rupee currency ' +
    'currencies bond bonds yields futures equities nikkei dow nasdaq ftse dax sensex seng benchmark ' +
    'sales profits profit earnings revenue revenues economy inflation rates tariffs taxes exports imports unemployment ' +
    'tension tensions loss losses death deaths recession turmoil unrest chaos instability'
  ).split(' '),
);
/** Words between a subject and its verb: auxiliaries, adverbs, figures ("prices have sharply", "the Nikkei 225"). */
const BETWEEN = /^(?:has|have|had|was|were|is|are|be|been|will|would|also|again|then|\d[\d.,]*%?|\S+ly)$/;

/**
 * Whether the verb at `verb` has for its subject a thing that no one does ("stocks rallied",
 * "an earthquake hit the coast", "China's tariffs hurt farmers"): the nearest noun before it,
 * past auxiliaries, adverbs and figures, is weather, a disease, a market, a price or a tax.
 *
 * @example
 * thingDoes(['japan', "'s", 'nikkei', 'rallied'], 3); // true
 */
export function thingDoes(low: readonly string[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && k >= verb - 4 && BETWEEN.test(low[k]!)) k--;
  if (k >= 0 && THINGS.has(low[k]!)) return true;
  // "political turmoil in neighbouring Kenya prevented …": the thing, then where it is.
  for (let m = k - 1; m >= 0 && m >= k - 7; m--) {
    if (low[m] === ',' || low[m] === 'and') return false;
    if (THINGS.has(low[m]!) && PLACED.has(low[m + 1] ?? '')) return true;
  }
  return false;
}
const PLACED = new Set(['in', 'across', 'along']);

/**
 * Objects that make a verb of force or of cutting a figure of speech: a record, the odds, a price,
 * a rate, an index, a loan, a tax, a budget; power abused; shelves, headlines and screens hit.
 */
const FIGURATIVE_OBJECTS = new Set(
  (
    'record records odds price prices rate rates index indexes score scores loan loans debt debts tax taxes tariff tariffs ' +
    'cost costs spending budget budgets emissions jobs deadline expectations estimates forecasts profits earnings ' +
    'power powers authority privileges trust drugs alcohol ball ' +
    'shelves headlines theaters theatres screens airwaves jackpot bottom ' +
    'extradition deportation eviction charges allegations accusations lawsuit lawsuits cancer illness disease addiction ' +
    'obesity fires wildfires flames blaze inflation poverty corruption crime turbulence'
  ).split(' '),
);
/** Words that may stand between a verb and its object's noun ("hit a new record", "abused his power"). */
const OBJECT_OPENERS = /^(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|new|all-time|high|low|key|\d[\d.,]*%?)$/;

/**
 * Whether the object of the verb that ends at `from` is a figure, a price or a power rather than an
 * actor ("beat the odds", "hit a record high", "cut interest rates", "abusing his power").
 *
 * @example
 * figurativeObject(['obama', 'beat', 'the', 'odds'], 2); // true
 */
export function figurativeObject(low: readonly string[], from: number): boolean {
  let k = from;
  while (k < low.length && k < from + 3 && OBJECT_OPENERS.test(low[k]!)) k++;
  // "cut interest rates", "cut mobile phone termination rates": nouns that modify the object.
  for (const end = Math.min(low.length, k + 4); k < end && /^[a-z-]+$/.test(low[k]!) && !NOT_MODIFIERS.has(low[k]!); k++) {
    if (FIGURATIVE_OBJECTS.has(low[k]!)) return true;
  }
  return false;
}

/** Words that end the object's noun phrase: prepositions, conjunctions, verbs of a clause. */
const NOT_MODIFIERS = new Set([
  'to',
  'of',
  'in',
  'on',
  'for',
  'from',
  'with',
  'at',
  'by',
  'and',
  'or',
  'but',
  'that',
  'who',
  'which',
  'off',
  'up',
  'down',
]);

/**
 * Whether a sentence speaks of an election, where candidates battle, attack and beat each other
 * with words and votes ("Obama and Romney battled down to the wire").
 *
 * @example
 * electionTalk('Romney attacked Obama in the last days of the race.'); // true
 */
export function electionTalk(sentence: string): boolean {
  return ELECTION.test(sentence);
}

/** Words of an election, where candidates beat and defeat each other. */
const ELECTION =
  /\b(?:elections?|electoral|primary|primaries|caucus(?:es)?|runoff|ballots?|polls?|polling|votes|voters|race|nomination|nominee|delegates|incumbent|seat)\b/i;

/**
 * Whether "beat" or "defeat" is a win in a race or a game rather than force: the sentence speaks
 * of an election, or the one beaten is named only by a place (a team: "Toronto beat Philadelphia",
 * "Russia beat Croatia").
 *
 * @example
 * wonRace('Bush beat Gore in the 2000 election.', 'USA'); // true
 */
export function wonRace(sentence: string, targetCode: string | undefined): boolean {
  return ELECTION.test(sentence) || !targetCode || /^[A-Z]{3}$/.test(targetCode);
}

/** Words that open a question after "ask" ("asked whether", "asked the driver if", "asked, “What …"). */
const QUESTION_OPENERS = new Set([
  'whether',
  'if',
  'why',
  'what',
  'how',
  'when',
  'who',
  'where',
  'which',
  'about',
  'question',
  'questions',
  '“',
  '"',
  ':',
  '?',
]);

/**
 * Whether "ask" at `from` (the word after the verb) asks a question rather than for something: a
 * question word or a quotation follows the verb and its object, before any "to" or "for" of a
 * request ("asked the driver whether …", "asked this question", "asked, “What …?”").
 *
 * @example
 * askedQuestion(['he', 'asked', 'the', 'driver', 'whether', 'they', 'were', 'syrians'], 2); // true
 * askedQuestion(['he', 'asked', 'the', 'un', 'to', 'help'], 2); // false
 */
export function askedQuestion(low: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(low.length, from + 6); k++) {
    const w = low[k]!;
    if (QUESTION_OPENERS.has(w)) return true;
    if (w === ',' && (low[k + 1] === '“' || low[k + 1] === '"')) return true;
    if (w === 'to' || w === 'for' || w === 'that' || w === ',' || w === '.') return false;
  }
  return false;
}

/** A dated entry of a list of articles or talks: a title, then its date in brackets ("… (Nov. 4, 2006)"). */
const DATED_ENTRY = /\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\)\s*$/;

/**
 * Whether a line is an entry of a list of articles or talks with its date ("Torture, Secrecy and
 * the Bush Administration (Apr. 12, 2007)"): a title quotes no act of the day.
 *
 * @example
 * datedEntry('In the Penal Colony (prepared remarks) (Nov. 17, 2006)'); // true
 */
export function datedEntry(sentence: string): boolean {
  return DATED_ENTRY.test(sentence);
}

/** A reporter's credit at the foot of a wire story ("Associated Press writer X contributed to this report"). */
const CREDIT = /\bcontributed (?:to (?:this|the) (?:report|story|article)|(?:additional )?reporting)\b/i;

/**
 * Whether a sentence is a reporter's credit line, which names writers and places but reports no act.
 *
 * @example
 * creditLine('AP writer Jane Doe in Kabul contributed to this report.'); // true
 */
export function creditLine(sentence: string): boolean {
  return CREDIT.test(sentence);
}
