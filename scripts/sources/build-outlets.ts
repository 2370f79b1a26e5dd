/**
 * node --import tsx scripts/sources/build-outlets.ts
 *
 * Derives models/sources/outlets.tsv — outlet names that articles cite, with the outlet's
 * domain, country and state-media label — from ../shared/data/kb/outlets/outlets.jsonl (MIT,
 * see models/sources/README.md), plus the curated lines of scripts/sources/curated-outlets.tsv
 * for major outlets that list lacks. One line per name: name, domain, ISO country, typology, origin.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedDir } from '../../bench/lib/paths.js';

interface Outlet {
  domain: string;
  names: string[];
  country: string | null;
  state_media?: { typology: string };
}

const rows = new Map<string, string>();
const add = (name: string, domain: string, country: string, typology: string, origin: string) => {
  const key = name.toLowerCase();
  const old = rows.get(key);
  // The first origin wins (curated lines come first); within the kb, the shortest domain (tass.ru over nauka.tass.ru).
  if (old && (old.endsWith('curated') || old.split('\t')[1]!.length <= domain.length)) return;
  rows.set(key, [name, domain, country, typology, origin].join('\t'));
};

for (const line of readFileSync(join(repoRoot, 'scripts/sources/curated-outlets.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [domain, country, ...names] = line.split('\t');
  for (const n of names) add(n, domain!, country!, '', 'curated');
}
const src = readFileSync(join(sharedDir(), 'data/kb/outlets/outlets.jsonl'), 'utf8');
for (const line of src.split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line) as Outlet;
  const names = new Set<string>();
  for (const n of o.names) {
    const bare = n.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    for (const m of n.matchAll(/\(([^)]+)\)/g)) if (/^[\p{Lu}\d]{2,6}$/u.test(m[1]!)) names.add(m[1]!);
    names.add(bare);
  }
  for (const n of names) {
    // Two-letter names collide with ordinary words and initials; keep the state broadcaster RT.
    if (n.length < 3 && n !== 'RT') continue;
    if (!/\p{L}/u.test(n) || n.length > 60) continue;
    add(n, o.domain, o.country ?? '', o.state_media?.typology ?? '', 'kb');
  }
}
const out = join(repoRoot, 'models/sources/outlets.tsv');
writeFileSync(out, `${[...rows.values()].sort().join('\n')}\n`);
console.log(`${rows.size} names -> ${out}`);
