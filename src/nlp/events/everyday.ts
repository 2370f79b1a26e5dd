/**
 * Ordinary news beside politics: sentences and words whose sense is not an act between political
 * actors (a match report, a market report, a product launched), which the coder leaves uncoded.
 * Political news uses the same verbs ("beat", "host", "rallied", "launched"), so each rule reads
 * the context, not the verb alone.
 */

/** Words only a sports report uses: stages of a competition, positions, leagues, scoring. */
const SPORTS_WORDS = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:quarter|semi)-?finals?`,
      String.raw`play-?offs?`,
      String.raw`touchdowns?`,
      String.raw`innings`,
      String.raw`birdies?`,
      String.raw`bogeys?`,
      String.raw`rebounds`,
      String.raw`hat-trick`,
      String.raw`relegation`,
      String.raw`goal(?:keeper|tender)s?`,
      String.raw`midfielders?`,
      String.raw`defen[cs]e(?:man|men)`,
      String.raw`quarterbacks?`,
      String.raw`shortstops?`,
      String.raw`head coach`,
      String.raw`coach(?:ed|ing)`,
      String.raw`top-seeded`,
      String.raw`(?:premier|champions|major|minor|hockey|football|super) league`,
      String.raw`world cup`,
      String.raw`super bowl`,
      String.raw`grand slam`,
      String.raw`(?:NBA|NFL|NHL|MLB|PGA|LPGA|ATP|WTA|NCAA|UEFA)`,
      String.raw`scor(?:ed|ing) (?:\d+ points|the|a|his|her|their)`,
      String.raw`(?:tennis|golf|soccer|basketball|baseball|cricket|hockey|rugby) (?:player|star|team|club|match|game|season|tour|coach|captain|chief|board)s?`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);

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
  if (SPORTS_WORDS.test(sentence)) return true;
  return SCORE.test(sentence) && GAME_WORDS.test(sentence) && !VOTE_WORDS.test(sentence);
}
