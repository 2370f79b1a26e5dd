import { describe, expect, it } from 'vitest';
import { buildBody, type Doc, emptyMeta } from '../../doc.js';
import { runAnnotators } from '../../pipeline/run.js';
import { nerTagger } from '../ner/tagger.js';
import { sentencesAnnotator } from '../tokenize/annotator.js';
import { splitSentences } from '../tokenize/tokenize.js';
import { type Entity, entitiesAnnotator, findEntities } from './entities.js';
import { linkEntity, officesOf } from './link.js';

// An article the team wrote: surname-only, acronym, demonym, role and pronoun mentions.
const paragraphs = [
  'BRUSSELS (Reuters) - German Chancellor Angela Merkel urged the North Atlantic Treaty Organization on Tuesday to keep talks with Moscow open, after Russian forces massed near the border with Ukraine.',
  '"We are ready to act, and ready to talk," Merkel told reporters at NATO headquarters in Brussels. She added that the alliance would meet again in Warsaw next month, and the chancellor would attend.',
  'NATO Secretary-General Jens Stoltenberg said the Russian government had not answered. Stoltenberg, a former Norwegian prime minister, spoke after talks with French President Emmanuel Macron. Russian food exports to the European Union fell, the EU said. The former prime minister did not comment.',
  'The Kremlin said the Russian president would not attend. He was in Sochi, it said. The alliance chief said he would call him. The 58-year-old has led the alliance since 2014.',
];

function article(publishedAt: string | null = '2017-06-20T10:00:00Z'): Doc {
  const { text, blocks } = buildBody(paragraphs.map((p) => ({ text: p, kind: 'paragraph' as const })));
  return { text, blocks, meta: { ...emptyMeta(), publishedAt }, mode: 'text', warnings: [] };
}
const texts = (e: Entity | undefined, kind?: string) => e?.mentions.filter((m) => !kind || m.kind === kind).map((m) => m.text);

describe('entities layer (golden article)', () => {
  const doc = article();
  const layers = runAnnotators(doc, [entitiesAnnotator, sentencesAnnotator]);
  const entities = layers.entities!;
  const find = (name: string) => entities.find((e) => e.name === name);

  it('resolves a surname to the full name', () => {
    expect(find('Angela Merkel')?.type).toBe('PERSON');
    expect(texts(find('Angela Merkel'), 'name')).toEqual(['Angela Merkel', 'Merkel']);
    expect(texts(find('Jens Stoltenberg'), 'name')).toEqual(['Jens Stoltenberg', 'Stoltenberg']);
  });

  it('records titles and roles and resolves role mentions to the one person who has the role', () => {
    expect(find('Angela Merkel')?.roles).toEqual(['German Chancellor']);
    expect(find('Jens Stoltenberg')?.roles).toEqual(['NATO Secretary-General', 'former Norwegian prime minister']);
    expect(texts(find('Angela Merkel'), 'role')).toEqual(['the chancellor']);
    expect(texts(find('Jens Stoltenberg'), 'role')).toEqual(['The former prime minister', 'The alliance chief']);
    // "the Russian president" is not the French president the article names.
    expect(texts(find('Emmanuel Macron'))).toEqual(['Emmanuel Macron']);
  });

  it("resolves a role to its holder on the article's date from the knowledge base", () => {
    expect(find('Vladimir Putin')).toMatchObject({ type: 'PERSON', kb: { id: 'person/vladimir-putin', cameo: 'RUSGOV' } });
    expect(texts(find('Vladimir Putin'), 'role')).toEqual(['the Russian president']);
    const in2010 = runAnnotators(article('2010-03-01'), [entitiesAnnotator, sentencesAnnotator]).entities!;
    expect(in2010.find((e) => e.name === 'Dmitry Medvedev')?.mentions.map((m) => m.text)).toContain('the Russian president');
    const undated = runAnnotators(article(null), [entitiesAnnotator, sentencesAnnotator]).entities!;
    expect(undated.some((e) => e.name === 'Vladimir Putin' || e.name === 'Dmitry Medvedev')).toBe(false);
  });

  it('gives a role in an undated article to the one person it names who has ever held the office', () => {
    const text =
      'NATO Secretary General Mark Rutte dismissed the warning. Foreign Minister Sergei Lavrov said Russia would respond. The alliance chief said the drills were defensive.';
    const rutte = findEntities(text, splitSentences(text)).find((e) => e.name === 'Mark Rutte');
    expect(texts(rutte, 'role')).toEqual(['The alliance chief']);
  });

  it('reads a first name as the country of the person\'s office reads it ("Kristen" is a man in Estonia)', () => {
    const text =
      "Estonia's prime minister, Kristen Michal, called the damage an attack. Tallinn would convene its security committee, he said.";
    const michal = findEntities(text, splitSentences(text), undefined, { publishedAt: '2024-12-26' }).find(
      (e) => e.name === 'Kristen Michal',
    );
    expect(texts(michal, 'pronoun')).toEqual(['he']);
  });

  it('names a place a dateline writes in capitals as the knowledge base does, and leaves acronyms', () => {
    const text = 'THE HAGUE, June 25 (AP) — NATO leaders met on Wednesday.';
    const names = findEntities(text, splitSentences(text)).map((e) => e.name);
    expect(names).toContain('The Hague');
    expect(names).toContain('NATO');
    expect(names).not.toContain('THE HAGUE');
  });

  it('resolves pronouns and descriptions to people', () => {
    expect(texts(find('Angela Merkel'), 'pronoun')).toEqual(['She']);
    expect(texts(find('Jens Stoltenberg'), 'pronoun')).toEqual(['he']);
    expect(texts(find('Jens Stoltenberg'), 'description')).toEqual(['The 58-year-old']);
    expect(texts(find('Vladimir Putin'), 'pronoun')).toEqual(['He', 'him']);
    // "We" inside the quotation is nobody's mention.
    expect(entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('We');
  });

  it('links entities to the knowledge base', () => {
    expect(find('North Atlantic Treaty Organization')?.kb).toEqual({ id: 'organisation/nato', cameo: 'IGOWSTNAT' });
    expect(find('Russia')?.kb).toEqual({ id: 'RUS', cameo: 'RUS' });
    expect(find('Angela Merkel')?.kb).toMatchObject({ id: 'person/angela-merkel', cameo: 'DEUGOV' });
    expect(find('Angela Merkel')?.kb?.roles).toContainEqual({ role: 'chancellor', scope: 'DEU', from: '2005-11-22', to: '2021-12-08' });
    // In 2017 Stoltenberg heads NATO (the team's list of recent office holders), no longer Norway's government.
    expect(find('Jens Stoltenberg')?.kb).toMatchObject({ id: 'person/jens-stoltenberg', cameo: 'IGOWSTNAT' });
    expect(find('Sochi')?.kb).toEqual({ id: 'place/sochi', cameo: 'RUS' });
  });

  it("reads an outlet's acronym as an organisation, and a dateline's agency as no entity of the news", () => {
    const dated = 'NEW YORK (AP) — Stocks fell on Monday as investors weighed the latest jobs figures from Washington.';
    expect(findEntities(dated, splitSentences(dated)).map((e) => e.name)).not.toContain('AP');
    const text = 'Stocks fell on Monday, AP reported, as investors weighed the latest jobs figures from Washington.';
    const ap = findEntities(text, splitSentences(text)).find((e) => e.name === 'AP');
    expect(ap?.type).toBe('ORG');
    // linked through the outlet's full name
    expect(ap?.kb).toMatchObject({ id: 'organisation/associated-press' });
  });

  it('links a name with a middle initial the knowledge base lists without it', () => {
    const text = 'The rally in Des Moines drew thousands, and Donald J. Trump spoke for an hour.';
    expect(findEntities(text, splitSentences(text)).find((e) => e.type === 'PERSON')?.kb).toMatchObject({ id: 'person/donald-trump' });
  });

  it("reads a name through an editor's brackets", () => {
    const text = 'Trump is doing the same thing with [Bob] Corker, with Newt [Gingrich], the aide said. Corker agreed.';
    const people = findEntities(text, splitSentences(text)).filter((e) => e.type === 'PERSON');
    const names = people.map((e) => e.name);
    expect(names).toContain('Bob Corker');
    expect(names).toContain('Newt Gingrich');
    expect(names.filter((n) => /[[\]]/u.test(n) || n === 'Gingrich' || n === 'Newt')).toEqual([]);
    expect(people.find((e) => e.name === 'Bob Corker')!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Bob] Corker', 'Corker']);
  });

  it('links an armed group the older tables listed as a person, one entity under both its names', () => {
    const text = 'ISIS claimed the attack in Paris on Saturday, and ISIL fighters fled the town.';
    const groups = findEntities(text, splitSentences(text)).filter((e) => e.type === 'ORG');
    expect(groups.map((e) => [e.kb?.id, e.mentions.map((m) => m.text)])).toEqual([['group/the-islamic-state', ['ISIS', 'ISIL']]]);
    const council = 'The UN Security Council met on Monday. Russia and China sit on the Security Council.';
    const bodies = findEntities(council, splitSentences(council)).filter((e) => e.type === 'ORG');
    expect(bodies.map((e) => e.mentions.map((m) => m.text))).toEqual([['UN Security Council', 'Security Council']]);
  });

  it('gives a country named two ways one entity, but not a part the country table lists among its names', () => {
    const text =
      'Iran rejected the move. "The Islamic Republic will respond," he said. Burma, also called Myanmar, voted. Scotland and Britain differ.';
    const places = findEntities(text, splitSentences(text)).filter((e) => e.type === 'GPE');
    expect(places.map((e) => [e.kb?.id, e.mentions.map((m) => m.text)])).toEqual([
      ['IRN', ['Iran', 'Islamic Republic']],
      ['MMR', ['Burma', 'Myanmar']],
      ['GBR', ['Scotland']],
      ['GBR', ['Britain']],
    ]);
  });

  it('links a name whose first name the knowledge base gives in another form', () => {
    const text = 'Joseph R. Biden said on Monday that the talks in Kyiv would go on.';
    expect(findEntities(text, splitSentences(text)).find((e) => e.type === 'PERSON')?.kb).toMatchObject({ id: 'person/joe-biden' });
  });

  it('links a name the article writes with "The" to the knowledge base without it', () => {
    const text = 'The talks in Geneva stalled, The Associated Press reported on Monday.';
    const ap = findEntities(text, splitSentences(text)).find((e) => e.name === 'The Associated Press');
    expect(ap?.kb).toMatchObject({ id: 'organisation/associated-press' });
  });

  it("links a surname under an office's title to the holder of that office on the article's date", () => {
    const person = (text: string, publishedAt?: string) =>
      findEntities(text, splitSentences(text), undefined, publishedAt ? { publishedAt } : {}).find((e) => e.type === 'PERSON');
    expect(person('President Putin warned the alliance on Tuesday.')?.kb).toMatchObject({ id: 'person/vladimir-putin' });
    expect(person('President Bush met allies in Brussels on Tuesday.', '2008-03-04')?.kb).toMatchObject({ id: 'person/george-w-bush' });
    // two presidents Bush, and no date to tell them apart
    expect(person('President Bush met allies in Brussels on Tuesday.')?.kb).toBeUndefined();
  });

  it('links a location named as a country to the country', () => {
    // the tagger reads "the UK" in "travelled to the UK" as a location; it is the United Kingdom all the same
    expect(linkEntity('LOC', ['UK'])).toEqual({ id: 'GBR', cameo: 'GBR' });
    expect(linkEntity('GPE', ['UK'])).toEqual({ id: 'GBR', cameo: 'GBR' });
    expect(linkEntity('LOC', ['Sochi'])).toEqual({ id: 'place/sochi', cameo: 'RUS' });
    // "Congo" alone is the Democratic Republic in news, as the events coder reads it; Brazzaville's is named in full
    expect(linkEntity('GPE', ['Congo'])).toEqual({ id: 'COD', cameo: 'COD' });
    expect(linkEntity('GPE', ['Republic of Congo'])).toEqual({ id: 'COG', cameo: 'COG' });
  });

  it("links a party's name, its members' word or its adjective to the party of the country the article names", () => {
    const links = (text: string) =>
      findEntities(text, splitSentences(text))
        .filter((e) => e.kb?.id.startsWith('party/'))
        .map((e) => [e.name, e.kb?.id]);
    expect(links('Republicans in Washington blocked the bill. The GOP leader said Democrats had failed the Democratic base.')).toEqual([
      ['Republicans', 'party/republican-party'],
      ['GOP', 'party/republican-party'],
      ['Democrats', 'party/democratic-party'],
      ['Democratic', 'party/democratic-party'],
    ]);
    expect(links('The Tories conceded in London on Friday.')).toEqual([['Tories', 'party/conservative-party']]);
    // a party's name the tagger reads as a place
    expect(links('United Russia won most seats in the Duma, Vladimir Putin said in Moscow.')).toEqual([
      ['United Russia', 'party/united-russia'],
    ]);
    expect(links('The Conservatives conceded in Ottawa on Friday.')).toEqual([['Conservatives', 'party/conservative-party-of-canada']]);
    // no country named: nothing tells whose party it is
    expect(links('Republicans blocked the bill, the senator said.')).toEqual([]);
    // a country named in passing is not the one the article is about
    expect(
      links('Germany’s Social Democrats met in Berlin. Germany, Berlin and Saxony were split, Merz said, but not Washington.'),
    ).toEqual([['Social Democrats', 'party/social-democratic-party-of-germany']]);
    expect(links('In Berlin, Democrats in Germany said Germany and Berlin could no longer rely on Washington.')).toEqual([]);
    // two countries whose parties share the name
    expect(links('The Conservatives conceded, officials in London and Ottawa said.')).toEqual([]);
  });

  it('resolves an acronym to its long form', () => {
    expect(find('North Atlantic Treaty Organization')).toMatchObject({ type: 'ORG' });
    expect(find('North Atlantic Treaty Organization')?.mentions.map((m) => m.text)).toEqual([
      'North Atlantic Treaty Organization',
      'NATO',
      'NATO',
    ]);
    expect(find('European Union')?.mentions.map((m) => m.text)).toEqual(['European Union', 'EU']);
  });

  it('resolves demonyms that name an actor to the country, and keeps other uses as NORP', () => {
    expect(find('Russia')).toMatchObject({ type: 'GPE' });
    expect(find('Russia')?.mentions.map((m) => m.start)).toEqual([
      doc.text.indexOf('Russian forces'),
      doc.text.indexOf('Russian government'),
      doc.text.indexOf('Russian president'),
    ]);
    expect(find('Norway')?.mentions.map((m) => m.text)).toEqual(['Norwegian']);
    expect(entities.filter((e) => e.type === 'NORP').map((e) => e.name)).toContain('Russian');
  });

  it('types places as GPE and gives stand-off spans into the text', () => {
    expect(find('Brussels') ?? find('BRUSSELS')).toMatchObject({ type: 'GPE' });
    for (const e of entities) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
  });

  it('types a name by what the knowledge tables and the words around it say where the tagger read it as another kind', () => {
    const text =
      'Sen. Rand Paul of Kentucky spoke at the White House on Monday, the Islamic State said. Voters in Fresno, Calif., and across ' +
      'California listened, and Texas Gov. Greg Abbott, a Wisconsin farmer and Mr. Obama posted on Twitter.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2016-05-01' });
    const kinds = Object.fromEntries(found.map((e) => [e.name, e.type]));
    expect(kinds).toMatchObject({
      'Rand Paul': 'PERSON',
      Kentucky: 'GPE',
      'White House': 'ORG',
      'Islamic State': 'ORG',
      California: 'GPE',
      Texas: 'GPE',
      Wisconsin: 'GPE',
      Obama: 'PERSON',
      Twitter: 'ORG',
    });
    // "Calif." is a mention of California
    expect(found.find((e) => e.name === 'California')!.mentions.map((m) => m.text)).toEqual(['Calif', 'California']);
    expect(found.find((e) => e.name === 'Islamic State')!.kb?.id).toBe('group/the-islamic-state');
  });

  it("links US senators, governors and the House's speaker by name or by title and surname, with their offices' codes", () => {
    const text = 'Sen. Cruz criticized Gov. John Kasich on Tuesday. House Speaker Ryan agreed with Bernie Sanders.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2016-03-01' });
    expect(found.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.kb?.id ?? null, e.kb?.cameo ?? null])).toEqual([
      ['Cruz', 'person/ted-cruz', 'USALEG'],
      ['John Kasich', 'person/john-kasich', 'USAGOV'],
      ['Ryan', 'person/paul-ryan', 'USALEG'],
      ['Bernie Sanders', 'person/bernie-sanders', 'USALEG'],
    ]);
    // out of office: Kasich in 2020 is Ohio's former governor
    const later = findEntities(text, splitSentences(text), undefined, { publishedAt: '2020-03-01' });
    expect(later.find((e) => e.name === 'John Kasich')?.kb?.cameo).not.toBe('USAGOV');
  });

  it('links a surname alone to the one leader of that name of a country or body the article names, in office on its date', () => {
    const kb = (text: string, date: string) =>
      Object.fromEntries(findEntities(text, splitSentences(text), undefined, { publishedAt: date }).map((e) => [e.name, e.kb?.id ?? null]));
    expect(kb('Rutte told NATO allies to spend more. Erdogan agreed for Turkey.', '2025-03-01')).toMatchObject({
      Rutte: 'person/mark-rutte',
      Erdogan: 'person/recep-tayyip-erdogan',
    });
    // no country or body named, or not in office then, or a senator (no office named by surname alone)
    expect(kb('Rutte told allies to spend more.', '2025-03-01')).toMatchObject({ Rutte: null });
    expect(kb('Rutte told NATO allies to spend more.', '2019-03-01')).toMatchObject({ Rutte: null });
    expect(kb('Cruz said the United States must act.', '2016-03-01')).toMatchObject({ Cruz: null });
    // an older source's open term ends with the source: no vice president of 2004 in 2016
    expect(kb("Castro does not speak Spanish, unlike his parents' Dominican Republic.", '2016-06-01')).toMatchObject({ Castro: null });
  });

  it('links a name the sources list as one word ("Putin", "Zelenskiy") when the article gives no fuller one', () => {
    const kb = (text: string) => Object.fromEntries(findEntities(text, splitSentences(text)).map((e) => [e.name, e.kb?.id ?? null]));
    expect(kb('Zelenskiy said in a video address that Ukraine faced a difficult moment.')).toMatchObject({
      Zelenskiy: 'person/volodymyr-zelensky',
    });
    expect(kb('Putin said the plan could form a basis.')).toMatchObject({ Putin: 'person/vladimir-putin' });
    // a surname the sources do not list alone, or a fuller name of another person
    expect(kb('Smith said the plan could form a basis.')).toMatchObject({ Smith: null });
    expect(kb('Michelle Obama spoke on Tuesday. Obama said she would campaign.')).toMatchObject({ 'Michelle Obama': null });
  });

  it('links the spokespeople, envoys and ministers the news of 2025 quotes, by their terms', () => {
    expect(linkEntity('PERSON', ['Dmitry Peskov'], '2025-11-23')).toMatchObject({ id: 'person/dmitry-peskov', cameo: 'RUSGOV' });
    expect(linkEntity('PERSON', ['Steve Witkoff'], '2025-11-23')?.cameo).toBe('USAGOV');
    expect(linkEntity('PERSON', ['Scott Bessent'], '2025-10-30')?.roles?.[0]?.role).toBe('finance minister');
    // out of office, no government code
    expect(linkEntity('PERSON', ['Andriy Yermak'], '2025-06-01')?.cameo).toBe('UKRGOV');
    expect(linkEntity('PERSON', ['Andriy Yermak'], '2025-12-15')?.cameo).toBeUndefined();
  });

  it("lists a linked person's offices, first held first, and none for anyone else", () => {
    expect(officesOf('person/paul-ryan')).toEqual([{ role: 'speaker', scope: 'USA', from: '2015-10-29', to: '2019-01-03' }]);
    expect(officesOf('person/mitt-romney').map((o) => o.role)).toEqual(['governor', 'senator']);
    expect(officesOf('organisation/nato')).toEqual([]);
    expect(officesOf('person/no-such-person')).toEqual([]);
  });

  it('types a body whose name opens with the Arabic article as an organisation, and a person named in full as a person', () => {
    const text =
      'Al Qaeda claimed the attack. Al Shabaab fighters killed ten soldiers. Anwar al-Awlaki preached; Al-Awlaki was killed in 2011.';
    const kinds = Object.fromEntries(findEntities(text, splitSentences(text)).map((e) => [e.name, e.type]));
    expect(kinds).toMatchObject({ 'Al Qaeda': 'ORG', 'Al Shabaab': 'ORG', 'Anwar al-Awlaki': 'PERSON' });
  });

  it('reads a name a particle splits as one person, and links it', () => {
    const text = 'Sheikh Tamim bin Hamad Al Thani met Mohammed bin Zayed in Riyadh. Osama bin Laden was killed in 2011.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2020-01-01' });
    expect(found.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.kb?.id ?? null])).toEqual([
      ['Tamim bin Hamad Al Thani', 'person/tamim-bin-hamad-al-thani'],
      ['Mohammed bin Zayed', 'person/mohamed-bin-zayed'],
      ['Osama bin Laden', null],
    ]);
  });

  it("types an outlet's whole name as an organisation, and keeps a person of the outlet's name a person", () => {
    const kinds = (text: string) => Object.fromEntries(findEntities(text, splitSentences(text)).map((e) => [e.name, e.type]));
    expect(kinds('He told Breitbart on Monday that Politico was wrong. The Washington Free Beacon ran it too.')).toEqual({
      Breitbart: 'ORG',
      Politico: 'ORG',
      'Washington Free Beacon': 'ORG',
    });
    expect(kinds('Breitbart reported the story on Monday. Andrew Breitbart founded it.')).toEqual({ 'Andrew Breitbart': 'PERSON' });
  });

  it('resolves a former office to the one person of the article who held it before the article', () => {
    const text = 'Jens Stoltenberg met Angela Merkel in Berlin on Monday. The former Norwegian prime minister said talks would continue.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2017-05-02' });
    expect(found.find((e) => e.name === 'Jens Stoltenberg')?.mentions.map((m) => m.kind)).toEqual(['name', 'role']);
    // Merkel was German chancellor, not Norwegian prime minister; in 1999 Stoltenberg had not yet been one.
    expect(found.find((e) => e.name === 'Angela Merkel')?.mentions).toHaveLength(1);
    const before = findEntities(text, splitSentences(text), undefined, { publishedAt: '1999-05-02' });
    expect(before.find((e) => e.name === 'Jens Stoltenberg')?.mentions).toHaveLength(1);
  });

  it('gives "the former prime minister" to the one the article called former, not to the one in office', () => {
    const text =
      'Prime Minister Keir Starmer said spending would rise. Former prime minister Boris Johnson said it came too late. ' +
      'The former prime minister told the BBC the government had wasted a year.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2025-06-12' });
    expect(found.find((e) => e.name === 'Boris Johnson')?.mentions.map((m) => m.text)).toEqual([
      'Boris Johnson',
      'The former prime minister',
    ]);
    expect(found.find((e) => e.name === 'Keir Starmer')?.mentions).toHaveLength(1);
  });

  it('gives a role to the name set beside it, and never a former office to the one holding it', () => {
    const text =
      'Prime Minister Donald Tusk spoke. President Donald Trump called the Polish president, Karol Nawrocki. ' +
      'Secretary-General Mark Rutte met them. The former Dutch prime minister said allies were ready.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2025-09-10' });
    const roleOf = (name: string) =>
      found
        .find((e) => e.name === name)
        ?.mentions.filter((m) => m.kind === 'role')
        .map((m) => m.text);
    expect(roleOf('Karol Nawrocki')).toEqual(['the Polish president']);
    expect(roleOf('Donald Trump')).toEqual([]);
    expect(roleOf('Mark Rutte')).toEqual(['The former Dutch prime minister']);
    expect(roleOf('Donald Tusk')).toEqual([]);
  });

  it('keeps "President Obama", the office\'s holder on the day, apart from "Michelle Obama" named before', () => {
    const text =
      'Michelle Obama visited a school in Chicago on Monday. President Obama said the country must do more for children. Obama spoke briefly.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2015-06-01' });
    const people = found.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.kb?.id ?? null, e.mentions.length]);
    expect(people).toEqual([
      ['Michelle Obama', null, 1],
      ['Obama', 'person/barack-obama', 2],
    ]);
    // (his own full name and the title meet as before)
    const his = 'Barack Obama visited a school. President Obama said the country must do more.';
    expect(findEntities(his, splitSentences(his), undefined, { publishedAt: '2015-06-01' }).map((e) => e.mentions.length)).toEqual([2]);
  });

  it('reads the Chinese family name "He" as part of the name, not as the pronoun of the person named before', () => {
    const text =
      'Treasury Secretary Scott Bessent said he expected to speak with Vice Premier He Lifeng soon. ' +
      'A ministry spokesperson, He Yadong, told a briefing that talks were possible. He Lifeng said nothing.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2025-11-27' });
    const people = found.filter((e) => e.type === 'PERSON');
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Scott Bessent', ['Scott Bessent', 'he']],
      ['He Lifeng', ['He Lifeng', 'He Lifeng']],
      ['He Yadong', ['He Yadong']],
    ]);
  });

  it('reads a woman\'s family name by its ending when her first name tells nothing ("Dovile Sakaliene")', () => {
    const text =
      'Wladyslaw Kosiniak-Kamysz spoke first. His Lithuanian counterpart, Dovile Sakaliene, agreed. She said the Baltic states would pay.';
    const found = findEntities(text, splitSentences(text));
    expect(found.find((e) => e.name === 'Dovile Sakaliene')?.mentions.map((m) => m.text)).toEqual(['Dovile Sakaliene', 'She']);
  });

  it('takes a website named by its domain for an organisation', () => {
    const text = 'A statement posted on the website GunBroker.com said listings are user generated.';
    expect(findEntities(text, splitSentences(text)).map((e) => [e.type, e.name])).toEqual([['ORG', 'GunBroker.com']]);
  });

  it("reads an organisation's role owned by the noun that stands for it: the bloc's trade chief, named in the next sentence", () => {
    const text =
      "The European Union and China are close to a deal, the bloc's trade chief said on Thursday. Maros Sefcovic told reporters " +
      'after meeting Wang Wentao that progress had been made.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2025-11-27' });
    expect(found.find((e) => e.name === 'Maros Sefcovic')?.mentions.map((m) => m.text)).toEqual([
      "the bloc's trade chief",
      'Maros Sefcovic',
    ]);
    // (a country's possessive is not read so: no role without the organisation's noun)
    const country = "China is close to a deal, the country's trade chief said.";
    expect(findEntities(country, splitSentences(country), undefined, { publishedAt: '2025-11-27' }).map((e) => e.type)).toEqual(['GPE']);
  });

  it('gives a person the role set before their name in apposition, where it is held included, and not the name opening a clause', () => {
    const text =
      "The Russian charge d'affaires in Warsaw, Andrei Ordash, was quoted by RIA Novosti. The alliance chief, Mark Rutte, told reporters " +
      'it was reckless. The guards are more credible than the CIA chief, Zuckoff said. The defence minister, Ursula von der Leyen, could not.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2025-09-10' });
    const rolesOf = (name: string) => found.find((e) => e.name.endsWith(name))?.roles ?? [];
    expect(rolesOf('Andrei Ordash')).toEqual(["Russian charge d'affaires"]);
    expect(rolesOf('Mark Rutte')).toContain('alliance chief');
    expect(rolesOf('Zuckoff')).toEqual([]);
    expect(found.find((e) => e.name === 'Zuckoff')?.mentions.map((m) => m.kind)).toEqual(['name']);
    expect(rolesOf('von der Leyen')).toEqual(['defence minister']);
    const cutler = '"This is a pause," said Wendy Cutler, a former U.S. trade negotiator who is now at the Asia Society.';
    expect(findEntities(cutler, splitSentences(cutler)).find((e) => e.name === 'Wendy Cutler')?.roles).toEqual([
      'former U.S. trade negotiator',
    ]);
  });

  it('takes a religious or ethnic group for NORP, one entity under its name whichever word the article uses', () => {
    const text =
      'Trump proposed a ban on Muslims entering the country. A Muslim family in Ohio said they were afraid. African-American voters and Hispanic voters backed Clinton.';
    const groups = findEntities(text, splitSentences(text))
      .filter((e) => e.type === 'NORP')
      .map((e) => [e.name, e.mentions.length]);
    expect(groups).toEqual([
      ['Muslims', 2],
      ['African Americans', 1],
      ['Hispanics', 1],
    ]);
  });

  it('takes a name that goes on with "for …" for one name', () => {
    const text =
      'Armenia and Azerbaijan agreed to build the Trump Route for International Peace and Prosperity. The Brennan Center for Justice sued.';
    const names = findEntities(text, splitSentences(text), nerTagger()).map((e) => [e.type, e.name]);
    expect(names).toContainEqual(['LOC', 'Trump Route for International Peace and Prosperity']);
    expect(names).toContainEqual(['ORG', 'Brennan Center for Justice']);
  });

  it('does not resolve a role that names no one in particular', () => {
    const text = 'Barack Obama spoke on Monday. President Obama said the next president would decide.';
    const found = findEntities(text, splitSentences(text), undefined, { publishedAt: '2016-03-01' });
    expect(found.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Barack Obama', ['Barack Obama', 'Obama']]]);
  });

  it('does not make role nouns alone into mentions', () => {
    const all = entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(all).not.toContain('alliance');
    expect(all).not.toContain('the alliance');
  });

  it('works on plain text too', () => {
    const text = 'Angela Merkel met NATO officials. Merkel said the North Atlantic Treaty Organization must act.';
    expect(findEntities(text, splitSentences(text)).map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ['Angela Merkel', 'PERSON', 2],
      ['North Atlantic Treaty Organization', 'ORG', 2],
    ]);
  });
});

describe("a wire report's credit line", () => {
  it('names no entity: the reporters and editors are not in the news, nor the town one of them filed from', () => {
    const text =
      'Armenia and Azerbaijan signed a declaration in Washington.\n\n(Reporting by Andrea Shalal; additional reporting by Felix Light in Tbilisi; Editing by Daniel Wallis)';
    const names = findEntities(text, splitSentences(text)).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Washington']));
    expect(names).not.toContain('Andrea Shalal');
    expect(names).not.toContain('Tbilisi');
  });
});

describe('a courtesy title before a surname', () => {
  it('tells two people of one surname apart ("Mrs. Clinton" is Hillary, "Mr. Clinton" Bill)', () => {
    const text =
      'Hillary Clinton spoke in Detroit, and Bill Clinton campaigned in Ohio. Mr. Clinton said the race was close. Mrs. Clinton said she would win.';
    const people = findEntities(text, splitSentences(text)).filter((e) => e.type === 'PERSON');
    const named = (name: string) => people.find((e) => e.name === name)!.mentions.map((m) => text.slice(m.start, m.end));
    expect(named('Hillary Clinton')).toEqual(['Hillary Clinton', 'Clinton', 'she']);
    expect(named('Bill Clinton')).toEqual(['Bill Clinton', 'Clinton']);
  });

  it('keeps a man known only as "Mr. Clinton" apart from "Mrs. Clinton", and one known as "Mr. Trump" with "Trump"', () => {
    const text = 'Hillary Clinton spoke in Detroit. Mr. Clinton said he would campaign. Mrs. Clinton said she would win.';
    const people = findEntities(text, splitSentences(text)).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Hillary Clinton', 3],
      ['Clinton', 2],
    ]);
    const trump = 'Mr. Trump spoke in Detroit. Trump said he would win.';
    expect(
      findEntities(trump, splitSentences(trump))
        .filter((e) => e.type === 'PERSON')
        .map((e) => e.mentions.length),
    ).toEqual([3]);
  });
});
