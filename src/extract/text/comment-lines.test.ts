import { describe, expect, it } from 'vitest';
import { COMMENT_HEADING, lineShape, shapeRepeats } from './comment-lines.js';

describe('COMMENT_HEADING', () => {
  it('matches the headings over reader comments', () => {
    for (const h of ['Comments', '13 comments:', '156 Responses to “Shuteye”', 'Leave a Reply', 'Comments (3)', 'Join the discussion']) {
      expect(COMMENT_HEADING.test(h)).toBe(true);
    }
  });

  it('leaves a stats label and article sentences alone', () => {
    for (const t of ['Comments:', 'Comments from the minister came late on Tuesday.', 'Responses varied widely']) {
      expect(COMMENT_HEADING.test(t)).toBe(false);
    }
  });
});

describe('lineShape', () => {
  it('gives the stamps over comments by different readers one shape', () => {
    expect(lineShape('Heather on October 23rd, 2012 1:37 pm')).toBe(lineShape("Eric's Mommy on October 23rd, 2012 1:42 pm"));
  });

  it('has no shape for lines without digits or longer than a stamp', () => {
    expect(lineShape('Reply to this comment')).toBeNull();
    expect(lineShape('On 3 May the council met again and voted on the budget for the coming year after a long debate')).toBeNull();
  });
});

describe('shapeRepeats', () => {
  it('counts the lines that share each line’s shape', () => {
    expect(shapeRepeats(['Kate on May 3, 2012 1:38 pm', 'Great post!', 'Jan on May 3, 2012 2:05 pm', 'Reply'])).toEqual([2, 0, 2, 0]);
  });
});
