/**
 * The outlet table: names that articles cite ("Reuters", "the Financial Times", "TASS") with the
 * outlet's domain, country and state-media label. Read from `models/sources/outlets.tsv`.
 */
import { readFileSync } from 'node:fs';

/** State Media Monitor typology codes, spelt out. */
export const STATE_MEDIA_LABELS: Readonly<Record<string, string>> = {
  SC: 'state-controlled',
  CaPu: 'captured public or state-managed',
  CaPr: 'captured private',
  ISFM: 'independent state-funded and state-managed',
  'ISFM?': 'independent state-funded and state-managed',
  ISF: 'independent state-funded',
  ISM: 'independent state-managed',
  IP: 'independent public',
};

/** An outlet as the table knows it. */
export interface Outlet {
  readonly name: string;
  readonly domain: string;
  /** ISO 3166 alpha-3 code, or null when unknown. */
  readonly country: string | null;
  /** State Media Monitor typology code (`SC` for state-controlled …), when the outlet is in it. */
  readonly stateMedia?: { readonly typology: string; readonly label: string };
}

let table: Map<string, Outlet> | null = null;
let longest = 1;

function load(): Map<string, Outlet> {
  if (table) return table;
  table = new Map();
  for (const line of readFileSync(new URL('../../../models/sources/outlets.tsv', import.meta.url), 'utf8').split('\n')) {
    const [name, domain, country, typology] = line.split('\t');
    if (!name || !domain) continue;
    const outlet: Outlet = {
      name,
      domain,
      country: country ? country : null,
      ...(typology ? { stateMedia: { typology, label: STATE_MEDIA_LABELS[typology] ?? typology } } : {}),
    };
    table.set(keyOf(name), outlet);
    longest = Math.max(longest, name.split(/\s+/).length);
  }
  return table;
}

function keyOf(name: string): string {
  const words = name.replace(/[\u2019']s$/u, '').split(/\s+/);
  // Acronyms are matched as written (RT, AP), other names in any case and with or without "the".
  const key = words.join(' ');
  if (/^[\p{Lu}\d]{2,6}$/u.test(key)) return key;
  return key.toLowerCase().replace(/^the /, '');
}

/**
 * The outlet a phrase names, or that a phrase contains ("a column in the Financial Times").
 *
 * @example
 * findOutlet('the Financial Times')?.domain; // 'ft.com'
 * findOutlet('TASS')?.stateMedia?.typology;  // 'SC'
 */
export function findOutlet(phrase: string): (Outlet & { readonly start: number; readonly end: number }) | null {
  const t = load();
  const words = [...phrase.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.&'\u2019-]*/gu)];
  for (let n = Math.min(longest, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const first = words[i]!;
      const last = words[i + n - 1]!;
      const start = first.index;
      const end = last.index + last[0].length;
      const surface = phrase.slice(start, end).replace(/[\u2019']s$/u, '');
      // A name starts with a capital (or a digit): "the times" in running text is no outlet.
      if (!/^[\p{Lu}\d]/u.test(surface)) continue;
      const hit = t.get(keyOf(surface));
      if (hit) return { ...hit, start, end: start + surface.length };
    }
  }
  return null;
}
