/**
 * node --import tsx scripts/events/wrap-score.ts [--gsr] [--only WORDS] [--show N]
 *
 * A check of how the coder's rules carry over to the ways news wraps an act: each sentence the coder
 * gets fully right (category, source and target) is put inside a frame that leaves its act as it
 * was — an opening phrase ("In a statement issued in Geneva, …"), a dateline, an attribution ("…,
 * officials said."), reported speech ("The minister told reporters at a news conference in Berlin
 * that …"), an aside, a clause after it — and coded again. For each frame it prints the share of
 * those sentences whose category, and whose full triple, the coder still gets right, and how many
 * gained an event. A share below 1 is a way of writing that the rules do not yet read.
 *
 * The sentences are the team's own (src/nlp/events/fixtures/team-sentences.tsv), or with --gsr the
 * slice of the PLOVER gold file the team tunes on (never its hold-out). --only WORDS keeps the frames
 * whose name holds those words; --show N prints the first N sentences each frame breaks, with what
 * was coded.
 */
import { isHeldOut, readGold } from '../../bench/lib/events-data.js';
import { sharedDir } from '../../bench/lib/paths.js';
import { codeText, isFactual } from '../../src/nlp/events/events.js';
import { sideRight, type TeamSentence, teamSentences } from '../../src/nlp/events/team-sentences.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = option('--only');
const show = Number(option('--show') ?? 0);

function goldSlice(): TeamSentence[] {
  const side = (x: unknown) => (Array.isArray(x) ? x.map((a: { code: string }) => a.code) : []);
  return readGold(`${sharedDir()}/data/events/plover_gsr/plover_gsr_cameo_manual.jsonl`)
    .filter((g) => !isHeldOut(g.text))
    .map((g) => ({ id: g.id, text: g.text, plover: String(g.event), source: side(g.source), target: side(g.target) }));
}

const sentences = args.includes('--gsr') ? goldSlice() : teamSentences();

// A capital that only opens the sentence goes when a frame puts words before it: a word the
// sentences also use in lower case, unless it is a title before a name ("President Bush").
const lowerWords = new Set(sentences.flatMap((t) => t.text.split(/[^\p{L}]+/u).filter((w) => /^\p{Ll}/u.test(w))));
function inside(s: string): string {
  const m = /^(\p{Lu}\p{Ll}*)(\s+)(\S+)/u.exec(s);
  if (!m || !lowerWords.has(m[1]!.toLowerCase())) return s;
  if (/^\p{Lu}/u.test(m[3]!) && !/^(?:The|A|An)$/.test(m[1]!)) return s;
  return s[0]!.toLowerCase() + s.slice(1);
}
const open = (s: string) => s.replace(/[.!]\s*$/, '');
// After a one-word subject right before its verb ("Kenya praised …"), an aside; other sentences stay as they are.
const SUBJECT_VERB =
  /^(\p{Lu}[\p{L}-]+)(\s+)(?=(?:\p{Ll}+ed|has|have|had|will|would|is|was|met|held|sent|began|took|gave|made|told|shot|fought|struck|broke|drew|froze|withdrew|says|warns|threatens|urges|accuses|agrees|signs|condemns|calls)\b)/u;
const aside = (words: string) => (s: string) => s.replace(SUBJECT_VERB, `$1, ${words},$2`);

/** The frames, by name: each returns the sentence wrapped, its act unchanged. */
const FRAMES: Record<string, (s: string) => string> = {
  'on Tuesday,': (s) => `On Tuesday, ${inside(s)}`,
  'meanwhile,': (s) => `Meanwhile, ${inside(s)}`,
  'in a statement issued in Geneva,': (s) => `In a statement issued in Geneva, ${inside(s)}`,
  'in a letter to the UN Security Council,': (s) => `In a letter to the UN Security Council, ${inside(s)}`,
  'at a news conference in Moscow,': (s) => `At a news conference in Moscow, ${inside(s)}`,
  'after talks in Paris,': (s) => `After talks in Paris, ${inside(s)}`,
  'during a visit to Kabul,': (s) => `During a visit to Kabul, ${inside(s)}`,
  'in an interview with the BBC,': (s) => `In an interview with the BBC, ${inside(s)}`,
  'keen to show resolve,': (s) => `Keen to show resolve, ${inside(s)}`,
  'speaking to reporters,': (s) => `Speaking to reporters, ${inside(s)}`,
  'according to diplomats,': (s) => `According to diplomats, ${inside(s)}`,
  "according to Iran's foreign ministry,": (s) => `According to Iran's foreign ministry, ${inside(s)}`,
  'GENEVA, March 3 (Reuters) -': (s) => `GENEVA, March 3 (Reuters) - ${s}`,
  'WASHINGTON —': (s) => `WASHINGTON — ${s}`,
  'PARIS (AFP) -': (s) => `PARIS (AFP) - ${s}`,
  '…, officials said.': (s) => `${open(s)}, officials said.`,
  '…, the state news agency reported on Monday.': (s) => `${open(s)}, the state news agency reported on Monday.`,
  '…, the ministry said in a statement issued in Geneva.': (s) => `${open(s)}, the ministry said in a statement issued in Geneva.`,
  '…, Interfax news agency quoted officials as saying.': (s) => `${open(s)}, Interfax news agency quoted officials as saying.`,
  'officials said on Tuesday that': (s) => `Officials said on Tuesday that ${inside(s)}`,
  'Reuters reported that': (s) => `Reuters reported that ${inside(s)}`,
  "Germany's foreign ministry said in a statement on Tuesday that": (s) =>
    `Germany's foreign ministry said in a statement on Tuesday that ${inside(s)}`,
  'The minister told reporters at a news conference in Berlin that': (s) =>
    `The minister told reporters at a news conference in Berlin that ${inside(s)}`,
  'The president said in an interview with the BBC on Sunday that': (s) =>
    `The president said in an interview with the BBC on Sunday that ${inside(s)}`,
  'A senior official, speaking on condition of anonymity, said': (s) =>
    `A senior official, speaking on condition of anonymity, said ${inside(s)}`,
  '…, while the United Nations called for calm.': (s) => `${open(s)}, while the United Nations called for calm.`,
  '…, two days after the ceasefire collapsed.': (s) => `${open(s)}, two days after the ceasefire collapsed.`,
  '…, a move that analysts said could deepen the rift.': (s) => `${open(s)}, a move that analysts said could deepen the rift.`,
  '…, in a move seen as a snub to Washington.': (s) => `${open(s)}, in a move seen as a snub to Washington.`,
  'a sentence before': (s) => `Tensions have risen in recent weeks. ${s}`,
  '"…," the minister said.': (s) => `"${open(s)}," the minister said.`,
  'X, whose troops entered the region in May, …': aside('whose troops entered the region in May'),
  'X, which has long denied the charges, …': aside('which has long denied the charges'),
  'X, in a statement on Tuesday, …': aside('in a statement on Tuesday'),
  // "Kenya praised Ethiopia …" → "Ethiopia was praised by Kenya …" (one-word sides, a regular past form)
  'Y was V-ed by X': (s) => s.replace(/^(\p{Lu}[\p{L}-]+) (\p{Ll}+ed) (\p{Lu}[\p{L}-]+)\b/u, '$3 was $2 by $1'),
};

function coded(t: TeamSentence, text: string) {
  const events = codeText(text, { date: '2000-01-01' }).filter((e) => isFactual(e) && e.plover);
  const right = events.filter((e) => e.plover!.split('|').includes(t.plover));
  const full = right.some((e) => sideRight(t.source, e.source?.code) && sideRight(t.target, e.target?.code));
  return { category: right.length > 0, full, events };
}

const base = sentences.map((t) => coded(t, t.text));
const right = sentences.filter((_, i) => base[i]!.full);
console.log(`${sentences.length} sentences, ${right.length} fully right as written; of those, kept by each frame:`);
console.log('| frame | category | triple | more events |\n|---|---:|---:|---:|');
for (const [name, frame] of Object.entries(FRAMES)) {
  if (only && !name.includes(only)) continue;
  let category = 0;
  let full = 0;
  let more = 0;
  const broken: string[] = [];
  let changed = 0;
  sentences.forEach((t, i) => {
    if (!base[i]!.full) return;
    const text = frame(t.text);
    if (text === t.text) return;
    changed++;
    const r = coded(t, text);
    if (r.category) category++;
    if (r.full) full++;
    else if (broken.length < show) {
      const got = r.events.map((e) => `${e.source?.code ?? '-'} ${e.cameo}/${e.plover} ${e.target?.code ?? '-'}`).join('; ') || 'nothing';
      broken.push(`  ${t.id}: ${text}\n    gold ${t.source.join('+') || '-'} ${t.plover} ${t.target.join('+') || '-'}; coded ${got}`);
    }
    if (r.events.length > base[i]!.events.length) more++;
  });
  const label = changed < right.length ? `${name} (${changed} sentences)` : name;
  console.log(`| ${label} | ${(category / changed).toFixed(3)} | ${(full / changed).toFixed(3)} | ${more} |`);
  for (const b of broken) console.log(b);
}
