import { describe, expect, it } from 'vitest';
import { parseRobots } from './robots.js';

const ROBOTS = `# comments are ignored
User-agent: Googlebot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/public-*
Disallow: /*.pdf$
Disallow: /search?q=
Crawl-delay: 3

User-agent: sitrep
User-agent: other
Disallow: /drafts   # not for us
Allow: /drafts/ok
Crawl-delay: 0.5
`;

describe('parseRobots', () => {
  it('uses the group naming our token, case-insensitively, and its crawl delay', () => {
    const rules = parseRobots(ROBOTS, 'Sitrep');
    expect(rules.allows('/private/x')).toBe(true);
    expect(rules.allows('/drafts/2024')).toBe(false);
    expect(rules.allows('/drafts/ok/1')).toBe(true);
    expect(rules.allows('/robots.txt')).toBe(true);
    expect(rules.crawlDelay).toBe(0.5);
  });

  it('falls back to the * groups: longest match wins, Allow wins ties, * and $ wildcards', () => {
    const rules = parseRobots(ROBOTS, 'newsbot');
    expect(rules.allows('/')).toBe(true);
    expect(rules.allows('/private/secret')).toBe(false);
    expect(rules.allows('/private/public-page')).toBe(true);
    expect(rules.allows('/files/report.pdf')).toBe(false);
    expect(rules.allows('/files/report.pdf?download=1')).toBe(true);
    expect(rules.allows('/search?q=nato')).toBe(false);
    expect(rules.allows('/search')).toBe(true);
    expect(rules.crawlDelay).toBe(3);
    const tie = parseRobots('User-agent: *\nDisallow: /a\nAllow: /a\n', 'x');
    expect(tie.allows('/a/b')).toBe(true);
  });

  it('treats empty Disallow, unknown lines and rules before any group as no rule', () => {
    const rules = parseRobots('Disallow: /\nUser-agent: *\nDisallow:\nSitemap: https://x.example/s.xml\nnonsense line\n', 'sitrep');
    expect(rules.allows('/anything')).toBe(true);
    expect(rules.crawlDelay).toBeNull();
    expect(parseRobots('User-agent: *\r\nDisallow: /\r\n', 'sitrep').allows('/x')).toBe(false);
  });
});
