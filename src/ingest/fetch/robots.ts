/** What a site's robots.txt says about one crawler. */
export interface RobotsRules {
  /** Whether the crawler may fetch this path (with its query string). */
  allows(pathAndQuery: string): boolean;
  /** The Crawl-delay asked of the crawler, in seconds, or `null`. */
  readonly crawlDelay: number | null;
}

interface Rule {
  readonly allow: boolean;
  readonly length: number;
  readonly pattern: RegExp;
}

interface Group {
  readonly agents: string[];
  readonly rules: Rule[];
  crawlDelay: number | null;
}

const MAX_PARSED = 512 * 1024;

/** Everything allowed: what a missing robots.txt (HTTP 4xx) means. */
export const ALLOW_ALL: RobotsRules = { allows: () => true, crawlDelay: null };
/** Everything refused: what an unreachable robots.txt (HTTP 5xx, network failure) means. */
export const DISALLOW_ALL: RobotsRules = { allows: (p) => p === '/robots.txt', crawlDelay: null };

/**
 * Reads a robots.txt (RFC 9309) for the crawler whose product token is `token` (`sitrep`): the
 * groups naming that token, else the `*` groups; the longest matching Allow or Disallow wins and
 * Allow wins a tie; `*` and a final `$` work as wildcards. Only the first 512 KiB are read.
 *
 * @example
 * const rules = parseRobots('User-agent: *\nDisallow: /private/\nAllow: /private/ok\nCrawl-delay: 2', 'sitrep');
 * rules.allows('/private/x')   // false
 * rules.allows('/private/ok')  // true
 * rules.crawlDelay             // 2
 */
export function parseRobots(text: string, token: string): RobotsRules {
  const me = token.toLowerCase();
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.slice(0, MAX_PARSED).split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || current === null) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase().split('/')[0]!.trim());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (current === null) continue;
    if (key === 'allow' || key === 'disallow') {
      if (value.length === 0) continue;
      current.rules.push({ allow: key === 'allow', length: value.length, pattern: toPattern(value) });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0 && current.crawlDelay === null) current.crawlDelay = n;
    }
  }
  let chosen = groups.filter((g) => g.agents.some((a) => a === me));
  if (chosen.length === 0) chosen = groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const crawlDelay = chosen.find((g) => g.crawlDelay !== null)?.crawlDelay ?? null;
  return {
    crawlDelay,
    allows(pathAndQuery: string): boolean {
      if (pathAndQuery === '/robots.txt') return true;
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!rule.pattern.test(pathAndQuery)) continue;
        if (best === null || rule.length > best.length || (rule.length === best.length && rule.allow && !best.allow)) best = rule;
      }
      return best === null || best.allow;
    },
  };
}

function toPattern(value: string): RegExp {
  const anchored = value.endsWith('$');
  const body = anchored ? value.slice(0, -1) : value;
  const source = body
    .split('*')
    .map((part) => normalisePercent(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}${anchored ? '$' : ''}`);
}

/** Upper-cases percent escapes so that `%2f` and `%2F` compare equal. */
function normalisePercent(s: string): string {
  return s.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

/** The path and query of a URL as robots rules see them. @internal */
export function robotsPath(url: URL): string {
  return normalisePercent(`${url.pathname}${url.search}`);
}
