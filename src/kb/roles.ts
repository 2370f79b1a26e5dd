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
  return scope.startsWith('IGO') && ORGANISATION_HEADS.has(role) ? 'head' : role;
}
