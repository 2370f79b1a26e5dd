/**
 * node --import tsx scripts/events/tuned-errors.ts [plover|petrarch] [--all]
 *
 * Prints, for the TUNED slice only (never the hold-out of bench/lib/events-data.ts), each gold
 * sentence whose coding differs from the gold: gold events, predicted events with their evidence.
 */
import { join } from 'node:path';
import { isHeldOut, readGold } from '../../bench/lib/events-data.js';
import { sharedDir } from '../../bench/lib/paths.js';
import { findEvents, isFactual } from '../../src/nlp/events/events.js';
import { cameoCode } from '../../src/nlp/events/lexicon.js';
import { splitSentences } from '../../src/nlp/tokenize/tokenize.js';

const which = process.argv[2] ?? 'plover';
const all = process.argv.includes('--all');
const path =
  which === 'plover'
    ? join(sharedDir(), 'data/events/plover_gsr/plover_gsr_cameo_manual.jsonl')
    : join(sharedDir(), 'data/events/petrarch/petr2_gsr_validation.jsonl');
const ALIAS: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', TMP: 'TLS', ROM: 'ROU', ZAR: 'COD', KSV: 'XKX', UNK: 'XKX' };
const ROLES = /^(?:COP|GOV|INS|JUD|MIL|OPP|REB|SEP|SPY|UAF|AGR|BUS|CRM|CVL|DEV|EDU|ELI|ENV|HLH|HRI|LAB|LEG|MED|REF)/;
/** The scorer's actor key (shared/tools/score-events.mjs --help). */
function key(c: string | undefined): string {
  const u = (c ?? '').toUpperCase().replace(/\s/g, '');
  if (!u || u.startsWith('---') || ROLES.test(u)) return '';
  if (/^(?:IGO|NGO|NGM|IMG|MNC|UIS|INT)/.test(u)) {
    let k = u;
    while (k.length > 6 && /(?:COP|GOV|INS|JUD|MIL|OPP|REB|SEP|SPY|UAF)$/.test(k)) k = k.slice(0, -3);
    return k;
  }
  const k = u.slice(0, 3);
  return ALIAS[k] ?? k;
}
const sideOk = (gold: string[], pred: string) =>
  gold.length === 0 ? pred === '' : gold.some((g) => g === pred || (g.length === 3 && /^(?:IGO|NGO|IMG)$/.test(g) && pred.startsWith(g)));
for (const g of readGold(path)) {
  if (isHeldOut(g.text)) continue;
  const date = typeof g.date === 'string' ? g.date.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3') : undefined;
  const evs = findEvents(g.text, splitSentences(g.text), date ? { date } : {}).filter(isFactual);
  const gold: string[] = [];
  if (typeof g.event === 'string') {
    const side = (s: unknown) => (Array.isArray(s) ? s.map((a: { code: string }) => a.code).join('+') : '-');
    gold.push(`${side(g.source)} ${g.event} ${side(g.target)}`);
  } else if (Array.isArray(g.events)) {
    for (const e of g.events as { eventcode: string; sourcecode: string; targetcode: string }[])
      gold.push(`${e.sourcecode} ${e.eventcode}/${cameoCode(e.eventcode)?.plover ?? '?'} ${e.targetcode}`);
    if (g.noevents) gold.push('(noevents)');
  }
  const pred = evs.map(
    (e) =>
      `${e.source?.members?.map((m) => m.code).join('+') ?? e.source?.code ?? '-'} ${e.cameo}/${e.plover} ${e.target?.members?.map((m) => m.code).join('+') ?? e.target?.code ?? '-'}  [${e.evidence}]`,
  );
  const goldTriples = gold
    .filter((s) => !s.startsWith('('))
    .map((s) => s.split(' '))
    .map(([src, cat, tgt]) => ({
      src: src === '-' ? [] : src!.split('+').map(key),
      cat: cat!.split('/').pop()!,
      tgt: tgt === '-' ? [] : tgt!.split('+').map(key),
    }))
    .filter((g) => g.cat !== 'null' && g.cat !== '?');
  const predTriples = evs.filter((e) => e.plover);
  const same =
    goldTriples.length === predTriples.length &&
    goldTriples.every((g) =>
      predTriples.some(
        (e) => e.plover!.split('|').includes(g.cat) && sideOk(g.src, key(e.source?.code)) && sideOk(g.tgt, key(e.target?.code)),
      ),
    );
  if (same && !all) continue;
  console.log(`\n${g.id}: ${g.text}`);
  if (typeof g.textInfo === 'object' && g.textInfo) console.log(`  markup: ${(g.textInfo as { markup: string }).markup}`);
  for (const s of gold) console.log(`  gold: ${s}`);
  for (const s of pred) console.log(`  pred: ${s}`);
}
