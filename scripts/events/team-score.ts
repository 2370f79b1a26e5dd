/**
 * node --import tsx scripts/events/team-score.ts [--errors]
 *
 * Scores the events coder on the team's own sentences (src/nlp/events/fixtures/team-sentences.tsv):
 * category precision, recall and F1, and full-triple F1; with --errors, each sentence whose gold
 * category the coder misses, with what it coded instead.
 */
import { codeText, isFactual } from '../../src/nlp/events/events.js';
import { scoreTeamSentences, teamSentences } from '../../src/nlp/events/team-sentences.js';

const sentences = teamSentences();
const s = scoreTeamSentences(sentences);
console.log(
  `${s.sentences} sentences: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} triple F1 ${s.tripleF1.toFixed(3)}`,
);
if (process.argv.includes('--errors')) {
  for (const t of sentences) {
    const events = codeText(t.text, { date: '2000-01-01' }).filter((e) => isFactual(e) && e.plover);
    if (events.some((e) => e.plover!.split('|').includes(t.plover))) continue;
    console.log(`\n${t.id}: ${t.text}\n  gold: ${t.source.join('+') || '-'} ${t.plover} ${t.target.join('+') || '-'}`);
    for (const e of events)
      console.log(`  pred: ${e.source?.code ?? '-'} ${e.cameo}/${e.plover} ${e.target?.code ?? '-'}  [${e.evidence}]`);
  }
}
