/**
 * Role names: the many ways sources and articles write an office ("Minister of Foreign Affairs",
 * "foreign minister", "Prime Ministers", "Premier") brought to one comparable form.
 */

const RULES: [RegExp, string][] = [
  [/^(?:first )?vice[- ]president$/, 'vice president'],
  [/^(?:deputy|vice|first deputy|acting deputy) /, ''],
  [/^(?:president|head of state)$/, 'president'],
  [/^(?:prime minister|premier|head of government)$/, 'prime minister'],
  [/^(?:federal )?chancellor$/, 'chancellor'],
  [/^(?:king|queen|monarch|emperor|empress|sultan|emir|amir|grand duke)$/, 'monarch'],
  [
    /^(?:minister (?:of|for) (?:foreign|external) (?:affairs|relations)(?: and .*)?|foreign (?:minister|secretary)|secretary of state)$/,
    'foreign minister',
  ],
  [/^(?:minister (?:of|for) (?:national )?defen[cs]e|defen[cs]e (?:minister|secretary)|secretary of defen[cs]e)$/, 'defence minister'],
  [
    /^(?:minister (?:of|for) (?:finance|economy and finance|finance and economy)|finance minister|treasury secretary|secretary of the treasury|chancellor of the exchequer)$/,
    'finance minister',
  ],
  [
    /^(?:minister (?:of|for) (?:the )?(?:interior|internal affairs|home affairs)|interior minister|home secretary|home minister)$/,
    'interior minister',
  ],
  [/^(?:secretary[- ]general|general secretary)$/, 'secretary-general'],
  // ("the bloc's trade chief"; the United States' is its trade representative)
  [/^trade (?:chief|commissioner)$/, 'trade commissioner'],
  [/^(?:u\.?s\.? )?trade representative$/, 'trade representative'],
  [/^(?:sen\.?|senator)$/, 'senator'],
  [/^(?:gov\.?|governor)$/, 'governor'],
  [/^(?:house )?speaker(?: of the house)?$/, 'speaker'],
];

/**
 * The comparable form of an office title, or null when it is not an office we compare.
 *
 * @example
 * normalizeRole('Minister of Foreign Affairs'); // 'foreign minister'
 * normalizeRole('Premier'); // 'prime minister'
 * normalizeRole('Minister of Health'); // 'health minister'
 */
export function normalizeRole(title: string): string | null {
  const t = title
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/^(?:the|a|an) /, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (t === '' || t.length > 60) return null;
  for (const [re, role] of RULES) {
    if (!re.test(t)) continue;
    // A deputy or vice office is its own office, kept as written ("deputy prime minister").
    return role === '' ? t : role;
  }
  const ministry = /^minister (?:of|for) (?:the )?([a-z]+)$/.exec(t);
  if (ministry) return `${ministry[1]} minister`;
  return t.split(' ').length <= 4 && /^[a-z -]+$/.test(t) ? t : null;
}

/** Offices some countries call by names of their own (the normalised office first). */
const LOCAL_TITLES: Record<string, Record<string, string>> = {
  USA: {
    'foreign minister': 'secretary of state',
    'defence minister': 'secretary of defense',
    'finance minister': 'secretary of the treasury',
    speaker: 'speaker of the house',
  },
  GBR: {
    'foreign minister': 'foreign secretary',
    'defence minister': 'defence secretary',
    'finance minister': 'chancellor of the exchequer',
    'interior minister': 'home secretary',
  },
};

/**
 * An office as its country calls it, for showing: "secretary of state" for the United States'
 * foreign minister; the normalised office itself elsewhere.
 *
 * @example
 * officeTitle('USA', 'foreign minister'); // 'secretary of state'
 * officeTitle('FRA', 'foreign minister'); // 'foreign minister'
 */
export function officeTitle(scope: string, role: string): string {
  return LOCAL_TITLES[scope]?.[role] ?? role;
}

/** Offices of a legislature: their holders act for it (CAMEO sector LEG), not for the government. */
const LEGISLATIVE_OFFICES = new Set(['senator', 'representative', 'speaker']);

/**
 * The CAMEO code of an office (`scope`: a country's ISO 3166 alpha-3 code or an organisation's
 * code; `role` as {@link normalizeRole} gives it): the organisation's own code for its head, the
 * country's legislature for a member or speaker of it, else the country's government.
 *
 * @example
 * officeCode('FRA', 'foreign minister'); // 'FRAGOV'
 * officeCode('USA', 'senator'); // 'USALEG'
 * officeCode('IGOWSTNAT', 'head'); // 'IGOWSTNAT'
 */
export function officeCode(scope: string, role: string): string {
  if (scope.startsWith('IGO')) return scope;
  return `${scope}${LEGISLATIVE_OFFICES.has(role) ? 'LEG' : 'GOV'}`;
}

/** Role words that name the head of an international organisation ("the alliance chief"). */
const ORGANISATION_HEADS = new Set(['head', 'chief', 'leader', 'secretary-general', 'president', 'director-general', 'chairman', 'chair']);

/**
 * The role to look up for a head of an organisation (`'head'`), or the role itself for a country.
 *
 * @example
 * roleInScope('secretary-general', 'IGOWSTNAT'); // 'head'
 * roleInScope('president', 'RUS'); // 'president'
 */
export function roleInScope(role: string, scope: string): string {
  if (role === 'trade commissioner' && scope === 'USA') return 'trade representative';
  return scope.startsWith('IGO') && ORGANISATION_HEADS.has(role) ? 'head' : role;
}
