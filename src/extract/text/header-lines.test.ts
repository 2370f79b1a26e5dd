import { describe, expect, it } from 'vitest';
import { bylineNames, headerAuthors, headerDate } from './header-lines.js';

const headline = 'Allies agree on new air defence fund for the eastern flank';
const sentence = 'The ministers of the alliance met in Brussels on Tuesday and agreed on the fund.';

describe('headerAuthors', () => {
  it('reads a byline by the headline, above or below it', () => {
    expect(headerAuthors([headline, 'Written by Jorge Jimenez', 'Posted on November 6th, 2025'], 0)).toEqual(['Jorge Jimenez']);
    expect(headerAuthors(['By Corey Kilgannon', 'Feb. 21, 2019', headline, sentence], 2)).toEqual(['Corey Kilgannon']);
  });

  it('reads a name beside when it was written', () => {
    expect(headerAuthors([headline, 'Alex Perry 1 day ago'], 0)).toEqual(['Alex Perry']);
    expect(headerAuthors([headline, 'Tom Talbot October 14, 2025'], 0)).toEqual(['Tom Talbot']);
    expect(headerAuthors([headline, 'Dan Goodin - Apr 16, 2015 8:02 pm UTC'], 0)).toEqual(['Dan Goodin']);
  });

  it('reads a byline after two dates run together ("August 15, 2025December 9, 2025 by Tasha Amy")', () => {
    expect(headerAuthors([headline, 'Posted on August 15, 2025December 9, 2025 by Tasha Amy', sentence], 0)).toEqual(['Tasha Amy']);
    expect(headerAuthors([headline, 'Posted on the new site by Tasha Amy', sentence], 0)).toEqual([]);
  });

  it('reads a byline after a date or a label on its line, but not a photo credit', () => {
    expect(headerAuthors([headline, 'Published on December 2nd, 2025 by Jane Roe and John Doe'], 0)).toEqual(['Jane Roe', 'John Doe']);
    expect(headerAuthors([headline, 'Aug 9th, 2012 at 10:00 am by Jane Roe'], 0)).toEqual(['Jane Roe']);
    expect(headerAuthors([headline, 'Recipe by Jane Roe'], 0)).toEqual(['Jane Roe']);
    expect(headerAuthors([headline, 'Contributors: Jane Roe'], 0)).toEqual(['Jane Roe']);
    expect(headerAuthors([headline, 'Photo by Jane Roe on Unsplash'], 0)).toEqual([]);
  });

  it('reads a name before its credentials, not a company before its legal form', () => {
    expect(headerAuthors([headline, 'Report this article', 'Dylan Bailey, MS, RD, FAND', 'Published Jun 4, 2025'], 0)).toEqual([
      'Dylan Bailey',
    ]);
    expect(headerAuthors([headline, 'Share', 'Form My LLC', 'Published Jun 4, 2025'], 0)).toEqual([]);
  });

  it('reads the names on the line after a "By" of its own', () => {
    expect(headerAuthors([headline, 'Choose the right fund', 'By', 'Jesse Porter', sentence], 0)).toEqual(['Jesse Porter']);
    expect(headerAuthors([headline, 'By', 'the ministers of the alliance'], 0)).toEqual([]);
  });

  it("reads a name over a president's title", () => {
    expect(headerAuthors([headline, '1', '5', 'Chris Pardo', 'Vice President of Consulting'], 0)).toEqual(['Chris Pardo']);
  });

  it('passes over lines of icon glyphs between the headline and the byline', () => {
    expect(headerAuthors([headline, '\ue023', 'March 4, 2025', '\ue08a', 'Joaquin Fernandez', 'In short'], 0)).toEqual([
      'Joaquin Fernandez',
    ]);
    // a line a reader sees still parts them
    expect(headerAuthors([headline, 'March 4, 2025', 'Share', 'Joaquin Fernandez', 'In short'], 0)).toEqual([]);
  });

  it('reads the person named in one part of a meta line whose other parts say when, how long or what job', () => {
    expect(headerAuthors([headline, '12/19/2025 • Friday Philosophy • David Gordon'], 0)).toEqual(['David Gordon']);
    expect(headerAuthors(['109 Comments | Jill Winger | Last Updated: March 11, 2019', headline, sentence], 1)).toEqual(['Jill Winger']);
    expect(headerAuthors([headline, 'Share', 'Manoj Jain and Jagpreet Chhatwal | Guest Columnists'], 0)).toEqual([
      'Manoj Jain',
      'Jagpreet Chhatwal',
    ]);
    // teams and places are no people; two parts naming people leave it open
    expect(headerAuthors([headline, 'Detroit Lions | 3 comments'], 0)).toEqual([]);
    expect(headerAuthors([headline, 'David Gordon | Jill Winger | 12/19/2025'], 0)).toEqual([]);
  });

  it("reads a paper's authors listed with the marks of their affiliations", () => {
    expect(headerAuthors([headline, 'Jennifer Huberty1 ; Jeni Green1 ; Christine Glissmann2'], 0)).toEqual([
      'Jennifer Huberty',
      'Jeni Green',
      'Christine Glissmann',
    ]);
    expect(headerAuthors([headline, 'Aditya Mahindru 1,✉, Pradeep Patil 1, Varun Agrawal 1'], 0)).toEqual([
      'Aditya Mahindru',
      'Pradeep Patil',
      'Varun Agrawal',
    ]);
    expect(headerAuthors([headline, 'Windows 10, Office 365'], 0)).toEqual([]);
    expect(headerAuthors([headline, 'Table 1, Figure 2'], 0)).toEqual([]);
  });

  it('reads a byline that a newsroom signs', () => {
    expect(headerAuthors([headline, 'By The Currency editors'], 0)).toEqual(['The Currency editors']);
    expect(headerAuthors([headline, 'By the Lavazza Team 2–3 minutes'], 0)).toEqual(['the Lavazza Team']);
    expect(headerAuthors([headline, 'written by Our Editors'], 0)).toEqual(['Our Editors']);
    expect(headerAuthors([headline, 'By the team behind the fund'], 0)).toEqual([]);
  });

  it('reads a name of words the word table does not know right under the headline, but no possessive or glued words', () => {
    expect(headerAuthors([headline, 'Aleš Vávra', sentence], 0)).toEqual(['Aleš Vávra']);
    expect(headerAuthors([headline, 'Share', 'Aleš Vávra', sentence], 0)).toEqual([]);
    expect(headerAuthors([headline, "Sassafrass Grove's", sentence], 0)).toEqual([]);
    expect(headerAuthors([headline, 'Buildin TeamProductivity', sentence], 0)).toEqual([]);
  });

  it("reads a person's name in capitals right under the headline, but no section or agency in capitals", () => {
    expect(headerAuthors([headline, 'LEONARDO GARCIA', sentence], 0)).toEqual(['LEONARDO GARCIA']);
    expect(headerAuthors([headline, 'TOP PHOTOS', sentence], 0)).toEqual([]);
    expect(headerAuthors([headline, 'ASSOCIATED PRESS', sentence], 0)).toEqual([]);
    expect(headerAuthors([headline, 'Share', 'LEONARDO GARCIA', sentence], 0)).toEqual([]);
  });

  it('reads a user name in lower case on a dated byline', () => {
    expect(headerAuthors([headline, 'by whova | Apr 21, 2025'], 0)).toEqual(['whova']);
    expect(headerAuthors([headline, 'Posted on July 1, 2024 by infuy'], 0)).toEqual(['infuy']);
    expect(headerAuthors([headline, 'Posted on July 1, 2024 by admin'], 0)).toEqual([]);
    expect(headerAuthors([headline, 'by default | Apr 21'], 0)).toEqual([]);
  });

  it('reads a name under a title only people have right under the headline ("Dr Milan Milanović")', () => {
    expect(headerAuthors([headline, 'Dr Milan Milanović', 'Dec 18, 2025', sentence], 0)).toEqual(['Dr Milan Milanović']);
    expect(headerAuthors([headline, 'Milan Milanović', 'Dec 18, 2025', sentence], 0)).toEqual([]);
  });

  it('reads a name over how long the article reads, a few lines under the headline', () => {
    const lines = [headline, 'The best picks for 2026', 'Sign up for a free demo', 'Brian Becker', '7 min read', sentence];
    expect(headerAuthors(lines, 0)).toEqual(['Brian Becker']);
    expect(headerAuthors([headline, 'The best picks for 2026', 'Sign up for a free demo', 'Brian Becker', 'Share', sentence], 0)).toEqual(
      [],
    );
    expect(headerAuthors([headline, 'by jsteinhardt', '18th Dec 2025', 'AI Alignment Forum', '3 min read', sentence], 0)).toEqual([]);
  });

  it('reads a name cut from the next part of its meta line ("Elena Mazaheri|"), and names under an "Article Authors" label', () => {
    expect(headerAuthors([headline, 'Elena Mazaheri|', 'February 05, 2026 |', sentence], 0)).toEqual(['Elena Mazaheri']);
    expect(headerAuthors([headline, 'Date March 20, 2024', 'Nonprofit', 'Article Authors', 'Kathleen M. Clayton', sentence], 0)).toEqual([
      'Kathleen M. Clayton',
    ]);
  });

  it('reads a given name alone beside the day it was written', () => {
    expect(headerAuthors([headline, 'Susan December 9, 2024 0 Comments'], 0)).toEqual(['Susan']);
    expect(headerAuthors([headline, 'Travel September 8, 2021'], 0)).toEqual([]);
  });

  it('reads a name that runs on into the job', () => {
    expect(headerAuthors([headline, 'Rasmus Barslund Founder & Lead Reviewer'], 0)).toEqual(['Rasmus Barslund']);
    expect(headerAuthors([headline, 'Share', '& Zackery Cuevas Writer, Hardware'], 0)).toEqual(['Zackery Cuevas']);
    expect(headerAuthors([headline, 'Lance Ryan (Content Manager)'], 0)).toEqual(['Lance Ryan']);
    expect(headerAuthors([headline, 'Eastern Flank Editor Picks'], 0)).toEqual([]);
  });

  it('cuts a handle, a reading time and a section off a byline', () => {
    expect(headerAuthors([headline, 'By Alissa Wilkinson@alissamarie Updated Jul 24, 2018'], 0)).toEqual(['Alissa Wilkinson']);
    expect(headerAuthors([headline, 'by Jacob Trussell—10 min read'], 0)).toEqual(['Jacob Trussell']);
    expect(headerAuthors([headline, 'By Carrie Meathrell in News | Link | Comments (1)'], 0)).toEqual(['Carrie Meathrell']);
  });

  it('cuts a date, a time or a revision run into a byline', () => {
    expect(headerAuthors([headline, 'by Jeffrey ZeldmanNovember 20, 2007'], 0)).toEqual(['Jeffrey Zeldman']);
    expect(headerAuthors([headline, 'ByShivya Nath 12th February 2025'], 0)).toEqual(['Shivya Nath']);
    expect(headerAuthors([headline, 'Posted by Chef John at 4:42 PM'], 0)).toEqual(['Chef John']);
    expect(headerAuthors([headline, 'By Jeff Cobb. Last Updated on December 11, 2025'], 0)).toEqual(['Jeff Cobb']);
    // a month's letters inside a name are no date
    expect(headerAuthors([headline, 'By Omar Mayfield 2 days ago'], 0)).toEqual(['Omar Mayfield']);
  });

  it('takes a name alone on its line right under the headline, further down only over a job title, a date or a date label', () => {
    expect(headerAuthors([headline, 'Ben Silverman', 'Games Editor'], 0)).toEqual(['Ben Silverman']);
    expect(headerAuthors([headline, 'Isaiah Shelton', 'Updated on', 'March 3, 2025'], 0)).toEqual(['Isaiah Shelton']);
    expect(headerAuthors([headline, 'Ben Silverman', sentence], 0)).toEqual(['Ben Silverman']);
    expect(headerAuthors([headline, 'Eastern flank', 'Ben Silverman', sentence], 0)).toEqual([]);
  });

  it('takes a name alone after a date, a standfirst or the headline again under the headline, but not after a byline', () => {
    expect(headerAuthors([headline, 'Posted Dec 19, 2025', 'Christian Dupuis', sentence], 0)).toEqual(['Christian Dupuis']);
    expect(headerAuthors([headline, headline, 'Bence Kovács', sentence], 0)).toEqual(['Bence Kovács']);
    expect(headerAuthors([headline, 'Share', 'Christian Dupuis', sentence], 0)).toEqual([]);
    expect(headerAuthors([headline, 'By [NR] admin | Published: October 29, 2012', 'Pin It', sentence], 0)).toEqual([]);
  });

  it("takes no name under the headline that the headline names: that is the story's subject", () => {
    const subject = "Lupita Nyong'o's Pearl Oscar Dress Stolen";
    expect(headerAuthors([subject, "Lupita Nyong'o", sentence], 0)).toEqual([]);
    expect(headerAuthors(['Ben Silverman on the air defence fund', 'Ben Silverman', sentence], 0)).toEqual([]);
  });

  it('takes a name with its job, a newsroom over its date, and a name over its reviewer', () => {
    expect(headerAuthors([headline, 'Audrey Huang, Print Managing Editor', 'May 31, 2024'], 0)).toEqual(['Audrey Huang']);
    expect(headerAuthors([headline, 'Kendall Breitman', 'Social Media & Community Expert'], 0)).toEqual(['Kendall Breitman']);
    expect(headerAuthors([headline, 'Everfit Team', 'Nov 08, 2025 7 min read'], 0)).toEqual(['Everfit Team']);
    expect(headerAuthors([headline, 'Everfit Team', 'Games Editor'], 0)).toEqual([]);
    expect(headerAuthors([headline, 'Annemarie Bufe', 'reviewed by Jo-ann Caballes'], 0)).toEqual(['Annemarie Bufe']);
  });

  it('takes a given name with a surname that reads as a place, over a date only', () => {
    expect(headerAuthors([headline, 'Hazel Sheffield', 'Friday 25 December 2015'], 0)).toEqual(['Hazel Sheffield']);
    expect(headerAuthors([headline, 'Hazel Sheffield', 'Games Editor'], 0)).toEqual([]);
  });

  it('passes over words that only look like a byline lead, and comments signed below the article', () => {
    // "Par" + "enting", "By the Numbers": no name follows
    expect(headerAuthors(['Parenting', headline, 'By the Numbers'], 1)).toEqual([]);
    expect(headerAuthors([headline, 'Posted by: Sharon Hill | May 20, 2012 at 12:55 AM'], 0)).toEqual([]);
  });

  it('stops at the article: a byline after its second sentence belongs to something else', () => {
    expect(headerAuthors([headline, sentence, sentence, 'By Jane Roe'], 0)).toEqual([]);
    expect(headerAuthors([headline, sentence, 'By Jane Roe'], 0)).toEqual(['Jane Roe']);
  });
});

describe('headerDate', () => {
  it('reads the first date by the headline, and whether it is labelled as a revision', () => {
    expect(headerDate([headline, 'Written by Jorge Jimenez', 'Posted on November 6th, 2025'], 0)).toEqual({
      date: '2025-11-06',
      updated: false,
    });
    expect(headerDate([headline, 'Isaiah Shelton', 'Last Updated:', 'December 3, 2025'], 0)).toEqual({ date: '2025-12-03', updated: true });
    expect(headerDate([headline, 'Jane Roe • Updated: August 18, 2025 • 12 minutes READ'], 0)).toEqual({
      date: '2025-08-18',
      updated: true,
    });
    expect(headerDate(['March 2, 2026', headline], 1)).toEqual({ date: '2026-03-02', updated: false });
  });

  it('reads a meta line that runs on like a sentence, but not prose that opens with "By" or "On"', () => {
    const posted = 'Posted by BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.';
    expect(headerDate([headline, posted], 0)).toEqual({ date: '2025-12-19', updated: false });
    expect(headerDate([headline, 'By inviting the ministers on 12 September 2003, the government made its choice plain.'], 0)).toBeNull();
    expect(headerDate([headline, 'On the 9th to 12th September 2003, the conference centre hosts the largest arms fair.'], 0)).toBeNull();
  });

  it('passes over times ago, and dates in the article after its second sentence', () => {
    expect(headerDate([headline, 'Posted 3 days ago', 'Share'], 0)).toBeNull();
    expect(headerDate([headline, sentence, sentence, 'March 2, 2026'], 0)).toBeNull();
  });
});

describe('bylineNames', () => {
  it('leaves out the job and the employer after each name', () => {
    expect(bylineNames("By Maureen Salamon, Executive Editor, Harvard Women's Health Watch")).toEqual(['Maureen Salamon']);
    expect(bylineNames('By Peter Hamby, CNN Political Producer')).toEqual(['Peter Hamby']);
    expect(bylineNames('By Jane Roe, Defence Correspondent & John Doe, Europe Editor')).toEqual(['Jane Roe', 'John Doe']);
    expect(bylineNames('By Jane Roe, John Doe and Max Muster')).toEqual(['Jane Roe', 'John Doe', 'Max Muster']);
  });

  it('reads the names of a byline up to what follows them', () => {
    expect(bylineNames('By RICH SCHAPIRO in New York')).toEqual(['RICH SCHAPIRO']);
    expect(bylineNames('by Simon Martin (Columnist) 1 comments Filed Under: Football')).toEqual(['Simon Martin']);
    expect(bylineNames('by W. T. Whitney Jr., 12/22/06 13:57')).toEqual(['W. T. Whitney Jr']);
    expect(bylineNames('By A. J. Neal View In Digital Edition')).toEqual(['A. J. Neal']);
    // a number in a name is not a date
    expect(bylineNames('By PMA-205 and NAVAIR Public Affairs.')).toEqual(['NAVAIR Public Affairs']);
  });

  it('reads nothing where no capital follows the lead word', () => {
    expect(bylineNames('By choosing I Accept, you consent to our use of cookies')).toEqual([]);
    expect(bylineNames('by the numbers')).toEqual([]);
  });
});
