/**
 * node --import tsx scripts/events/code-coverage.ts [--all]
 *
 * Which CAMEO codes with a PLOVER category the coder never produces on the team's sentences
 * (src/nlp/events/fixtures/team-sentences.tsv), and which have no trigger of their own in
 * models/events/triggers.tsv. The PLOVER gold file is the CAMEO manual's examples, a few per code,
 * so a code the coder never reaches is a likely miss on sentences it has not seen: write news
 * sentences for such codes before running the coder on them (see BENCHMARKS.md, Events, the
 * codebook round of 2026-11-30). By default a code counts as reached when a code sharing its first
 * three digits is (the category is what the scorer reads); `--all` lists every code not produced.
 */
import { codeText } from '../../src/nlp/events/events.js';
import { eventLexicon } from '../../src/nlp/events/lexicon.js';
import { teamSentences } from '../../src/nlp/events/team-sentences.js';

const produced = new Map<string, number>();
for (const t of teamSentences()) {
  for (const e of codeText(t.text, { date: '2000-01-01' })) produced.set(e.cameo, (produced.get(e.cameo) ?? 0) + 1);
}
const lexicon = eventLexicon();
const triggers = [...lexicon.verbs.values(), ...lexicon.nouns.values(), ...lexicon.collocations.values()].flat().map((x) => x.trigger);
const triggered = new Set(triggers.filter((t) => t.source === 'triggers').map((t) => t.cameo));
const reachedParents = new Set([...produced.keys()].map((code) => code.slice(0, 3)));
const all = process.argv.includes('--all');

const missing = [...lexicon.cameo.values()].filter(({ code, plover }) => {
  if (plover === null || produced.has(code)) return false;
  // (a root, "19", is no act of its own: its acts have three digits)
  return all || (code.length === 3 ? true : code.length > 3 && !reachedParents.has(code.slice(0, 3)));
});
console.log(
  `${produced.size} CAMEO codes produced on ${teamSentences().length} team sentences; ${missing.length} with a PLOVER category not reached:`,
);
for (const { code, plover, name } of missing) {
  console.log(`${code.padEnd(5)} ${(plover ?? '').padEnd(15)} ${triggered.has(code) ? '        ' : 'no word '} ${name}`);
}
