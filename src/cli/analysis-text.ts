import type { Doc } from '../doc.js';
import { actorById } from '../kb/kb.js';
import { quoteWords } from '../nlp/quotes/marks.js';
import type { Quote } from '../nlp/quotes/quotes.js';
import type { SourcesLayer } from '../nlp/sources/sources.js';
import type { Layers } from '../pipeline/annotator.js';
import { counted } from './corpus-query.js';
import { renderDocText } from './output.js';

interface Span {
  start: number;
  end: number;
  label: string;
}

/** Marks spans in the text: `[Angela Merkel]{PERSON}`; overlapping spans keep the first. */
export function highlight(text: string, spans: readonly Span[], color: boolean): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end > text.length) continue;
    out += text.slice(at, s.start);
    const body = text.slice(s.start, s.end);
    out += color ? `\x1b[1;36m${body}\x1b[0m\x1b[2m{${s.label}}\x1b[0m` : `[${body}]{${s.label}}`;
    at = s.end;
  }
  return out + text.slice(at);
}

function layerSpans(layers: Layers): Span[] {
  const spans: Span[] = [];
  for (const e of layers.entities ?? []) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, label: e.type });
  return spans;
}

/**
 * " → Republican Party" for an entity the knowledge base links to a party under another name ("GOP",
 * "Tories"); " [Republican Party]" for a person the article gives a party.
 */
export function partyOf(e: { readonly name: string; readonly kb?: { readonly id: string }; readonly party?: string }): string {
  if (e.party) {
    const party = actorById(e.party)?.name;
    return party ? ` [${party}]` : '';
  }
  if (!e.kb?.id.startsWith('party/')) return '';
  const party = actorById(e.kb.id)?.name;
  return party && party !== e.name ? ` → ${party}` : '';
}

/** The text view of `sitrep analyze`: the document with its entities marked, then entities, quotes and sources. */
export function renderAnalysisText(id: string, doc: Doc, layers: Layers, color: boolean): string {
  const marked = { ...doc, text: highlight(doc.text, layerSpans(layers), color) };
  const lines = [renderDocText(id, marked)];
  const entities = layers.entities ?? [];
  if (entities.length > 0) {
    lines.push('', 'Entities:');
    for (const e of entities) {
      const roles = e.roles && e.roles.length > 0 ? ` (${e.roles.join('; ')})` : '';
      lines.push(`  ${e.type.padEnd(6)} ${e.name}${roles}${partyOf(e)} ×${e.mentions.length}`);
    }
  }
  if (layers.quotes && layers.sources && layers.quotes.length > 0) {
    lines.push('', 'Quotes:', ...quoteLines(doc.text, layers.quotes, layers.sources));
  }
  return lines.join('\n');
}

/**
 * How a quote's attribution reads before its words: "Merkel said", "according to Rutte", "Rutte,
 * quoted by Reuters", and "Merkel" alone for a colon or no cue (the line reads "Merkel: …").
 *
 * @example
 * speakerWithCue('Rutte', 'as saying', 'Reuters'); // 'Rutte, quoted by Reuters'
 */
export function speakerWithCue(who: string, cue: string, via?: string | null): string {
  const relayed = via ? ` (via ${via})` : '';
  if (/^as saying$/iu.test(cue)) return via ? `${who}, quoted by ${via}` : `${who}, as quoted`;
  if (/^(?:according to|as (?:\w+ )?(?:reported|revealed) by)$/iu.test(cue)) return `${cue.toLowerCase()} ${who}${relayed}`;
  return `${cue === '' || cue === ':' ? who : `${who} ${cue}`}${relayed}`;
}

/** The text view of the quotes and sources layers: one line per quote, then the sources (used by `sitrep analyze` too). */
export function quoteLines(text: string, quotes: readonly Quote[], sources: SourcesLayer): string[] {
  const lines: string[] = [];
  for (const q of quotes) {
    const who = q.speaker ?? '(unattributed)';
    const surface = q.speakerStart !== undefined && q.speakerEnd !== undefined ? text.slice(q.speakerStart, q.speakerEnd) : null;
    const shown = surface && surface !== q.speaker ? `${who} ("${surface}")` : who;
    const words = quoteWords(q.text, q.start, q.fragments);
    const body = words.length > 160 ? `${words.slice(0, 157)}...` : words;
    lines.push(`  [${q.type}] ${speakerWithCue(shown, q.cue, q.via)}: ${body.replace(/\s+/g, ' ')}`);
  }
  const s = sources.summary;
  lines.push(
    `  sources: ${counted(s.claims, 'claim')}; named people ${s.namedPeople}, outlets ${s.namedOutlets}, organisations ${s.namedOrganisations}, ` +
      `documents ${s.documents}, unnamed ${s.unnamed}, unresolved ${s.unresolved}, unattributed ${s.unattributed}` +
      `${s.relayed > 0 ? `, relayed by outlets ${s.relayed}` : ''}; ` +
      `quotation ${(s.quotationShare * 100).toFixed(1)} % of the text`,
  );
  for (const src of sources.sources) {
    // (a state's media named by what they are has no domain, and a country when the article tells which)
    const facts = src.outlet ? [src.outlet.domain, src.outlet.country, src.outlet.stateMedia?.label].filter((x) => !!x) : [];
    const outlet = !src.outlet
      ? ''
      : src.outlet.domain === null && !src.outlet.stateMedia
        ? ' [outlets of several countries have this name]'
        : ` [${facts.join(', ')}]`;
    lines.push(
      `    ${src.kind === 'unnamed' || src.named ? src.kind : `${src.kind}, not named`}: ${src.name}${outlet} — ` +
        `${counted(src.quotes.length, 'claim')}${src.relayed.length ? `, relayed ${src.relayed.length}` : ''}`,
    );
  }
  return lines;
}
