import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { analyseText, assembleText } from './extract-text.js';

const prose = (topic: string) =>
  `The ministers of the alliance met in Brussels on Tuesday to discuss ${topic}, and the talks ran late into the evening before a joint statement was agreed.`;

describe('analyseText: the title', () => {
  it('is the headline over the body, not a teaser of another story or a share prompt above it', () => {
    const page = [
      'Home',
      'World',
      'Breaking News',
      'Farmers block roads over diesel prices PARIS: Farmers blocked the ring road around the capital on Monday in a protest over',
      'Allies agree on new air defence fund for the eastern flank',
      'Share this article',
      'By Jane Roe',
      prose('a new air defence fund for the eastern flank'),
      prose('how the fund would be paid for'),
      prose('what the eastern members asked for'),
    ].join('\n');
    const a = analyseText(page);
    expect(a.headline).toEqual({ line: 'Allies agree on new air defence fund for the eastern flank', index: 4 });
  });

  it('is the headline over the byline and date lines, not a section heading below them', () => {
    const page = [
      'Sign in',
      'Alliance ministers agree on air defence fund for the eastern flank',
      'Jane Roe',
      'Oct 18, 2019 · 8 min read',
      'Why the eastern members asked for the fund',
      prose('a new air defence fund for the eastern flank'),
      prose('how the fund would be paid for'),
      prose('what the eastern members asked for'),
    ].join('\n');
    expect(analyseText(page).headline).toEqual({ line: 'Alliance ministers agree on air defence fund for the eastern flank', index: 1 });
  });

  it('is the headline over a byline and date set apart by labels, and over the run of them that has one', () => {
    const page = [
      'Alliance ministers agree on air defence fund for the eastern flank',
      'by',
      'Jane Roe',
      '16 min read',
      'Last updated:',
      'August 19, 2025',
      'Share',
      'Posted by Newsroom on March 3, 2025',
      'Why the eastern members asked for the fund',
      prose('a new air defence fund for the eastern flank'),
      prose('how the fund would be paid for'),
      prose('what the eastern members asked for'),
    ].join('\n');
    expect(analyseText(page).headline?.index).toBe(0);
  });

  it('is the headline in title case over a standfirst in sentence case, not the standfirst', () => {
    const page = [
      'Sign in',
      'Allies Agree on New Air Defence Fund',
      'Ministers of the alliance settle how the eastern flank will pay for its air defence fund',
      prose('a new air defence fund for the eastern flank'),
      prose('how the fund would be paid for'),
      prose('what the eastern members asked for'),
    ].join('\n');
    expect(analyseText(page).headline?.line).toBe('Allies Agree on New Air Defence Fund');
    const sentenceCase = page.replace('Allies Agree on New Air Defence Fund', 'Allies agree on new air defence fund');
    expect(analyseText(sentenceCase).headline?.index).toBe(2);
  });

  it('may open with a question, but is not two sentences', () => {
    const page = (headline: string) =>
      [
        'Sign in',
        'World news',
        headline,
        prose('a new air defence fund for the eastern flank'),
        prose('how the fund would be paid for'),
      ].join('\n');
    expect(analyseText(page('Who pays for air defence? Allies agree on a fund for the eastern flank')).headline?.index).toBe(2);
    expect(analyseText(page('Allies agree on an air defence fund. The eastern flank will pay for it')).headline?.index).not.toBe(2);
  });

  it('takes the nearest headline-like line when none shares words with the text', () => {
    const page = ['Menu', 'Quarterly outlook for the region', 'Posted 3 hours ago', prose('the budget'), prose('the next meeting')].join(
      '\n',
    );
    expect(analyseText(page).headline?.line).toBe('Quarterly outlook for the region');
  });
});

describe('text mode: the title', () => {
  it('is the line the headline model ranks first, even where the rules find none in the menu above it', () => {
    const menu = ['Briefings', 'Blog', 'Podcast', 'About', 'Get Newsletter'];
    const page = [
      'Skip to Content',
      ...menu,
      ...menu,
      'Allies agree on a new air defence fund for the eastern flank.',
      'Mar 3',
      'Written By Jane Roe',
      prose('a new air defence fund for the eastern flank'),
      'Get our best stories on European politics in your inbox every weekday morning.',
      prose('how the fund would be paid for'),
      'Previous',
      'Next',
      'Sign up for the free newsletter and follow the talks!',
      'Copyright © 2025 Jane Roe, All Rights Reserved.',
    ].join('\n');
    // a headline ending in a full stop is none to the rules
    expect(analyseText(page).headline?.line).toBe('Get Newsletter');
    const doc = extract(page, { mode: 'text' });
    expect(doc.meta.title).toBe('Allies agree on a new air defence fund for the eastern flank.');
    expect(doc.meta.authors).toEqual(['Jane Roe']);
    expect(doc.text).not.toContain('Allies agree');
    expect(doc.text).not.toContain('in your inbox');
    expect(doc.text).toContain('The ministers of the alliance met in Brussels on Tuesday to discuss a new air defence fund');
  });
});

describe('text mode: dates', () => {
  const story = (...dateLines: string[]) =>
    [
      'Allies agree on new air defence fund for the eastern flank',
      'By Jane Roe',
      ...dateLines,
      prose('a new air defence fund for the eastern flank'),
      prose('how the fund would be paid for'),
      prose('what the eastern members asked for'),
    ].join('\n');

  it('tells the revision date from the publication date, whichever line comes first', () => {
    const doc = extract(story('Updated: March 5, 2025', 'Published: January 3, 2025'), { mode: 'text' });
    expect(doc.meta.publishedAt).toBe('2025-01-03');
    expect(doc.meta.updatedAt).toBe('2025-03-05');
    expect(doc.text).not.toContain('2025');
  });

  it('reads the date and the byline by the headline as HTML mode does, when no line is a date alone', () => {
    const doc = extract(
      [
        'Home',
        'World',
        'Allies agree on new air defence fund for the eastern flank',
        'Dec 12, 2025 · 5 min read',
        ...story().split('\n').slice(2),
      ].join('\n'),
      { mode: 'text' },
    );
    expect(doc.meta.publishedAt).toBe('2025-12-12');
    const glued = extract(
      [
        'Allies agree on new air defence fund for the eastern flank',
        'By Korin MillerPublished: Jan 29, 2025',
        ...story().split('\n').slice(2),
      ].join('\n'),
      { mode: 'text' },
    );
    expect(glued.meta.authors).toEqual(['Korin Miller']);
    expect(glued.meta.publishedAt).toBe('2025-01-29');
  });

  it('reads the date and the byline by its own headline when the body kept starts far below it', () => {
    const form = [
      'Tell us about your business and one of our advisers will be in touch with a quote for the work you need.',
      'We answer every request within two working days, and there is never any charge for the first call with us.',
      ...Array.from({ length: 45 }, (_, k) => `Field ${k + 1}`),
    ];
    const a = analyseText(
      [
        'Allies agree on new air defence fund for the eastern flank',
        'Written by Jorge Jimenez',
        'Posted on November 6th, 2025',
        ...form,
        prose('a new air defence fund for the eastern flank'),
        prose('how the fund would be paid for'),
        prose('what the eastern members asked for'),
      ].join('\n'),
    );
    // the body as a model may keep it: the article's prose only, far below the header
    const doc = assembleText(
      a,
      a.lines.map((line) => line.startsWith('The ministers')),
    );
    expect(doc.meta.publishedAt).toBe('2025-11-06');
    expect(doc.meta.authors).toEqual(['Jorge Jimenez']);
  });

  it("reads the byline by the rules' headline when the model's headline has none by it", () => {
    const a = analyseText(
      [
        'Subscribe to the weekly briefing',
        'Share this article',
        'Allies agree on new air defence fund for the eastern flank',
        'Jorge Jimenez Senior Defence Editor',
        prose('a new air defence fund for the eastern flank'),
        prose('how the fund would be paid for'),
        prose('what the eastern members asked for'),
        prose('the timetable for the first orders'),
        'Farmers block roads over diesel prices',
      ].join('\n'),
    );
    const keep = a.lines.map((line) => line.startsWith('The ministers'));
    const wrong = { ...a, headline: { line: a.lines[8]!, index: 8 } };
    expect(assembleText(wrong, keep).meta.authors).toEqual([]);
    expect(assembleText({ ...wrong, ruledHeadline: 2 }, keep).meta.authors).toEqual(['Jorge Jimenez']);
  });

  /** A story with `under` below its headline and, after the links below it, `far` down the page. */
  const withFarLines = (under: string[], far: string[]) =>
    [
      'Allies agree on new air defence fund for the eastern flank',
      ...under,
      prose('a new air defence fund for the eastern flank'),
      prose('how the fund would be paid for'),
      prose('what the eastern members asked for'),
      prose('the timetable for the first orders'),
      'Share this article',
      'More from Europe',
      'Farmers block roads over diesel prices',
      'Central bank holds rates steady again',
      'Storm closes ports along the northern coast',
      'Newsletter',
      'Sign up',
      ...far,
    ].join('\n');

  it('takes a line anywhere that labels when the article was published, when nothing by the headline gives a date', () => {
    const comments = ['Comments', 'Posted by a reader on January 2, 2024'];
    const labelled = withFarLines([], ['Published On: 15 August 2025', ...comments]);
    expect(extract(labelled, { mode: 'text' }).meta.publishedAt).toBe('2025-08-15');
    expect(extract(withFarLines([], comments), { mode: 'text' }).meta.publishedAt).toBeNull();
  });

  it('takes a labelled publication line anywhere over a revision date shown by the headline', () => {
    const doc = extract(withFarLines(['Last updated on: November 29, 2025'], ['Published On: 15 August 2025']), { mode: 'text' });
    expect(doc.meta.publishedAt).toBe('2025-08-15');
    expect(doc.meta.updatedAt).toBe('2025-11-29');
  });

  it('takes a lone revision date as the publication date, with no revision', () => {
    const doc = extract(story('Last updated March 5, 2025'), { mode: 'text' });
    expect(doc.meta.publishedAt).toBe('2025-03-05');
    expect(doc.meta.updatedAt).toBeNull();
  });
});

describe('text mode: authors', () => {
  const page = (...extra: string[]) =>
    [
      'Allies agree on new air defence fund for the eastern flank',
      ...extra.slice(0, 1),
      prose('a new air defence fund for the eastern flank'),
      prose('how the fund would be paid for'),
      prose('what the eastern members asked for'),
      ...extra.slice(1),
    ].join('\n');

  it('reads a date line that ends in a time zone and a revision time ago, and drops it and the advert marker', () => {
    const body = [prose('the twentieth sanctions package'), prose('the ban on Russian gas'), prose('what Slovakia was promised')];
    const page = [
      'EU agrees 20th sanctions package targeting Russian LNG',
      'By Lili Bayer and Andrew Gray',
      'October 23, 2025 3:14 PM GMT+1 Updated 2 hours ago',
      body[0],
      'Advertisement · Scroll to continue',
      ...body.slice(1),
    ];
    const doc = extract(page.join('\n'), { mode: 'text' });
    expect(doc.meta.publishedAt).toBe('2025-10-23');
    expect(doc.text).toBe(body.join('\n\n'));
  });

  it('drops the byline, the date and the bio under a headline of eight words or more that the scraper repeated', () => {
    const headline = "Sudan's RSF seizes El Fasher, UN warns of atrocities";
    const lines = [headline, 'Menu', 'World', headline, 'By Amira Hassan', 'Published 28 October 2025'];
    const body = [prose('the siege of El Fasher'), prose('aid for Darfur'), prose('the ceasefire talks')];
    const doc = extract([...lines, ...body, "Amira Hassan is AFP's correspondent in Port Sudan.", 'To Top'].join('\n'), { mode: 'text' });
    expect(doc.meta.authors).toEqual(['Amira Hassan']);
    expect(doc.meta.publishedAt).toBe('2025-10-28');
    expect(doc.text).toBe(body.join('\n\n'));
  });

  it('reads no author from a consent banner that opens like a byline', () => {
    expect(extract(page('By choosing I Accept, you consent to our use of cookies'), { mode: 'text' }).meta.authors).toEqual([]);
    expect(extract(page('By RICH SCHAPIRO in New York'), { mode: 'text' }).meta.authors).toEqual(['RICH SCHAPIRO']);
  });

  it('takes an author box for a person, not the site pages named "About"', () => {
    expect(
      extract(page('', 'About Jane Roe', 'Jane Roe covers defence for the paper and has reported from Brussels for ten years.'), {
        mode: 'text',
      }).meta.authors,
    ).toEqual(['Jane Roe']);
    expect(extract(page('', 'About Us', 'Contact', 'About Quanta'), { mode: 'text' }).meta.authors).toEqual([]);
  });

  it('leaves the newsroom or agency beside a byline out of the authors', () => {
    expect(extract(page('By Jane Roe, Associated Press'), { mode: 'text' }).meta.authors).toEqual(['Jane Roe']);
    expect(extract(page('By JANE ROE, AP'), { mode: 'text' }).meta.authors).toEqual(['JANE ROE']);
    expect(extract(page('By Jane Roe / Western Mail'), { mode: 'text' }).meta.authors).toEqual(['Jane Roe']);
    // a newsroom alone is the byline there is
    expect(extract(page('By Reuters'), { mode: 'text' }).meta.authors).toEqual(['Reuters']);
  });

  /** The authors of a story of sixteen paragraphs with no byline by its headline, and `tail` after it. */
  const authorsBelowStory = (...tail: string[]) => {
    const topics = [
      'the fund',
      'the budget',
      'the timetable',
      'the radar sites',
      'the missile stocks',
      'the training',
      'the border',
      'the ships',
    ];
    const lines = [
      'Home',
      'World',
      'Allies agree on new air defence fund for the eastern flank',
      'March 3, 2025',
      ...topics.map(prose),
      ...topics.map((t) => prose(`${t} again`)),
      ...tail,
      'Privacy policy',
    ];
    return extract(lines.join('\n'), { mode: 'text' }).meta.authors;
  };

  it('takes, when nothing by the headline names the author, a name under an author label further down, but no menu under one', () => {
    expect(authorsBelowStory('Article by', 'Matias Heikkilä', 'Back to all posts')).toEqual(['Matias Heikkilä']);
    expect(authorsBelowStory('View all posts by Ray Ansari')).toEqual(['Ray Ansari']);
    expect(authorsBelowStory('Author', 'Recent Posts', 'Follow me')).toEqual([]);
    expect(authorsBelowStory('Authors', 'Series', 'Categories')).toEqual([]);
  });

  it('takes, last, the one byline line the page has anywhere, but none from bylines of other stories or a filter', () => {
    expect(authorsBelowStory('Written by Linda McCall', 'Share this story')).toEqual(['Linda McCall']);
    expect(authorsBelowStory('Guest author Elizabeth Shields')).toEqual(['Elizabeth Shields']);
    expect(authorsBelowStory('More stories', 'Fund talks stall', 'By Jane Roe', 'Ships sail north', 'By John Doe')).toEqual([]);
    expect(authorsBelowStory('Sort by', 'By Event Type')).toEqual([]);
  });

  it('takes the byline by the headline before an author box further down', () => {
    const doc = extract(
      page('By Korin Miller', 'About Jane Roe', 'Jane Roe covers defence for the paper and has reported from Brussels for ten years.'),
      { mode: 'text' },
    );
    expect(doc.meta.authors).toEqual(['Korin Miller']);
  });

  it('takes a name right under the headline, over a job title, or beside how long ago it was written, when no line is a byline', () => {
    expect(extract(page('Ben Silverman', 'Games Editor'), { mode: 'text' }).meta.authors).toEqual(['Ben Silverman']);
    const titled = extract(
      [
        'Menu',
        'Allies agree on new air defence fund for the eastern flank',
        'Ben Silverman',
        'Games Editor',
        ...page().split('\n').slice(1),
      ].join('\n'),
      { mode: 'text' },
    );
    expect(titled.meta.authors).toEqual(['Ben Silverman']);
    const ago = extract(
      ['Menu', 'Allies agree on new air defence fund for the eastern flank', 'Alex Perry 1 day ago', ...page().split('\n').slice(1)].join(
        '\n',
      ),
      { mode: 'text' },
    );
    expect(ago.meta.authors).toEqual(['Alex Perry']);
  });
});

describe('text mode: a short brief', () => {
  it('keeps the last paragraph when it is a quotation with its speaker', () => {
    const page = [
      'Cruz leads in a Texas poll',
      '',
      'A poll released on Monday in Austin put Mr. Cruz ahead of his rivals in the state primary.',
      '',
      '"Texas is with us," Mr. Cruz said on Monday.',
    ].join('\n');
    const doc = extract(page, { mode: 'text' });
    expect(doc.meta.title).toBe('Cruz leads in a Texas poll');
    expect(doc.text).toBe(
      'A poll released on Monday in Austin put Mr. Cruz ahead of his rivals in the state primary.\n\n"Texas is with us," Mr. Cruz said on Monday.',
    );
  });

  it('keeps a closing sentence that ends the page, and not a credited caption there', () => {
    const body = [
      'Zelensky says Ukraine will not cede land',
      'By Anna Smith',
      'November 27, 2025',
      'KYIV (Reuters) - Ukraine will not give up any territory in talks with Russia, President Volodymyr Zelensky said on Thursday, as U.S. envoys pressed a peace plan.',
      '"We will not trade our land for promises," he told reporters after meeting European officials in the capital.',
      'The Kremlin said it was studying the proposals and would respond in due course.',
      'Ukrainian President Volodymyr Zelensky spoke in Kyiv.',
    ];
    expect(extract(body.join('\n'), { mode: 'text' }).text).toMatch(
      /in due course\.\n\nUkrainian President Volodymyr Zelensky spoke in Kyiv\.$/u,
    );
    const captioned = [
      ...body.slice(0, -1),
      'Ukrainian President Volodymyr Zelensky speaks during a news conference in Kyiv, Ukraine, November 27, 2025. REUTERS/Gleb Garanich',
    ];
    expect(extract(captioned.join('\n'), { mode: 'text' }).text).toMatch(/in due course\.$/u);
  });

  it('reads a pasted brief of a few lines as headline and sentences, which the models, trained on pages, misread', () => {
    const two = extract('Macron arrives\n\nFrench President Emmanuel Macron flew to Beijing on Monday.\n', { mode: 'text' });
    expect([two.meta.title, two.text]).toEqual(['Macron arrives', 'French President Emmanuel Macron flew to Beijing on Monday.']);
    const three = extract(
      'Macron arrives in Beijing\n\nFrench President Emmanuel Macron flew to Beijing on Monday.\n\nHe will meet Xi Jinping on Tuesday.\n',
      {
        mode: 'text',
      },
    );
    expect(three.text).toBe('French President Emmanuel Macron flew to Beijing on Monday.\n\nHe will meet Xi Jinping on Tuesday.');
    // (a menu is no sentence of the brief, nor its headline)
    const menu = extract(
      'Home | News | Sport\n\nMacron arrives in Beijing\n\nFrench President Emmanuel Macron flew to Beijing on Monday.\n',
      {
        mode: 'text',
      },
    );
    expect([menu.meta.title, menu.text]).toEqual([
      'Macron arrives in Beijing',
      'French President Emmanuel Macron flew to Beijing on Monday.',
    ]);
  });
});

describe("text mode: a caption that ends in its credit, and a bylined author's bio", () => {
  const page = [
    'Home | World | Europe',
    'Pro-EU party wins Moldova election',
    'Pro-EU party wins Moldova election',
    'By Elena Popescu and Mark Townsend',
    'September 29, 2025 10:42 AM GMT',
    'Supporters of the governing party celebrate in Chisinau. Photo: Vadim Ghirda/AP',
    prose('the election in Moldova'),
    prose('the results of the vote'),
    prose('what the observers would say'),
    'Elena Popescu is a correspondent based in Chisinau. She covers Moldova and Romania.',
    'Share this article',
  ].join('\n');

  it('gives the caption to the image credits and drops the bio from the body', () => {
    const doc = extract(page, { mode: 'text' });
    expect(doc.meta.imageCredits).toEqual(['Supporters of the governing party celebrate in Chisinau. Photo: Vadim Ghirda/AP']);
    expect(doc.text).not.toContain('Chisinau');
    expect(doc.text).toContain('what the observers would say');
    expect(doc.meta.authors).toEqual(['Elena Popescu', 'Mark Townsend']);
  });

  it('keeps a sentence about someone the byline does not name', () => {
    const other = page.replace('Elena Popescu is a correspondent', 'Maia Sandu is a correspondent');
    expect(extract(other, { mode: 'text' }).text).toContain('Maia Sandu is a correspondent');
  });

  it("keeps a live blog's later entries, which the line model reads as the page's end", () => {
    const blog = [
      'Live: NATO foreign ministers meet in Brussels as drone incursions rise',
      'Updated 14 minutes ago',
      'By Tom Hale and Ines Duarte',
      'Key points',
      'NATO ministers discuss air defence after drones entered Polish and Romanian airspace',
      'Rutte says the alliance will "respond decisively" to any attack',
      'Russia denies sending the drones',
      '15:42 GMT',
      'Rutte: "We will not be intimidated"',
      'NATO Secretary General Mark Rutte told reporters after the meeting that allies had agreed to move more air-defence systems to the eastern flank. "We will not be intimidated. Every inch of allied territory will be defended," he said.',
      '15:10 GMT',
      'Kremlin rejects accusations',
      'Kremlin spokesman Dmitry Peskov said Moscow had "nothing to do" with the drones and accused European governments of "hysteria". He told reporters that Russia was not planning to attack any NATO member.',
      '14:35 GMT',
      'Poland asks for more Patriots',
      'Polish Foreign Minister Radoslaw Sikorski said Warsaw had asked allies for additional Patriot batteries. A Polish government spokesman said a decision was expected next week.',
      '14:02 GMT',
      'What we know so far',
      'At least 19 drones crossed into Polish airspace overnight on Wednesday, according to the Polish military. Four were shot down.',
      'Share',
      'Advertisement',
      "Read more: How NATO's Article 4 works",
    ].join('\n');
    const text = extract(blog, { mode: 'text' }).text;
    expect(text).toContain('Radoslaw Sikorski said');
    expect(text).toContain('according to the Polish military');
    expect(text).not.toContain('Advertisement');
  });

  it("leaves the site's copyright notice out of the image credits and the body", () => {
    const doc = extract(`${page}\n© 2025 The Daily Ledger. All rights reserved.`, { mode: 'text' });
    expect(doc.meta.imageCredits).toEqual(['Supporters of the governing party celebrate in Chisinau. Photo: Vadim Ghirda/AP']);
    expect(doc.text).not.toContain('Daily Ledger');
  });
});

describe('text mode: a list of other stories under "Read more", and a caption credited in brackets', () => {
  const page = [
    'News / Africa',
    'Sudan’s army rejects US-backed truce plan',
    'By Hiba Osman · 24 Nov 2025',
    "Sudan's army chief addresses troops in Port Sudan [File: Reuters]",
    prose('the truce in Sudan'),
    prose('the siege of El Fasher'),
    'Read more',
    'RSF announces unilateral ceasefire',
    'What happened in El Fasher?',
    prose('aid for the displaced'),
    prose('the talks to come'),
    'Share on Facebook X WhatsApp',
  ].join('\n');

  it('gives the headlines to the related links and the caption to the image credits, keeping the prose after them', () => {
    const doc = extract(page, { mode: 'text' });
    expect(doc.meta.relatedLinks.map((l) => l.text)).toEqual(['RSF announces unilateral ceasefire', 'What happened in El Fasher?']);
    expect(doc.meta.imageCredits).toEqual(["Sudan's army chief addresses troops in Port Sudan [File: Reuters]"]);
    expect(doc.text).not.toMatch(/Read more|RSF announces|Port Sudan/);
    expect(doc.text).toContain('aid for the displaced');
    expect(doc.text).toContain('the talks to come');
  });
});
