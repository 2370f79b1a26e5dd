/**
 * Scores the coder on the team's own sentences (`fixtures/team-sentences.tsv`): news-like
 * sentences with one gold PLOVER event each, written by the team to check that the rules carry
 * over to sentences they were not written from. Scored as `score-events.mjs` scores a PLOVER gold
 * file: categories per sentence, actors by the country or organisation their codes name.
 */
import { readFileSync } from 'node:fs';
import { codeText, isFactual } from './events.js';

/** One gold sentence. */
export interface TeamSentence {
  readonly id: string;
  readonly text: string;
  readonly source: readonly string[];
  readonly plover: string;
  readonly target: readonly string[];
}

/** Category and full-triple scores. */
export interface TeamScores {
  readonly sentences: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tripleF1: number;
}

const FILE = new URL('./fixtures/team-sentences.tsv', import.meta.url);
const ALIAS: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', TMP: 'TLS', ROM: 'ROU', ZAR: 'COD', KSV: 'XKX', UNK: 'XKX' };
const ROLES = /^(?:COP|GOV|INS|JUD|MIL|OPP|REB|SEP|SPY|UAF|AGR|BUS|CRM|CVL|DEV|EDU|ELI|ENV|HLH|HRI|LAB|LEG|MED|REF)/;

/** The team's sentences, in file order. */
export function teamSentences(): TeamSentence[] {
  const side = (s: string) => (s === '-' ? [] : s.split('+'));
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [id, text, source, plover, target] = line.split('\t');
      return { id: id!, text: text!, source: side(source!), plover: plover!, target: side(target!) };
    });
}

/** What an actor code names: its country, or the whole code of an organisation ("" for none). */
function actorKey(code: string | undefined): string {
  const u = (code ?? '').toUpperCase();
  if (!u || u.startsWith('---') || ROLES.test(u)) return '';
  if (/^(?:IGO|NGO|NGM|IMG|MNC|UIS|INT)/.test(u)) return u;
  return ALIAS[u.slice(0, 3)] ?? u.slice(0, 3);
}

/** Whether a coded actor matches one side of a gold event (scored as the gold files are). @internal */
export function sideRight(gold: readonly string[], code: string | undefined): boolean {
  const k = actorKey(code);
  if (gold.length === 0) return k === '';
  // A bare organisation type in the gold ("IGO") takes any organisation of that type.
  return gold.some((g) => actorKey(g) === k || (/^(?:IGO|NGO|IMG)$/.test(g) && k.startsWith(g)));
}

/**
 * Codes every sentence (factual events only) and scores it against its gold event.
 *
 * @example
 * scoreTeamSentences(teamSentences()).f1; // category F1, 0 … 1
 */
export function scoreTeamSentences(sentences: readonly TeamSentence[]): TeamScores {
  let tp = 0;
  let predicted = 0;
  let tripleTp = 0;
  for (const s of sentences) {
    const events = codeText(s.text, { date: '2000-01-01' }).filter((e) => isFactual(e) && e.plover);
    predicted += events.length;
    const matching = events.filter((e) => e.plover!.split('|').includes(s.plover));
    if (matching.length > 0) tp++;
    if (matching.some((e) => sideRight(s.source, e.source?.code) && sideRight(s.target, e.target?.code))) tripleTp++;
  }
  const gold = sentences.length;
  const f = (t: number) => (2 * t) / (predicted + gold || 1);
  return { sentences: gold, precision: tp / (predicted || 1), recall: tp / (gold || 1), f1: f(tp), tripleF1: f(tripleTp) };
}
