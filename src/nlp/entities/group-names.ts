/**
 * Religious and ethnic groups, which the tagger reads as MISC: a group is NORP, as nationalities
 * are, and its adjective and its singular are the group itself ("a Muslim family", "Muslims").
 */

/** Each group's name, and the other words for it (lower case). */
const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Muslims', ['muslim']],
  ['Christians', ['christian']],
  ['Jews', ['jew', 'jewish']],
  ['Catholics', ['catholic']],
  ['Protestants', ['protestant']],
  ['Evangelicals', ['evangelical']],
  ['Mormons', ['mormon']],
  ['Hindus', ['hindu']],
  ['Sikhs', ['sikh']],
  ['Buddhists', ['buddhist']],
  ['Sunnis', ['sunni']],
  ['Shiites', ['shiite', 'shia', "shi'ite"]],
  ['Alawites', ['alawite']],
  ['Druze', []],
  ['Yazidis', ['yazidi']],
  ['Hispanics', ['hispanic']],
  ['Latinos', ['latino', 'latina', 'latinas']],
  ['African Americans', ['african american', 'african-american', 'african-americans']],
  ['Asian Americans', ['asian american', 'asian-american', 'asian-americans']],
  ['Arabs', ['arab']],
  ['Kurds', ['kurd', 'kurdish']],
  ['Uyghurs', ['uyghur', 'uighur', 'uighurs']],
  ['Rohingya', []],
  ['Tamils', ['tamil']],
  ['Pashtuns', ['pashtun']],
];

const BY_WORDS = new Map<string, string>(
  GROUPS.flatMap(([name, others]) => [[name.toLowerCase(), name] as const, ...others.map((o) => [o, name] as const)]),
);

/**
 * The group a name's words are a word for, or null.
 *
 * @example
 * groupName(['Muslim']); // 'Muslims'
 * groupName(['African-American']); // 'African Americans'
 */
export function groupName(words: readonly string[]): string | null {
  return BY_WORDS.get(words.join(' ').toLowerCase()) ?? null;
}
