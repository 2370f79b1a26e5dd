import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { splitSentences } from '../tokenize/tokenize.js';
import { findQuotes, lineParagraphs, type Quote } from './quotes.js';

/** The rules' attributions; the learned filter (trained on whole articles) is left to the golden test. */
/** The filtered quotes of a text with its entities dated as the article is, as the pipeline dates them. */
function datedQuotesOf(text: string, publishedAt: string): Quote[] {
  const paragraphs = lineParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  return findQuotes(text, paragraphs, sentences, findEntities(text, sentences, undefined, { publishedAt }), { publishedAt, filter: true });
}

function quotesOf(text: string, publishedAt: string | null = null, authors: string[] = [], filter = false): Quote[] {
  const paragraphs = lineParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  return findQuotes(text, paragraphs, sentences, findEntities(text, sentences), { publishedAt, authors, filter });
}

/** Every offset of every quote slices the text to what the quote reports. */
function expectOffsetsSlice(text: string, quotes: readonly Quote[]): void {
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(text.slice(q.cueStart, q.cueEnd)).toBe(q.cue);
    if (q.speakerStart !== undefined) {
      expect(q.speakerEnd).toBeGreaterThan(q.speakerStart);
      expect(text.slice(q.speakerStart, q.speakerEnd).trim()).not.toBe('');
    } else expect(q.speakerEnd).toBeUndefined();
    if (q.viaStart !== undefined) expect(text.slice(q.viaStart, q.viaEnd)).toContain(q.via!.split(' ').pop()!);
    for (const [a, b] of q.fragments ?? []) {
      expect(a).toBeGreaterThanOrEqual(q.start);
      expect(b).toBeLessThanOrEqual(q.end);
    }
  }
}

const brief = (q: Quote, text: string) => ({
  type: q.type,
  speaker: q.speaker,
  surface: q.speakerStart === undefined ? null : text.slice(q.speakerStart, q.speakerEnd),
  cue: q.cue,
  text: q.text,
});

const CASES: Record<string, string> = {
  speakerBefore: 'Merkel said: "We will not be blackmailed."',
  speakerAfter: '"We will not be blackmailed," Merkel said on Tuesday.',
  speakerInverted: '"We will not be blackmailed," said Angela Merkel, the German chancellor.',
  brokenBySaid: '"We will not be blackmailed," Merkel said, "and we will not give in."',
  brokenBySentence: '"We will not be blackmailed," Merkel said. "We will not give in either."',
  nextParagraph: '"We are ready to act, and ready to talk."\n"The door stays open," Reuters quoted Rutte as saying in Riga.',
  previousParagraph: '"The door stays open," Mark Rutte told reporters in Riga.\n"But our deterrence is not up for negotiation."',
  colonBeforeParagraph: 'The minister was blunt:\n"Nobody in this building wants a war, but nobody fears one either."',
  multiParagraph:
    'Smith told the committee: "The budget was never balanced in my time.\n"We borrowed every year, and we knew it.\n"Nobody should pretend otherwise."\nThe hearing ended at noon.',
  nested: '"He told me \'never again\' and I believed him," Jones said.',
  curly: '\u201cWe are ready,\u201d the minister said.',
  guillemets: '\u00abWe are ready to sign the deal today,\u00bb Lavrov told reporters.',
  doubledTypewriter: "''It is nonsense from start to finish,'' Mr. Trump said by telephone.",
  unattributed: 'The rally was loud.\n"Build the wall and make them pay for it."\nThe crowd dispersed at nine.',
  saidThat: 'Hollande said that France would send more troops to Mali.',
  accordingToBefore: 'According to Reuters, the talks collapsed late on Friday night.',
  accordingToAfter: 'The talks collapsed late on Friday night, according to two diplomats.',
  toldReporters: 'Kerry told reporters the ceasefire would hold through the weekend.',
  believes: 'Sanders believes the banks should be broken up before they fail again.',
  warned: 'The central bank warned that inflation could rise above four percent next year.',
  mixed: 'Trump said Clinton was playing "the woman card" in the debate.',
  scareQuote: 'The so-called "peace plan" was never published.',
};

describe('findQuotes', () => {
  it('finds the speaker before, after, inverted after, and around a broken quotation', () => {
    const t = CASES;
    expect(quotesOf(t.speakerBefore!).map((q) => brief(q, t.speakerBefore!))).toEqual([
      { type: 'direct', speaker: 'Merkel', surface: 'Merkel', cue: 'said', text: 'We will not be blackmailed.' },
    ]);
    expect(quotesOf(t.speakerAfter!).map((q) => brief(q, t.speakerAfter!))).toEqual([
      { type: 'direct', speaker: 'Merkel', surface: 'Merkel', cue: 'said', text: 'We will not be blackmailed,' },
    ]);
    const inverted = quotesOf(t.speakerInverted!);
    expect(inverted).toHaveLength(1);
    expect(inverted[0]!.speaker).toBe('Angela Merkel');
    const broken = quotesOf(t.brokenBySaid!);
    expect(broken).toHaveLength(1);
    expect(broken[0]!.fragments?.map(([a, b]) => t.brokenBySaid!.slice(a, b))).toEqual([
      'We will not be blackmailed,',
      'and we will not give in.',
    ]);
    const bySentence = quotesOf(t.brokenBySentence!);
    expect(bySentence).toHaveLength(1);
    expect(bySentence[0]!.fragments).toHaveLength(2);
  });

  it('takes the speaker from the next or the previous paragraph for a quotation standing alone', () => {
    const next = quotesOf(CASES.nextParagraph!);
    expect(next.map((q) => [q.text, q.speaker, q.via ?? null, q.carried ?? false])).toEqual([
      ['We are ready to act, and ready to talk.', 'Rutte', 'Reuters', true],
      ['The door stays open,', 'Rutte', 'Reuters', false],
    ]);
    const prev = quotesOf(CASES.previousParagraph!);
    expect(prev.map((q) => [q.speaker, q.fragments?.map(([a, b]) => CASES.previousParagraph!.slice(a, b))])).toEqual([
      ['Mark Rutte', ['The door stays open,', 'But our deterrence is not up for negotiation.']],
    ]);
    const colon = quotesOf(CASES.colonBeforeParagraph!);
    expect(colon.map((q) => brief(q, CASES.colonBeforeParagraph!))).toEqual([
      {
        type: 'direct',
        speaker: 'The minister',
        surface: 'The minister',
        cue: ':',
        text: 'Nobody in this building wants a war, but nobody fears one either.',
      },
    ]);
  });

  it('reads the speaker through appositions: a name between commas, ages, places of residence', () => {
    const speakers = (text: string) => quotesOf(text).map((q) => [q.speaker, q.text]);
    expect(speakers('The mayor of Paris, Anne Hidalgo, said the talks would go on.')).toEqual([['Anne Hidalgo', 'the talks would go on']]);
    expect(speakers('A spokesman for the State Department, Mark Toner, said the talks would go on.')).toEqual([
      ['Mark Toner', 'the talks would go on'],
    ]);
    expect(speakers('Carole Bower, 75, a retiree in Carthage, Ill., said she would vote.')).toEqual([['Carole Bower', 'she would vote']]);
    expect(speakers('"I am tired," Cecelia Purner, 67, a retired representative in Allentown, Pa., said in an interview.')).toEqual([
      ['Cecelia Purner', 'I am tired,'],
    ]);
    // the description before the name is part of the frame, not of what was said
    expect(speakers("''The attacks draw us together,'' Ms. Merkel's spokesman, Steffen Seibert, wrote.")).toEqual([
      ['Steffen Seibert', 'The attacks draw us together,'],
    ]);
    expect(speakers('Committee Chairman Rep. Jason Chaffetz, R-Utah, said the questioning will start with Comey.')).toEqual([
      ['Jason Chaffetz', 'the questioning will start with Comey'],
    ]);
    // a description that opens the sentence stands for the pronoun after it, also for a second verb
    expect(
      speakers(
        'Peter Thiel is a co-founder of PayPal. A Libertarian, he backed Ron Paul in 2012 and, in Republican contests, has supported Sen. Ted Cruz.',
      ),
    ).toEqual([['Peter Thiel', 'Sen. Ted Cruz']]);
  });

  it('starts what was said after the words that place it ("in court files that", "in a tweet,")', () => {
    const said = (text: string) => quotesOf(text).map((q) => [q.speaker, q.text]);
    expect(said('Clinton said in a tweet, women will not be punished for exercising their right.')).toEqual([
      ['Clinton', 'women will not be punished for exercising their right'],
    ]);
    expect(said('Clinton suggested in a tweet that women would not be punished.')).toEqual([['Clinton', 'women would not be punished']]);
    expect(said('Kerry said in Washington Tuesday the talks were over.')).toEqual([['Kerry', 'the talks were over']]);
    expect(said('Clinton stated last week that she is willing to meet the investigators.')).toEqual([
      ['Clinton', 'she is willing to meet the investigators'],
    ]);
    expect(said('Sanders vowed last month to take his campaign to the convention.')).toEqual([
      ['Sanders', 'to take his campaign to the convention'],
    ]);
    expect(said('Trump told supporters Tuesday night that the party would unite.')).toEqual([['Trump', 'the party would unite']]);
    // a cue in a clause that opens the sentence: what was said ends where the main clause begins
    expect(said('After Clinton said that the plan would fail, Sanders attacked her.')[0]).toEqual(['Clinton', 'the plan would fail']);
  });

  it('does not give the words of a person acting for someone to that someone', () => {
    expect(
      quotesOf('Attorneys for Clinton opposed the effort, saying in court files that her email account was private.').map((q) => [
        q.speaker,
        q.speakerKind,
        q.text,
      ]),
    ).toEqual([['Attorneys for Clinton', 'role', 'her email account was private']]);
    expect(quotesOf('A spokeswoman for Hillary Clinton said the campaign would respond.').map((q) => [q.speaker, q.speakerEntity])).toEqual(
      [['A spokeswoman for Hillary Clinton', undefined]],
    );
    expect(quotesOf('Supporters of Bernie Sanders said the race was not over.').map((q) => q.speaker)).toEqual([
      'Supporters of Bernie Sanders',
    ]);
    // footage or a clip of someone saying something is theirs
    expect(quotesOf('A clip of McCain saying he will support Trump was shown.').map((q) => q.speaker)).toEqual(['McCain']);
  });

  it('does not take a name that qualifies the speaker for the speaker ("a senior Donald Trump adviser")', () => {
    const speakers = (text: string) => quotesOf(text).map((q) => [q.speaker, q.speakerKind, q.speakerEntity ?? null]);
    expect(speakers('The team changed course, according to a senior Donald Trump adviser who requested anonymity.')).toEqual([
      ['a senior Donald Trump adviser', 'role', null],
    ]);
    expect(speakers('The Clinton campaign said the ad would run.')).toEqual([['The Clinton campaign', 'role', null]]);
    expect(speakers('Bernie Sanders and his supporters said the race was not over.')[0]?.[0]).toBe('Bernie Sanders');
    // the person holding the role is who "he" is in the next sentence
    const text =
      'But Trump campaign chairman Paul Manafort said the appeal would grow. "We think the message that Donald Trump is talking about will resonate," he said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Paul Manafort', 'Paul Manafort']);
  });

  it('leaves "they" unresolved unless an organisation spoke last, and never takes what was said for who said it', () => {
    const speakers = (text: string) => quotesOf(text).map((q) => [q.speaker, q.speakerEntity ?? null]);
    expect(speakers('Chinese traders say they have yet to profit. Meanwhile, Russia is playing interference, they say.')).toEqual([
      ['Chinese traders', null],
      ['they', null],
    ]);
    const org = quotesOf('Gazprom said supplies would resume on Monday. They said the pipeline was safe.');
    expect(org.map((q) => q.speaker)).toEqual(['Gazprom', 'Gazprom']);
    // an adjective of a nationality or party is no speaker of its own
    expect(speakers("Most of Delaware's top Democratic brass said the race was over.")).toEqual([
      ["Most of Delaware's top Democratic brass", null],
    ]);
  });

  it('reads a noun-or-verb cue after an adjective and before its own verb as the noun', () => {
    const text = 'Mr. Comey recommended that no criminal charges be filed against Mrs. Clinton.';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue])).toEqual([['Comey', 'recommended']]);
  });

  it('takes no object of a preposition as the subject of an infinitive cue', () => {
    const text =
      "The investigation undercut many of Mrs. Clinton's statements over the past 18 months to explain and defend her decision to rely on the private server.";
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('the past');
  });

  it("takes the infinitive after a verb of intent as what was said, up to the speaker's next verb", () => {
    const text =
      'In the coming months, he vowed to ban Muslims from entering the United States as a response to terrorist attacks, declined at first to criticize David Duke, and defended an image.';
    expect(quotesOf(text).map((q) => [q.cue, q.text])).toEqual([
      ['vowed', 'to ban Muslims from entering the United States as a response to terrorist attacks'],
    ]);
  });

  it('reads calling a person at a time or for a purpose as a telephone call, and calling someone something as naming', () => {
    const texts = [
      'Obama called both candidates Tuesday night and was scheduled to meet with Sanders at the White House on Thursday.',
      "Clinton called Sanders after Tuesday night's primaries to congratulate him on his campaign.",
      'Trump called Rubio a lightweight on Tuesday.',
      "Trump called Ford's plans to open a plant in Mexico an absolute disgrace.",
    ];
    expect(texts.map((t) => quotesOf(t).map((q) => q.text))).toEqual([
      [],
      [],
      ['Rubio a lightweight on Tuesday'],
      ["Ford's plans to open a plant in Mexico an absolute disgrace"],
    ]);
  });

  it('reads "called into" a programme as a telephone call', () => {
    const text = "Donald Trump called into Bill O'Reilly's program on Fox News, and the network cut away from the remarks.";
    expect(quotesOf(text)).toEqual([]);
  });

  it('marks a denied statement and takes the negation into its cue', () => {
    const text = 'Trump said on Friday that Mr. Trump had never suggested a database of Muslims. Merkel said talks would go on.';
    expect(quotesOf(text).map((q) => [q.cue, q.negated ?? false])).toEqual([
      ['said', false],
      ['had never suggested', true],
      ['said', false],
    ]);
  });

  it('reads a noun-or-verb word after an adjective of nationality as the noun, and a noun phrase as no verb an infinitive hangs on', () => {
    const text =
      "Xi has worked overtime to calm Russian fears, reassuring his counterpart Vladimir Putin that Beijing has no plans to counter his country's dominance in Central Asia.";
    expect(quotesOf(text).map((q) => [q.speaker, q.cue])).toEqual([['Xi', 'reassuring']]);
  });

  it('leaves "she" to the woman the text does not name when she comes nearer than anyone named', () => {
    const text =
      'Nikki Haley spoke first. John Kasich said he was tough enough after a woman in Worcester confronted him, and she warned he is "too nice" to fend off Putin.';
    expect(quotesOf(text).find((q) => q.cue === 'warned')?.speaker).toBe('she');
  });

  it('reads a noun-or-verb word after a preposition as the noun ("dozens of questions")', () => {
    const text =
      "Peppered with dozens of questions, Mr. Putin lingered, as he did at last year's session, on those that allowed him to reassure Russians.";
    expect(quotesOf(text)).toEqual([]);
  });

  it('ends what was said where a subordinate or relative clause holding the cue ends', () => {
    const texts = [
      'The poll showed that although Clinton has touted her governmental experience as a key part of her campaign, voters rated Trump and Clinton about the same.',
      'Hillary Clinton, who declared victory in the Democratic race Tuesday night with a series of primary wins, will return the favor to Trump.',
      'While critics say that trading prisoners encourages others to target Americans, President Obama has deemed certain releases a reasonable trade-off.',
    ];
    expect(texts.map((t) => quotesOf(t).map((q) => q.text))).toEqual([
      ['her governmental experience as a key part of her campaign'],
      ['victory in the Democratic race Tuesday night with a series of primary wins'],
      ['trading prisoners encourages others to target Americans'],
    ]);
  });

  it('ends a relative clause holding the cue at its comma when the main verb follows, however short the clause', () => {
    const text = 'Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered a restrained embrace on Tuesday.';
    expect(quotesOf(text).map((q) => q.text)).not.toContain('his campaign, offered a restrained embrace on Tuesday');
  });

  it('reads a noun-or-verb word that ends a noun phrase at a comma as the noun ("In a subsequent tweet, Trump said")', () => {
    const text = 'In a subsequent tweet, Trump said he was postponing a news conference scheduled for Friday.';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Trump', 'said', 'he was postponing a news conference scheduled for Friday'],
    ]);
  });

  it('keeps a place after its town and the names of a list inside what was said', () => {
    const texts = [
      'When Trump said he would campaign in Columbus, Ohio next week, his aides were surprised.',
      'When Trump said he would beat Rubio, Cruz and Kasich in the primaries, his aides cheered.',
    ];
    expect(texts.map((t) => quotesOf(t).map((q) => q.text))).toEqual([
      ['he would campaign in Columbus, Ohio next week'],
      ['he would beat Rubio, Cruz and Kasich in the primaries'],
    ]);
  });

  it('reads "dispute", "protest", "signal" and "echo" as nouns unless a subject comes before them', () => {
    const text =
      "There was the brief revolt of anti-Trump delegates over a procedural dispute, as well as Manafort's decision to begin a push for party unity.";
    expect(quotesOf(text)).toEqual([]);
    expect(quotesOf('The senators dispute that the plan would work.').map((q) => q.cue)).toEqual(['dispute']);
  });

  it('gives a quotation after "an interview with CNN:" to the sentence\'s subject, CNN relaying it', () => {
    const text =
      'Representative Lee Zeldin gave the technique a whirl in an interview with CNN on Tuesday: "You can easily argue that he is wrong."';
    expect(quotesOf(text).map((q) => [q.speaker, q.via ?? null])).toEqual([['Lee Zeldin', 'CNN']]);
  });

  it('reads "at least" after a cue as a count inside what was said', () => {
    const text = 'CNN reported at least six skywriting planes filled the skies with anti-Trump messages.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['at least six skywriting planes filled the skies with anti-Trump messages']);
  });

  it('finds no subject for an infinitive cue across "and" from the verb it hangs on', () => {
    const text = 'In a response on the issue, Cruz mentioned CNN five times and seemed to blame the network for its reporting.';
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('CNN');
    const joined = 'Her directors and advisers continued to assure her that a deal with Compaq, however messy, was worth the risk.';
    expect(quotesOf(joined).map((q) => q.cue)).toEqual(['assure']);
  });

  it('keeps unnamed people in a place unnamed ("some diplomats in Brussels", "officials in Moscow"), not the place', () => {
    const texts = [
      'Some diplomats in Brussels said privately that the drills could be scaled back.',
      'Officials in Moscow said the talks had failed.',
    ];
    expect(texts.map((t) => quotesOf(t).map((q) => [q.speaker, q.speakerKind]))).toEqual([
      [['Some diplomats in Brussels', 'vague']],
      [['Officials in Moscow', 'vague']],
    ]);
  });

  it('gives a statement to the name a description follows, not to the body the description names', () => {
    const text =
      'Hogan Gidley, a former executive director of the South Carolina Republican Party, whose roots are in the evangelical community, said the base was angry.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Hogan Gidley']);
  });

  it('keeps the outlet named after a statement as its relay ("…, TASS quoted him as saying")', () => {
    const text =
      'Foreign Minister Sergei Lavrov said Russia would respond with "adequate measures" if the alliance moved more troops to Estonia, TASS quoted him as saying.';
    expect(quotesOf(text).map((q) => [q.speaker, q.via ?? null])).toEqual([['Sergei Lavrov', 'TASS']]);
  });

  it('reads what stands before "X said on Tuesday, as …" as what was said, not the clause about when', () => {
    const text =
      'China will take "resolute countermeasures" against new US tariffs, the Commerce Ministry said on Tuesday, as a trade war escalated.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['China will take "resolute countermeasures" against new US tariffs']);
  });

  it('keeps an outlet that reports a statement at the end of its sentence as its relay, not as its own', () => {
    const text = 'Kremlin spokesman Dmitry Peskov said Russia had not interfered, Interfax reported.';
    expect(quotesOf(text).map((q) => [q.speaker, q.via ?? null])).toEqual([
      ['Interfax', null],
      ['Dmitry Peskov', 'Interfax'],
    ]);
  });

  it('keeps the outlet a sentence opens with as the relay of what its speaker said', () => {
    const text = 'Speaking to state broadcaster CGTN, Foreign Ministry spokesman Lin Jian said China "will fight to the end."';
    expect(quotesOf(text).map((q) => [q.speaker, q.via ?? null])).toEqual([['Lin Jian', 'CGTN']]);
  });

  it('keeps "familiar with …" in an unnamed source, whichever side of the cue it stands', () => {
    const texts = [
      'According to a person familiar with the matter, officials from both sides have not spoken since February.',
      'People familiar with the plans said the talks would resume.',
    ];
    expect(texts.map((t) => quotesOf(t).map((q) => [q.speaker, q.speakerKind]))).toEqual([
      [['a person familiar with the matter', 'vague']],
      [['People familiar with the plans', 'vague']],
    ]);
  });

  it('reads "over" or "about" after a cue as a topic, unless a count or a time follows', () => {
    expect(quotesOf('Kremlin warns NATO over Baltic drills.')).toEqual([]);
    expect(quotesOf('Obama announced that about 5,500 troops would remain in the country.').map((q) => q.text)).toEqual([
      'about 5,500 troops would remain in the country',
    ]);
  });

  it('ends what was said before a time set after a comma ("…, a day after the ruling party claimed victory")', () => {
    const text = "Georgia's opposition said on Sunday that the election had been rigged, a day after the ruling party claimed victory.";
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the election had been rigged']);
  });

  it('reads "volunteer" after a noun as the noun it is', () => {
    expect(quotesOf('"I was offended," said Charlene Hines, an Obama campaign volunteer.').map((q) => [q.speaker, q.cue])).toEqual([
      ['Charlene Hines', 'said'],
    ]);
  });

  it('resolves a pronoun after doubled typewriter quotes to the person named outside them', () => {
    const text =
      "Carole Bower, a retiree in Carthage, plans to vote for Mr. Trump. ''I will do that because he's better than Hillary,'' she said.";
    expect(quotesOf(text).map((q) => [q.speaker, q.speakerKind])).toEqual([['Carole Bower', 'pronoun']]);
  });

  it('joins a quotation that runs over several paragraphs, opening marks on each, closing only at the end', () => {
    const text = CASES.multiParagraph!;
    const [q, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(q!.speaker).toBe('Smith');
    expect(q!.fragments?.map(([a, b]) => text.slice(a, b))).toEqual([
      'The budget was never balanced in my time.',
      'We borrowed every year, and we knew it.',
      'Nobody should pretend otherwise.',
    ]);
  });

  it('keeps nested quotes inside, and reads curly, straight, doubled and guillemet marks', () => {
    expect(quotesOf(CASES.nested!).map((q) => [q.text, q.speaker])).toEqual([["He told me 'never again' and I believed him,", 'Jones']]);
    expect(quotesOf(CASES.curly!).map((q) => [q.text, q.speaker])).toEqual([['We are ready,', 'the minister']]);
    expect(quotesOf(CASES.guillemets!).map((q) => [q.text, q.speaker])).toEqual([['We are ready to sign the deal today,', 'Lavrov']]);
    expect(quotesOf(CASES.doubledTypewriter!).map((q) => [q.text, q.speaker])).toEqual([['It is nonsense from start to finish,', 'Trump']]);
  });

  it('reports a quotation nobody is said to have said with no speaker, and leaves scare quotes alone', () => {
    expect(quotesOf(CASES.unattributed!).map((q) => [q.text, q.speaker, q.speakerKind, q.cue])).toEqual([
      ['Build the wall and make them pay for it.', null, 'none', ''],
    ]);
    expect(quotesOf(CASES.scareQuote!)).toEqual([]);
  });

  it('finds indirect speech: said that, according to, told reporters, believes, warned', () => {
    const get = (k: string) => quotesOf(CASES[k]!).map((q) => brief(q, CASES[k]!));
    expect(get('saidThat')).toEqual([
      { type: 'indirect', speaker: 'Hollande', surface: 'Hollande', cue: 'said', text: 'France would send more troops to Mali' },
    ]);
    expect(get('accordingToBefore')).toEqual([
      { type: 'indirect', speaker: 'Reuters', surface: 'Reuters', cue: 'According to', text: 'the talks collapsed late on Friday night' },
    ]);
    expect(get('accordingToAfter')).toEqual([
      {
        type: 'indirect',
        speaker: 'two diplomats',
        surface: 'two diplomats',
        cue: 'according to',
        text: 'The talks collapsed late on Friday night',
      },
    ]);
    expect(get('toldReporters').map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Kerry', 'told', 'the ceasefire would hold through the weekend'],
    ]);
    expect(get('believes').map((q) => [q.speaker, q.cue])).toEqual([['Sanders', 'believes']]);
    expect(get('warned').map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['The central bank', 'warned', 'inflation could rise above four percent next year'],
    ]);
    expect(get('mixed').map((q) => [q.type, q.speaker, q.text])).toEqual([
      ['mixed', 'Trump', 'Clinton was playing "the woman card" in the debate'],
    ]);
  });

  it('leaves a quotation that ended its sentence to the frame before it when the next sentence reports a clause of its own', () => {
    const text =
      'According to the alliance chief, "every ally will have to carry its share of this burden." He added that the pledge would be discussed next month.';
    expect(
      quotesOf(text)
        .map((q) => brief(q, text))
        .map((q) => [q.type, q.surface, q.cue, q.text]),
    ).toEqual([
      ['direct', 'the alliance chief', 'According to', 'every ally will have to carry its share of this burden.'],
      ['indirect', 'He', 'added', 'the pledge would be discussed next month'],
    ]);
    // a frame right after a quotation that ends on a comma still reports it
    const comma = '"Every ally will have to carry its share," he added that evening.';
    expect(quotesOf(comma).map((q) => [q.type, q.cue, q.text])).toEqual([['direct', 'added', 'Every ally will have to carry its share,']]);
  });

  it("ends what a frame reports at a participle that reports more, which has the main frame's speaker", () => {
    const text =
      'China will take resolute countermeasures against the latest U.S. tariff increase, the Ministry of Commerce said on Wednesday, calling the move "a mistake on top of a mistake."';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Ministry of Commerce', 'said', 'China will take resolute countermeasures against the latest U.S. tariff increase'],
      ['Ministry of Commerce', 'calling', 'the move "a mistake on top of a mistake."'],
    ]);
    const nested = 'The minister said China would respond, adding that pressure and threats were not the right way to deal with China.';
    expect(quotesOf(nested).map((q) => [q.speaker, q.cue])).toEqual([
      ['The minister', 'said'],
      ['The minister', 'adding'],
    ]);
  });

  it('reads whom a speaker urged or told and what they were to do, and a quotation before "adding" as the verb\'s', () => {
    expect(quotesOf('Lin Jian urged the United States to stop its wrong practices.').map((q) => q.text)).toEqual([
      'the United States to stop its wrong practices',
    ]);
    const text =
      'Lin Jian urged the United States to "stop its wrong practices," adding that pressure and threats were not the right way to deal with China.';
    expect(quotesOf(text).map((q) => [q.cue, q.text])).toEqual([
      ['urged', 'the United States to "stop its wrong practices,"'],
      ['adding', 'pressure and threats were not the right way to deal with China'],
    ]);
    expect(
      quotesOf('A ministry spokesperson told a regular press briefing that Beijing would fight to the end.').map((q) => q.text),
    ).toEqual(['Beijing would fight to the end']);
  });

  it('reads what stands before "…, X said Wednesday, in the first such clash" as what was said', () => {
    const text =
      'Poland shot down several drones over its territory, the Polish military said Wednesday, in the first such clash since the war began.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['Poland shot down several drones over its territory']);
  });

  it('gives the verb after a relative clause its subject, not the words after it, and drops a plea for anonymity', () => {
    const text = 'A NATO official, who asked not to be named because the assessment was under way, said the alliance did not believe it.';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue, q.text])).toEqual([['A NATO official', 'said', 'the alliance did not believe it']]);
  });

  it('gives the verb after a relative clause with no commas its antecedent, and ends what the clause reports at that verb', () => {
    const said = (text: string) => quotesOf(text).map((q) => [q.speaker, q.cue, q.text]);
    expect(said('Even Republicans who have praised his candidacy warned on Tuesday that the party may have to leave him.')).toEqual([
      ['Republicans', 'praised', 'his candidacy'],
      ['Republicans', 'warned', 'the party may have to leave him'],
    ]);
    // what someone endorsed on the way to what they said is no statement of theirs
    expect(said('Conservatives who endorsed the governor said the race was over.')).toEqual([
      ['Conservatives', 'said', 'the race was over'],
    ]);
    expect(said('Democrats who backed the bill said it would pass.')).toEqual([['Democrats', 'said', 'it would pass']]);
    expect(said('A woman who accused the senator of fraud said Sunday night that he had lied to her.')).toEqual([
      ['A woman', 'accused', 'the senator of fraud'],
      ['A woman', 'said', 'he had lied to her'],
    ]);
    // a verb with a subject of its own inside the clause ends nothing; a participle after a preposition is no frame
    expect(said('Cruz is a politician who says whatever makes the most political sense at the moment he says it.')[0]).toEqual([
      'a politician',
      'says',
      'whatever makes the most political sense at the moment he says it',
    ]);
    expect(
      said('The alleged criminals are conservatives who have committed the offense of supporting the front-runner Donald Trump.'),
    ).toEqual([]);
    // a subject of its own after the pronoun, or a pronoun after a preposition: the clause's own speaker
    expect(said('The governor vetoed a bill, which critics said was discriminatory against students.')).toEqual([
      ['critics', 'said', 'was discriminatory against students'],
    ]);
    expect(
      said(
        'Clinton spoke in Ohio. She offered up this sound bite for which she later apologized: "We are going to put coal companies out of business."',
      ),
    ).toEqual([['Clinton', ':', 'We are going to put coal companies out of business.']]);
    // an object of a preposition between the pronoun and the verb is no subject
    expect(
      said('Ayres wrote a report, which in the wake of the party defeat in 2012 urged the party to reach out to young voters.')[1],
    ).toEqual(['a report', 'urged', 'the party to reach out to young voters']);
    // the relative clause's own subject stays: "less credit than aides say"
    expect(
      said('The mayor, who has won less credit than aides say he deserves for the new harbour, spoke on Friday.').map((q) => q[0]),
    ).toEqual(['aides']);
    // a relative clause of people in a place speaks for the people, and a quotation before them is someone else's
    const text =
      'Martin O\'Malley lamented her tendency to commit gaffes - "does she have to keep giving them so much ammunition?" - Democrats in Iowa who watched the debate said they were unfazed by the flap.';
    expect(said(text)).toEqual([
      ["Martin O'Malley", 'lamented', 'her tendency to commit gaffes - "does she have to keep giving them so much ammunition?"'],
      ['Democrats in Iowa', 'said', 'they were unfazed by the flap'],
    ]);
  });

  it('reads the subject of a verb an infinitive hangs on up to its noun, a title before a name, and not across a dash between spaces', () => {
    const who = (text: string) => quotesOf(text).map((q) => [q.speaker, q.cue]);
    expect(who('The Republican candidate appeared to say his plans would work.')).toEqual([['The Republican candidate', 'say']]);
    expect(who('"The distraction gets you off message a little," said Republican party boss Reince Priebus.')).toEqual([
      ['Reince Priebus', 'said'],
    ]);
    expect(
      who('In May 2013 - four months after Clinton left office - the State Department told the group that no records were located.'),
    ).toEqual([['State Department', 'told']]);
  });

  it("reads a noun after a possessive and an adjective as a noun, and a writer's hedge as nobody's statement", () => {
    const text =
      'Rubio spoke in Miami. He said his recent attacks on Trump have given his campaign momentum and said that Trump did not represent the party.';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue])).toEqual([
      ['Rubio', 'said'],
      ['Rubio', 'said'],
    ]);
    expect(quotesOf('It is too soon to say whether her policies will prove successful, but kudos are in order.')).toEqual([]);
    expect(quotesOf('It is safe to say that the market barely moved.')).toEqual([]);
  });

  it('joins a frame to the quotation before it only when the frame reports nothing of its own', () => {
    const text =
      'Bob Casey told supporters that the race was "about working families." His challenger, David McCormick, accused him of voting with his party "98 percent of the time."';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Bob Casey', 'told', 'the race was "about working families."'],
      ['David McCormick', 'accused', 'him of voting with his party "98 percent of the time."'],
    ]);
    const alone = '"What is this about unity?" Donald Trump added during his appearance on Fox and Friends.';
    expect(quotesOf(alone).map((q) => [q.speaker, q.text])).toEqual([['Donald Trump', 'What is this about unity?']]);
  });

  it('reads where an addressee was told before what they were told', () => {
    const text = 'Donald Trump told reporters aboard his plane on Monday that Pennsylvania would decide the race.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['Pennsylvania would decide the race']);
  });

  it('gives the verb after a participle aside the subject before it', () => {
    const text = 'The Kremlin, asked about the dispute, said it showed that the West was divided.';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue, q.text])[0]).toEqual(['Kremlin', 'said', 'it showed that the West was divided']);
    const time =
      'The EU will impose counter-tariffs from April, the Commission said on Wednesday, hours after U.S. duties came into force.';
    expect(quotesOf(time).map((q) => q.text)).toEqual(['The EU will impose counter-tariffs from April']);
  });

  it('reads "expressed doubt" and "voiced hope" as one cue with the subject before it', () => {
    const text = 'The White House expressed doubt North Korea had the capability to build a hydrogen bomb.';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['White House', 'expressed doubt', 'North Korea had the capability to build a hydrogen bomb'],
    ]);
  });

  it('keeps the word before a contraction or possessive that what was said would start with', () => {
    expect(quotesOf("Monte Shaw said that's what he would expect from the senator.").map((q) => q.text)).toEqual([
      "that's what he would expect from the senator",
    ]);
    expect(quotesOf("Ted Cruz has said for weeks he's the only candidate who can beat Trump.").map((q) => q.text)).toEqual([
      "he's the only candidate who can beat Trump",
    ]);
  });

  it('reports nothing for whom someone lashed out at', () => {
    expect(quotesOf('Putin lashed out at Turkey for having shot down a Russian bomber.')).toEqual([]);
    expect(quotesOf('Donald Trump kept tweeting out his new nickname for Hillary Clinton.')).toEqual([]);
    expect(quotesOf('Elizabeth Warren pointed out that the bill had failed twice.').map((q) => q.cue)).toEqual(['pointed out']);
    expect(quotesOf('Putin lashed out at Turkey, saying it had stabbed Russia in the back.').map((q) => [q.cue, q.text])).toEqual([
      ['saying', 'it had stabbed Russia in the back'],
    ]);
  });

  it('ends a vowed infinitive before a clause about when with a subject of its own', () => {
    expect(quotesOf('China vows to "fight to the end" as U.S. raises tariffs again.').map((q) => q.text)).toEqual([
      'to "fight to the end"',
    ]);
    expect(quotesOf('Angela Merkel vowed to serve as Chancellor until the end of her term.').map((q) => q.text)).toEqual([
      'to serve as Chancellor until the end of her term',
    ]);
  });

  it('ends a vowed infinitive before the speaker\'s next verb after "and", not inside a relative clause', () => {
    expect(quotesOf('Hillary Clinton vowed to keep abortion legal and celebrated the ruling Monday.').map((q) => q.text)).toEqual([
      'to keep abortion legal',
    ]);
    expect(quotesOf('Donald Trump promised to honour those who served and sacrificed for the country.').map((q) => q.text)).toEqual([
      'to honour those who served and sacrificed for the country',
    ]);
  });

  it('ends a speaker phrase before the verb that follows a name ("Obama met critics who say")', () => {
    const text = 'Barack Obama met critics who say he should condemn terrorists.';
    expect(quotesOf(text).map((q) => [q.speaker, q.speakerKind])).toEqual([['critics', 'vague']]);
    const officials = 'Senior Obama administration officials said the talks were over.';
    expect(quotesOf(officials).map((q) => q.speaker)).toEqual(['Senior Obama administration officials']);
  });

  it('relays a statement through an outlet named after the one it was told to', () => {
    const text = 'Russia poses no threat to Britain, spokesman Dmitry Peskov told reporters, according to the Interfax news agency.';
    expect(quotesOf(text).map((q) => [q.speaker, q.via, q.text])).toEqual([
      ['Dmitry Peskov', 'Interfax', 'Russia poses no threat to Britain'],
    ]);
  });

  it('reads "cited X as saying" as a relay, and "quoted him as saying" with its pronoun', () => {
    const cited = 'The newspaper cited a senior official as saying talks would resume.';
    expect(quotesOf(cited).map((q) => [q.speaker, q.speakerKind, q.via, q.text])).toEqual([
      ['a senior official', 'vague', 'The newspaper', 'talks would resume'],
    ]);
    const him = 'Lin Jian met reporters in Beijing on Monday. The trade war will hurt both sides, Xinhua quoted him as saying.';
    expect(quotesOf(him).map((q) => [q.speaker, q.via, q.text])).toEqual([['Lin Jian', 'Xinhua', 'The trade war will hurt both sides']]);
  });

  it('reads "points to" after a count as points, not as a cue', () => {
    expect(quotesOf('North Carolina is almost eight percentage points to the right of the national average.')).toEqual([]);
    expect(quotesOf('Ohio sits 3 points to the left of it.')).toEqual([]);
    expect(quotesOf('Merkel points to the election as the reason for the delay.').map((q) => q.cue)).toEqual(['points to']);
  });

  it('keeps a possessed speaker as written: the owner of "her foundation" is not who speaks', () => {
    const text = 'Sally Ride has died aged 61, her foundation says.';
    expect(quotesOf(text).map((q) => [q.speaker, q.text])).toEqual([['her foundation', 'Sally Ride has died aged 61']]);
  });

  it('reads a verb with the particle "off" as no cue ("blasted off", "called off")', () => {
    expect(quotesOf('She blasted off in the space shuttle Challenger in June 1983.')).toEqual([]);
    expect(quotesOf('The union called off the strike on Monday.')).toEqual([]);
  });

  it('takes any noun phrase before ", who …," as the speaker of the verb after it', () => {
    const text = 'The former astronaut, who was married to Ride from 1982 until 1987, added: "I was privileged to be a part of her life."';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue])).toEqual([['The former astronaut', 'added']]);
  });

  it('leaves a wire dateline out of what was said', () => {
    for (const [line, said] of [
      ['KABUL, Afghanistan\u2014A roadside bomb killed a soldier on Sunday, officials said.', 'A roadside bomb killed a soldier on Sunday'],
      ['WASHINGTON (Reuters) - The talks collapsed, officials said.', 'The talks collapsed'],
      ['NATO-led forces took the town, officials said.', 'NATO-led forces took the town'],
    ])
      expect(quotesOf(line!).map((q) => q.text)).toEqual([said]);
  });

  it('keeps a person described by an organisation as written: "one Weibo commenter" is not Weibo', () => {
    const text = '"Do not hide things like this," one Weibo commenter said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['one Weibo commenter']);
  });

  it('reads a commission or a foundation as a speaker', () => {
    expect(quotesOf('There is no evidence of a link, the health commission said.').map((q) => [q.speaker, q.text])).toEqual([
      ['the health commission', 'There is no evidence of a link'],
    ]);
  });

  it('makes a source named last (", according to Reuters") the outlet that relays the frame before it', () => {
    const text = 'There is no evidence of a link, the health commission said, according to Reuters.';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue, q.via, q.text])).toEqual([
      ['the health commission', 'said', 'Reuters', 'There is no evidence of a link'],
    ]);
  });

  it('reports what follows "that" after a long addressee', () => {
    const text = 'The agency assured the public on Weibo, a Twitter-like social media site, that the risks of transmission were low.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the risks of transmission were low']);
  });

  it('reads "was not noted for" as a passive, not as a cue', () => {
    expect(quotesOf('Keegan was not noted for his defensive organisation with Newcastle or Fulham.')).toEqual([]);
    expect(quotesOf('The coach was widely known for his temper.')).toEqual([]);
  });

  it('gives the main verb after a relative clause with a cue of its own the antecedent as speaker', () => {
    const text =
      'Blackburn\'s chairman, John Williams, who denied that he had discussed a package with Newcastle, said: "We have not received any approach from Newcastle."';
    expect(quotesOf(text).map((q) => [q.type, q.speaker, q.cue, q.text])).toEqual([
      ['indirect', 'John Williams', 'denied', 'he had discussed a package with Newcastle'],
      ['direct', 'John Williams', 'said', 'We have not received any approach from Newcastle.'],
    ]);
  });

  it('gives a sentence that is only a quotation the speaker whose words the sentence before reports', () => {
    const text = 'Kevin Gallacher believes Ashley should move for Hughes. "Mark was a star as a player and he commands respect."';
    expect(quotesOf(text).map((q) => [q.type, q.speaker, q.text])).toEqual([
      ['indirect', 'Kevin Gallacher', 'Ashley should move for Hughes'],
      ['direct', 'Kevin Gallacher', 'Mark was a star as a player and he commands respect.'],
    ]);
    // not across paragraphs, and not after a sentence that reports nobody
    expect(
      quotesOf('Kevin Gallacher believes Ashley should move for Hughes.\n"Mark was a star as a player and he commands respect."').map(
        (q) => q.speaker,
      ),
    ).toEqual(['Kevin Gallacher', null]);
    expect(quotesOf('Ashley should move for Hughes. "Mark was a star as a player and he commands respect."').map((q) => q.speaker)).toEqual(
      [null],
    );
  });

  it('takes a condition and the clause it governs as what was said, but not "if asked"', () => {
    const text = 'Sanders said if he were president, DACA would be extended to the parents of recipients.';
    expect(
      quotesOf(text)
        .map((q) => brief(q, text))
        .map((q) => [q.speaker, q.cue, q.text]),
    ).toEqual([['Sanders', 'said', 'if he were president, DACA would be extended to the parents of recipients']]);
    expect(quotesOf('Sanders said if asked about it.')).toEqual([]);
  });

  it('reads a gerund right after a verb of speech as the start of what was said, not a second cue', () => {
    const text = 'Koenigs said acknowledging past abuses is not a barrier to reconciliation.';
    expect(
      quotesOf(text)
        .map((q) => brief(q, text))
        .map((q) => [q.speaker, q.cue, q.text]),
    ).toEqual([['Koenigs', 'said', 'acknowledging past abuses is not a barrier to reconciliation']]);
  });

  it('resolves a pronoun to the person and keeps the pronoun as the speaker span', () => {
    const text = 'Angela Merkel arrived in Paris on Monday.\nShe said that Europe had to stand together.';
    const [q] = quotesOf(text);
    expect(q!.speaker).toBe('Angela Merkel');
    expect(q!.speakerKind).toBe('pronoun');
    expect(text.slice(q!.speakerStart, q!.speakerEnd)).toBe('She');
  });

  it('resolves an office to its holder on the day of publication, and leaves it as written without a date', () => {
    const text = '"Europe must stand together," the German chancellor said.';
    expect(quotesOf(text, '2008-05-01')[0]!.speaker).toBe('Angela Merkel');
    expect(quotesOf(text, '1995-05-01')[0]!.speaker).toBe('Helmut Kohl');
    expect(quotesOf(text, '2024-05-01')[0]!.speaker).toBe('Olaf Scholz');
    expect(quotesOf(text, null)[0]!.speaker).toBe('the German chancellor');
    const [q] = quotesOf(text, '2008-05-01');
    expect(text.slice(q!.speakerStart, q!.speakerEnd)).toBe('the German chancellor');
  });

  it('ties a former office to the person of the article who held it, and to nobody when none did', () => {
    const text = 'Gerhard Schroder arrived in Moscow on Monday.\n"Russia is a reliable partner," the former German chancellor said.';
    expect(quotesOf(text, '2015-05-01')[0]!.speaker).toBe('Gerhard Schroder');
    const alone = '"Russia is a reliable partner," the former German chancellor said.';
    expect(quotesOf(alone, '2015-05-01')[0]!.speaker).toBe('the former German chancellor');
  });

  it('takes "I" outside quotations as the author when the article has one', () => {
    const text = 'I asked whether the plan would work.\nI think it will not survive the winter.';
    const qs = quotesOf(text, null, ['Dana Brook']);
    expect(qs.some((q) => q.speaker === 'Dana Brook' && q.cue === 'think')).toBe(true);
    // an agency's byline has no "I": that is an interviewee's
    expect(quotesOf(text, null, ['Associated Press']).map((q) => q.speaker)).not.toContain('Associated Press');
  });

  it('starts what was said after the "that" when the words after the cue run into a possessive', () => {
    const text = "The tourists may argue at Harbhajan's appeal hearing that the words were no racial slur.";
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ speaker: 'The tourists', cue: 'argue', text: 'the words were no racial slur' });
    expectOffsetsSlice(text, quotesOf(text));
  });

  it('gives offsets that always slice to the reported text', () => {
    for (const text of Object.values(CASES)) expectOffsetsSlice(text, quotesOf(text));
  });

  it('copes with stray marks, empty text and sentences cut anywhere', () => {
    const odd = [
      '',
      '"',
      '""',
      '\u201c',
      '\u201d',
      '"a" "b',
      'said',
      'According to',
      'He said:',
      '"x," said',
      ': "',
      '\n\n\n',
      '\u00ab\u00bb',
      "''",
      '"Yes," he said. "',
    ];
    for (const text of odd) expectOffsetsSlice(text, quotesOf(text, '2016-01-01', [], true));
    const report = readFileSync(new URL('./fixtures/energy-report.txt', import.meta.url), 'utf8');
    for (let start = 0; start < report.length; start += 97) {
      const text = report.slice(start, start + 211);
      expectOffsetsSlice(text, quotesOf(text, '2016-01-01', [], true));
    }
  });
});

describe('findQuotes on a report shaped like the DESIGN sketch', () => {
  const text = readFileSync(new URL('./fixtures/energy-report.txt', import.meta.url), 'utf8');
  const quotes = quotesOf(text, '2024-10-07', [], true);

  it('attributes every statement as an analyst would', () => {
    expect(quotes.map((q) => brief(q, text))).toEqual([
      {
        type: 'indirect',
        speaker: 'reports',
        surface: 'reports',
        cue: 'say',
        text: 'The European Union wants a ceiling on wholesale gas prices before winter while keeping Norwegian supplies flowing',
      },
      {
        type: 'indirect',
        speaker: 'European Union',
        surface: 'The European Union',
        cue: 'wants',
        text: 'a ceiling on wholesale gas prices before winter while keeping Norwegian supplies flowing',
      },
      { type: 'direct', speaker: 'Holm', surface: 'Holm', cue: 'as saying', text: 'We are willing to help, but not at any price.' },
      {
        type: 'direct',
        speaker: 'Holm',
        surface: 'Holm',
        cue: 'as saying',
        text: 'A cap that drives cargoes to Asia helps nobody in Europe,',
      },
      {
        type: 'direct',
        speaker: 'Holm',
        surface: 'the minister',
        cue: 'According to',
        text: 'the market will find its own level once storage is full.',
      },
      { type: 'indirect', speaker: 'Holm', surface: 'He', cue: 'added', text: 'Oslo would keep talking to Brussels through the autumn' },
      {
        type: 'direct',
        speaker: 'the former Danish prime minister',
        surface: 'the former Danish prime minister',
        cue: 'said',
        text: 'Europe must not repeat the mistakes of the last crisis,',
      },
      {
        type: 'indirect',
        speaker: 'Foreign Policy',
        surface: 'A report from Foreign Policy',
        cue: 'suggests',
        text: 'the cap would mostly help Germany and Italy',
      },
      {
        type: 'direct',
        speaker: 'Marta Lindholm',
        surface: 'Marta Lindholm',
        cue: 'wrote',
        text: 'Price caps treat the symptom, never the disease,',
      },
      {
        type: 'indirect',
        speaker: 'Some analysts',
        surface: 'Some analysts',
        cue: 'say',
        text: 'prices will fall by spring regardless of the cap',
      },
    ]);
    expect(quotes.filter((q) => q.via).map((q) => q.via)).toEqual(['TASS', 'TASS']);
    expectOffsetsSlice(text, quotes);
  });
});

describe('findQuotes on reports the team wrote in the shapes analysts meet', () => {
  const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  /** Speaker, cue, relay and whether denied, of the statement whose words start with `words`. */
  const who = (quotes: readonly Quote[], words: string) => {
    const q = quotes.find((x) => x.text.startsWith(words));
    return q ? [q.speaker, q.speakerKind, q.cue, q.via ?? null, q.negated ?? false] : null;
  };

  it('a row between Tokyo and Beijing and talks in Geneva: a day before the clause, a force that speaks, a relay before a new clause', () => {
    const geneva = quotesOf(read('geneva-plan.txt'), '2025-11-23', [], true);
    // "said on Friday the plan could form …": the day ends the time, the clause starts at "the plan"
    expect(who(geneva, 'the plan could form the basis')?.slice(0, 3)).toEqual(['Vladimir Putin', 'name', 'said']);
    const announced = 'Lynch announced on Monday the DOJ lawsuit against the state.';
    expect(quotesOf(announced).map((q) => q.text)).toEqual(['the DOJ lawsuit against the state']);
    const rows = quotesOf(read('tokyo-beijing.txt'), '2025-11-18', [], true);
    // a coast guard and an air force speak as bodies
    expect(who(rows, 'Chinese coast guard vessels sailed')?.slice(0, 3)).toEqual(["Japan's coast guard", 'name', 'said']);
    const elaborated = 'Ms. Malik had two interviews, federal officials said, the first by a consular officer in Pakistan.';
    expect(quotesOf(elaborated).map((q) => q.text)).toEqual(['the first by a consular officer in Pakistan']);
    const air = quotesOf("Ukraine's air force said it had shot down 40 of 50 drones overnight.");
    expect(air.map((q) => [q.speaker, q.text])).toEqual([["Ukraine's air force", 'it had shot down 40 of 50 drones overnight']]);
    // "…, according to Japanese media, and state broadcaster CCTV said …": the relay ends at the comma
    expect(who(rows, 'Beijing also halted imports')?.slice(0, 3)).toEqual(['Japanese media', 'vague', 'according to']);
    expect(who(rows, 'several Japanese films')?.slice(0, 3)).toEqual(['CCTV', 'name', 'said']);
    // a crowd's chant is its words; the noun "chant" is no cue
    expect(quotesOf('Students marched in Berlin, chanting "We won\'t be cannon fodder."').map((q) => [q.speaker, q.type])).toEqual([
      ['Students', 'direct'],
    ]);
    const crowd = 'Thousands of students marched in Berlin, chanting "No war."';
    expect(quotesOf(crowd).map((q) => [q.speaker, q.speakerKind])).toEqual([['Thousands of students', 'role']]);
    const chant = 'At one point the crowd loudly reprised the caustic chant "Lock her up!" that ricocheted through the arena.';
    expect(quotesOf(chant).map((q) => q.speaker)).not.toContain('the crowd loudly reprised the caustic');
    // an agency that writes its name in lower case relays under it, not as the nationality before it
    const dpa = quotesOf('The chancellor will travel to Kyiv next week, the German news agency dpa reported, citing government sources.');
    expect(dpa.map((q) => [q.speaker, q.speakerKind, q.via])).toEqual([['government sources', 'vague', 'dpa']]);
  });

  it('a Kremlin warning to NATO (undated): roles, relays, denials, unnamed diplomats', () => {
    const quotes = quotesOf(read('kremlin-warning.txt'), null, [], true);
    expect(who(quotes, "NATO's expansion")).toEqual(['Dmitry Peskov', 'name', 'told', null, false]);
    expect(who(quotes, 'Russia would respond')).toEqual(['Sergei Lavrov', 'name', 'said', 'TASS', false]);
    expect(who(quotes, 'the exercises were defensive')).toEqual(['Mark Rutte', 'role', 'said', null, false]);
    expect(who(quotes, 'whether more troops')).toEqual(['Mark Rutte', 'pronoun', 'did not say', null, true]);
    expect(who(quotes, 'the drills could be scaled back')).toEqual(['Some diplomats in Brussels', 'vague', 'said', null, false]);
    expect(who(quotes, 'his country')).toEqual(['Kristen Michal', 'name', 'told', 'The Financial Times', false]);
  });

  it('a tariff round: a statement before its frame, relays at the start and in the frame', () => {
    const quotes = quotesOf(read('tariff-round.txt'), '2025-03-04', [], true);
    expect(who(quotes, 'China will take')?.slice(0, 3)).toEqual(['Commerce Ministry', 'name', 'said']);
    expect(who(quotes, 'Beijing would impose')?.slice(0, 3)).toEqual(['Xinhua', 'name', 'reported']);
    expect(who(quotes, 'the tariffs were needed')).toEqual(['Jamieson Greer', 'name', 'told', 'CNBC', false]);
    expect(who(quotes, 'China "will fight')).toEqual(['Lin Jian', 'name', 'said', 'CGTN', false]);
    expect(who(quotes, 'the tariffs to cut')?.slice(0, 2)).toEqual(['Analysts at Nomura', 'vague']);
    expect(who(quotes, 'officials from both sides')).toEqual(['a person familiar with the matter', 'vague', 'According to', null, false]);
  });

  it('a disputed election: an agency reporting a statement relays it', () => {
    const quotes = quotesOf(read('georgia-election.txt'), '2024-10-27', [], true);
    expect(who(quotes, 'Russia had not interfered')).toEqual(['Dmitry Peskov', 'name', 'said', 'Interfax', false]);
    expect(who(quotes, 'There is no fraud')?.slice(0, 3)).toEqual(['Irakli Kobakhidze', 'pronoun', 'told']);
    expect(who(quotes, 'We will not recognise')?.slice(0, 3)).toEqual(['Nika Gvaramia', 'name', 'told']);
    expect(quotes.find((q) => q.text.startsWith('the parliamentary election'))?.text).toBe('the parliamentary election had been rigged');
  });

  it('a defence review: a former office, an addressee, unnamed and vague sources', () => {
    const quotes = quotesOf(read('defence-review.txt'), '2025-06-12', [], true);
    expect(who(quotes, 'Britain will raise')).toEqual(['Keir Starmer', 'name', 'said', null, false]);
    expect(who(quotes, 'it came too late')).toEqual(['Boris Johnson', 'name', 'said', null, false]);
    expect(who(quotes, 'the government had')).toEqual(['Boris Johnson', 'role', 'told', 'BBC', false]);
    expect(who(quotes, '12 new attack submarines')).toEqual(['John Healey', 'pronoun', 'added', null, false]);
    expect(who(quotes, 'Washington wanted')?.slice(0, 2)).toEqual(['A senior U.S. defence official', 'vague']);
    expect(who(quotes, 'the pledge will be hard')?.slice(0, 2)).toEqual(['Some analysts', 'vague']);
    expect(who(quotes, 'We are ready')?.slice(0, 3)).toEqual(['Keir Starmer', 'name', 'said']);
    expect(who(quotes, 'Russia poses no threat')).toEqual(['Dmitry Peskov', 'name', 'told', 'Interfax', false]);
  });

  it('a tariff round from Beijing: participles after a frame, an addressee and its infinitive, a relay by "cited"', () => {
    const quotes = quotesOf(read('beijing-tariffs.txt'), '2025-04-09', [], true);
    expect(who(quotes, 'China will take')?.slice(0, 3)).toEqual(['Ministry of Commerce', 'name', 'said']);
    expect(who(quotes, 'the move "a mistake')?.slice(0, 3)).toEqual(['Ministry of Commerce', 'name', 'calling']);
    expect(who(quotes, 'Beijing would "fight')?.slice(0, 3)).toEqual(['A ministry spokesperson', 'role', 'told']);
    expect(who(quotes, 'the tariffs would hurt')).toEqual(['Chinese experts', 'vague', 'as saying', 'Global Times', false]);
    expect(who(quotes, 'the United States to "stop')?.slice(0, 3)).toEqual(['Lin Jian', 'name', 'urged']);
    expect(who(quotes, 'pressure and threats')?.slice(0, 3)).toEqual(['Lin Jian', 'name', 'adding']);
    expect(who(quotes, 'officials from the two countries')?.slice(0, 3)).toEqual(['Bloomberg', 'name', 'According to']);
  });

  it('a Senate race: a frame after a quotation that reports its own clause, where an addressee was told', () => {
    const quotes = quotesOf(read('senate-race.txt'), '2024-10-15', [], true);
    expect(who(quotes, 'the race was')?.slice(0, 3)).toEqual(['Bob Casey', 'name', 'told']);
    expect(who(quotes, 'him of voting')?.slice(0, 3)).toEqual(['David McCormick', 'name', 'accused']);
    expect(who(quotes, 'People are tired')).toEqual(['David McCormick', 'name', 'said', 'NBC', false]);
    expect(who(quotes, 'McCormick "spent years')?.slice(0, 3)).toEqual(['Maddy McDaniel', 'name', 'said']);
    expect(who(quotes, 'Pennsylvania would')?.slice(0, 3)).toEqual(['Donald Trump', 'role', 'told']);
    expect(who(quotes, 'the campaign had moved')?.slice(0, 2)).toEqual(['One party official', 'vague']);
  });

  it('EU steel retaliation: a time after the frame, an aside before the cue, a document seen by an outlet', () => {
    const quotes = quotesOf(read('eu-steel.txt'), '2025-03-12', [], true);
    expect(who(quotes, 'The European Union will impose')?.slice(0, 3)).toEqual(['European Commission', 'name', 'said']);
    expect(who(quotes, 'the measures would target')?.slice(0, 4)).toEqual(['a draft list', 'role', 'According to', 'Reuters']);
    expect(who(quotes, 'some member states')).toEqual(['Officials familiar with the talks', 'vague', 'told', 'Reuters', false]);
    expect(who(quotes, 'Europe had')).toEqual(['Howard Lutnick', 'name', 'wrote', 'Wall Street Journal', false]);
    expect(who(quotes, 'it showed that the West')).toEqual(['Kremlin', 'name', 'said', 'RIA', false]);
  });

  it("a sanctions bill: a senator's titles, an embassy in a capital, some of a party", () => {
    const quotes = quotesOf(read('sanctions-bill.txt'), '2025-05-15', [], true);
    expect(who(quotes, 'We have waited')?.slice(0, 3)).toEqual(['Lindsey Graham', 'name', 'said']);
    expect(who(quotes, 'he had the votes')?.slice(0, 3)).toEqual(['Lindsey Graham', 'name', 'said']);
    expect(who(quotes, 'the bill would tie')?.slice(0, 2)).toEqual(['Some Republicans', 'vague']);
    expect(who(quotes, "You don't negotiate")?.slice(0, 3)).toEqual(['Rand Paul', 'name', 'said']);
    expect(who(quotes, 'the bill was')?.slice(0, 2)).toEqual(['The Russian Embassy in Washington', 'name']);
    expect(who(quotes, 'his party would try')?.slice(0, 3)).toEqual(['Chuck Schumer', 'name', 'said']);
  });

  it('a coalition deal in Berlin: parties as speakers, relative clauses, a comment on the deal, a relay after a quotation', () => {
    const text = read('berlin-coalition.txt');
    const quotes = quotesOf(text, '2025-03-19', [], true);
    expect(who(quotes, '"a betrayal of the taxpayer')?.slice(0, 3)).toEqual(['Alternative for Germany', 'name', 'called']);
    expect(who(quotes, 'Germany will do whatever')?.slice(0, 3)).toEqual(['Friedrich Merz', 'name', 'told']);
    expect(who(quotes, "the party's members")?.slice(0, 3)).toEqual(['Social Democrats', 'name', 'said']);
    expect(who(quotes, 'the agreement')?.slice(0, 3)).toEqual(['Lars Klingbeil', 'name', 'said']);
    expect(who(quotes, 'they would not sign')?.slice(0, 3)).toEqual(['Greens', 'name', 'warned']);
    expect(who(quotes, 'Mr. Merz of breaking')?.slice(0, 3)).toEqual(['AfD leaders', 'name', 'accused']);
    expect(who(quotes, 'Germany was')).toEqual(['Kremlin', 'name', 'said', 'RIA Novosti', false]);
    expect(who(quotes, 'the money would take')?.slice(0, 2)).toEqual(['Analysts in Berlin', 'vague']);
    // the parties are the German ones, though the article names Washington once
    const parties = findEntities(text, splitSentences(text))
      .flatMap((e) => (e.kb?.id.startsWith('party/') ? [e.kb.id] : []))
      .sort();
    expect([...new Set(parties)]).toEqual([
      'party/alliance-90-the-greens',
      'party/alternative-for-germany',
      'party/christian-democratic-union',
      'party/social-democratic-party-of-germany',
    ]);
  });

  it('drills around Taiwan: a theatre command, a ministry by its country, parties, a lawmaker of one, state media', () => {
    const text = read('taiwan-strait.txt');
    const quotes = quotesOf(text, '2025-05-26', [], true);
    expect(who(quotes, 'the island would')?.slice(0, 3)).toEqual(['Lai Ching-te', 'name', 'said']);
    expect(who(quotes, 'the exercises were')?.slice(0, 3)).toEqual(['Eastern Theater Command', 'name', 'said']);
    expect(who(quotes, 'it had tracked')?.slice(0, 3)).toEqual(['Ministry of National Defense (Taiwan)', 'name', 'said']);
    expect(who(quotes, 'both sides to show')?.slice(0, 3)).toEqual(['Kuomintang', 'name', 'urged']);
    expect(who(quotes, 'the drills showed')?.slice(0, 3)).toEqual([
      'A lawmaker from the governing Democratic Progressive Party',
      'role',
      'said',
    ]);
    expect(who(quotes, "Taiwan's leaders")?.slice(0, 3)).toEqual(['Global Times', 'name', 'said']);
    expect(who(quotes, 'the drills had been expected')?.slice(0, 3)).toEqual(['A U.S. defence official', 'vague', 'told']);
    // the narrator's background is nobody's statement
    expect(quotes.some((q) => q.text.includes('never ruled out'))).toBe(false);
    const parties = findEntities(text, splitSentences(text)).flatMap((e) => (e.kb?.id.startsWith('party/') ? [e.kb.id] : []));
    expect([...new Set(parties)].sort()).toEqual([
      'party/chinese-communist-party',
      'party/democratic-progressive-party',
      'party/kuomintang',
    ]);
  });

  it("a day at the front: each side's claims, a nightly address, a name after the official's office, a state agency's source", () => {
    const quotes = quotesOf(read('front-line.txt'), '2025-08-24', [], true);
    // each side's ministry and staff, by the country the report gives them
    expect(who(quotes, 'its forces had taken')?.slice(0, 3)).toEqual(['Defence Ministry (Russia)', 'name', 'said']);
    expect(who(quotes, 'its troops had repelled')?.slice(0, 3)).toEqual(['General Staff (Ukraine)', 'name', 'said']);
    expect(who(quotes, 'The enemy is throwing')?.slice(0, 3)).toEqual(['Volodymyr Zelensky', 'name', 'said']);
    expect(who(quotes, 'Kyiv needed more air defence')?.slice(0, 3)).toEqual(['Volodymyr Zelensky', 'name', 'adding']);
    expect(who(quotes, 'At least three people')?.slice(0, 3)).toEqual(['Tymur Tkachenko', 'name', 'according to']);
    expect(who(quotes, 'Kyiv had hit')).toEqual(['A senior Ukrainian security official', 'vague', 'told', 'Reuters', false]);
    expect(who(quotes, 'the Russian advance had stalled')?.slice(0, 3)).toEqual(['Pro-Kremlin military bloggers', 'name', 'claimed']);
    expect(who(quotes, 'Moscow was')?.slice(0, 3)).toEqual(['Institute for the Study of War', 'name', 'said']);
    expect(who(quotes, 'Ukrainian saboteurs')).toEqual(['a source', 'vague', 'as saying', 'TASS', false]);
    // a name after the description, at the end of the sentence
    expect(quotesOf('"We will appeal," said the company\'s chief executive, John J. Ferriola.').map((q) => q.speaker)).toEqual([
      'John J. Ferriola',
    ]);
  });

  it('drones over Poland: a phrase after the frame, a source who stays anonymous, a former office abroad', () => {
    const quotes = quotesOf(read('drone-incursion.txt'), '2025-09-10', [], true);
    expect(who(quotes, 'Poland shot down')?.slice(0, 3)).toEqual(['the Polish military', 'name', 'said']);
    expect(who(quotes, 'the alliance did not believe')?.slice(0, 3)).toEqual(['A NATO official', 'vague', 'said']);
    expect(quotes.some((q) => q.text.startsWith('not to be named'))).toBe(false);
    expect(who(quotes, 'We will defend')?.slice(0, 3)).toEqual(['Mark Rutte', 'role', 'said']);
    expect(who(quotes, 'Here we go')?.slice(0, 3)).toEqual(['Donald Trump', 'name', 'wrote']);
    expect(who(quotes, 'the incident exposed')?.slice(0, 2)).toEqual(['Military analysts', 'vague']);
  });

  it('an election: results, estimates and tallies are documents a claim rests on', () => {
    const won = 'The governing party won a clear majority in the election, according to preliminary results, defeating its rivals.';
    expect(quotesOf(won).map((q) => [q.speaker, q.text])).toEqual([
      ['preliminary results', 'The governing party won a clear majority in the election'],
    ]);
    // a document by an outlet rests on the outlet; a name after "a" makes "report" a noun
    const tally = 'According to a tally by the AP, Clinton had 2,205 delegates on Wednesday.';
    const [q] = quotesOf(tally);
    expect([q!.speaker, tally.slice(q!.speakerStart, q!.speakerEnd), q!.text]).toEqual([
      'AP',
      'a tally by the AP',
      'Clinton had 2,205 delegates on Wednesday',
    ]);
    expect(quotesOf('Sanders had 1,400 delegates, according to a report by Reuters.').map((x) => [x.speaker, x.text])).toEqual([
      ['Reuters', 'Sanders had 1,400 delegates'],
    ]);
    expect(quotesOf('Sanders had 1,400 delegates, according to a Reuters report.').map((x) => [x.speaker, x.cue])).toEqual([
      ['a Reuters report', 'according to'],
    ]);
    // (a role mention before "claims" leaves it a verb)
    expect(quotesOf('Trump filed the report. The candidate claims his net worth is in excess of $10 billion.').map((x) => x.cue)).toEqual([
      'claims',
    ]);
  });

  it('a night of strikes: "the regional governor" is not the president quoted just before', () => {
    const text =
      '"Russia is deliberately targeting our energy," President Volodymyr Zelensky wrote on Telegram.\nHours earlier, Ukrainian drones struck an oil refinery in Russia\'s Saratov region, the regional governor said.';
    const quotes = quotesOf(text, '2025-11-08');
    expect(who(quotes, 'Hours earlier')?.slice(0, 2)).toEqual(['the regional governor', 'role']);
    // nothing contradicts a president quoted before "the president"
    const again = '"We will not give up," President Volodymyr Zelensky said.\nThe president added that talks would go on.';
    expect(who(quotesOf(again, '2025-11-08'), 'talks would go on')?.[0]).toBe('Volodymyr Zelensky');
    // whom a minister told is no part of what he said: "state television", "a local television station"
    const told = quotesOf('Foreign Minister Sergei Lavrov told state television that Russia remained open to talks.', '2025-11-08');
    expect(told.map((q) => q.text)).toEqual(['Russia remained open to talks']);
    expect(quotesOf('Lavrov told a local television station the talks had failed.').map((q) => q.text)).toEqual(['the talks had failed']);
    // where and how it was said: "in comments carried by state media", and sources "close to" the talks
    expect(quotesOf('Lavrov said in comments carried by state media that Moscow would respond.').map((q) => q.text)).toEqual([
      'Moscow would respond',
    ]);
    expect(quotesOf('Sources close to the talks told Axios the deal was near.').map((q) => q.speaker)).toEqual([
      'Sources close to the talks',
    ]);
  });

  it('ceasefire talks: a name inside a compound qualifies the speaker, a plural possessive opens one', () => {
    const text = read('gaza-talks.txt');
    const quotes = quotesOf(text, '2025-08-14', [], true);
    const toll = quotes.find((q) => q.text.startsWith('Israeli strikes killed'))!;
    expect([toll.speaker, text.slice(toll.speakerStart, toll.speakerEnd)]).toEqual([
      'the Hamas-run health ministry',
      'the Hamas-run health ministry',
    ]);
    const famine = quotes.find((q) => q.text.startsWith('famine conditions'))!;
    expect(text.slice(famine.speakerStart, famine.speakerEnd)).toBe("The United Nations' humanitarian office");
  });

  it('a protest in Belgrade: a participle after a dateline is the marchers\', and "early" is what they demanded', () => {
    const quotes = quotesOf(read('serbia-protests.txt'), '2025-09-06', [], true);
    const demand = quotes.find((q) => q.cue === 'demanding')!;
    expect([demand.speaker, demand.text.slice(0, 15)]).toEqual(['Tens of thousands of people', 'early elections']);
    expect(quotes.some((q) => q.speaker === 'Belgrade')).toBe(false);
    // "said late Tuesday that": a time still stands between the cue and what was said
    expect(quotesOf('The minister said late Tuesday that talks would resume.').map((q) => q.text)).toEqual(['talks would resume']);
    // an opening participle names no one
    const rally =
      'BUENA PARK, Calif. - Rallying hundreds of workers, Hillary Clinton tried here last week to empathize with them and promised to deliver change.';
    expect(quotesOf(rally, null, [], false).map((q) => q.speaker)).toEqual(['Hillary Clinton']);
  });

  it('strikes in the Caribbean: a role naming a strike, an envoy recalled, an administration named after its head', () => {
    const quotes = quotesOf(read('caribbean-strikes.txt'), '2025-10-03', [], true);
    expect(who(quotes, 'the strike "a murder"')?.slice(0, 3)).toEqual(['Gustavo Petro', 'role', 'called']);
    expect(quotes.find((q) => q.text.startsWith('the strike'))!.text).toBe('the strike "a murder"');
    expect(quotes.some((q) => q.cue === 'recalled')).toBe(false);
    expect(who(quotes, 'Venezuela will never')?.[3]).toBe('VTV');
    expect(quotes.find((q) => q.text.startsWith('was carrying drugs'))?.speaker).toBe('the Trump administration');
    // (a name given is no speaker: "a website called Real News Right Now")
    expect(quotesOf('He cited a website called Real News Right Now, which posts fake stories.').map((q) => q.speaker)).not.toContain(
      'a website',
    );
  });

  it('a sanctions snapback: "according to" an outlet after a statement relays it', () => {
    const quotes = quotesOf(read('iran-snapback.txt'), '2025-08-29', [], true);
    expect(who(quotes, 'Moscow did not recognise')).toEqual(['Sergei Ryabkov', 'name', 'said', 'TASS', false]);
    expect(who(quotes, 'Iran would reduce')?.slice(0, 4)).toEqual(['an unnamed official', 'vague', 'as saying', 'Tasnim News Agency']);
    // "said in a statement carried by the state news agency IRNA": the agency relays it
    expect(who(quotes, 'The Islamic Republic will give')).toEqual(['Abbas Araghchi', 'name', 'said', 'IRNA', false]);
    // (an outlet after "by" with no statement or speech carried is no relay)
    expect(quotesOf('Maduro said the strike was planned by the CIA.')[0]?.via).toBeUndefined();
  });

  it('a statement reported by another: both speakers, and a subject before an irregular past verb', () => {
    const text =
      'U.S. Secretary of State Marco Rubio spoke with the national security advisers of both countries and urged them to "maintain communication and avoid escalation," the State Department said.';
    const quotes = quotesOf(text, '2025-05-08', [], true);
    expect(quotes.map((q) => [q.speaker, q.type, q.text.slice(0, 24)])).toEqual([
      ['State Department', 'mixed', 'U.S. Secretary of State '],
      ['Marco Rubio', 'mixed', 'them to "maintain commun'],
    ]);
    // (the same speaker twice is one statement: `Feinstein said "…," she said`)
    const again = 'Asked about Sullivan, Feinstein said "I don\'t know anything about the emails," she said.';
    expect(quotesOf(again).map((q) => q.type)).toEqual(['direct']);
  });

  it("a presidential runoff: the writer's comment after a frame, and a Polish Karol is a man", () => {
    const text = [
      "WARSAW (Reuters) — Conservative historian Karol Nawrocki won Poland's presidential runoff with 50.89% of the vote, the electoral commission said on Monday, a result that is likely to deepen the stalemate with the government.",
      'Nawrocki beat Warsaw Mayor Rafal Trzaskowski by fewer than 370,000 votes.',
      '"We will win Poland back," Nawrocki told cheering supporters in Warsaw. He promised to use his veto to block laws.',
    ].join('\n');
    const quotes = quotesOf(text, '2025-06-02', [], true);
    expect(quotes[0]!.text).toBe("Conservative historian Karol Nawrocki won Poland's presidential runoff with 50.89% of the vote");
    expect(quotes.find((q) => q.cue === 'promised')?.speaker).toBe('Karol Nawrocki');
  });

  it('a trade war: "said on Tuesday it would", a state newspaper citing experts', () => {
    const quotes = quotesOf(read('trade-retaliation.txt'), '2025-03-04', [], true);
    expect(who(quotes, 'it would impose additional tariffs')?.slice(0, 3)).toEqual(['China', 'name', 'said']);
    expect(who(quotes, 'Beijing had "ample tools"')?.slice(0, 4)).toEqual(['unnamed experts', 'vague', 'said', 'Global Times']);
    expect(quotes.some((q) => q.speaker === 'Beijing')).toBe(false);
    // a participle late in the sentence is no aside of its opening phrase
    const late =
      'That would create a "summer of agony" for Clinton leading up to the convention, forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic pollster.';
    expect(quotesOf(late).map((q) => q.speaker)).toEqual(['Brad Bannon']);
  });

  it('a summit in The Hague: a conjunction before the next speaker, "said it would", a list of countries', () => {
    const text = read('hague-summit.txt');
    const quotes = quotesOf(text, '2025-06-25', [], true);
    expect(quotes.find((q) => q.text.startsWith('to raise their defence spending'))?.text).toMatch(/Donald Trump$/);
    expect(who(quotes, 'it would not meet the goal')?.slice(0, 3)).toEqual(['Spain', 'name', 'said']);
    const baltics = quotes.find((q) => q.text.startsWith('to spend 5%'))!;
    expect(text.slice(baltics.speakerStart, baltics.speakerEnd)).toBe('Estonia, Latvia and Lithuania');
    const opened = 'In Vilnius, Estonia, Latvia and Lithuania said they would spend more on defence.';
    const [q] = quotesOf(opened);
    expect(opened.slice(q!.speakerStart, q!.speakerEnd)).toBe('Estonia, Latvia and Lithuania');
    const polled = 'The poll shows that voters in Alabama, Georgia, Tennessee and Virginia said they want more of it.';
    expect(quotesOf(polled).map((x) => polled.slice(x.speakerStart, x.speakerEnd))).not.toContain('Georgia, Tennessee and Virginia');
  });

  it('a border truce: the report before "X said after …" or "X said, ending …", a body named by a nationality, "but accused" after "had agreed"', () => {
    const text = read('border-truce.txt');
    const quotes = quotesOf(text, '2025-07-28', [], true);
    expect(quotes.map((q) => brief(q, text)).find((q) => q.cue === 'said')).toMatchObject({
      speaker: 'Anwar Ibrahim',
      text: 'Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire',
    });
    expect(
      quotesOf('Both sides agreed on Monday to a ceasefire, Anwar said, ending the worst fighting in a decade.').map((q) => q.text),
    ).toEqual(['Both sides agreed on Monday to a ceasefire']);
    // (not what follows "after" when "that" opens what was said, nor a clause about when as the report)
    expect(quotesOf('Peskov said after the meeting that the talks were useful.').map((q) => q.text)).toEqual(['the talks were useful']);
    expect(
      quotesOf(
        'As Europe faces pressure from a more muscular Russia, Germany has pledged to bolster its military, reversing decades of pacifism.',
      ).map((q) => q.text),
    ).not.toContain('As Europe faces pressure from a more muscular Russia');
    const health = quotes.find((q) => q.cue === 'According to')!;
    expect([health.speaker, text.slice(health.speakerStart, health.speakerEnd)]).toEqual([
      'the Thai health ministry',
      'the Thai health ministry',
    ]);
    expect(quotes.find((q) => q.cue === 'accused' && q.text.startsWith('Cambodia of acting'))?.speaker).toBe('Phumtham Wechayachai');
  });

  it('unrest in Kathmandu: a speaker before a relative clause with a subject of its own, a name in apposition to a role', () => {
    const text = read('kathmandu-unrest.txt');
    const quotes = quotesOf(text, '2025-09-09', [], true);
    expect(who(quotes, 'she was ready to take on the role')?.slice(0, 3)).toEqual(['Sushila Karki', 'name', 'told']);
    expect(
      quotesOf('The minister, whom critics have accused of lying, said on Monday that the deal was fair.').map((q) => [q.speaker, q.text]),
    ).toContainEqual(['The minister', 'the deal was fair']);
    expect(who(quotes, 'the protesters to come to talks')?.slice(0, 3)).toEqual(['Ashok Raj Sigdel', 'name', 'called on']);
    // (a participle in apposition is no verb of the name before it; a form in -ing after an owner is a noun)
    const held = 'Instead of a quick fall, Assad, aided by Russia and opposed by the U.S., held on even as rebels were given arms.';
    expect(quotesOf(held).map((q) => q.speaker)).not.toContain('Assad');
    expect(quotesOf("His wife offered a preview of the candidate's thinking in an interview just before the vote.")).toEqual([]);
  });

  it('strikes on boats: a dateline of two cities, an audience no speaker names before "that"', () => {
    const text = read('boat-strikes.txt');
    const quotes = quotesOf(text, '2025-10-15', [], true);
    expect(quotes.find((q) => q.speaker === 'Pete Hegseth')?.text).toBe(
      "The U.S. military struck another vessel off Venezuela's coast on Tuesday, killing six people",
    );
    expect(who(quotes, 'Venezuela had deployed troops')?.slice(0, 3)).toEqual(['Diosdado Cabello', 'name', 'told']);
    expect(quotes.find((q) => q.speaker === 'Diosdado Cabello')?.text).toMatch(/^Venezuela had deployed/);
    expect(quotesOf('Sanders told a cheering crowd in West Virginia on Monday that he expects to win.').map((q) => q.text)).toEqual([
      'he expects to win',
    ]);
  });

  it('a takeover in Madagascar: a military unit speaks, an oath of office is no cue, a claim another party disputes', () => {
    const text = read('madagascar-takeover.txt');
    const quotes = quotesOf(text, '2025-10-14');
    expect(who(quotes, 'it had taken power in Madagascar')?.slice(0, 3)).toEqual(['An elite army unit', 'role', 'said']);
    // ("said on Tuesday it had …": the learned filter keeps a clause opened so, by a role as by a name)
    expect(who(quotesOf(text, '2025-10-14', [], true), 'it had taken power in Madagascar')?.[0]).toBe('An elite army unit');
    expect(quotes.map((q) => q.cue)).not.toContain('sworn');
    expect(quotesOf('The president swore in the new cabinet on Monday.')).toEqual([]);
    expect(quotesOf('He swore he had never met the man.').map((q) => q.text)).toEqual(['he had never met the man']);
    expect(who(quotes, 'At least 22 people were killed')?.slice(0, 3)).toEqual(['United Nations', 'name', 'according to']);
    expect(quotes.map((q) => q.cue)).not.toContain('disputed');
    expect(quotesOf('Prices rose 3 percent, the bank said, a figure economists had expected.').map((q) => [q.speaker, q.text])).toEqual([
      ['the bank', 'Prices rose 3 percent'],
    ]);
    expect(quotesOf('A number of readers asked whether the figure was right.').map((q) => q.speaker)).toEqual(['A number of readers']);
  });

  it("Moldova's vote: results that show, a count after 'said about', a claim another side rejected, the writer's verdict", () => {
    const text = read('moldova-vote.txt');
    const quotes = quotesOf(text, '2025-09-29');
    expect(who(quotes, "President Maia Sandu's pro-European party won")?.slice(0, 3)).toEqual(['near-complete results', 'role', 'showed']);
    expect(quotesOf('Preliminary results showed the party had won a majority.').map((q) => q.text)).toEqual([
      'the party had won a majority',
    ]);
    expect(quotesOf('Polls showing a tight race unsettled the campaign.')).toEqual([]);
    expect(quotes.find((q) => q.speaker === 'Police')?.text).toBe(
      'about 200 people had gathered by midday and that no arrests had been made',
    );
    expect(quotes.find((q) => q.speaker === 'Dmitry Peskov')?.text).toBe(
      'hundreds of thousands of Moldovans living in Russia had been denied the chance to vote',
    );
    expect(quotesOf('The party won a majority, results showed, a blow to Moscow.').map((q) => q.text)).toEqual([
      'The party won a majority',
    ]);
  });

  it("a framework for eastern Congo: charges the other side denies are the writer's words, not the accuser's", () => {
    const text = read('congo-framework.txt');
    const quotes = quotesOf(text, '2025-11-15', [], true);
    expect(quotes.find((q) => q.cue === 'accuses')?.text).toBe(
      'Rwanda of arming the rebels and deploying thousands of its own troops in eastern Congo',
    );
    const network = 'Officials said they had uncovered a network paid by Moscow, accusations the Kremlin called unfounded.';
    expect(quotesOf(network).map((q) => q.text)).toEqual(['they had uncovered a network paid by Moscow']);
    expect(quotesOf('The army said 40 were killed, figures that could not be verified.').map((q) => q.text)).toEqual(['40 were killed']);
    // (a capital that speaks is its country's state, the country the article names)
    expect(who(quotes, 'Rwanda of arming the rebels')?.slice(0, 3)).toEqual(['Congo', 'name', 'accuses']);
    // ("with U.S. support": a noun-or-verb word after a preposition and a name is the noun)
    const support = 'By Staff Writer\n\nThe deal, brokered by Qatar with U.S. support, sets out eight steps towards a settlement.';
    expect(quotesOf(support).map((q) => q.cue)).toEqual([]);
  });

  it("Tanzania's disputed vote: an unnamed source in a city of three words, a name after the role it holds, a body named by its seat", () => {
    const text = read('tanzania-vote.txt');
    const quotes = quotesOf(text, '2025-11-01', [], true);
    expect(who(quotes, 'there was credible evidence')?.slice(0, 3)).toEqual(['A diplomatic source in Dar es Salaam', 'vague', 'told']);
    expect(who(quotes, 'the conditions for a credible election')?.slice(0, 3)).toEqual(['Mokgweetsi Masisi', 'name', 'told']);
    // ("said in a speech at her swearing-in that …": where it was said stands between the verb and "that")
    expect(who(quotes, 'the election had been free and fair')?.slice(0, 3)).toEqual(['Samia Suluhu Hassan', 'name', 'said']);
    const paris = 'France, the former colonial power, took note of the results, the foreign ministry in Paris said.';
    expect(quotesOf(paris).map((q) => [q.speaker, q.text])).toEqual([
      ['the foreign ministry in Paris', 'France, the former colonial power, took note of the results'],
    ]);
    expect(quotesOf('Officials in Moscow said the talks were useful.').map((q) => q.speakerKind)).toEqual(['vague']);
  });

  it('an envoy in the Kremlin: "told reporters early on Wednesday", a report citing its sources before "that", comments the writer describes', () => {
    const text = read('kremlin-envoy.txt');
    const quotes = quotesOf(text, '2025-12-03', [], true);
    expect(who(quotes, 'Russian President Vladimir Putin held five hours of talks')?.slice(0, 3)).toEqual(['Yuri Ushakov', 'name', 'told']);
    const bloomberg = quotes.find((q) => q.via === 'Bloomberg News');
    expect([bloomberg?.speaker, bloomberg?.speakerKind, bloomberg?.text]).toEqual([
      'people familiar with the matter',
      'vague',
      'Witkoff was expected to meet Ukrainian negotiators in Miami later this week',
    ]);
    expect(quotes.map((q) => q.cue)).not.toContain('citing');
    expect(quotes.find((q) => q.speaker === 'Vladimir Putin')?.text).toBe(
      'Russia was "not planning to fight Europe" but was ready "right now" if Europe wanted a war',
    );
    // ("told a regular news briefing on Thursday that …": the audience and when, then what was said)
    const briefing =
      "BEIJING, Nov 20 (Reuters) - China's foreign ministry spokeswoman Mao Ning told a regular news briefing on Thursday that Japan should retract the remarks.";
    expect(quotesOf(briefing, '2025-11-20', [], true).map((q) => [q.speaker, q.text])).toEqual([
      ['Mao Ning', 'Japan should retract the remarks'],
    ]);
    // (a country's people as a poll counts them are no named speaker; "the Russians" of a war's side are the state)
    const poll =
      'Sixty-seven percent of Americans said they had an unfavorable impression of Trump. The Russians said they had taken the village.';
    expect(quotesOf(poll).map((q) => [q.speaker, q.speakerKind])).toEqual([
      ['Sixty-seven percent of Americans', 'vague'],
      ['Russians', 'name'],
    ]);
    // ("they" after a plural phrase naming no one, in the sentence before, is those people)
    const aides = 'The aides said the plan was dead. They said the votes were not there. Their analysis shows the votes were there.';
    expect(quotesOf(aides).map((q) => [q.speaker, q.speakerKind])).toEqual([
      ['The aides', 'vague'],
      ['The aides', 'vague'],
      ['Their analysis', 'role'],
    ]);
    // ("His campaign said": the owner the pronoun stands for, when the knowledge base knows them)
    const campaign = 'Donald Trump spoke in Iowa on Monday. His campaign said the rally drew 10,000 people. His son said it was bigger.';
    expect(quotesOf(campaign).map((q) => q.speaker)).toEqual(["Donald Trump's campaign", 'His son']);
    // ("McCain said, citing low economic growth": what a speaker points to is still theirs)
    expect(quotesOf('"It is a reflection of frustration," McCain said, citing low economic growth.').map((q) => q.cue)).toContain('citing');
  });

  it('a speaker named after the cue whose description has commas of its own, to the end of the sentence', () => {
    const romero =
      'Clinton has a strong ground game in the state, said Mindy Romero, director of the Civic Engagement Project at the University of California, Davis, Center for Regional Change.';
    expect(quotesOf(romero).map((q) => [q.speaker, q.text])).toEqual([['Mindy Romero', 'Clinton has a strong ground game in the state']]);
    const egge =
      "It's the first time a candidate has made Alzheimer's a major campaign issue, said Robert Egge, executive director of the Alzheimer's Impact Movement, whose advocates lean on all campaigns.";
    expect(quotesOf(egge).map((q) => q.speaker)).toEqual(['Robert Egge']);
    // (a clause of its own after the description: what was said goes on there, so the opening phrase alone is not it)
    const teck =
      'Rather than seeing the tax burden rise further, said Marcia Smith, senior vice president for sustainability, Teck wants the gap narrowed.';
    expect(quotesOf(teck).map((q) => q.text)).not.toContain('Rather than seeing the tax burden rise further');
  });

  it('an unnamed source tied to what it knows: "briefed on", "with knowledge of", "involved in"', () => {
    const said = (text: string) => quotesOf(text).map((q) => [text.slice(q.speakerStart, q.speakerEnd), q.speakerKind]);
    expect(said('An official briefed on the talks said the sides remained far apart.')).toEqual([
      ['An official briefed on the talks', 'vague'],
    ]);
    expect(said('A person with knowledge of the talks said the offer was rejected.')).toEqual([
      ['A person with knowledge of the talks', 'vague'],
    ]);
    expect(said('The offer was rejected, said a person with knowledge of the talks.')).toEqual([
      ['a person with knowledge of the talks', 'vague'],
    ]);
    expect(said('Officials involved in the talks said a deal was near.')).toEqual([['Officials involved in the talks', 'vague']]);
    // how the source stays anonymous is not what it said
    const anonymous = 'Estonia requested consultations, two diplomats told Reuters, speaking on condition of anonymity.';
    expect(quotesOf(anonymous).map((q) => q.text)).toEqual(['Estonia requested consultations']);
    // a clause of its own after the source ("…, and there were …"), and a document an outlet reported
    const police =
      'Only one person was killed by a gun last year in Japan, according to the National Police Agency, and there were only eight reported incidents.';
    expect(quotesOf(police).map((q) => q.text)).toEqual(['Only one person was killed by a gun last year in Japan']);
    const court = 'Trump gave his blessing, according to court documents reported previously by The Post, becoming the owner.';
    expect(quotesOf(court).map((q) => q.cue)).toEqual(['according to']);
    // a short clause that opens its sentence and the source that closes it
    expect(said('The talks had stalled, according to two people familiar with the matter.')).toEqual([
      ['two people familiar with the matter', 'vague'],
    ]);
  });

  it('"the alliance", "a spokesperson for the bloc": the organisation the article named; "the commission" may be any', () => {
    const bloc = 'The European Union urged the authorities to investigate, a spokesperson for the bloc said in a statement.';
    expect(quotesOf(bloc).map((q) => [q.speaker, bloc.slice(q.speakerStart, q.speakerEnd)])[0]).toEqual([
      'European Union',
      'a spokesperson for the bloc',
    ]);
    const alliance = 'NATO scrambled jets on Sunday. The alliance said it would defend every ally.';
    expect(quotesOf(alliance).map((q) => [q.speaker, q.speakerKind])).toEqual([['NATO', 'role']]);
    const vote = 'The European Union urged calm after the vote. Turnout was 59 percent in the election, according to the commission.';
    expect(quotesOf(vote).find((q) => q.text.startsWith('Turnout'))?.speaker).toBe('the commission');
  });

  it('"the statement" goes on quoting the speaker who issued one, not one a report only mentioned; "the group" the organisation', () => {
    const post = 'Hamas said in a Telegram post that it had accepted the proposal. The statement added that talks would continue.';
    expect(quotesOf(post).map((q) => [q.speaker, post.slice(q.speakerStart, q.speakerEnd)])).toEqual([
      ['Hamas', 'Hamas'],
      ['Hamas', 'The statement'],
    ]);
    const mentioned =
      'The Times said Cook provided a written statement in response to its questions. "It was a mistake," the statement said.';
    expect(quotesOf(mentioned).find((q) => q.text.startsWith('It was'))?.speaker).toBe('the statement');
    // "the group", "the organization": the organisation quoted last
    const group = 'Hamas said on Saturday it was studying the proposal. "We have accepted the proposal," the group said in a statement.';
    expect(quotesOf(group).map((q) => q.speaker)).toEqual(['Hamas', 'Hamas']);
  });

  it('a poll\'s shares of people: "47 percent said", "About 9 percent", "One in three", unnamed', () => {
    const row = (text: string) => quotesOf(text).map((q) => [q.speaker, q.speakerKind, q.text]);
    expect(
      row('Among Trump voters, 74 percent said they are set on voting for him, while 22 percent said they might change their mind.'),
    ).toEqual([
      ['74 percent', 'vague', 'they are set on voting for him'],
      ['22 percent', 'vague', 'they might change their mind'],
    ]);
    expect(row('About 9 percent said they had no preference.')).toEqual([['About 9 percent', 'vague', 'they had no preference']]);
    expect(row('About 47% said they would vote for him.')[0]?.slice(0, 2)).toEqual(['About 47%', 'vague']);
    expect(row('Twenty-four percent said they were more likely to vote for him.')[0]?.slice(0, 2)).toEqual([
      'Twenty-four percent',
      'vague',
    ]);
    expect(row('One in three said the party does not care about them.')).toEqual([
      ['One in three', 'vague', 'the party does not care about them'],
    ]);
    // ("Six in 10" is no time, as "in 2010" is; "nine out of 10", "Two-thirds")
    expect(row('Six in 10 say he is at least somewhat decisive.').map((q) => q[0])).toEqual(['Six in 10']);
    expect(row('Nearly nine out of 10 say they will need new skills.').map((q) => q[0])).toEqual(['Nearly nine out of 10']);
    expect(row('Two-thirds said the government should act.').map((q) => q[0])).toEqual(['Two-thirds']);
  });

  it('economic figures: the people an outlet polled, data that shows', () => {
    const polled = 'Economists polled by Reuters had expected a 2 percent rise.';
    expect(quotesOf(polled).map((q) => [q.speaker, q.speakerKind])).toEqual([['Economists polled by Reuters', 'vague']]);
    const poll = 'A Reuters poll of 40 economists showed that most expect a cut in March.';
    expect(quotesOf(poll).map((q) => poll.slice(q.speakerStart, q.speakerEnd))[0]).toBe('A Reuters poll of 40 economists');
    const data = 'Exports fell 5 percent in October, data from the customs office showed.';
    expect(quotesOf(data, null, [], true).map((q) => [q.speaker, q.text])).toEqual([
      ['data from the customs office', 'Exports fell 5 percent in October'],
    ]);
  });

  it('an outlet citing its sources relays what they said, before or after its verb, and whom it cites is no claim of its own', () => {
    const row = (q: Quote) => [q.speaker, q.speakerKind, q.cue, q.via ?? null, q.text];
    const reuters = 'Reuters, citing two people familiar with the matter, reported that the talks had stalled.';
    expect(quotesOf(reuters).map(row)).toEqual([
      ['two people familiar with the matter', 'vague', 'reported', 'Reuters', 'the talks had stalled'],
    ]);
    const ria = 'Russia will cut gas supplies, the RIA news agency reported, citing Deputy Prime Minister Alexander Novak.';
    expect(quotesOf(ria).map(row)).toEqual([['Alexander Novak', 'name', 'reported', 'RIA', 'Russia will cut gas supplies']]);
    // ("the Post" after "The Washington Post": the short name the article gives the outlet)
    const post =
      'The Washington Post reported that Lewandowski was ousted. Members of the Trump family long ago soured on him, the Post reported, citing another anonymous source.';
    expect(quotesOf(post, null, [], true).map((q) => [q.speaker, q.via ?? null])).toEqual([
      ['Washington Post', null],
      ['another anonymous source', 'Washington Post'],
    ]);
    const agency = 'The RIA news agency, citing a source in the defence ministry, said the aircraft were on a routine flight.';
    expect(quotesOf(agency).map((q) => q.via)).toEqual(['RIA']);
    const bloomberg = 'The Kremlin is preparing a new offensive, Bloomberg reported on Tuesday, citing officials in Kyiv.';
    expect(quotesOf(bloomberg).map((q) => [q.speakerKind, q.cue, q.via])).toEqual([['vague', 'reported', 'Bloomberg']]);
    // the people of a body who speak unnamed are unnamed ("administration officials", "campaign aides")
    expect(quotesOf('Administration officials said the talks would resume.').map((q) => q.speakerKind)).toEqual(['vague']);
    // a person citing someone still speaks for themself
    const eilperin = 'Obama did not pick a nominee to please anyone, wrote Juliet Eilperin, citing participants in the meeting.';
    expect(quotesOf(eilperin)[0]?.speaker).toBe('Juliet Eilperin');
  });

  it("Chile's first round: results from an electoral service show, others who did as the speaker did are the writer's", () => {
    const text = read('chile-runoff.txt');
    const quotes = quotesOf(text, '2025-11-17');
    expect(who(quotes, "Chile's presidential election will go to a runoff")?.slice(0, 3)).toEqual([
      'results from the Servel electoral service',
      'name',
      'showed',
    ]);
    expect(quotes.find((q) => q.speaker === 'Evelyn Matthei')?.text).toBe('she would back Kast in the second round');
    // (a document about a place is not the place's)
    const data = 'Consider this: SurveyMonkey data from Iowa showed a seismic shift among caucus goers in the final week.';
    expect(quotesOf(data).map((q) => [q.speaker, q.speakerKind])).toEqual([['SurveyMonkey data from Iowa', 'role']]);
  });

  it('strikes between Iran and Israel, India and Pakistan: a statement carried by state media, a service that speaks, "wrote on X that", "Its military"', () => {
    const guards = 'The Revolutionary Guards said in a statement carried by state media that they had targeted military bases.';
    expect(quotesOf(guards, '2025-06-13', [], true).map((q) => q.text)).toEqual(['they had targeted military bases']);
    const ambulance = "Israel's ambulance service said at least 40 people were wounded, two of them seriously.";
    expect(quotesOf(ambulance).map((q) => q.speaker)).toEqual(["Israel's ambulance service"]);
    expect(quotesOf('Rallying hundreds of service workers, she promised a raise.').map((q) => q.speaker)).not.toContain('service workers');
    const araghchi = 'Foreign Minister Abbas Araghchi wrote on X that the attack amounted to a declaration of war.';
    expect(quotesOf(araghchi, '2025-06-13', [], true).map((q) => q.text)).toEqual(['the attack amounted to a declaration of war']);
    // (an act going on is no cue: no quote of its own inside Netanyahu's)
    const going = 'Netanyahu said the operation would continue "for as many days as it takes" to remove the threat.';
    expect(quotesOf(going).map((q) => q.cue)).toEqual(['said']);
    const its = 'Pakistan said the strikes killed 26 civilians. Its military said it had shot down five Indian fighter jets.';
    expect(quotesOf(its).map((q) => q.speaker)).toEqual(['Pakistan', "Pakistan's military"]);
  });

  it('a truce in Sudan: what happened since, set against what was said after ", but", is the writer\'s', () => {
    const rsf = 'The RSF said on Thursday it would abide by a unilateral ceasefire, but fighting has continued around Babanusa.';
    expect(quotesOf(rsf).map((q) => q.text)).toEqual(['it would abide by a unilateral ceasefire']);
    // (an opinion still held goes on with what was said)
    const held = 'I know you don’t want to vote for her, but all the pundits have been trying to convince you otherwise.';
    expect(quotesOf(held).map((q) => q.text)).toEqual([
      'you don’t want to vote for her, but all the pundits have been trying to convince you otherwise',
    ]);
  });

  it('a declaration at the White House: "it" opening what a body reported is the body, not the country in its name', () => {
    const text = "Russia's foreign ministry said it welcomed any step toward peace.";
    expect(quotesOf(text).map((q) => [q.speaker, q.cue])).toEqual([
      ["Russia's foreign ministry", 'said'],
      ["Russia's foreign ministry", 'welcomed'],
    ]);
    // ("they" opening the next sentence is the people who spoke)
    const investors = 'Some investors said rates would rise. They do not expect higher rates to significantly undermine growth.';
    expect(quotesOf(investors).map((q) => q.speaker)).toEqual(['Some investors', 'Some investors']);
  });

  it('a cut cable in the Baltic: a clause with its own verb after a comma, "Others" and "Some", "warned that" with a plural', () => {
    const quotes = quotesOf(read('baltic-cable.txt'), '2024-12-26', [], true);
    // "said the pattern of incidents, including …, suggested a deliberate campaign": one clause, its verb no inverted frame
    expect(who(quotes, 'the pattern of incidents')?.slice(0, 3)).toEqual(['Some analysts', 'vague', 'said']);
    expect(quotes.find((q) => q.text.startsWith('the pattern'))?.text).toMatch(/suggested a deliberate campaign$/);
    expect(quotes.some((q) => q.speaker === 'a deliberate campaign')).toBe(false);
    expect(who(quotes, 'anchors are dragged by accident')?.slice(0, 3)).toEqual(['Others', 'vague', 'cautioned']);
    expect(quotesOf('Some said the economy would slow, while others said it would grow.').map((q) => [q.speaker, q.text])).toEqual([
      ['Some', 'the economy would slow'],
      ['others', 'it would grow'],
    ]);
    // "that" before a plural opens what was said; before a singular role noun it may point at whom
    expect(quotesOf('Experts warned that anchors are dragged by accident.').map((q) => q.text)).toEqual([
      'anchors are dragged by accident',
    ]);
    expect(quotesOf('He told that reporter the deal was dead.').map((q) => q.text)).toEqual(['the deal was dead']);
    // a quantifier joined to a name, or before an adverb, is no speaker of its own
    expect(
      quotesOf('Hawkins and others who want to ban abortion said the ruling will make the choice even more stark.').map((q) => q.speaker),
    ).not.toContain('others');
    expect(quotesOf('He backed the ban, and most recently defended the use of the image.').map((q) => q.speaker)).not.toContain('most');
  });

  it('drones over Poland: a post before a refusal, "It" after a ministry, relays by agencies that carried or quoted it', () => {
    const quotes = quotesOf(read('poland-drones.txt'), '2025-09-10', [], true);
    // `posted …: "…?… !" The White House did not respond …`: the post is Trump's, the refusal reports nothing
    expect(who(quotes, "What's with Russia")?.slice(0, 3)).toEqual(['Donald Trump', 'name', 'posted']);
    expect(quotes.some((q) => q.speaker === 'White House')).toBe(false);
    // "It said" opening the sentence after the ministry's is the ministry, not Ukraine its words named
    expect(who(quotes, 'it was ready to hold consultations')?.slice(0, 3)).toEqual(["Russia's defence ministry", 'pronoun', 'said']);
    // "was quoted by RIA Novosti as saying": the diplomat speaks, the agency relays
    expect(who(quotes, 'Poland had presented no evidence')?.slice(0, 4)).toEqual(['Andrei Ordash', 'name', 'as saying', 'RIA Novosti']);
    // "…, the general staff said in a statement carried by state news agency BelTA."
    const carried = quotesOf(
      'The drones lost their way, the Belarusian general staff said in a statement carried by state news agency BelTA.',
    );
    expect(carried.map((q) => [q.speaker, q.text, q.via])).toEqual([
      ['the Belarusian general staff', 'The drones lost their way', 'BelTA'],
    ]);
    expect(quotesOf('Drones lost their way over the border, Lukashenko said on Telegram.').map((q) => q.text)).toEqual([
      'Drones lost their way over the border',
    ]);
    // (a refusal after a quotation takes none of it; nor does a verb deep in a clause about a chance)
    const refused = quotesOf('Trump wrote on Truth Social: "Here we go!" The Kremlin declined to comment.');
    expect(refused.map((q) => [q.speaker, q.cue])).toEqual([['Trump', 'wrote']]);
    const clause =
      '"We wanted a say," Corker said, pointing out that 98 senators voted last year to insist on a chance to review the deal. "Most Democrats agree that a president should not do that."';
    expect(quotesOf(clause).map((q) => q.speaker)).not.toContain('98 senators');
  });

  it('a trade truce in Busan: a readout an agency published relays what it reports', () => {
    const told = quotesOf(
      'Xi told Trump that the two countries should be "partners and friends", according to a readout published by state news agency Xinhua.',
    );
    // the readout, relayed by the agency, reports the sentence; Xi's words come through both
    expect(told.map((q) => [q.speaker, q.via, q.type, q.text])).toEqual([
      ['a readout', 'Xinhua', 'mixed', 'Xi told Trump that the two countries should be "partners and friends"'],
      ['Xi', 'Xinhua', 'mixed', 'the two countries should be "partners and friends"'],
    ]);
    const agreed = quotesOf('The two sides agreed to extend the pause, according to a readout published by Xinhua.');
    expect(agreed.map((q) => [q.speaker, q.via])).toEqual([
      ['a readout', 'Xinhua'],
      ['The two sides', 'Xinhua'],
    ]);
  });

  it('a Czech election: a speaker named by age, "the outgoing premier", "His party" after another spoke', () => {
    // (entities dated: "the former prime minister" is Babis)
    const quotes = datedQuotesOf(read('czech-election.txt'), '2025-10-04');
    // "…," the 71-year-old told supporters: the one the story is about, not the prime minister whose coalition came second
    expect(who(quotes, 'We will save the Czech Republic')?.slice(0, 3)).toEqual(['Andrej Babis', 'role', 'told']);
    // a premier is a prime minister
    expect(who(quotes, 'Unfortunately we did not manage')?.slice(0, 3)).toEqual(['Petr Fiala', 'role', 'said']);
    // "His" is Babis, named the sentence before, not Pavel who spoke last
    expect(who(quotes, 'the case is politically motivated')?.[0]).toBe("Andrej Babis's party");
  });

  it('a Kremlin aide relayed by Interfax, and an unnamed official whose quotation opens the sentence', () => {
    const ushakov = quotesOf(
      'Kremlin aide Yuri Ushakov told reporters that Putin and Trump had agreed to meet in Budapest, Interfax news agency reported.',
      null,
      [],
      true,
    );
    // "that Putin and Trump had agreed": the two are one subject, inside what Ushakov told
    expect(ushakov.map((q) => [q.speaker, q.via ?? null])).toContainEqual(['Yuri Ushakov', 'Interfax']);
    const official = quotesOf(
      '"It\'s a good day," a senior U.S. official told reporters on condition of anonymity, adding that details were still being worked out.',
      null,
      [],
      true,
    );
    expect(official.map((q) => [q.type, q.text])).toContainEqual(['direct', "It's a good day,"]);
  });

  it("an office speaks, not the person whose office it is, nor a body in that person's title", () => {
    const office = quotesOf(
      "Israeli Prime Minister Benjamin Netanyahu's office said in a statement that Israel was preparing for the first stage.",
    );
    expect(office.map((q) => q.speaker)).toEqual(["Israeli Prime Minister Benjamin Netanyahu's office"]);
    const ryan = quotesOf("House Speaker Paul Ryan's office announced Friday that Ryan will meet with Trump next week.");
    expect(ryan.map((q) => q.speaker)).toEqual(["House Speaker Paul Ryan's office"]);
  });

  it('a quotation that ends a clause the writer opened is a mixed report, which a quotation after the frame goes on', () => {
    const zakharova = quotesOf(
      'The move is "a direct threat to Russia\'s security," Foreign Ministry spokeswoman Maria Zakharova told a briefing in Moscow.',
    );
    expect(zakharova.map((q) => [q.type, q.speaker, q.text])).toEqual([
      ['mixed', 'Maria Zakharova', 'The move is "a direct threat to Russia\'s security,"'],
    ]);
    const burman = quotesOf('Sooner or later, "I think we will have a consumption tax," Leonard Burman said. "It is coming."');
    expect(burman.map((q) => [q.type, q.speaker, q.fragments?.length ?? 1])).toEqual([['mixed', 'Leonard Burman', 2]]);
    // (a frame with no speaker of its own reports no clause: "summed up Clinton as "terrible," denounced her record")
    const joined = quotesOf('Trump further summed up Clinton as "terrible," denounced her record and said she should not run.');
    expect(joined.some((q) => q.type === 'mixed' && q.speaker === null)).toBe(false);
  });

  it('"they" after two people named together is the two of them, not whom others acted with', () => {
    const pair = quotesOf(
      'When I met with Jim VandeHei and Mike Allen, they were tight-lipped about their venture. They said they would describe it only in the broadest terms.',
    );
    expect(pair.map((q) => q.speaker)).toContain('Jim VandeHei and Mike Allen');
    const object = quotesOf(
      'In a paper they wrote with Daron Acemoglu and Brendan Price, they estimated that imports cost two million jobs.',
    );
    expect(object.map((q) => q.speaker)).not.toContain('Daron Acemoglu and Brendan Price');
  });

  it('state television and an agency that quoted relay, named before the speaker or after the cue', () => {
    const via = (text: string) => quotesOf(text).map((q) => [q.speaker, q.via ?? null]);
    expect(via('In comments carried by state television, Lukashenko said Minsk had warned Warsaw about the drones.')).toEqual([
      ['Lukashenko', 'state television'],
    ]);
    expect(via('Araghchi said in a statement carried by the state news agency IRNA that Tehran would respond.')).toEqual([
      ['Araghchi', 'IRNA'],
    ]);
    expect(via('Lavrov was quoted as saying by RIA Novosti that the West had "lost its mind".')).toEqual([['Lavrov', 'RIA Novosti']]);
  });

  it('the Kremlin answers NATO: its spokesman by office, a clause reported after a named writer', () => {
    const quotes = datedQuotesOf(read('kremlin-responds.txt'), '2025-10-02');
    // "The Kremlin's spokesman said": the office's holder on the day (named later), not Putin who spoke last
    expect(who(quotes, 'We have nothing to add')?.slice(0, 3)).toEqual(['Peskov', 'role', 'said']);
    // "…, Dmitry Medvedev, the deputy chairman of the Security Council, wrote on Telegram."
    expect(who(quotes, 'Russia will respond to any aggression')?.slice(0, 3)).toEqual(['Dmitry Medvedev', 'name', 'wrote']);
  });

  it('what a speaker said they believed is one report, not a second one for the belief', () => {
    const text = 'Some European officials said they believed the incursion was a deliberate test. Tusk said he believed it was deliberate.';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue])).toEqual([
      ['Some European officials', 'said'],
      ['Tusk', 'said'],
    ]);
  });

  it('Brussels speaks for the European Union, not for Belgium', () => {
    const text = 'The European Union and Belgium were named. Brussels said it would respond to the tariffs with countermeasures.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['European Union']);
  });

  it('a quotation of several sentences ends with its closing mark, and a frame after an apposition is its own', () => {
    const call =
      '"I am calling from the campaign. How are you today?" Miller, a retired worker from a nuclear plant, said pleasantly into the phone.';
    expect(quotesOf(call).map((q) => [q.speaker, q.text])).toEqual([['Miller', 'I am calling from the campaign. How are you today?']]);
    // a book's title after "published" is no quotation, however long
    const book =
      'In 1991, John O\'Donnell published "Trumped! The Inside Story of the Real Donald Trump." In it, he departed from the story.';
    expect(quotesOf(book)).toEqual([]);
  });

  it('an airspace breach over Estonia: "in what it called", a denial with no "that", an anonymous relay, an agency citing its source', () => {
    const quotes = datedQuotesOf(read('estonia-airspace.txt'), '2026-11-30');
    expect(who(quotes, 'an "unprecedentedly brazen" incursion')?.slice(0, 2)).toEqual(['the Estonian foreign ministry', 'pronoun']);
    expect(who(quotes, 'the jets had strayed')?.slice(0, 3)).toEqual(["Russia's defence ministry", 'name', 'denied']);
    expect(who(quotes, 'Estonia requested consultations')).toEqual([
      'two diplomats familiar with the matter',
      'vague',
      'told',
      'Reuters',
      false,
    ]);
    expect(who(quotes, 'the aircraft were on a routine flight')).toEqual([
      'a source in the defence ministry',
      'vague',
      'said',
      'RIA',
      false,
    ]);
    expect(who(quotes, 'allies stood in full solidarity')?.slice(0, 2)).toEqual(['Mark Rutte', 'role']);
    // what the alliance would do is part of what Rutte said, not a statement of its own
    expect(quotes.filter((q) => q.text.includes('swiftly and decisively')).map((q) => q.speaker)).toEqual(['Mark Rutte']);
  });

  it('five stories of a week in December: a thing added, a Chinese family name, a frame inside its subject, a relay in its own sentence', () => {
    const baltic = datedQuotesOf(read('baltic-patrols.txt'), '2026-12-02');
    // "NATO will add fighter jets …" is what Rutte said, not a statement of NATO's
    expect(baltic.filter((q) => q.text.includes('fighter jets')).map((q) => [q.speaker, q.cue])).toEqual([['Mark Rutte', 'said']]);
    expect(who(baltic, 'the claims as')?.slice(0, 4)).toEqual(['Alexander Lukashenko', 'name', 'dismissed', 'BelTA']);
    const farm = datedQuotesOf(read('farm-tariffs.txt'), '2026-12-03');
    expect(who(farm, 'China remained open')?.slice(0, 3)).toEqual(['He Yadong', 'name', 'told']);
    expect(who(farm, 'he expected to speak')?.slice(0, 4)).toEqual(['Scott Bessent', 'pronoun', 'told', 'Fox Business']);
    const tbilisi = read('tbilisi-local-vote.txt');
    const vote = datedQuotesOf(tbilisi, '2026-11-30');
    const drag = vote.find((q) => q.text.includes('drag the country'))!;
    expect([drag.speaker, drag.fragments?.map(([a, b]) => tbilisi.slice(a, b).slice(0, 20))]).toEqual([
      'Irakli Kobakhidze',
      ['The opposition', 'was "trying to drag '],
    ]);
    const talks = datedQuotesOf(read('abu-dhabi-talks.txt'), '2026-12-01');
    // TASS, named in the next paragraph, relays Lavrov, not what Zelenskiy said before it
    expect(who(talks, 'Ukraine would not surrender')?.slice(0, 4)).toEqual(['Volodymyr Zelenskiy', 'pronoun', 'said', null]);
    expect(who(talks, 'Europe was')?.slice(0, 4)).toEqual(['Sergei Lavrov', 'name', 'as saying', 'TASS']);
    expect(who(talks, 'any deal rewarding')?.slice(0, 2)).toEqual(['Boris Johnson', 'role']);
    const spending = datedQuotesOf(read('spending-target.txt'), '2026-12-02');
    expect(spending.filter((q) => q.cue === 'agreed')).toEqual([]);
    expect(who(spending, 'the Baltic states would')?.slice(0, 2)).toEqual(['Dovile Sakaliene', 'pronoun']);
  });

  it('chip curbs and rare earths: a participle that describes a truce, a fact sheet and a readout that speak for their makers', () => {
    const text = read('chip-curbs.txt');
    const quotes = datedQuotesOf(text, '2026-11-29');
    expect(quotes.filter((q) => q.text.includes('violated')).map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Donald Trump', 'wrote', 'China had "violated" the truce agreed in Busan'],
    ]);
    const sheet = quotes.find((q) => q.text.startsWith('the new rules cover'))!;
    expect([sheet.speaker, text.slice(sheet.speakerStart, sheet.speakerEnd)]).toEqual(['White House', 'a White House fact sheet']);
    const readout = 'A Kremlin readout of the call said the leaders discussed Ukraine.';
    expect(quotesOf(readout).map((q) => [q.speaker, readout.slice(q.speakerStart, q.speakerEnd)])).toEqual([
      ['Kremlin', 'A Kremlin readout of the call'],
    ]);
  });

  it('a count in Tbilisi: "the commission" named before, a dismissal after a belief the speaker reported, a spokesperson for the bloc', () => {
    const quotes = datedQuotesOf(read('tbilisi-count.txt'), '2026-10-27');
    expect(who(quotes, 'Turnout was 59 percent')?.slice(0, 2)).toEqual(['Central Election Commission', 'role']);
    expect(who(quotes, 'the fraud claims as')?.slice(0, 3)).toEqual(['Irakli Kobakhidze', 'name', 'dismissed']);
    expect(quotes.filter((q) => q.speaker === 'voters')).toEqual([]);
    expect(who(quotes, 'The European Union urged')?.slice(0, 3)).toEqual(['European Union', 'name', 'said']);
  });

  it("a Security Council meeting: an appeal after what someone's words showed is the frame's speaker's, comments broadcast by state television", () => {
    const quotes = datedQuotesOf(read('security-council.txt'), '2026-11-20');
    expect(who(quotes, 'allies to tighten sanctions')?.slice(0, 3)).toEqual(['Volodymyr Zelensky', 'name', 'urged']);
    expect(quotes.some((q) => q.speaker === "Putin's words")).toBe(false);
    expect(who(quotes, 'Europe was "dragging')?.slice(0, 2)).toEqual(['Dmitry Medvedev', 'name']);
    // the outlet that carried the words, after a comma that opens where they were carried
    expect(who(quotes, 'We are not against a truce')).toEqual(['Vladimir Putin', 'name', 'told', 'state television', false]);
  });

  it('truce talks in Cairo: a spokesperson of a body speaks for it, officials briefed on the talks, a relay through AFP', () => {
    const quotes = datedQuotesOf(read('cairo-talks.txt'), '2026-09-14');
    expect(who(quotes, 'U.S. envoy Steve Witkoff is expected')?.slice(0, 2)).toEqual(['State Department', 'name']);
    expect(who(quotes, 'Negotiations on extending')?.slice(0, 2)).toEqual(['two officials briefed on the talks', 'vague']);
    expect(who(quotes, 'Israel was "sabotaging"')).toEqual(['Basem Naim', 'name', 'told', 'AFP', false]);
    // what the place it was said on was once called is not what was said
    const renamed = 'Musk wrote on X, formerly Twitter, that the report was false.';
    expect(quotesOf(renamed).map((q) => q.text)).toEqual(['the report was false']);
  });

  it('EV tariffs: an outlet opening the sentence relays the report after it, "the newspaper" is that outlet, "the commissioner" who spoke', () => {
    const quotes = datedQuotesOf(read('ev-tariffs.txt'), '2025-11-27');
    const officials = quotes.find((q) => q.text.startsWith('the EU to drop an anti-subsidy probe'))!;
    expect([officials.speaker, officials.via]).toEqual(['Chinese officials', 'Global Times']);
    expect(who(quotes, 'a deal could be announced')?.slice(0, 4)).toEqual(['unnamed sources', 'vague', 'said', 'Global Times']);
    expect(who(quotes, 'We are not there yet')?.slice(0, 2)).toEqual(['Maros Sefcovic', 'role']);
    // an agency the article named is the agency, before the outlet that reported on it
    const iaea =
      'The International Atomic Energy Agency inspected the site on Monday, Reuters reported. The agency said it had found traces.';
    expect(quotesOf(iaea).map((q) => q.speaker)).toEqual(['Reuters', 'International Atomic Energy Agency']);
    // nor is the source opening a sentence an outlet's when it is none
    const people = 'According to two diplomats, the envoys said the talks would resume.';
    expect(quotesOf(people).every((q) => q.via === undefined)).toBe(true);
  });

  it('leaves a noun an indefinite article opens out of the name after it ("in a contest President Maia Sandu has called …")', () => {
    const text = "Moldovans voted on Sunday, in a contest President Maia Sandu has called the most important in the country's history.";
    const [q] = quotesOf(text);
    expect(text.slice(q!.speakerStart, q!.speakerEnd)).toBe('President Maia Sandu');
    // an adjective describes the person, and stays
    const defensive = 'A defensive Obama said his critics wanted him to be more bellicose.';
    const [d] = quotesOf(defensive);
    expect(defensive.slice(d!.speakerStart, d!.speakerEnd)).toBe('A defensive Obama');
  });

  it('finds the plain subjects of "said" that it had missed: people nouns, adverbs after them, asides between dashes, a think tank', () => {
    const speakers = (text: string) => quotesOf(text).map((q) => [q.speaker, text.slice(q.speakerStart, q.speakerEnd)]);
    expect(speakers('Abortion rights advocates said the ruling made it harder.')).toEqual([
      ['Abortion rights advocates', 'Abortion rights advocates'],
    ]);
    expect(speakers('Her campaign workers here said they had worked the state since the spring.')).toEqual([
      ['Her campaign workers', 'Her campaign workers'],
    ]);
    expect(speakers('Matt Bennett, a founder of the center-left think tank Third Way, said Mrs. Clinton had avoided it.')).toEqual([
      ['Matt Bennett', 'Matt Bennett'],
    ]);
    expect(speakers('The Supreme Court justice -- who has been in a scuffle with the nominee -- said she regretted her remarks.')).toEqual([
      ['The Supreme Court justice', 'The Supreme Court justice'],
    ]);
    // an aside that names the person: the person speaks
    expect(
      speakers(
        'A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said the plan had failed.',
      ),
    ).toEqual([['John McCain', 'John McCain']]);
    // a party's member from a place is not the place; a centre for justice is the centre
    expect(speakers('"Trump will be defeated," said a New Hampshire Republican, who responded anonymously.')).toEqual([
      ['a New Hampshire Republican', 'a New Hampshire Republican'],
    ]);
    expect(speakers('The Brennan Center for Justice noted that spending had reached nearly $2 million.').map(([s]) => s)).toEqual([
      'Brennan Center for Justice',
    ]);
  });

  it('reads what was said when it opens with a condition or a "while" clause after "that", and a team as a speaker', () => {
    const texts = (text: string) => quotesOf(text).map((q) => [q.speaker, q.text]);
    expect(texts('Cruz said if elected president he could work effectively with GOP leadership.')).toEqual([
      ['Cruz', 'if elected president he could work effectively with GOP leadership'],
    ]);
    expect(texts('Mr. Minor said that while he received his care there, many of his friends had no insurance.')).toEqual([
      ['Minor', 'while he received his care there, many of his friends had no insurance'],
    ]);
    expect(texts("Sanders' team said the committee appears to skirt legal limits.")).toEqual([
      ["Sanders' team", 'the committee appears to skirt legal limits'],
    ]);
    // (not when the clause says when the words were said, nor a question asked)
    expect(texts('Obama said while visiting Kenya that corruption was a cancer.')).toEqual([['Obama', 'corruption was a cancer']]);
    expect(texts('He asked if they would come.')).toEqual([]);
  });

  it('reads "the senator from Vermont" as the senator, not the state', () => {
    const text = '"We need change," Sanders said. The senator from Vermont said the financial system was corrupt.';
    expect(quotesOf(text).map((q) => [q.speaker, text.slice(q.speakerStart, q.speakerEnd)])).toEqual([
      ['Sanders', 'Sanders'],
      ['Sanders', 'The senator from Vermont'],
    ]);
  });

  it('reads "…, according to X" closing a sentence as X\'s report of the sentence, whatever X is', () => {
    const texts = (text: string) => quotesOf(text).map((q) => [q.speaker, q.text]);
    expect(
      texts('Gambling revenue increased 3.5 percent this year, according to data released Friday by state gaming regulators.'),
    ).toEqual([['data', 'Gambling revenue increased 3.5 percent this year']]);
    expect(texts('London was the financial capital of the world in 2015, according to one global index.')).toEqual([
      ['one global index', 'London was the financial capital of the world in 2015'],
    ]);
    expect(texts('Friends in Chad were devastated by the news, according to Tchadinfos.com.')).toEqual([
      ['Tchadinfos.com', 'Friends in Chad were devastated by the news'],
    ]);
    // after "But" the source still opens the sentence, and what follows its comma is the report
    expect(texts('But according to the poll, most Republican voters remain undecided.')).toEqual([
      ['the poll', 'most Republican voters remain undecided'],
    ]);
  });

  it('reads past whom a speaker told: names joined by "and", the rest of an audience, an aside between spaced hyphens', () => {
    const texts = (text: string) => quotesOf(text).map((q) => [q.speaker, q.text]);
    expect(texts('Wilson told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot for Rubio.')).toEqual([
      ['Wilson', 'he cast his ballot for Rubio'],
    ]);
    expect(texts('Hillary Clinton told a Planned Parenthood gathering in Washington she will protect reproductive rights.')).toEqual([
      ['Hillary Clinton', 'she will protect reproductive rights'],
    ]);
    const aside =
      "Deborah Jordan Reynolds - Santilli's girlfriend and co-host on his YouTube channel - told The Washington Post that his views turned extreme.";
    expect(texts(aside)).toEqual([['Deborah Jordan Reynolds', 'his views turned extreme']]);
    // (a question asked stays whole: "asking Clinton pointedly whether she would …")
    expect(quotesOf('Maddow asked Clinton pointedly whether she would consider a woman.').map((q) => q.text)).not.toContain(
      'she would consider a woman',
    );
  });

  it('reads sources privy to talks, and a magnate or tycoon the article quoted before', () => {
    const privy = "Multiple sources privy to negotiations say it's the Democratic leaders who have insisted on acting now.";
    expect(quotesOf(privy).map((q) => [q.speaker, q.speakerKind])).toEqual([['Multiple sources privy to negotiations', 'vague']]);
    const magnate =
      '"The NFL has gone soft," Donald Trump said. The billionaire real estate magnate says a great tackle now draws a penalty.';
    expect(quotesOf(magnate).map((q) => q.speaker)).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('keeps, past the learned filter, a sentence that "according to X" closes', () => {
    const text = "Sanders's appeal Tuesday was greatest among younger voters, according to exit polls reported by CNN and other networks.";
    expect(quotesOf(text, null, [], true).map((q) => [q.speaker, q.text])).toEqual([
      ['exit polls', "Sanders's appeal Tuesday was greatest among younger voters"],
    ]);
  });

  it('reads what polls, studies and records show or find, with when and by whom between the document and its verb', () => {
    const filtered = (text: string) => quotesOf(text, null, [], true).map((q) => [q.speaker, q.text]);
    expect(filtered('Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump, the poll found.')).toEqual([
      ['the poll', 'Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump'],
    ]);
    expect(filtered('More than 40 percent of that money arrived in February alone, new fundraising reports show.')).toEqual([
      ['new fundraising reports', 'More than 40 percent of that money arrived in February alone'],
    ]);
    expect(
      filtered('A CNN poll last month showed Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent.').map(([, t]) => t),
    ).toEqual(['Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent']);
    const released = 'A national poll released Sunday by The Washington Post and ABC News shows the billionaire keeping his lead.';
    expect(filtered(released).map(([, t]) => t)).toEqual(['the billionaire keeping his lead']);
  });

  it('reads a frame set between commas before ", and" and a clause of its own as reporting what comes before it', () => {
    const texts = (text: string) => quotesOf(text).map((q) => [q.speaker, q.text]);
    expect(texts('The plane was insured for $35 million, Trump said, and he sold it later.')).toEqual([
      ['Trump', 'The plane was insured for $35 million'],
    ]);
    expect(texts('The aircraft was insured at a value of $35 million in 2011, records show, and it is worth less now.')).toEqual([
      ['records', 'The aircraft was insured at a value of $35 million in 2011'],
    ]);
  });

  it("reads a headline's 'Name: claim' as the named speaker's claim, not a label's or a dateline's", () => {
    const texts = (text: string) => quotesOf(text).map((q) => [q.speaker, q.text]);
    expect(texts("Bernie Sanders: I'm Not Much Of A Socialist Compared To Eisenhower.")).toEqual([
      ['Bernie Sanders', "I'm Not Much Of A Socialist Compared To Eisenhower"],
    ]);
    expect(texts('Poll: Trump a big turnoff for Florida Latino voters, including Cubans.')).toEqual([
      ['Poll', 'Trump a big turnoff for Florida Latino voters, including Cubans'],
    ]);
    for (const label of [
      "Also Read: Romania's far-right leader loses appeal",
      'WASHINGTON: The Senate voted on Tuesday.',
      'Big Win For Bernie: Union Holds Off On Endorsement',
    ])
      expect(texts(label)).toEqual([]);
  });

  it('leaves the speaker\'s next act out of what was said ("said … and summoned Russia\'s envoy"), not an act of the actor reported', () => {
    const texts = (text: string) => quotesOf(text).map((q) => q.text);
    expect(texts("Lithuania's foreign minister said the incursion was a provocation and summoned Russia's envoy.")).toEqual([
      'the incursion was a provocation',
    ]);
    expect(texts('The minister said Russian troops crossed the border and expelled the villagers.')).toEqual([
      'Russian troops crossed the border and expelled the villagers',
    ]);
  });

  it('reads what a speaker called something in their own quoted words, however short, and no idiom of ending', () => {
    const texts = (text: string) => quotesOf(text).map((q) => [q.speaker, q.text]);
    expect(texts('Hillary Clinton called it "predatory."')).toEqual([['Hillary Clinton', 'it "predatory."']]);
    expect(texts('He called it a day.')).toEqual([]);
  });

  it('keeps what "…, Becerra said." reports when a quotation follows it, and gives him the quotation too', () => {
    const text = 'The stakes are high for both campaigns, Becerra said on Tuesday. "Nevada is a big deal."';
    expect(quotesOf(text).map((q) => [q.speaker, q.type, q.text])).toEqual([
      ['Becerra', 'indirect', 'The stakes are high for both campaigns'],
      ['Becerra', 'direct', 'Nevada is a big deal.'],
    ]);
    // (a frame with nothing of its own to report takes the quotation after it, as before)
    expect(quotesOf('Becerra agreed. "Nevada is a big deal."').map((q) => [q.speaker, q.text])).toEqual([
      ['Becerra', 'Nevada is a big deal.'],
    ]);
  });

  it('reads a headline in title case, "Trump Says He Never Pledged …", and no such verb in a sentence or after a headline\'s colon', () => {
    const texts = (text: string) => quotesOf(text).map((q) => [q.speaker, q.text]);
    expect(texts('Trump Says He Never Pledged To Kill Family Members Of Terrorists')).toEqual([
      ['Trump', 'He Never Pledged To Kill Family Members Of Terrorists'],
    ]);
    expect(texts('The Senate Said Nothing.')).toEqual([]);
    expect(texts("Wash Post: If Obama Says It, It's True").map(([speaker]) => speaker)).not.toContain('Obama');
  });

  it('gives the name, not the role in apposition after it, as the words that name the speaker ("Dmitry Peskov, the Kremlin spokesman, said")', () => {
    const text = 'Dmitry Peskov, the Kremlin spokesman, said the talks were over.';
    const [q] = datedQuotesOf(text, '2025-09-14');
    expect([q!.speaker, text.slice(q!.speakerStart, q!.speakerEnd), q!.speakerKind]).toEqual(['Dmitry Peskov', 'Dmitry Peskov', 'name']);
  });

  it('reads "add" as speech only when words follow, not a thing added ("NATO will add fighter jets … to its mission")', () => {
    const texts = (text: string) => quotesOf(text).map((q) => [q.speaker, q.cue, q.text]);
    expect(texts('NATO will add fighter jets and air defences to its mission, Mark Rutte said.')).toEqual([
      ['Mark Rutte', 'said', 'NATO will add fighter jets and air defences to its mission'],
    ]);
    expect(texts('The company added 300 jobs last year, the report said.').map(([speaker]) => speaker)).toEqual(['the report']);
    expect(texts('Trump won most delegates, substantially adding to his lead.')).toEqual([]);
    expect(texts('Peskov added Russia needs to act. Peskov added the talks would go on.')).toEqual([
      ['Peskov', 'added', 'Russia needs to act'],
      ['Peskov', 'added', 'the talks would go on'],
    ]);
    expect(texts('"It was more than her show," Trump added to People.')).toEqual([['Trump', 'added', 'It was more than her show,']]);
  });

  it('keeps the subject a frame set off by commas interrupts ("The opposition, he told the Imedi channel, was …")', () => {
    const text = 'Kobakhidze spoke on Sunday. The opposition, he told the Imedi channel, was "trying to drag the country into chaos."';
    const [q] = quotesOf(text);
    expect([q!.speaker, q!.type, q!.fragments?.map(([a, b]) => text.slice(a, b))]).toEqual([
      'Kobakhidze',
      'mixed',
      ['The opposition', 'was "trying to drag the country into chaos."'],
    ]);
    const fragments = (t: string) => quotesOf(t).map((x) => x.fragments?.map(([a, b]) => t.slice(a, b)) ?? [x.text]);
    expect(fragments('His wife, Seaman says, plans to leave the party.')).toEqual([['His wife', 'plans to leave the party']]);
    // (not a word that opens the sentence before a new subject)
    expect(fragments('Instead, Trump told CNN, his policy would be to go after them.')).toEqual([['his policy would be to go after them']]);
  });

  it('ends a sentence at a quotation its own words lead into, and names a relay only in the sentence of the statement', () => {
    const text =
      'Poland\'s defence minister, Wladyslaw Kosiniak-Kamysz, said Warsaw spends more than 4 percent and that "the threat from Russia does not wait." ' +
      'His Lithuanian counterpart, Dovile Sakaliene, agreed. She said the Baltic states would reach 5 percent next year.';
    expect(quotesOf(text).map((q) => [q.speaker, q.cue, q.text.slice(0, 20)])).toEqual([
      ['Wladyslaw Kosiniak-Kamysz', 'said', 'Warsaw spends more t'],
      ['Dovile Sakaliene', 'said', 'the Baltic states wo'],
    ]);
    const relay =
      'Zelenskiy spoke on Monday. In his nightly address, he said Ukraine would not surrender land "that Russia could not take."\n' +
      'TASS quoted Foreign Minister Sergei Lavrov as saying that Europe was "trying to sabotage" the talks.';
    expect(quotesOf(relay).map((q) => [q.cue, q.via ?? null])).toEqual([
      ['said', null],
      ['as saying', 'TASS'],
    ]);
  });

  it('reads the outlet a sentence opens with past the day after it ("Speaking on state radio on Friday, …")', () => {
    const text = 'Orban dismissed the polls. Speaking on state radio on Friday, the prime minister said the opposition was a threat.';
    expect(quotesOf(text).map((q) => [q.cue, q.via ?? null])).toEqual([['said', 'state radio']]);
  });

  it('reads a surname in -ly opening its sentence as the speaker, and people "of" a cause', () => {
    const text = 'Megyn Kelly interviewed Trump. Kelly said the tone of the interview was cordial.';
    expect(quotesOf(text).map((q) => [q.speaker, q.text])).toEqual([['Megyn Kelly', 'the tone of the interview was cordial']]);
    expect(quotesOf('Several supporters of reform said it is more realistic to drop some superdelegates.').map((q) => q.speaker)).toEqual([
      'Several supporters of reform',
    ]);
    expect(quotesOf('Supporters of abortion rights argued the ruling will galvanize efforts.').map((q) => q.speaker)).toEqual([
      'Supporters of abortion rights',
    ]);
    // (an adverb opening a sentence is no one)
    expect(quotesOf('Eagerly anticipated, the banter has become a staple of the season.')).toEqual([]);
  });

  it('keeps the whole clause a frame set off by commas interrupts when what follows completes it', () => {
    const text = 'The argument would be aided, Devine said, by the upcoming primary calendar.';
    const [q] = quotesOf(text);
    expect([q!.speaker, q!.fragments?.map(([a, b]) => text.slice(a, b))]).toEqual([
      'Devine',
      ['The argument would be aided', 'by the upcoming primary calendar'],
    ]);
    // (how the speaker spoke is no part of it)
    const anonymous = 'He was unable to find a single taker, one delegate said, on condition of anonymity.';
    expect(quotesOf(anonymous).filter((q) => q.text.includes('condition of anonymity'))).toEqual([]);
  });

  it('takes the outlet of "as reported by" for the source, as "according to" names one, and no outlet for "they"', () => {
    const texts = (text: string) => quotesOf(text).map((q) => [q.speaker, q.cue, q.text]);
    expect(texts('As reported by Western Journalism, the former secretary of state signed two agreements.')).toEqual([
      ['Western Journalism', 'As reported by', 'the former secretary of state signed two agreements'],
    ]);
    expect(texts('The super PAC started reserving ad time this week, as first reported by the New York Times.')).toEqual([
      ['New York Times', 'as first reported by', 'The super PAC started reserving ad time this week'],
    ]);
    // (people who "would prefer" something are not the newspaper named before)
    const they =
      'The PAC reserved ad time, as first reported by the New York Times. Allies are frustrated that they would prefer she stockpile her resources.';
    expect(quotesOf(they).find((q) => q.cue === 'prefer')?.speaker).not.toBe('New York Times');
  });
});
