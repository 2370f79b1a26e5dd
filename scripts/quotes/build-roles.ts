/**
 * node --import tsx scripts/quotes/build-roles.ts
 *
 * Derives models/quotes/roles.tsv — who held which top office of which country, when — from
 * CountryInfo (../shared/data/kb/countryinfo/countryinfo.json, CC BY-SA 3.0, Philip A. Schrodt):
 * heads of state and government from its rulers list, foreign, defence, finance and interior
 * ministers from its government list. One line per term: ISO code, role, name, from, to. Beside
 * it, models/quotes/countries.tsv: ISO code, then the country's names and nationality words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedDir } from '../../bench/lib/paths.js';

interface Term {
  from?: string;
  to?: string;
  code?: string;
}
interface Country {
  CountryName: string;
  CountryCode: string;
  Nationality?: string[];
  'ISO3166-alpha3'?: string;
  Leaders?: { names: string[]; position: string; terms: Term[] }[];
  Government?: { names: string[]; title: string; terms: Term[] }[];
}

const LEADER_ROLES: [RegExp, string][] = [
  [/^vice-presidents?$/i, 'vice president'],
  [/^presidents?$/i, 'president'],
  [/^(?:prime ministers?|premiers?)\b/i, 'prime minister'],
  [/^chancellors?$/i, 'chancellor'],
  [/^(?:kings?|queens?|monarchs?|emperors?|sultans?|emirs?)$/i, 'monarch'],
];
const MINISTER_ROLES: [RegExp, string][] = [
  [/^(?:minister of foreign affairs|foreign minister|minister of external affairs|secretary of state for foreign)/i, 'foreign minister'],
  [/^(?:minister of (?:national )?defen[cs]e|defen[cs]e minister)/i, 'defence minister'],
  [/^(?:minister of finance|finance minister|minister of economy and finance)/i, 'finance minister'],
  [/^(?:minister of (?:the )?interior|interior minister|minister of internal affairs|minister of home affairs)/i, 'interior minister'],
];

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const src = JSON.parse(readFileSync(join(sharedDir(), 'data/kb/countryinfo/countryinfo.json'), 'utf8')) as { countries: Country[] };
const rows = new Set<string>();
const countries: string[] = [];
for (const c of src.countries) {
  const country = c.CountryCode;
  const words = new Set([c.CountryName, ...(c.Nationality ?? [])].map((w) => w.replace(/_/g, ' ').toLowerCase().trim()));
  const usable = [...words].filter((w) => /^[a-z][a-z .'-]{2,40}$/.test(w) && !/\(/.test(w));
  countries.push([country, titleCase(c.CountryName.replace(/_/g, ' ')), ...usable].join('\t'));
  const add = (role: string, names: string[], t: Term) => {
    const name = names[0];
    if (!name || /[<>]/.test(name) || !t.from) return;
    rows.add([country, role, titleCase(name), t.from, t.to ?? ''].join('\t'));
  };
  for (const l of c.Leaders ?? []) {
    const role = LEADER_ROLES.find(([re]) => re.test(l.position.trim()))?.[1];
    if (role) for (const t of l.terms) add(role, l.names, t);
  }
  for (const g of c.Government ?? []) {
    const role = MINISTER_ROLES.find(([re]) => re.test(g.title.trim()))?.[1];
    if (role) for (const t of g.terms) add(role, g.names, t);
  }
}
const out = join(repoRoot, 'models/quotes/roles.tsv');
writeFileSync(out, `${[...rows].sort().join('\n')}\n`);
writeFileSync(join(repoRoot, 'models/quotes/countries.tsv'), `${countries.join('\n')}\n`);
console.log(`${rows.size} terms, ${countries.length} countries -> ${out}`);
