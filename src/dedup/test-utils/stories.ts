/** Synthetic news stories for dedup and store tests (written for these tests). */

export const WIRE_STORY = `BRUSSELS, March 4 - European Union energy ministers agreed on Tuesday to extend an emergency cap on gas prices for another year, officials said, as governments braced for a tight winter despite storage levels that are higher than usual for the season.

The cap, first introduced after prices spiked two years ago, limits the price at which gas can be traded on the main European exchange when it rises far above global levels. Several northern member states had argued that the measure was no longer needed and could discourage suppliers from shipping cargoes to Europe.

"We are not out of the woods yet, and this mechanism is an insurance policy that costs nothing when markets are calm," the bloc's energy commissioner told reporters after the meeting in Brussels.

Diplomats said the compromise included a review clause that would allow the cap to be lifted earlier if prices stayed below a set level for three consecutive months. Germany and the Netherlands, which had opposed an automatic extension, backed the deal after the clause was added late on Monday night.

Traders said the decision was widely expected and had little effect on benchmark prices, which fell slightly in afternoon trading. Analysts at two banks said the bigger risk for the coming months was a cold spell combined with outages at Norwegian processing plants.

The ministers also discussed plans to buy gas jointly for a third round of tenders and asked the commission to report on how much of the bloc's demand the scheme had covered so far.`;

export const OTHER_STORY_SAME_TOPIC = `OSLO, March 5 - Norway's gas exports to Europe fell sharply on Wednesday after an unplanned outage at a major processing plant on the west coast, operator data showed, pushing up prices at the start of the trading day.

The plant, which handles a large share of the country's pipeline flows to Germany and Britain, reported a compressor fault early in the morning and said repairs could take until the end of the week.

Prices for next-month delivery rose by as much as eight percent before easing later in the session as traders weighed healthy storage levels across the continent and mild weather forecasts for the rest of the month.

"A few days of reduced flows is something the market can absorb at this point in the year, but it shows how exposed Europe remains to single points of failure," said an analyst at a consultancy in London.

The operator said it would publish an update on Thursday. Norway became Europe's largest supplier of pipeline gas after deliveries from Russia were cut, and the government has asked companies to keep production at high levels through the summer maintenance season.`;

export const SHORT_NOTICE = 'Markets closed early today.';

/** The wire story as a partner site re-posts it: new headline line, dateline dropped, a trailing credit. */
export function repost(story: string): string {
  const body = story.replace(/^[A-Z]+, [A-Z][a-z]+ \d+ - /, '');
  return `EU keeps gas price cap for another year\n\n${body}\n\nReporting by Jane Doe; Additional reporting by John Roe; Editing by Mark Smith`;
}

/** The story with one sentence changed and one paragraph dropped, as an updated version would read. */
export function lightlyEdited(story: string): string {
  const paragraphs = story.split('\n\n');
  paragraphs.splice(4, 1);
  return paragraphs.join('\n\n').replace('officials said', 'two officials familiar with the talks said');
}

let seed = 1;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const VOCAB = (
  'government minister officials said on tuesday wednesday talks agreement prices market energy police court ' +
  'election parliament vote party leader president army border trade tariffs bank rates inflation growth ' +
  'company shares profit workers strike union health hospital school city council water storm flood fire ' +
  'report according to the a of in and for with after before while as at by from about over under against ' +
  'new old first last more less two three four five week month year told reporters statement spokesman'
).split(' ');

/** A random story of `words` words drawn from a small news vocabulary, reproducible by `s`. */
export function randomStory(s: number, words = 300): string {
  seed = s * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(VOCAB[Math.floor(rand() * VOCAB.length)]!);
  return out.join(' ');
}
