import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { findQuotes, lineParagraphs } from '../quotes/quotes.js';
import { splitSentences } from '../tokenize/tokenize.js';
import { findOutlet, outletNames, stateMediaNamed } from './outlets.js';
import { findSources, quotationShare } from './sources.js';

function sourcesOf(text: string) {
  const paragraphs = lineParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  const entities = findEntities(text, sentences);
  // The rules' attributions, without the learned filter: these tests are about the sources layer.
  const quotes = findQuotes(text, paragraphs, sentences, entities, { filter: false });
  return { quotes, layer: findSources(text, quotes, entities, paragraphs) };
}

describe('findOutlet', () => {
  it('links outlet names to domain, country and state-media label', () => {
    expect(findOutlet('TASS')).toMatchObject({
      domain: 'tass.ru',
      country: 'RUS',
      stateMedia: { typology: 'SC', label: 'state-controlled' },
    });
    expect(findOutlet('a column in the Financial Times')).toMatchObject({ name: 'The Financial Times', domain: 'ft.com', country: 'GBR' });
    expect(findOutlet('Foreign Policy')?.domain).toBe('foreignpolicy.com');
    // an acronym after a capitalised "The" is still the acronym ("The RIA news agency" is not Singapore's Ria)
    expect(findOutlet('The RIA news agency')?.domain).toBe('ria.ru');
    expect(findOutlet('the times they are a-changing')).toBeNull();
    // a common word that opens a phrase going on in lower case is that word, not the magazine
    expect(findOutlet('People familiar with the matter')).toBeNull();
    expect(findOutlet('Independent analysts')).toBeNull();
    expect(findOutlet('People magazine')?.domain).toBe('people.com');
    expect(findOutlet('some analysts')).toBeNull();
    // the words a name capitalises are capitalised in a citation of it
    expect(findOutlet('The star')).toBeNull();
    expect(findOutlet('The paper')).toBeNull();
    expect(findOutlet('the Mehr news agency')?.domain).toBe('en.mehrnews.com');
    expect(findOutlet('The Star')?.name).toBe('The Star');
    expect(findOutlet('USA TODAY')?.domain).toBe('usatoday.com');
    // a name inside a longer one is not the outlet's
    expect(findOutlet('the National Weather Service')).toBeNull();
    expect(findOutlet('The Moscow Times')).toBeNull();
    expect(findOutlet('the Times of Malta')).toBeNull();
    expect(findOutlet('a US National Intelligence Estimate')).toBeNull();
    expect(findOutlet('Reuters Television')?.domain).toBe('reuters.com');
    // a curated line gives its domain's country to the kb's lines of that domain too: one Reuters, one Euronews
    expect(findOutlet('Reuters')?.country).toBe('GBR');
    expect(findOutlet('Reuters', { countries: new Map([['USA', 5]]) })?.country).toBe('GBR');
    expect(findOutlet('the RIA news agency')).toMatchObject({ domain: 'ria.ru', stateMedia: { label: 'state-controlled' } });
    expect(findOutlet('RIA FAN')?.domain).toBe('riafan.ru');
    expect(findOutlet('a Des Moines Register/Bloomberg Politics poll')?.domain).toBe('bloomberg.com');
    expect(findOutlet("the BBC's Arabic service")?.domain).toBe('bbc.com');
    expect(findOutlet('Kremlin-backed RT')?.domain).toBe('rt.com');
    expect(findOutlet('British Guardian')?.domain).toBe('theguardian.com');
    expect(findOutlet('A Washington Post editorial')?.domain).toBe('washingtonpost.com');
    expect(findOutlet("The Washington Post's Fact Checker")?.domain).toBe('washingtonpost.com');
    expect(findOutlet('the People\u2019s Daily')?.domain).toBe(findOutlet("the People's Daily")?.domain);
    expect(findOutlet("the People's Daily")?.domain).toBe('people.cn');
    expect(findOutlet("Pakistan People's Party")).toBeNull();
    // a group's acronym is none of its outlets: NPA, Egypt's National Press Authority, is South Africa's prosecutors in the news
    expect(findOutlet('the NPA')).toBeNull();
    expect(findOutlet('CCTV')?.country).toBe('CHN');
    // wire agencies the state-media list lacks; ANP is the Dutch agency unless the article is about Niger
    expect(findOutlet('the ANP news agency')).toMatchObject({ domain: 'anp.nl', country: 'NLD' });
    expect(findOutlet('ANP', { countries: new Map([['NER', 3]]) })).toMatchObject({
      domain: 'anp.ne',
      stateMedia: { label: 'state-controlled' },
    });
    expect(findOutlet('PTI')?.country).toBe('IND');
    expect(findOutlet('Belga')?.country).toBe('BEL');
    expect(findOutlet('Lusa')).toMatchObject({ domain: 'lusa.pt', stateMedia: { typology: 'ISFM' } });
    expect(outletNames('AP')).toContain('Associated Press');
    expect(outletNames('ABC')).toEqual([]);
    // the list's kind of medium is no part of a name ("Print: Izvestia", "News agency: Belta")
    expect(findOutlet('Izvestia')).toMatchObject({ domain: 'iz.ru', country: 'RUS' });
    expect(findOutlet('Belta')?.stateMedia?.typology).toBe('SC');
    // the Times is London's or New York's as the article tells
    expect(findOutlet('the Times', { host: 'www.bbc.co.uk' })?.domain).toBe('thetimes.co.uk');
    expect(findOutlet('the Times', { countries: new Map([['USA', 3]]) })?.domain).toBe('nytimes.com');
    expect(findOutlet('the Times')).toMatchObject({ domain: null, country: null });
    // NBC is the American network unless the article is Namibian
    expect(findOutlet('NBC')?.domain).toBe('nbcnews.com');
    expect(findOutlet('NBC', { host: 'www.namibian.com.na' })?.stateMedia?.typology).toBe('SC');
    expect(findOutlet("BuzzFeed's Smith")?.domain).toBe('buzzfeednews.com');
    expect(findOutlet('The Atlantic\u2019s Jeffrey Goldberg')?.domain).toBe('theatlantic.com');
  });

  it("tells apart outlets of several countries that share a name by the phrase, the page's domain and the article's countries", () => {
    // Daily News: Sri Lanka, Tanzania, South Africa, Botswana and New York; ABC: Spain, Australia and the United States
    expect(findOutlet("Sri Lanka's Daily News")).toMatchObject({ domain: 'dailynews.lk', country: 'LKA', start: 12 });
    expect(findOutlet('the Spanish daily ABC')).toMatchObject({ domain: 'abc.es', country: 'ESP' });
    expect(findOutlet('ABC', { host: 'www.abc.net.au' })).toMatchObject({ domain: 'abc.net.au', country: 'AUS' });
    const aboutTanzania = new Map([
      ['TZA', 3],
      ['KEN', 1],
    ]);
    expect(findOutlet('the Daily News', { countries: aboutTanzania })?.domain).toBe('dailynews.co.tz');
    // the phrase outweighs the page's domain, which outweighs the countries the article names
    expect(findOutlet("Botswana's Daily News", { host: 'news.co.za', countries: aboutTanzania })?.country).toBe('BWA');
    expect(findOutlet('the Daily News', { host: 'news.co.za', countries: aboutTanzania })?.country).toBe('ZAF');
  });

  it("takes the team's outlet for a shared name when the article does not tell, and no outlet's labels when there is none", () => {
    // People is the American magazine unless the article is about China; the People's Daily has a name of its own
    expect(findOutlet('People')).toMatchObject({ domain: 'people.com', country: 'USA' });
    expect(findOutlet('People')?.stateMedia).toBeUndefined();
    expect(findOutlet('People', { countries: new Map([['CHN', 2]]) })).toMatchObject({ country: 'CHN', stateMedia: { typology: 'SC' } });
    expect(findOutlet('the Daily News', { host: 'example.com', countries: new Map([['FRA', 4]]) })?.domain).toBe('nydailynews.com');
    // Channel 5: Russia, Singapore and Thailand, none the team's
    expect(findOutlet('Channel 5')).toEqual({ name: 'Channel 5', domain: null, country: null, start: 0, end: 9 });
    expect(findOutlet('Channel 5', { countries: new Map([['SGP', 1]]) })?.domain).toBe('mediacorp.sg');
  });

  it("reads which outlet a shared name cites from the countries the article names and the page's domain", () => {
    const text = [
      'COLOMBO - Sri Lanka will not extend the truce, officials in Colombo said on Monday.',
      '"The ceasefire exists only on paper," the defence secretary told the Daily News.',
    ].join('\n');
    const outletOf = (host: string | null) => {
      const paragraphs = lineParagraphs(text);
      const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
      const entities = findEntities(text, sentences);
      const quotes = findQuotes(text, paragraphs, sentences, entities, { filter: false });
      return findSources(text, quotes, entities, paragraphs, host).sources.find((s) => s.kind === 'outlet')?.outlet;
    };
    expect(outletOf(null)).toMatchObject({ domain: 'dailynews.lk', country: 'LKA', stateMedia: { typology: 'CaPu' } });
    expect(outletOf('www.iol.co.za')).toMatchObject({ domain: 'dailynews.co.za', country: 'ZAF' });
  });

  it("gives a state broadcaster's shared name the country the article names ('VTV' in a story on Venezuela)", () => {
    const text = 'Venezuela held drills. "Venezuela will never be a colony," Maduro said in a speech broadcast by state television VTV.';
    const outlets = sourcesOf(text).layer.sources.filter((s) => s.kind === 'outlet');
    expect(outlets.map((o) => [o.outlet?.domain, o.outlet?.stateMedia?.typology])).toEqual([['vtv.gob.ve', 'SC']]);
  });

  it('knows the short names news gives agencies and broadcasters, with their labels, but no province or surname', () => {
    expect(findOutlet('Sputnik')).toMatchObject({ country: 'RUS', stateMedia: { typology: 'SC' } });
    expect(findOutlet('the Tasnim news agency')).toMatchObject({ country: 'IRN', stateMedia: { typology: 'SC' } });
    expect(findOutlet('RFE/RL')?.country).toBe('USA');
    expect(findOutlet('Fox Business')?.domain).toBe('foxbusiness.com');
    expect(findOutlet('Army Radio')?.country).toBe('ISR');
    expect(findOutlet('the governor of Fars province')).toBeNull();
    expect(findOutlet('Naoto Kan')).toBeNull();
    expect(findOutlet('the German news agency dpa')?.domain).toBe('dpa.com');
    expect(findOutlet('the times')).toBeNull();
  });

  it('keeps one source for an outlet the article names in two ways', () => {
    const text = [
      'The shooter had bought the rifle in March, the New York Daily News reported.',
      'Police said the store had sold three more, according to the Daily News.',
    ].join('\n');
    const outlets = sourcesOf(text).layer.sources.filter((s) => s.kind === 'outlet');
    expect(outlets).toHaveLength(1);
    expect(outlets[0]).toMatchObject({ outlet: { domain: 'nydailynews.com', country: 'USA' } });
    expect(outlets[0]!.mentions.map((m) => m.text)).toEqual(['the New York Daily News', 'the Daily News']);
  });
});

describe('findSources', () => {
  it('counts a role standing for an outlet under the outlet, with its state-media label', () => {
    const { layer } = sourcesOf(
      'According to the state-run Global Times, Chinese officials want the EU to drop the probe. The newspaper said a deal was near.',
    );
    const outlets = layer.sources.filter((s) => s.kind === 'outlet');
    expect(outlets.map((s) => [s.name, s.quotes.length, s.relayed.length, s.outlet?.stateMedia?.label])).toEqual([
      ['Global Times', 1, 1, 'state-controlled'],
    ]);
  });

  it("counts a state's media named by what they are as the speaker's state's, state-controlled", () => {
    const { layer } = sourcesOf(
      '"We are not against a truce," President Vladimir Putin told his Security Council, in comments broadcast by state television.',
    );
    expect(layer.sources.filter((s) => s.kind === 'outlet').map((s) => [s.name, s.relayed.length, s.outlet])).toEqual([
      [
        'state television',
        1,
        { name: 'state television', domain: null, country: 'RUS', stateMedia: { typology: 'SC', label: 'state-controlled' } },
      ],
    ]);
    expect(stateMediaNamed('Iranian state TV')?.country).toBe('IRN');
    expect(stateMediaNamed('Reuters')).toBeNull();
  });

  it('counts what an outlet reports citing unnamed sources as relayed by the outlet and resting on the unnamed', () => {
    const { layer } = sourcesOf(
      'The Global Times reported the probe was over. The newspaper, citing unnamed sources, said a deal was near. Talks had stalled, Reuters reported on Tuesday, citing two people familiar with the matter.',
    );
    expect(layer.sources.map((s) => [s.name, s.kind, s.quotes.length, s.relayed.length, s.outlet?.stateMedia?.label ?? null])).toEqual([
      ['Global Times', 'outlet', 1, 1, 'state-controlled'],
      ['unnamed sources', 'unnamed', 1, 0, null],
      ['Reuters', 'outlet', 0, 1, null],
      ['two people familiar with the matter', 'unnamed', 1, 0, null],
    ]);
    expect([layer.summary.unnamed, layer.summary.relayed, layer.summary.namedOutlets]).toEqual([2, 2, 1]);
  });

  it('counts a group of people no one speaks for as unnamed, not as a name it does not know', () => {
    const { layer } = sourcesOf('Democratic voters said the economy was their first worry. Trump supporters said the polls were wrong.');
    expect(layer.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Democratic voters', 'unnamed'],
      ['Trump supporters', 'unnamed'],
    ]);
    const bloggers = sourcesOf('Pro-Kremlin military bloggers who track the fighting claimed the Russian advance had stalled.');
    expect(bloggers.layer.sources.map((s) => [s.name, s.kind])).toEqual([['Pro-Kremlin military bloggers', 'unnamed']]);
  });

  it('counts an embassy in a capital as an organisation, not as the capital', () => {
    const { layer } = sourcesOf('The Russian Embassy in Washington said in a post on Telegram that the bill was another attack.');
    expect(layer.sources.map((s) => [s.name, s.kind])).toEqual([['The Russian Embassy in Washington', 'organisation']]);
  });

  it('counts "the ministry" under the ministry the article named before it, else as a body it does not name', () => {
    const { layer } = sourcesOf(
      "Russia's defence ministry said its forces had struck military targets. The ministry said the drones had strayed.",
    );
    expect(layer.sources.map((s) => [s.name, s.kind, s.quotes.length])).toEqual([["Russia's defence ministry", 'organisation', 2]]);
    const alone = sourcesOf('The ministry said the drones had strayed off course.').layer.sources;
    expect(alone.map((s) => [s.name, s.kind, s.named])).toEqual([['The ministry', 'organisation', false]]);
  });

  it('tells named people, outlets, documents and vague sources apart and counts the claims on each', () => {
    const text = [
      '"We will not back down," Reuters quoted Putin as saying.',
      'According to TASS, the talks will resume in May.',
      'A report from Foreign Policy reveals that the deal was drafted in March.',
      'Officials said the border would stay closed.',
      'Some analysts say the sanctions are working.',
      '"Nobody wants this war."',
    ].join('\n');
    const { quotes, layer } = sourcesOf(text);
    expect(quotes).toHaveLength(6);
    const byName = Object.fromEntries(layer.sources.map((s) => [s.name, s]));
    expect(byName.Putin).toMatchObject({ kind: 'person', named: true, quotes: [0] });
    expect(byName.Reuters).toMatchObject({ kind: 'outlet', relayed: [0], outlet: { domain: 'reuters.com' } });
    expect(byName.TASS).toMatchObject({ kind: 'outlet', quotes: [1], outlet: { stateMedia: { typology: 'SC' } } });
    expect(byName['Foreign Policy']).toMatchObject({ kind: 'outlet', named: true, outlet: { domain: 'foreignpolicy.com' } });
    expect(byName.Officials).toMatchObject({ kind: 'unnamed', named: false });
    expect(byName['Some analysts']).toMatchObject({ kind: 'unnamed', named: false });
    expect(layer.summary).toMatchObject({
      claims: 6,
      namedPeople: 1,
      namedOutlets: 2,
      documents: 1,
      unnamed: 2,
      unattributed: 1,
      relayed: 1,
    });
    for (const s of layer.sources) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('records the outlet a statement was made to or published in as relaying it', () => {
    const text = [
      '"Deterrence works only when it is credible," wrote Anna Lindqvist in Foreign Affairs.',
      'Mark Rutte told Reuters that the alliance would stay united.',
      'A senior official said the plan was dead.',
    ].join('\n');
    const { quotes, layer } = sourcesOf(text);
    expect(quotes.map((q) => [q.speaker, q.via ?? null])).toEqual([
      ['Anna Lindqvist', 'Foreign Affairs'],
      ['Mark Rutte', 'Reuters'],
      ['A senior official', null],
    ]);
    const byName = Object.fromEntries(layer.sources.map((s) => [s.name, s]));
    expect(byName['Foreign Affairs']).toMatchObject({ kind: 'outlet', relayed: [0], outlet: { domain: 'foreignaffairs.com' } });
    expect(byName.Reuters).toMatchObject({ kind: 'outlet', relayed: [1] });
    expect(byName['A senior official']).toMatchObject({ kind: 'unnamed', named: false, quotes: [2] });
    expect(layer.summary).toMatchObject({ claims: 3, namedPeople: 2, unnamed: 1, relayed: 2 });
  });

  it("counts an outlet's report of a statement it relays once, as relayed, not as a claim of its own besides", () => {
    const text = 'Maria Zakharova said Brussels was meddling, RIA Novosti reported.';
    const { quotes, layer } = sourcesOf(text);
    // (the quotes layer keeps both attributions, the report and the statement inside it)
    expect(quotes.map((q) => [q.speaker, q.via ?? null])).toEqual([
      ['RIA Novosti', null],
      ['Maria Zakharova', 'RIA Novosti'],
    ]);
    const ria = layer.sources.find((s) => s.name === 'RIA Novosti');
    expect(ria).toMatchObject({ kind: 'outlet', quotes: [], relayed: [1] });
    expect(layer.summary).toMatchObject({ claims: 1, namedPeople: 1, namedOutlets: 0, relayed: 1 });
  });

  it('counts no claim on a source for what it did not say, and one for what it does not believe', () => {
    const { quotes, layer } = sourcesOf('A spokesperson for the ministry did not say what those measures would be.');
    expect(quotes.map((q) => [q.speaker, q.negated ?? false])).toEqual([['A spokesperson for the ministry', true]]);
    expect(layer.summary.claims).toBe(0);
    expect(layer.sources).toEqual([]);
    expect(sourcesOf('Trump does not believe the climate is changing.').layer.summary.claims).toBe(1);
  });

  it('measures the share of the text inside quotation marks, scare quotes left out', () => {
    const text = '"One two three four five." Then the so-called "plan" came.';
    const inside = 'Onetwothreefourfive.'.length;
    expect(quotationShare(text, lineParagraphs(text))).toBeCloseTo(inside / text.replace(/\s+/g, '').length, 3);
    expect(quotationShare('', [])).toBe(0);
  });
});

describe('findSources: bodies the entities layer did not list', () => {
  it('counts a ministry or campaign that speaks as an organisation', () => {
    const { layer } = sourcesOf('In a statement, the Russian defence ministry said its forces were on high alert.');
    expect(layer.sources.map((s) => [s.name, s.kind])).toEqual([['the Russian defence ministry', 'organisation']]);
  });

  it('counts "It" and "they" under the body or the people they stand for, and a general staff as a body', () => {
    const { layer } = sourcesOf(
      "Russia's defence ministry said its forces had struck military sites. It said it was ready to hold talks. " +
        'Some European officials said the incursion was deliberate. They said the alliance must respond. ' +
        'The drones lost their way, the Belarusian general staff said.',
    );
    expect(layer.sources.map((s) => [s.name, s.kind, s.quotes.length])).toEqual([
      ["Russia's defence ministry", 'organisation', 2],
      ['Some European officials', 'unnamed', 2],
      ['the Belarusian general staff', 'organisation', 1],
    ]);
    const more = sourcesOf('The affidavit said the money was moved in May. Police said two men were arrested.').layer;
    expect(more.sources.map((s) => [s.name, s.kind])).toEqual([
      ['The affidavit', 'document'],
      ['Police', 'organisation'],
    ]);
    // a readout is a document, as every document noun of the quotes layer is ("a readout" unnamed, as "a report" is)
    const readout = sourcesOf('Xi told Trump the two should be partners, according to the readout published by Xinhua.').layer;
    expect(readout.sources.filter((s) => s.kind === 'document' || s.kind === 'outlet').map((s) => [s.name, s.kind])).toEqual([
      ['the readout', 'document'],
      ['Xinhua', 'outlet'],
    ]);
  });
});
