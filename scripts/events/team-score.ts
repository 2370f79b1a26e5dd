/**
 * node --import tsx scripts/events/team-score.ts [--errors] [--batch AI[,AJ…]]
 *
 * Scores the events coder on the team's own sentences (src/nlp/events/fixtures/team-sentences.tsv):
 * category precision, recall and F1, and full-triple F1; with --batch, only the sentences whose id
 * prefix is one of those given (AI takes AI01 … but not A01); with --errors, each sentence whose
 * gold category the coder misses, or whose triple is wrong, with what it coded instead.
 */
import { codeText, isFactual } from '../../src/nlp/events/events.js';
import { scoreTeamSentences, sideRight, teamSentences } from '../../src/nlp/events/team-sentences.js';

const batchArg = process.argv.indexOf('--batch');
const batches = batchArg > 0 ? new Set((process.argv[batchArg + 1] ?? '').split(',')) : undefined;
const sentences = teamSentences().filter((t) => !batches || batches.has(t.id.replace(/\d+$/, '')));
const s = scoreTeamSentences(sentences);
console.log(
  `${s.sentences} sentences: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} triple F1 ${s.tripleF1.toFixed(3)}`,
);
if (process.argv.includes('--errors')) {
  for (const t of sentences) {
    const events = codeText(t.text, { date: '2000-01-01' }).filter((e) => isFactual(e) && e.plover);
    const right = events.filter((e) => e.plover!.split('|').includes(t.plover));
    if (right.some((e) => sideRight(t.source, e.source?.code) && sideRight(t.target, e.target?.code))) continue;
    const what = right.length > 0 ? 'actors' : 'category';
    console.log(`\n${t.id} (${what}): ${t.text}\n  gold: ${t.source.join('+') || '-'} ${t.plover} ${t.target.join('+') || '-'}`);
    for (const e of events)
      console.log(`  pred: ${e.source?.code ?? '-'} ${e.cameo}/${e.plover} ${e.target?.code ?? '-'}  [${e.evidence}]`);
  }
}
