/**
 * Builds the knowledge tables of the events layer (`models/events/`) from the shared kb:
 *
 *   node --import tsx scripts/events/build-tables.ts [--shared DIR]
 *
 * - `cameo.tsv`: CAMEO event codes with Goldstein score, quad class and PLOVER 0.5 category
 *   (`kb/cameo/cameo_event_codes.csv`: GDELT lookups, open terms; PLOVER columns CC BY-SA 4.0).
 * - `agents.tsv`: role nouns and the CAMEO sector code they give an actor (`SOLDIER` → MIL),
 *   with plurals (`kb/petrarch2/jsonl/Phoenix.agents.jsonl`, PETRARCH-2, MIT).
 * - `petrarch-verbs.tsv`: verbs of the PETRARCH-2 CAMEO verb dictionary with the code of their
 *   block ("-" for blocks with none, whose verbs are coded only by their patterns), and irregular
 *   forms (`kb/petrarch2/jsonl/CAMEO.2.0.verbs.json`, MIT). The coder uses
 *   them only for verbs its own table (`triggers.tsv`, written by the team) does not list.
 * - `petrarch-patterns.tsv`: the dictionary's verb + object patterns in their simplest forms
 *   (`- * AMBASSADOR [161]  # RECALL`: "recall" + "ambassador" → 161; `- * (TO STREET) [141]  # TAKE`:
 *   "take" + "(to) street" → 141), for the verb the pattern
 *   names (else each verb of its block) and each word of a synonym set (`&MILITARY`); patterns with other
 *   conditions (prepositions, words before the verb) are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..', '..');
const args = process.argv.slice(2);
const sharedArg = args.indexOf('--shared');
const shared = sharedArg >= 0 ? resolve(args[sharedArg + 1]!) : (process.env.SITREP_SHARED ?? resolve(repo, '..', 'shared'));
const kb = join(shared, 'data', 'kb');
const out = join(repo, 'models', 'events');

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

// CAMEO codebook.
const [header, ...rows] = csvRows(readFileSync(join(kb, 'cameo', 'cameo_event_codes.csv'), 'utf8'));
const col = (name: string) => header!.indexOf(name);
const cameo = rows
  .filter((r) => r.length > 3)
  .map((r) => [r[col('code')], r[col('goldstein')], r[col('quad_class')], r[col('plover_0_5_event')] || '-', r[col('name')]].join('\t'));
writeFileSync(
  join(out, 'cameo.tsv'),
  `# code\tgoldstein\tquad class\tPLOVER 0.5 category\tname — from GDELT's CAMEO lookups and the PLOVER CAMEO2PLOVER table (see README)\n${cameo.join('\n')}\n`,
);

// Agents.
const plural = (w: string) =>
  /(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /man$/.test(w) ? `${w.slice(0, -3)}men` : `${w}s`;
const agents = new Map<string, string>();
for (const line of readFileSync(join(kb, 'petrarch2', 'jsonl', 'Phoenix.agents.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as { phrase?: string; code?: string; position?: string; plural?: string; substitution?: string[] };
  if (!a.phrase || !a.code || a.substitution) continue;
  const phrase = a.phrase.toLowerCase().replace(/_/g, ' ').trim();
  if (!/^[a-z][a-z '-]*$/.test(phrase) || /^(?:a|an|the) /.test(phrase)) continue;
  const code = a.position === 'prefix' ? `${a.code}~` : a.code;
  const forms = [phrase];
  if (a.plural === undefined) forms.push(plural(phrase));
  else if (a.plural !== '') forms.push(a.plural.toLowerCase().replace(/_/g, ' '));
  for (const f of forms) if (!agents.has(f)) agents.set(f, code);
}
// The team's own: places and papers that give their sector to the town before them ("Baystate
// Medical Center", "the Miami Herald"), and private people who travel, watch and mourn ("family
// members from the United States").
const TEAM_AGENTS: [string, string][] = [
  ['family member', 'CVL'],
  ['relatives', 'CVL'],
  ['fans', 'CVL'],
  ['spectators', 'CVL'],
  ['holidaymakers', 'CVL'],
  // airlines, not aircraft carriers
  ['air carrier', 'BUS'],
  ['clinic', 'HLH'],
  ['medical center', 'HLH'],
  ['medical centre', 'HLH'],
  ['herald', 'MED'],
  ['tribune', 'MED'],
];
for (const [phrase, code] of TEAM_AGENTS) {
  for (const f of [phrase, ...(phrase === 'herald' || phrase === 'tribune' || phrase.endsWith('s') ? [] : [plural(phrase)])])
    if (!agents.has(f)) agents.set(f, code);
}
writeFileSync(
  join(out, 'agents.tsv'),
  `# role noun (lower case, plurals included)\tCAMEO sector code (a trailing ~ puts it before the actor's code) — PETRARCH-2 Phoenix.agents, MIT, and the team's additions (scripts/events/build-tables.ts)\n${[
    ...agents,
  ]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([p, c]) => `${p}\t${c}`)
    .join('\n')}\n`,
);

// PETRARCH verbs.
interface VerbBlock {
  block: string;
  code: string;
  verbs: { verb: string; forms?: string[]; code?: string }[];
  patterns: { pattern: string; code: string; verb: string }[];
}
const dict = JSON.parse(readFileSync(join(kb, 'petrarch2', 'jsonl', 'CAMEO.2.0.verbs.json'), 'utf8')) as {
  synsets: Record<string, string[]>;
  blocks: VerbBlock[];
};
const verbs = new Map<string, { code: string; forms: string[] }>();
for (const b of dict.blocks) {
  for (const v of b.verbs) {
    const raw = (v.code ?? b.code).split(':').find((c) => c !== '') ?? '---';
    // A verb with no code of its own ("---") is coded only by its patterns: "-".
    const code = raw.replace(/[^0-9-]/g, '').replace(/^-+$/, '-');
    if (!/^(?:\d{2,4}|-)$/.test(code)) continue;
    // Single verbs and phrasal verbs whose first word is the verb ("+ASK FOR").
    const words = v.verb.toLowerCase().replace(/_/g, ' ').split(' ');
    if (words.length > 2 || (words.length === 2 && !words[0]!.startsWith('+'))) continue;
    if (words.length === 1 && words[0]!.startsWith('+')) continue;
    if (words.length === 2 && (words[1] === 'and' || words[1] === 'or')) continue;
    const lemma = words.map((w) => w.replace(/^\+/, '')).join(' ');
    // The first block with a code of its own wins over blocks without one.
    if (!/^[a-z][a-z -]*$/.test(lemma) || (verbs.has(lemma) && (verbs.get(lemma)!.code !== '-' || code === '-'))) continue;
    const forms = (v.forms ?? [])
      .map((f) => f.toLowerCase().replace(/_/g, ' ').replace(/\+/g, ''))
      .filter((f) => /^[a-z][a-z -]*$/.test(f) && f.split(' ').length === words.length);
    verbs.set(lemma, { code, forms });
  }
}
writeFileSync(
  join(out, 'petrarch-verbs.tsv'),
  `# verb (phrasal verbs: verb and particle)\tCAMEO code of its block\tirregular forms — PETRARCH-2 CAMEO.2.0 verb dictionary, MIT\n${[
    ...verbs,
  ]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([l, v]) => `${l}\t${v.code}\t${v.forms.join('|')}`)
    .join('\n')}\n`,
);

// PETRARCH verb + object patterns: "* OBJECT", "* {TWO WORDS}" or "* &SYNSET" and nothing else.
const patterns = new Map<string, string>();
const lemmaOf = (verb: string): string | null => {
  const words = verb.toLowerCase().replace(/_/g, ' ').split(' ');
  if (words.length > 2 || (words.length === 2 && !words[0]!.startsWith('+')) || (words.length === 1 && words[0]!.startsWith('+')))
    return null;
  const lemma = words.map((w) => w.replace(/^\+/, '')).join(' ');
  return /^[a-z][a-z -]*$/.test(lemma) ? lemma : null;
};
for (const b of dict.blocks) {
  const lemmas = b.verbs.map((v) => lemmaOf(v.verb)).filter((l): l is string => l !== null);
  for (const pat of b.patterns) {
    // "* OBJECT", or "* (PREP OBJECT)": a prepositional phrase after the verb, written "(prep) object".
    const m = /^\* (?:\((\w+) )?(?:\{([A-Z' _-]+)\}|&([A-Z_]+)|([A-Z'_-]+))(\))?$/.exec(pat.pattern.trim());
    const digits = (pat.code.split(':').find((c) => c !== '') ?? '').replace(/[^0-9]/g, '');
    if (!m || !/^\d{2,4}$/.test(digits) || !!m[1] !== !!m[5]) continue;
    // "[:051]": the dictionary codes the act the other way round ("RECEIVE * BACKING": the one
    // backed is the verb's subject); the mark is kept.
    const code = /^\[?:/.test(pat.code.trim()) ? `:${digits}` : digits;
    const prep = m[1] ? `(${m[1].toLowerCase()}) ` : '';
    const objects = (m[3] ? (dict.synsets[m[3]] ?? []) : [m[2] ?? m[4]!])
      .filter((o) => !o.startsWith('&'))
      .map((o) => o.toLowerCase().replace(/_/g, ' ').trim())
      .filter((o) => /^[a-z][a-z' -]*$/.test(o) && o.split(' ').length <= 3)
      .map((o) => prep + o);
    // The verb the pattern was written for, else every verb of its block.
    const own = pat.verb ? lemmaOf(pat.verb) : null;
    for (const lemma of own ? [own] : lemmas)
      for (const o of objects) if (!patterns.has(`${lemma}\t${o}`)) patterns.set(`${lemma}\t${o}`, code);
  }
}
writeFileSync(
  join(out, 'petrarch-patterns.tsv'),
  `# verb (phrasal verbs: verb and particle)\tobject words\tCAMEO code (":" before it: the subject undergoes the act) — PETRARCH-2 CAMEO.2.0 verb dictionary's "* OBJECT" patterns, MIT\n${[
    ...patterns,
  ]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, c]) => `${k}\t${c}`)
    .join('\n')}\n`,
);
console.log(`cameo ${cameo.length}, agents ${agents.size}, verbs ${verbs.size}, patterns ${patterns.size}`);
