/**
 * The event lexicon: trigger verbs, event nouns and verb–noun collocations with their CAMEO codes
 * (`models/events/triggers.tsv`, written by the team), backed by the verbs and verb + object
 * patterns of the PETRARCH-2 dictionary (`petrarch-verbs.tsv`, `petrarch-patterns.tsv`), and the
 * CAMEO codebook (`cameo.tsv`). Loaded on first use.
 */
import { readFileSync } from 'node:fs';

/** How a trigger works in its clause (see the header of `models/events/triggers.tsv`). */
export type TriggerRole =
  | 'event'
  | 'violent'
  | 'split'
  | 'intent'
  | 'threat'
  | 'refuse'
  | 'demand'
  | 'appeal'
  | 'accuse'
  | 'say'
  | 'cont'
  | 'light'
  | 'belief';

/** One entry of the lexicon. */
export interface Trigger {
  readonly kind: 'v' | 'n' | 'c';
  /** The lemma: a verb, a phrasal verb ("blow up"), a noun, or for collocations "verb noun". */
  readonly lemma: string;
  /** CAMEO code, or null for verbs that only govern another act. */
  readonly cameo: string | null;
  /** Explicit PLOVER category, when it differs from the CAMEO code's. */
  readonly plover: string | null;
  readonly role: TriggerRole;
  /** The code for non-state actors (violent) or civilians (split). */
  readonly alt: string | null;
  /** Prepositions that introduce the target. */
  readonly preps: readonly string[];
  readonly noTarget: boolean;
  /** Counts only with an object after it. */
  readonly needsObject: boolean;
  /** `triggers` (the team's table) or `petrarch` (PETRARCH-2 verb dictionary: its verbs and verb + object patterns). */
  readonly source: 'triggers' | 'petrarch';
  /**
   * The verb's subject undergoes the act its object names, done by another ("received the backing
   * of Germany", "faced criticism from the EU", "came under fire").
   */
  readonly received?: boolean;
}

/** A CAMEO code's entry of the codebook. */
export interface CameoCode {
  readonly code: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  /** PLOVER 0.5 category (`FIGHT|ASSAULT` for root 20), or null for roots 01 and 02. */
  readonly plover: string | null;
  readonly name: string;
}

/** A verb form found in text: which lemma and which form it is. */
export interface VerbForm {
  readonly trigger: Trigger;
  /** `base` (also present plural), `s`, `ed` (past or participle, regular or not), `ing`. */
  readonly form: 'base' | 's' | 'ed' | 'ing';
  /** The particle of a phrasal verb, which follows the verb form. */
  readonly particle: string | null;
}

/** The loaded lexicon. */
export interface EventLexicon {
  /** Verb forms by lower-cased word (several when a word is the form of several verbs). */
  readonly verbs: ReadonlyMap<string, readonly VerbForm[]>;
  /** Event nouns by lower-cased word form (singular and plural); multi-word nouns by their last word. */
  readonly nouns: ReadonlyMap<string, readonly { trigger: Trigger; words: readonly string[] }[]>;
  /**
   * Collocations: verb lemma → object noun words → trigger; `prep` when the noun is in a
   * prepositional phrase after the verb ("take to the streets").
   */
  readonly collocations: ReadonlyMap<string, readonly { trigger: Trigger; words: readonly string[]; prep?: string }[]>;
  readonly cameo: ReadonlyMap<string, CameoCode>;
}

/**
 * PETRARCH-2 patterns left out: "headed to the White House" (a lone preposition of travel) is a
 * trip, not an act; tests and studies "find results", which is no agreement.
 */
const DROPPED_PATTERNS = new Set(['head to', 'find result']);

/**
 * PETRARCH-2 verbs left out altogether: "hurt" is what tariffs, prices and scandals do to people
 * ("tariffs have hurt U.S. farmers"), and those hurt in an attack are its victims, not its doers.
 */
const DROPPED_VERBS = new Set(['hurt']);

/**
 * PETRARCH-2 verbs whose everyday sense in news is no political act ("rang in the New Year",
 * "unveiled two tours", "imports of goods", "the decision means …"): their patterns still count.
 */
const EVERYDAY_VERBS = new Set([
  ...'ring stock import unveil introduce institute mean irk match deal hear reside greet need submit tolerate promote remove gear'.split(
    ' ',
  ),
  'gear up',
]);

const MODEL_DIR = new URL('../../../models/events/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, MODEL_DIR), 'utf8');

/** Verbs whose past and participle are their base form. */
const SAME_PAST = new Set([
  'put',
  'set',
  'cut',
  'hit',
  'let',
  'shut',
  'spread',
  'cast',
  'hurt',
  'quit',
  'split',
  'upset',
  'broadcast',
  'burst',
  'shed',
  'thrust',
]);

/** Regular inflections of an English verb (both spellings where consonant doubling is uncertain). */
export function verbForms(lemma: string): { s: string[]; ed: string[]; ing: string[] } {
  const w = lemma;
  const s = /(?:s|x|z|ch|sh|o)$/.test(w) ? [`${w}es`] : /[^aeiou]y$/.test(w) ? [`${w.slice(0, -1)}ies`] : [`${w}s`];
  let ed: string[];
  let ing: string[];
  if (w.endsWith('e')) {
    ed = [`${w}d`];
    ing =
      w.endsWith('ee') || w.endsWith('ye') || w.endsWith('oe')
        ? [`${w}ing`]
        : w.endsWith('ie')
          ? [`${w.slice(0, -2)}ying`]
          : [`${w.slice(0, -1)}ing`];
  } else if (/[^aeiou]y$/.test(w)) {
    ed = [`${w.slice(0, -1)}ied`];
    ing = [`${w}ing`];
  } else if (/[^aeiou][aeiou][^aeiouwxy]$/.test(w) && !/[aeiou]{2}[^aeiou]$/.test(w)) {
    const last = w[w.length - 1]!;
    ed = [`${w}${last}ed`, `${w}ed`];
    ing = [`${w}${last}ing`, `${w}ing`];
  } else {
    ed = [`${w}ed`];
    ing = [`${w}ing`];
  }
  return { s, ed, ing };
}

function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function parseOptions(field: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!field) return out;
  for (const part of field.split(',')) {
    const [k, v] = part.split('=');
    if (k) out.set(k.trim(), (v ?? '').trim());
  }
  return out;
}

let loaded: EventLexicon | null = null;

/** The event lexicon (loaded once). */
export function eventLexicon(): EventLexicon {
  if (loaded) return loaded;
  const cameo = new Map<string, CameoCode>();
  for (const line of read('cameo.tsv').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    const [code, goldstein, quad, plover, name] = line.split('\t');
    if (!code) continue;
    cameo.set(code, {
      code,
      goldstein: Number(goldstein),
      quadClass: Number(quad) as 1 | 2 | 3 | 4,
      plover: plover && plover !== '-' ? plover : null,
      name: name ?? '',
    });
  }

  const verbs = new Map<string, VerbForm[]>();
  const nouns = new Map<string, { trigger: Trigger; words: string[] }[]>();
  const collocations = new Map<string, { trigger: Trigger; words: string[]; prep?: string }[]>();
  const verbLemmas = new Set<string>();
  const addVerbForm = (word: string, vf: VerbForm) => {
    const list = verbs.get(word);
    if (!list) verbs.set(word, [vf]);
    else if (!list.some((x) => x.trigger === vf.trigger && x.form === vf.form)) list.push(vf);
  };
  const addVerb = (t: Trigger, irregular: readonly string[]) => {
    const [verb, ...rest] = t.lemma.split(' ');
    const particle = rest.length > 0 ? rest.join(' ') : null;
    verbLemmas.add(t.lemma);
    const v = verb!;
    addVerbForm(v, { trigger: t, form: 'base', particle });
    const irregularForms = irregular.map((f) => f.split(' ')[0]!);
    const regular = verbForms(v);
    // "were put on alert", "has set up": the past of these verbs is their base.
    if (SAME_PAST.has(v)) addVerbForm(v, { trigger: t, form: 'ed', particle });
    let hasIng = false;
    let hasPast = false;
    for (const f of irregularForms) {
      if (f.endsWith('ing')) {
        hasIng = true;
        addVerbForm(f, { trigger: t, form: 'ing', particle });
      } else if (regular.s.includes(f)) addVerbForm(f, { trigger: t, form: 's', particle });
      else if (f !== v) {
        hasPast = true;
        addVerbForm(f, { trigger: t, form: 'ed', particle });
      }
    }
    if (!hasIng) for (const f of regular.ing) addVerbForm(f, { trigger: t, form: 'ing', particle });
    if (!hasPast) for (const f of regular.ed) addVerbForm(f, { trigger: t, form: 'ed', particle });
    for (const f of regular.s) addVerbForm(f, { trigger: t, form: 's', particle });
  };

  const collocationLines: Trigger[] = [];
  for (const line of read('triggers.tsv').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    const [kind, words, code, plover, role, options] = line.split('\t');
    if (!kind || !words || !code || !role) continue;
    const opts = parseOptions(options);
    const t: Trigger = {
      kind: kind as Trigger['kind'],
      lemma: words,
      cameo: code === '-' ? null : code,
      plover: plover && plover !== '-' ? plover : null,
      role: role as TriggerRole,
      alt: opts.get('alt') ?? null,
      preps: (opts.get('prep') ?? '').split('|').filter((p) => p !== ''),
      noTarget: opts.has('notarget'),
      needsObject: opts.has('obj'),
      source: 'triggers',
    };
    if (kind === 'v')
      addVerb(
        t,
        (opts.get('forms') ?? '').split('|').filter((f) => f !== ''),
      );
    else if (kind === 'n') {
      const ws = words.split(' ');
      const last = ws[ws.length - 1]!;
      const forms = [last, ...(opts.get('pl') ? [opts.get('pl')!] : /s$/.test(last) ? [] : [pluralOf(last)])];
      for (const f of forms) {
        const list = nouns.get(f) ?? [];
        list.push({ trigger: t, words: [...ws.slice(0, -1), f] });
        nouns.set(f, list);
      }
    } else collocationLines.push(t);
  }
  // Collocations once every verb is known, so that a phrasal verb listed after them counts.
  for (const t of collocationLines) {
    const [verb, ...rest] = t.lemma.split(' ');
    // "return (for) talks": the noun in a phrase of that preposition after the verb.
    const prep = /^\((\w+)\)$/.exec(rest[0] ?? '')?.[1];
    const obj = prep ? rest.slice(1) : rest;
    // "break off relations": a phrasal verb and its object.
    const phrasal = obj.length > 1 && verbLemmas.has(`${verb} ${obj[0]}`);
    const key = phrasal ? `${verb} ${obj[0]}` : verb!;
    const nounWords = phrasal ? obj.slice(1) : obj;
    const list = collocations.get(key) ?? [];
    const last = nounWords[nounWords.length - 1]!;
    const withPrep = prep ? { prep } : {};
    list.push({ trigger: t, words: nounWords, ...withPrep });
    if (!/s$/.test(last)) list.push({ trigger: t, words: [...nounWords.slice(0, -1), pluralOf(last)], ...withPrep });
    collocations.set(key, list);
  }

  // Irregular forms the PETRARCH-2 dictionary knows ("went", "held").
  const petrarchVerbs = read('petrarch-verbs.tsv')
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.trim() !== '')
    .map((line) => line.split('\t'));
  const irregular = new Map(petrarchVerbs.map(([lemma, , forms]) => [lemma ?? '', (forms ?? '').split('|').filter((f) => f !== '')]));

  // Verbs of collocations that the table does not list as verbs take part as light verbs.
  for (const key of collocations.keys()) {
    if (verbLemmas.has(key)) continue;
    addVerb(
      {
        kind: 'v',
        lemma: key,
        cameo: null,
        plover: null,
        role: 'light',
        alt: null,
        preps: [],
        noTarget: false,
        needsObject: true,
        source: 'triggers',
      },
      irregular.get(key) ?? [],
    );
  }

  // PETRARCH-2's verb + object patterns, after the team's own collocations of the same verb.
  for (const line of read('petrarch-patterns.tsv').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    const [lemma, object, code] = line.split('\t');
    if (!lemma || !object || !code || DROPPED_PATTERNS.has(`${lemma} ${object}`)) continue;
    const received = code.startsWith(':');
    const t: Trigger = {
      kind: 'c',
      lemma: `${lemma} ${object}`,
      cameo: received ? code.slice(1) : code,
      plover: null,
      role: 'event',
      alt: null,
      preps: [],
      noTarget: false,
      needsObject: false,
      source: 'petrarch',
      ...(received ? { received } : {}),
    };
    const prep = /^\((\w+)\) /.exec(object)?.[1];
    const words = (prep ? object.slice(prep.length + 3) : object).split(' ');
    const last = words[words.length - 1]!;
    const list = collocations.get(lemma) ?? [];
    list.push({ trigger: t, words, ...(prep ? { prep } : {}) });
    if (!/s$/.test(last)) list.push({ trigger: t, words: [...words.slice(0, -1), pluralOf(last)], ...(prep ? { prep } : {}) });
    collocations.set(lemma, list);
  }

  for (const [lemma, code, forms] of petrarchVerbs) {
    if (!lemma || !code || verbLemmas.has(lemma) || DROPPED_VERBS.has(lemma)) continue;
    const root = code.slice(0, 2);
    // Statements and appeals from PETRARCH's table are too loose to be triggers on their own, and
    // verbs of blocks with no code have none, nor do verbs whose everyday sense is no political
    // act: such verbs count only with an object one of their patterns names ("hurled a grenade").
    const patternOnly = code === '-' || root === '01' || root === '02' || EVERYDAY_VERBS.has(lemma);
    if (patternOnly && !collocations.get(lemma)?.some((c) => c.trigger.source === 'petrarch')) continue;
    addVerb(
      {
        kind: 'v',
        lemma,
        cameo: patternOnly ? null : code,
        plover: null,
        role: patternOnly ? 'light' : 'event',
        alt: null,
        preps: [],
        noTarget: false,
        needsObject: patternOnly,
        source: 'petrarch',
      },
      (forms ?? '').split('|').filter((f) => f !== ''),
    );
  }
  loaded = { verbs, nouns, collocations, cameo };
  return loaded;
}

/**
 * The codebook entry of a CAMEO code, or of its nearest listed parent (`0841` → `084`).
 *
 * @example
 * cameoCode('190')?.goldstein; // -10
 * cameoCode('042')?.plover; // 'CONSULT'
 */
export function cameoCode(code: string): CameoCode | undefined {
  const table = eventLexicon().cameo;
  for (let n = code.length; n >= 2; n--) {
    const c = table.get(code.slice(0, n));
    if (c) return c;
  }
  return undefined;
}
