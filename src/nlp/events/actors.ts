/**
 * Actor mentions in a sentence, for event coding: countries, places, organisations, groups and
 * people of the knowledge base (`src/kb`, with dated codes for people), the team's supplement
 * (`models/events/actors.tsv`), role nouns that give a sector (`agents.tsv`: "police" → COP), and
 * pronouns. Mentions are token spans; phrases are assembled from them by the coder.
 */
import { readFileSync } from 'node:fs';
import { findCountry, firstNameGender, holdersBySurname, type KbActor, lookupActors, rolesOf } from '../../kb/kb.js';
import { officeCode } from '../../kb/roles.js';
import { findOutlet } from '../sources/outlets.js';
import type { Token } from '../tokenize/tokenize.js';

/** What a mention names. */
export type ActorMentionKind = 'country' | 'organisation' | 'person' | 'agent' | 'pronoun';

/** A mention of an actor: tokens `[start, end)` of its sentence. */
export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly kind: ActorMentionKind;
  /** CAMEO code of a country (`RUS`), organisation (`IGOWSTNAT`), group or person (`USAGOV`); null for agents and pronouns. */
  readonly code: string | null;
  /** The sector a role noun gives (`MIL`, `GOV`); a trailing `~` puts it before the code (`NGO~`). */
  readonly sector: string | null;
  /** The name as the knowledge base lists it (people, organisations). */
  readonly name?: string;
  /** A town or region of a country (its kind is `country`), not the country itself. */
  readonly place?: boolean;
}

const MODEL_DIR = new URL('../../../models/events/', import.meta.url);

interface Tables {
  agents: Map<string, string>;
  /** Longest agent phrase in words. */
  agentWords: number;
  /** Every proper beginning, in whole words, of an agent phrase ("border" of "border guards"). */
  agentPrefixes: Set<string>;
  extra: Map<string, string>;
  extraCaps: Set<string>;
}
let tables: Tables | null = null;

function load(): Tables {
  if (tables) return tables;
  const agents = new Map<string, string>();
  let agentWords = 1;
  for (const line of readFileSync(new URL('agents.tsv', MODEL_DIR), 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const [phrase, code] = line.split('\t');
    if (!phrase || !code) continue;
    agents.set(phrase, code);
    agentWords = Math.max(agentWords, phrase.split(' ').length);
  }
  for (const [w, c] of TEAM_AGENTS) agents.set(w, c);
  for (const w of NOT_AGENTS) agents.delete(w);
  const extra = new Map<string, string>();
  const extraCaps = new Set<string>();
  for (const line of readFileSync(new URL('actors.tsv', MODEL_DIR), 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const [name, code] = line.split('\t');
    if (!name || !code) continue;
    extra.set(name.toLowerCase(), code);
    if (name === name.toUpperCase()) extraCaps.add(name.toLowerCase());
  }
  const agentPrefixes = new Set<string>();
  for (const phrase of agents.keys()) {
    for (let at = phrase.indexOf(' '); at > 0; at = phrase.indexOf(' ', at + 1)) agentPrefixes.add(phrase.slice(0, at));
  }
  tables = { agents, agentWords: Math.min(agentWords, 4), agentPrefixes, extra, extraCaps };
  return tables;
}

/** Role nouns the PETRARCH table lacks or codes otherwise for news use. */
const TEAM_AGENTS: [string, string][] = [
  ['official', 'GOV'],
  ['officials', 'GOV'],
  ['authorities', 'GOV'],
  ['authority', 'GOV'],
  ['leader', 'GOV'],
  ['leaders', 'GOV'],
  ['negotiator', 'GOV'],
  ['negotiators', 'GOV'],
  // "Egyptian mediators hosted talks": a state's mediators act for its government.
  ['mediator', 'GOV'],
  ['mediators', 'GOV'],
  ['counterpart', 'GOV'],
  // "China's state council imposed martial law".
  ['council', 'GOV'],
  ['counterparts', 'GOV'],
  ['diplomats', 'GOV'],
  ['minister', 'GOV'],
  ['ministers', 'GOV'],
  ['president', 'GOV'],
  ['prime minister', 'GOV'],
  ['foreign minister', 'GOV'],
  ['emir', 'GOV'],
  ['king', 'GOV'],
  ['cabinet', 'GOV'],
  ['regime', 'GOV'],
  ['forces', 'MIL'],
  ['troops', 'MIL'],
  ['soldiers', 'MIL'],
  ['army', 'MIL'],
  ['military', 'MIL'],
  ['helicopters', 'MIL'],
  ['tanks', 'MIL'],
  ['warplanes', 'MIL'],
  ['jets', 'MIL'],
  ['navy', 'MIL'],
  ['peacekeepers', 'MIL'],
  ['peacekeeping troops', 'MIL'],
  ['police', 'COP'],
  ['gendarmes', 'COP'],
  ['gendarmerie', 'COP'],
  ['riot police', 'COP'],
  ['security forces', 'COP'],
  ['rebels', 'REB'],
  ['rebel', 'REB'],
  ['guerrillas', 'REB'],
  ['guerillas', 'REB'],
  ['insurgents', 'REB'],
  ['militants', 'REB'],
  // "unknown attackers bombed a pipeline": armed men of no stated side, as gunmen are.
  ['attackers', 'UAF'],
  // "shelled rebel-held positions": the holders of a place are its side.
  ['rebel-held', 'REB'],
  ['rebel-controlled', 'REB'],
  ['government-held', 'GOV'],
  ['government-controlled', 'GOV'],
  ['separatists', 'SEP'],
  ['gunmen', 'UAF'],
  ['hijackers', 'UAF'],
  ['snipers', 'UAF'],
  ['bombers', 'UAF'],
  ['suicide bombers', 'UAF'],
  ['extremists', 'RAD'],
  ['demonstrators', 'OPP'],
  ['opponents', 'OPP'],
  ['critics', 'OPP'],
  ['dissidents', 'OPP'],
  ['protesters', 'OPP'],
  ['marchers', 'OPP'],
  ['protestors', 'OPP'],
  ['protestor', 'OPP'],
  ['activists', 'OPP'],
  ['opposition', 'OPP'],
  ['students', 'EDU'],
  ['workers', 'LAB'],
  ['farmers', 'AGR'],
  ['fishermen', 'AGR'],
  // Peoples of several states, whose country the sentence gives ("Kurds demonstrated in Istanbul").
  ['kurds', 'CVL'],
  ['tibetans', 'CVL'],
  ['tamils', 'CVL'],
  ['uighurs', 'CVL'],
  ['uyghurs', 'CVL'],
  ['growers', 'AGR'],
  ['coca growers', 'AGR'],
  ['truckers', 'LAB'],
  ['truck drivers', 'LAB'],
  ['lorry drivers', 'LAB'],
  ['taxi drivers', 'LAB'],
  ['refugees', 'REF'],
  ['civilians', 'CVL'],
  ['residents', 'CVL'],
  ['villagers', 'CVL'],
  ['inhabitants', 'CVL'],
  ['people', 'CVL'],
  ['population', 'CVL'],
  ['prisoners', 'CVL'],
  ['youths', 'CVL'],
  ['immigrants', 'CVL'],
  ['doctors', 'HLH'],
  ['businessman', 'BUS'],
  // "sued a Virginia-based contractor", "a London-based charity": a firm or a charity of that country, not its state.
  ['contractor', 'BUS'],
  ['contractors', 'BUS'],
  ['charity', 'NGO'],
  ['charities', 'NGO'],
  ['newspaper', 'MED'],
  ['court', 'JUD'],
  ['judge', 'JUD'],
  ['parliament', 'LEG'],
  ['lawmakers', 'LEG'],
  ['legislators', 'LEG'],
  ['intelligence', 'SPY'],
  ['contingent', 'MIL'],
  ['contingents', 'MIL'],
  ['delegation', 'GOV'],
  ['delegations', 'GOV'],
  ['crowd', 'CVL'],
  ['crowds', 'CVL'],
  ['strikers', 'LAB'],
  // Singulars and plurals the tables above and PETRARCH's lack.
  ['policeman', 'COP'],
  ['policemen', 'COP'],
  ['policewoman', 'COP'],
  ['policewomen', 'COP'],
  ['coastguard', 'MIL'],
  ['peacekeeper', 'MIL'],
  ['helicopter', 'MIL'],
  ['drone', 'MIL'],
  ['drones', 'MIL'],
  ['gunboat', 'MIL'],
  ['gunboats', 'MIL'],
  ['sailors', 'MIL'],
  ['paratroopers', 'MIL'],
  ['miners', 'LAB'],
  ['dockworkers', 'LAB'],
  ['tribesmen', 'CVL'],
  ['schoolgirls', 'CVL'],
  ['schoolchildren', 'CVL'],
  ['schoolboys', 'CVL'],
  ['hostage', 'CVL'],
  ['hostages', 'CVL'],
  ['supporters', 'CVL'],
  ['followers', 'CVL'],
  ['relatives', 'CVL'],
  ['families', 'CVL'],
];
/** Words the PETRARCH agent list has that are rarely actors in news sentences. */
const NOT_AGENTS = [
  'west',
  'state',
  'states',
  'party',
  'member',
  'members',
  'head',
  'chief',
  'source',
  'sources',
  'group',
  'groups',
  'team',
];

/**
 * Head nouns of the names of bodies: state bodies take the country of their phrase or sentence
 * (GOV, JUD), parties and movements are opposition (OPP), the others are non-governmental
 * organisations, which the PLOVER gold standard codes `NGO`.
 */
const ORGANISATION_HEADS = new Map<string, string>([
  ...['commission', 'commision', 'ministry', 'agency', 'authority', 'office', 'department', 'directorate'].map((w): [string, string] => [
    w,
    'GOV',
  ]),
  ...['court', 'tribunal'].map((w): [string, string] => [w, 'JUD']),
  ...['party', 'movement', 'front', 'alliance', 'league'].map((w): [string, string] => [w, 'OPP']),
  ...[
    'committee',
    'forum',
    'foundation',
    'association',
    'society',
    'institute',
    'federation',
    'network',
    'watch',
    'organization',
    'organisation',
    'coalition',
  ].map((w): [string, string] => [w, 'NGO']),
]);

/** First words of the names of bodies of many states. */
const INTERNATIONAL = new Set(['international', 'world', 'inter-american', 'intergovernmental', 'multinational', 'global']);
/** Roles that "international" makes a body of states ("international inspectors"), not people of no country. */
const INTERNATIONAL_ROLES = new Set([
  'community',
  'mediator',
  'mediators',
  'observers',
  'monitors',
  'inspectors',
  'peacekeepers',
  'tribunal',
  'court',
]);

/** How many words from `i` name an unnamed international body ("international observers", "war crimes tribunal"); 0 if none. */
function worldBody(tokens: readonly Token[], i: number): number {
  const w = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  if (w(i) === 'international' && INTERNATIONAL_ROLES.has(w(i + 1))) return 2;
  if (w(i) === 'war' && w(i + 1) === 'crimes' && (w(i + 2) === 'tribunal' || w(i + 2) === 'court')) return 3;
  // "the world body": the United Nations, as the wires call it.
  if (w(i) === 'world' && (w(i + 1) === 'body' || w(i + 1) === "body's") && w(i - 1) === 'the') return 2;
  // "the tribunal in The Hague": the international courts that sit there.
  if ((w(i) === 'tribunal' || w(i) === 'court') && w(i + 1) === 'in' && w(i + 2) === 'the' && w(i + 3) === 'hague') return 4;
  return 0;
}

/** The acronym in brackets at token `k` ("( ILO )"), if any. */
function bracketedAcronym(tokens: readonly Token[], k: number): string | null {
  if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')') return null;
  const a = tokens[k + 1]!.text;
  return /^[A-Z][A-Z-]{1,7}$/.test(a) ? a : null;
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'his', 'her', 'its', 'their', 'our', 'him', 'them', 'us']);
/** Words that may sit inside a name ("Democratic People's Republic of Korea", "Bosnia and Herzegovina"). */
const NAME_INNER = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  "'s",
  "'",
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'la',
  'du',
  'von',
  'van',
  'der',
  'arap',
  '-',
]);
/** Capitalised words that open sentences and are no names. */
const NOT_NAMES = new Set(
  'the a an in on at for with from by to of and but or as after before while when if this that these those it he she they we there here its their his her one two three some many most all both each former new senior top'.split(
    ' ',
  ),
);
const TITLE_WORDS = new Set(
  'president prime minister foreign defence defense interior finance secretary general gen gen. lt lt. col col. sheikh king queen emir prince ayatollah chancellor premier vice deputy chief leader ambassador mr mr. mrs mrs. ms ms. dr dr. sen. sen senator governor mayor archbishop pope'.split(
    ' ',
  ),
);

function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 65 && c <= 90;
}

const DATELINE_DASH = /^(?:-|--|\u2014|\u2013|_|:)$/;

/**
 * Where the dateline that opens a wire story ends ("KARACHI (Reuters) -", "GAZA CITY, Gaza Strip
 * (AP) -", "DUBLIN\u2014", "LONDON:"): the token after its dash, or 0. The place it names is where
 * the story was filed, no actor of the sentence. A dateline opens with a place in capitals, or a
 * place name right before its dash ("Colombo - Sri Lanka's cricket chief"), and holds only names,
 * abbreviations, dates and the agency in brackets, and the sentence goes on with a capital.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0]?.text ?? '';
  const capitals = /^\p{Lu}[\p{Lu}.'-]{2,}$/u.test(first);
  const placeDash = isCapitalised(first) && DATELINE_DASH.test(tokens[1]?.text ?? '') && tokens[1]!.text !== ':';
  // "Moscow, 3 March 2025 -", "Kabul, Afghanistan (AP) -": a place in title case and a comma.
  const placeComma = isCapitalised(first) && tokens[1]?.text === ',';
  if (!capitals && !placeDash && !placeComma) return 0;
  let bracket = false;
  for (let k = 1; k < Math.min(tokens.length - 1, 14); k++) {
    const t = tokens[k]!.text;
    if (t === '(') bracket = true;
    else if (t === ')') bracket = false;
    else if (DATELINE_DASH.test(t)) {
      if (bracket || !/^[\p{Lu}\d"'\u201c]/u.test(tokens[k + 1]!.text)) return 0;
      return capitals || placeDash || t !== ':' ? k + 1 : 0;
    } else if (!bracket && !/^(?:\p{Lu}|\d|,|\.|\/)/u.test(t)) return 0;
  }
  return 0;
}

/**
 * Words that name a region's states together, with its CAMEO code: a noun after "the" ("the West",
 * "the Europeans"), an adjective before the states' bodies ({@link REGION_STATE_NOUNS}).
 */
const REGION_WORDS: ReadonlyMap<string, { code: string; name: string; kind: 'country' | 'organisation'; adjective: boolean }> = new Map([
  ['West', { code: 'WST', name: 'the West', kind: 'organisation', adjective: false }],
  ['Western', { code: 'WST', name: 'the West', kind: 'country', adjective: true }],
  ['Europeans', { code: 'EUR', name: 'Europe', kind: 'country', adjective: false }],
  ['European', { code: 'EUR', name: 'Europe', kind: 'country', adjective: true }],
]);

/** The states' bodies and people a region's adjective may stand before ("European governments"). */
const REGION_STATE_NOUNS = new Set(['governments', 'leaders', 'officials', 'diplomats', 'capitals', 'ministers', 'powers', 'allies']);

/** Codes of states that no longer exist, which PETRARCH-2 puts before a part's own code (`YUGBIH`, `USRARM`). */
const FORMER_STATES = new Set(['USR', 'SUN', 'YUG', 'FRY', 'SCG', 'CSK']);
/** Older CAMEO country codes that are not ISO 3166 alpha-3. */
const OLD_COUNTRY_CODES = new Map([['ANG', 'AGO']]);

/** Sectors the knowledge base gives companies after their country (MNCUSAMED, MNCUSAHLH). */
const COMPANY_SECTORS = new Set(['MED', 'HLH', 'AGR', 'BUS', 'ENV', 'EDU', 'LAB']);

/**
 * An actor's code named by its country as ISO 3166 has it: a part of a former state by the part
 * ("Bosnia" in 1995 is `YUGBIH` in PETRARCH-2, here `BIH`; Belgrade's `SCGSRB` is `SRB`), as news
 * coders and the PLOVER gold name them.
 */
export function modernCode(code: string): string {
  const head = code.slice(0, 3);
  if (FORMER_STATES.has(head)) {
    const part = code.slice(3, 6);
    if (part === 'KSV' || (part.length === 3 && findCountry(part))) return code.slice(3);
  }
  // "Boeing" (MNCUSA): a company acts for its country's business sector, as states' people do for
  // theirs; "Google" (MNCUSAMED) for its own sector, a Hong Kong firm (MNCCHNHKG) for Hong Kong's.
  if (head === 'MNC' && (code.length === 6 || code.length === 9) && findCountry(code.slice(3, 6))) {
    const rest = code.slice(6);
    if (rest !== '' && /^[A-Z]{3}$/.test(rest) && findCountry(rest) && !COMPANY_SECTORS.has(rest)) return `${rest}BUS`;
    return `${code.slice(3, 6)}${COMPANY_SECTORS.has(rest) ? rest : 'BUS'}`;
  }
  const iso = OLD_COUNTRY_CODES.get(head);
  return iso ? iso + code.slice(3) : code;
}

/** British spellings of words in names of bodies, and their American forms, which the tables mostly use. */
const SPELLINGS: [RegExp, string][] = [
  [/\bOrganisation/g, 'Organization'],
  [/\borganisation/g, 'organization'],
  [/\b([Cc])o-operation/g, '$1ooperation'],
  [/\b([Dd])efence/g, '$1efense'],
  [/\b([Cc])entre/g, '$1enter'],
  [/\b([Pp])rogramme/g, '$1rogram'],
  [/\b([Ll])abour/g, '$1abor'],
];

/** A name with American spellings ("Organisation of African Unity" → "Organization of African Unity"). */
function americanSpelling(name: string): string {
  if (!/isation|o-operation|efence|entre|ramme|abour/.test(name)) return name;
  let out = name;
  for (const [re, to] of SPELLINGS) out = out.replace(re, to);
  return out;
}

/**
 * The code a knowledge-base actor has on `date`; out of office, that of the last office begun
 * before it (Mark Rutte between his Dutch premiership and NATO); before every office, the elite of
 * the first one's country (Donald Trump in 2016: USAELI, not USAGOV); its last when no date is given.
 */
function codeOn(actor: KbActor, date: string | undefined): string | null {
  if (actor.codes.length === 0) return actor.code ? modernCode(actor.code) : null;
  if (date) {
    let former: { code: string; from?: string } | undefined;
    for (let i = actor.codes.length - 1; i >= 0; i--) {
      const c = actor.codes[i]!;
      if ((c.from === undefined || c.from <= date) && (c.to === undefined || date <= c.to)) return modernCode(c.code);
      if (c.from !== undefined && c.from <= date && (former?.from === undefined || c.from > former.from)) former = c;
    }
    if (former) return modernCode(formerHolder(former.code));
    // (only where the offices the tables know of all begin later too: a code's dates can be partial)
    const before = (from: string | undefined) => from !== undefined && date < from;
    const terms = rolesOf(actor.name);
    if (actor.codes.every((c) => before(c.from)) && terms.length > 0 && terms.every((t) => before(t.from))) {
      const first = actor.codes.reduce((a, b) => (b.from! < a.from! ? b : a));
      return modernCode(formerHolder(first.code));
    }
  }
  return modernCode(actor.codes[actor.codes.length - 1]!.code);
}

/** A state office's code for someone out of that office: the country's elite (CAMEO ELI), as "former president" is. */
function formerHolder(code: string): string {
  return code.replace(/^([A-Z]{3})(?:GOV|MIL|LEG|JUD|COP|SPY)(?:[A-Z]{3})*$/, '$1ELI');
}

const RULING_BODIES = new Set(['administration', 'government', 'regime', 'cabinet', 'junta']);

/**
 * The government a leader's name stands for before "administration", "government" or "regime"
 * ("the Bush administration": USAGOV), when every person of that name served one country.
 */
function rulingBody(name: string, next: string): string | null {
  if (!RULING_BODIES.has(next)) return null;
  const countries = new Set<string>();
  for (const a of lookupActors(`${name} ${next}`)) if (a.kind === 'person') countries.add(codeOn(a, undefined)?.slice(0, 3) ?? '');
  if (countries.size === 0 && !name.includes(' ')) {
    for (const t of holdersBySurname(name, LEADERS)) countries.add(t.scope);
  }
  const country = countries.size === 1 ? [...countries][0]! : '';
  return /^[A-Z]{3}$/.test(country) ? `${country}GOV` : null;
}

const LEADERS = ['president', 'prime minister', 'head of state', 'chancellor', 'king'];

const KIND_ORDER: Record<KbActor['kind'], number> = {
  country: 0,
  organisation: 1,
  group: 1,
  'state-body': 1,
  place: 2,
  person: 3,
  party: 4,
};

/** The code a name has in the knowledge base, or null (single words naming several people with different countries are left out). */
/** Codes of armed groups that the knowledge base files under a region rather than a country. */
const REGIONAL_GROUP =
  /^(?:INT|MEA|MDT|SAS|SEA|EAF|WAF|NAF|SAF|CFR|AFR|ASA|CAS|LAM|SAM|NMR|CRB|EUR|EEU|WEU|SCN|CAU|BLK|PGS|WST|KKL)(?:REB|UAF|SEP|INS|RAD)?$/;

/** Words before "North" or "South" that make it one half of Korea ("the communist North"). */
const HALF_OPENERS = new Set(['the', 'communist', 'stalinist', 'reclusive', 'capitalist', 'democratic']);

/**
 * "Seoul said the North fired two missiles", "the communist North's news agency": in a sentence
 * that names either Korea, "the North" is North Korea and "the South" South Korea. Adds those
 * mentions to `out`, in order.
 */
function koreanHalves(tokens: readonly Token[], out: ActorMention[]): void {
  if (!out.some((m) => m.code === 'PRK' || m.code === 'KOR' || m.code?.startsWith('PRK') || m.code?.startsWith('KOR'))) return;
  const taken = new Uint8Array(tokens.length);
  for (const m of out) for (let k = m.start; k < m.end; k++) taken[k] = 1;
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if ((t !== 'North' && t !== 'South') || taken[i]) continue;
    const next = tokens[i + 1]?.text ?? '';
    // "North and South Korean officials", "South and North Korea": the first half shares the second's name.
    const paired =
      next === 'and' && tokens[i + 2]?.text === (t === 'North' ? 'South' : 'North') && /^Koreans?$|^Korea$/.test(tokens[i + 3]?.text ?? '');
    if (!paired && (i === 0 || !HALF_OPENERS.has(tokens[i - 1]!.text.toLowerCase()))) continue;
    if (!paired && /^\p{Lu}/u.test(next)) continue;
    out.push({
      start: i,
      end: i + 1,
      kind: 'country',
      code: t === 'North' ? 'PRK' : 'KOR',
      sector: null,
      name: t === 'North' ? 'North Korea' : 'South Korea',
    });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
}

/**
 * "a British-Iranian aid worker detained in Iran": someone of two nationalities is, in a report,
 * of the one that is not the other country the sentence names (else the first). Adds those
 * mentions to `out`, in order.
 */
function dualNationals(tokens: readonly Token[], out: ActorMention[]): void {
  let taken: Uint8Array | null = null;
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const dash = t.indexOf('-');
    if (dash < 1 || !isCapitalised(t) || !isCapitalised(t.slice(dash + 1))) continue;
    if (!taken) {
      taken = new Uint8Array(tokens.length);
      for (const m of out) for (let k = m.start; k < m.end; k++) taken[k] = 1;
    }
    // Only of a person ("a British-Iranian aid worker"), not of a relation ("Israeli-Syrian talks").
    if (taken[i] || !out.some((m) => m.kind === 'agent' && m.start > i && m.start <= i + 2)) continue;
    const first = findCountry(t.slice(0, dash));
    const second = findCountry(t.slice(dash + 1));
    if (!first || !second || first.iso3 === second.iso3) continue;
    const named = new Set(out.map((m) => m.code?.slice(0, 3)));
    const pick = named.has(first.iso3) && !named.has(second.iso3) ? second : first;
    out.push({ start: i, end: i + 1, kind: 'country', code: pick.iso3, sector: null, name: pick.name });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
}

/** Words by which a report calls back an organisation it names ("the alliance" for NATO, "the group" for Hamas). */
const BLOC_WORDS = new Set(['alliance', 'bloc', 'group']);

/**
 * "The alliance chief met Montenegro's prime minister … to discuss its bid to join NATO": in a
 * sentence that names one organisation of states, "the alliance" or "the bloc" is that
 * organisation; in a sentence that names none, the one the article gives that word (`blocs`).
 * Adds those mentions to `out`, in order.
 */
function namedBloc(tokens: readonly Token[], out: ActorMention[], blocs?: ReadonlyMap<string, string>): void {
  const bodies = new Set(out.filter((m) => m.kind === 'organisation' && m.code?.startsWith('IGO')).map((m) => m.code!));
  if (bodies.size > 1 || (bodies.size === 0 && !blocs?.size)) return;
  const only = bodies.size === 1 ? [...bodies][0]! : null;
  const taken = new Uint8Array(tokens.length);
  for (const m of out) for (let k = m.start; k < m.end; k++) taken[k] = 1;
  let added = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (taken[i] || !BLOC_WORDS.has(t) || tokens[i - 1]!.text.toLowerCase() !== 'the') continue;
    // ("the group" is the article's one armed group, never an organisation of states)
    const code = t === 'group' ? blocs?.get(t) : (only ?? blocs?.get(t));
    if (!code) continue;
    out.push({ start: i, end: i + 1, kind: 'organisation', code, sector: null, name: t });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
}

/** Codes of armed groups that are no state's: rebels, insurgents, militant groups across borders ("PSEREBHMS", "IMGMUSISI"). */
const ARMED_GROUP = /^(?:[A-Z]{3}(?:REB|INS)|IMG)/;

/**
 * The organisation of states "the alliance" and "the bloc" stand for in an article that names
 * `codes` (CAMEO codes of the organisations it names): NATO for "the alliance" when the article
 * names it; for "the bloc" the only organisation of states named, else the European Union when
 * the article names it; for "the group" the only armed group named ("Hamas" … "the group").
 *
 * @example
 * articleBlocs(['IGOWSTNAT', 'IGOEUREEC']); // Map { 'alliance' => 'IGOWSTNAT', 'bloc' => 'IGOEUREEC' }
 * articleBlocs(['IGOEUREEC']); // Map { 'bloc' => 'IGOEUREEC' }
 */
export function articleBlocs(codes: Iterable<string>): Map<string, string> {
  const bodies = new Set([...codes].filter((c) => c.startsWith('IGO')));
  const out = new Map<string, string>();
  if (bodies.has('IGOWSTNAT')) out.set('alliance', 'IGOWSTNAT');
  if (bodies.size === 1) out.set('bloc', [...bodies][0]!);
  else if (bodies.has('IGOEUREEC')) out.set('bloc', 'IGOEUREEC');
  const groups = new Set([...codes].filter((c) => ARMED_GROUP.test(c)));
  if (groups.size === 1) out.set('group', [...groups][0]!);
  return out;
}

/**
 * Whether "the" + a people's plural at `the` names people rather than the state: a community of a
 * place ("the Armenians of Israel", "the Albanians in Macedonia"), or those an act was done to
 * after a preposition ("outreach to the Americans targeted").
 */
function communityAfter(tokens: readonly Token[], the: number, after: number): boolean {
  const next = tokens[after]?.text.toLowerCase() ?? '';
  if (next === 'of' || next === 'in' || next === 'living' || next === 'who') return true;
  const before = tokens[the - 1]?.text.toLowerCase() ?? '';
  return /^[a-z]+ed$/.test(next) && /^(?:to|for|with|of|among)$/.test(before);
}

/** Nouns that make a nationality word name a people living somewhere ("the Albanian minority"), not a state. */
const ETHNIC_GROUPS = new Set(['minority', 'minorities', 'population', 'community', 'communities']);
/** Nationality adjectives ("Albanian", "Turkish", "Chinese"), not country names. */
const ADJECTIVAL_NAME = /(?:an|ese|ish|i|ic|ch)$/;

/** Names the knowledge base gives a country in another language that are common English words ("Island" is Iceland in Danish). */
const FOREIGN_HOMONYMS = new Set(['island', 'islands']);

/** One-word names the knowledge base gives armed groups that are English words or names ("Youth", "Mavericks", "Falcon"). */
const GROUP_HOMONYMS = new Set(['youth', 'mavericks', 'falcon', 'organization', 'organisation', 'boogeymen', 'yahweh']);

function kbCode(
  name: string,
  words: number,
  date: string | undefined,
): { code: string; kind: ActorMentionKind; name: string; place?: boolean } | null {
  const low = name.toLowerCase();
  if (words === 1 && (FOREIGN_HOMONYMS.has(low) || GROUP_HOMONYMS.has(low))) return null;
  // A plural demonym the table lacks is its singular's ("Filipinos", "Iraqis", "Israelis").
  const country = findCountry(name) ?? (words === 1 && /\p{Ll}s$/u.test(name) ? findCountry(name.slice(0, -1)) : undefined);
  if (country) return { code: country.iso3, kind: 'country', name: country.name };
  // a party's line carries its country, not a CAMEO code of the party's own
  const found = lookupActors(name).filter((a) => a.kind !== 'party');
  if (found.length > 0) {
    // (with no date, of two entries of a kind the one whose code is fixed: a dated one would give its latest)
    const fixed = (a: KbActor) => (date === undefined && !a.code ? 1 : 0);
    const sorted = [...found].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || fixed(a) - fixed(b));
    const best = sorted[0]!;
    if (best.kind === 'person') {
      const codes = new Set(sorted.map((a) => codeOn(a, date)?.slice(0, 3) ?? ''));
      if (codes.size !== 1 || codes.has('')) return null;
      if (words === 1 && sorted.length > 1) return null;
    }
    const code = codeOn(best, date);
    if (!code) return null;
    const kind: ActorMentionKind =
      best.kind === 'person' ? 'person' : best.kind === 'place' ? 'country' : best.kind === 'country' ? 'country' : 'organisation';
    return { code, kind, name: best.name, ...(best.kind === 'place' ? { place: true } : {}) };
  }
  if (words >= 2) {
    // People known only by their offices (CountryInfo): the office's country and sector (its government, or its legislature).
    const terms = rolesOf(name);
    if (terms.length > 0) {
      const inEffect = date ? terms.filter((t) => t.from <= date && (!t.to || date <= t.to)) : [];
      const t = (inEffect.length > 0 ? inEffect : terms)[inEffect.length > 0 ? inEffect.length - 1 : terms.length - 1]!;
      const scope = t.scope.length === 3 ? t.scope : null;
      if (scope) return { code: inEffect.length > 0 || !date ? officeCode(scope, t.role) : `${scope}ELI`, kind: 'person', name };
    }
  }
  return null;
}

/**
 * A person the knowledge base knows by office only, named with the title before the name
 * ("President Kagame", "Vice-President Moody Awori", "President Francois Mitterand"): the holder of
 * that office with that surname (one letter off allowed for long surnames), when all such holders
 * served one country or organisation.
 */
function titledHolder(
  tokens: readonly Token[],
  start: number,
  last: number,
  date: string | undefined,
): { code: string; name: string } | null {
  const title: string[] = [];
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (!TITLE_WORDS.has(w) && !/^(?:vice|deputy)-[a-z]+$/.test(w)) break;
    title.unshift(w.replace(/\.$/, ''));
  }
  if (title.length === 0) return null;
  const surname = tokens[last]!.text;
  if (surname.length < 3 || !isCapitalised(surname)) return null;
  let terms = holdersBySurname(surname, title.join(' ').replace('-', ' '), { misspelt: true });
  if (last > start) {
    const first = tokens[start]!.text.toLowerCase();
    const same = terms.filter((t) => t.name.toLowerCase().startsWith(first));
    if (same.length > 0) terms = same;
  }
  const scopes = new Set(terms.map((t) => t.scope));
  if (scopes.size !== 1) return null;
  const term = terms.find((t) => date && t.from <= date && (!t.to || date <= t.to)) ?? terms[terms.length - 1]!;
  const scope = term.scope;
  const inOffice = !date || (term.from <= date && (!term.to || date <= term.to));
  return { code: scope.length === 3 ? (inOffice ? officeCode(scope, term.role) : `${scope}ELI`) : scope, name: term.name };
}

/**
 * A person the article names in full elsewhere ("Xi Jinping … Putin met Xi"), looked up by that full
 * name: the entities layer has tied the shorter mention to it.
 */
function byFullName(key: string, fullNames: ReadonlyMap<string, string> | undefined, date: string | undefined): ReturnType<typeof kbCode> {
  const full = fullNames?.get(key);
  if (!full) return null;
  const found = kbCode(full, full.split(/\s+/).length, date);
  return found?.kind === 'person' ? found : null;
}

/** Offices whose holders the news names by surname alone ("Macron said", "Erdogan threatened"). */
const NAMED_BY_SURNAME = ['president', 'prime minister', 'chancellor', 'foreign minister'];

/**
 * A head of state or government, or a foreign minister, named without a title ("Macron", "Fumio
 * Kishida"): the holder of such an office with that surname (and first name, if given), when all
 * such holders served one country and none took office after the report's date. Names of three
 * letters or fewer, or a surname alone after another capitalised word, are left alone; a surname
 * alone counts only for a holder in office on the report's date.
 */
function untitledHolder(
  tokens: readonly Token[],
  start: number,
  last: number,
  date: string | undefined,
): { code: string; name: string } | null {
  const surname = tokens[last]!.text;
  if (surname.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(surname) || last - start > 2 || TITLE_WORDS.has(surname.toLowerCase())) return null;
  if (start === last && start > 0 && isCapitalised(tokens[start - 1]!.text)) return null;
  let terms = holdersBySurname(surname, NAMED_BY_SURNAME);
  if (date) terms = terms.filter((t) => t.from <= date);
  if (last > start) {
    const first = tokens[start]!.text.toLowerCase();
    terms = terms.filter((t) => t.name.toLowerCase().startsWith(first));
  }
  if (terms.length === 0 || new Set(terms.map((t) => t.scope)).size !== 1) return null;
  const term = terms.find((t) => date && (!t.to || date <= t.to)) ?? terms[terms.length - 1]!;
  if (term.scope.length !== 3) return null;
  const inOffice = !date || !term.to || date <= term.to;
  // A surname alone may be a word or a firm ("Major airlines", "Toyota and Ford"): only a sitting holder's.
  if (start === last && !(date && inOffice)) return null;
  return { code: `${term.scope}${inOffice ? 'GOV' : 'ELI'}`, name: term.name };
}

/** Whether a title stands right before token `i` ("King Hussein", "President Kagame"). */
function titled(tokens: readonly Token[], i: number): boolean {
  return i > 0 && TITLE_WORDS.has(tokens[i - 1]!.text.toLowerCase());
}

/**
 * Whether the "King" at `i` is a surname: after a first name ("Martin Luther King", "Stephen King"),
 * or owning something after a lower-case word ("honoring King's legacy"), where a monarch would
 * be "the King's" or "the Saudi King's".
 */
function kingAsSurname(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  if (givenName(before)) return true;
  return /^['’]s$/.test(tokens[i + 1]?.text ?? '') && /^\p{Ll}/u.test(before) && !/^(?:the|a|his|her|their|its)$/.test(before);
}

/** Words of the first-name lists that open place names more often ("North American", "Port Harcourt"). */
const PLACE_OPENERS = new Set(['north', 'west', 'land', 'royal', 'red', 'port', 'el', 'la', 'san', 'santa', 'saint', 'st']);

/** Whether a word is a first name, not one of those that open place names. */
function givenName(word: string): boolean {
  return isCapitalised(word) && !PLACE_OPENERS.has(word.toLowerCase()) && firstNameGender(word) !== undefined;
}

/** Nouns "official" describes ("official visit", "official launch ceremony"), rather than naming one. */
const OFFICIAL_ADJECTIVE_BEFORE =
  /^(?:launch|visit|visits|ceremony|ceremonies|figures|statistics|data|results?|residence|report|reports|statement|statements|position|policy|trip|talks|documents?|channels?|business|duties|title|language|opening|website|site|count|toll|account|estimates?|sources?|records?|news|media|line|version|capacity|recognition|status|inquiry|investigation|complaint|protest|request|invitation|announcement|confirmation|response|reaction|approval|permission|support)$/;

/**
 * Whether the "Congress" at token `at` (a name ending at `end`) is another than the US Congress: a
 * congress with a name of its own ("Trinamool Congress chief", "Youth Congress members"), "the
 * Congress party", or the Congress of a sentence on Indian politics.
 */
function otherCongress(text: string, tokens: readonly Token[], at: number, end: number): boolean {
  if (at > 0 && isCapitalised(tokens[at - 1]!.text) && !US_BEFORE_CONGRESS.test(tokens[at - 1]!.text)) return true;
  if (/^part(?:y|ies)$/i.test(tokens[end + 1]?.text ?? '')) return true;
  return INDIAN_POLITICS.test(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
}

/** Words that put a sentence in Indian politics, where "the Congress" is a party. */
const INDIAN_POLITICS = /\b(?:India|Indian|BJP|Lok Sabha|Rajya Sabha|Gandhi|Trinamool|New Delhi)\b/;

/** Words before "Congress" that still name the US Congress. */
const US_BEFORE_CONGRESS = /^(?:U\.?S\.?|USA|American|States|The|Republican|Democratic|Democrat|Democrats|Republicans|GOP)$/;

/**
 * Finds the actor mentions of one sentence, longest names first, left to right.
 *
 * @example
 * const text = 'Turkish police arrested NATO officials.';
 * findActorMentions(text, tokenize(text)).map((m) => [m.kind, m.code ?? m.sector]);
 * // [['country', 'TUR'], ['agent', 'COP'], ['organisation', 'IGOWSTNAT'], ['agent', 'GOV']]
 */
export function findActorMentions(
  text: string,
  tokens: readonly Token[],
  date?: string,
  fullNames?: ReadonlyMap<string, string>,
  blocs?: ReadonlyMap<string, string>,
): ActorMention[] {
  const { agents, agentWords, agentPrefixes, extra, extraCaps } = load();
  const out: ActorMention[] = [];
  const n = tokens.length;
  let i = datelineEnd(tokens);
  // (After a dateline or an opening quote the sentence starts anew: "KABUL (Reuters) - The Taliban
  // …", "\"The Arab League defended …\"".)
  let opening = i;
  while (opening < n && /^["'\u201c\u2018(]+$/.test(tokens[opening]!.text)) opening++;
  while (i < n) {
    const t = tokens[i]!.text;
    const lower = t.toLowerCase();
    let matched = false;
    // "Saudi-led coalition", "US-led forces": the country that leads them; "a British-flagged
    // tanker", "a London-based group", "the Eritrean-held town": the country the thing belongs to.
    const led = /^(\p{Lu}[\p{L}.]*)-(?:led|flagged|registered|owned|born|based|held|controlled)$/u.exec(t);
    const leader = led ? kbCode(led[1]!, 1, date) : null;
    if (leader && leader.kind !== 'person') {
      out.push({ start: i, end: i + 1, kind: leader.kind, code: leader.code, sector: null, name: leader.name });
      i++;
      continue;
    }
    // "accused the West of meddling", "Western governments": the Western powers together (CAMEO
    // WST); "the Europeans", "European governments": Europe's states (EUR). (Not "the West Bank",
    // "European cities", "in Europe": places; "European Union" is a name of its own.)
    const region = REGION_WORDS.get(t);
    const after = tokens[i + 1]?.text ?? '';
    const regionNamed = region?.adjective
      ? REGION_STATE_NOUNS.has(after)
      : !!region && i > 0 && tokens[i - 1]!.text.toLowerCase() === 'the' && !isCapitalised(after || 'x');
    if (region && regionNamed) {
      out.push({ start: i, end: i + 1, kind: region.kind, code: region.code, sector: null, name: region.name });
      i++;
      continue;
    }
    // "Dr" is a title, "DR" (Congo) an abbreviation.
    // A title alone ("the Pope said") may itself name an actor; before a name it is only a title.
    const named = i + 1 < n && isCapitalised(tokens[i + 1]!.text);
    const title = TITLE_WORDS.has(lower) && named && !(t.length === 2 && t === t.toUpperCase());
    // "al-Qaeda", "al-Shabaab": an Arabic article in lower case opens a name.
    const article = /^(?:al|el)-\p{Lu}/u.test(t);
    if ((isCapitalised(t) || article) && !(i === opening && NOT_NAMES.has(lower)) && !title) {
      // The longest run of name words from here.
      let last = i;
      while (last + 1 < n && last - i < 6) {
        const next = tokens[last + 1]!.text;
        if (
          isCapitalised(next) ||
          /^(?:al|el|bin|ibn|abu|ben)-\p{Lu}/u.test(next) ||
          (NAME_INNER.has(next.toLowerCase()) && last + 2 < n && isCapitalised(tokens[last + 2]!.text))
        )
          last++;
        else if (
          // "Democratic Republic of the Congo": two inner words in a row.
          NAME_INNER.has(next.toLowerCase()) &&
          last + 3 < n &&
          NAME_INNER.has(tokens[last + 2]!.text.toLowerCase()) &&
          isCapitalised(tokens[last + 3]!.text)
        )
          last += 2;
        else break;
      }
      // "the Bush administration", "the Mugabe regime": the government of the country its leader led.
      const ruled = last + 1 < n ? rulingBody(text.slice(tokens[i]!.start, tokens[last]!.end), tokens[last + 1]!.text) : null;
      if (ruled) {
        out.push({
          start: i,
          end: last + 2,
          kind: 'organisation',
          code: ruled,
          sector: null,
          name: text.slice(tokens[i]!.start, tokens[last + 1]!.end),
        });
        i = last + 2;
        continue;
      }
      // "USA Today", "China Daily", "Russia Today": an outlet whose name opens with a country is that
      // country's media, not the country.
      if (last > i && findCountry(t)) {
        let outlet: { end: number; code: string } | null = null;
        for (let j = last; j > i && !outlet; j--) {
          const span = text.slice(tokens[i]!.start, tokens[j]!.end);
          const hit = findOutlet(span);
          if (hit && hit.start === 0 && hit.end === span.length && hit.country) outlet = { end: j + 1, code: `${hit.country}MED` };
        }
        if (outlet) {
          out.push({
            start: i,
            end: outlet.end,
            kind: 'organisation',
            code: outlet.code,
            sector: null,
            name: text.slice(tokens[i]!.start, tokens[outlet.end - 1]!.end),
          });
          i = outlet.end;
          continue;
        }
      }
      // "the Jewish state", "the Islamic republic": a name of the team table may end in a lower-case word.
      if (
        last + 1 < n &&
        /^\p{Ll}/u.test(tokens[last + 1]!.text) &&
        extra.has(text.slice(tokens[i]!.start, tokens[last + 1]!.end).toLowerCase())
      )
        last++;
      for (let j = last; j >= i && !matched; j--) {
        const lastWord = tokens[j]!.text.toLowerCase();
        if (j > i && NAME_INNER.has(lastWord)) continue;
        const span = text.slice(tokens[i]!.start, tokens[j]!.end);
        const words = j - i + 1;
        const key = span.toLowerCase();
        if (words === 1 && t.length <= 3 && t !== t.toUpperCase() && !/^[A-Z][a-z]?\.?[A-Z]\.?$/.test(t)) {
          if (!findCountry(t) && !fullNames?.has(key)) continue;
        }
        if (key === 'congress' && otherCongress(text, tokens, i, j)) continue;
        const ex = extra.get(key) ?? extra.get(americanSpelling(key));
        if (ex && (!extraCaps.has(key) || span === span.toUpperCase())) {
          const people = ex.length === 3 && /\p{Ll}s$/u.test(span);
          out.push({
            start: i,
            end: j + 1,
            kind: ex.length === 3 ? 'country' : 'organisation',
            code: ex,
            sector: people ? 'CVL' : null,
            name: span,
          });
          i = j + 1;
          matched = true;
          break;
        }
        const alt = americanSpelling(span);
        let kb = kbCode(span, words, date) ?? (alt !== span ? kbCode(alt, words, date) : null) ?? byFullName(key, fullNames, date);
        // "Ian Hamilton … Hamilton urged": a surname of someone the article names in full is that
        // person, not the town or country that shares it
        if (kb && kb.kind !== 'person' && words === 1 && fullNames?.has(key)) kb = byFullName(key, fullNames, date);
        // ("President Samia Suluhu Hassan … Hassan urged": not another Hassan the table knows)
        if (kb?.kind === 'person' && words === 1 && fullNames?.has(key) && fullNames.get(key)!.toLowerCase() !== kb.name.toLowerCase())
          kb = byFullName(key, fullNames, date);
        // "Hussein disbanded the rest of it" (Somalia, 2007): a one-word name that is also a first
        // name is a ruler of the past only with a title ("King Hussein").
        if (kb?.kind === 'person' && words === 1 && /ELI$/.test(kb.code) && firstNameGender(span) !== undefined && !titled(tokens, i))
          kb = byFullName(key, fullNames, date);
        // A surname alone names a person only at the end of a name ("Omar Hassan al-Bashir" is not "Hassan").
        if (
          kb &&
          kb.kind === 'person' &&
          words === 1 &&
          (j < last ||
            (i > 0 &&
              isCapitalised(tokens[i - 1]!.text) &&
              !NOT_NAMES.has(tokens[i - 1]!.text.toLowerCase()) &&
              !TITLE_WORDS.has(tokens[i - 1]!.text.toLowerCase())))
        )
          continue;
        // "Sophie Bromberg", "Michael Jordan": a place or country right after a first name is a surname.
        // (A sentence's first word may be any word in capitals: "Even Israel's allies".)
        if (kb && kb.kind === 'country' && words === 1 && i - 1 > datelineEnd(tokens) && givenName(tokens[i - 1]!.text)) continue;
        const ethnic =
          (i > 0 && tokens[i - 1]!.text.toLowerCase() === 'ethnic') ||
          // "the Albanian minority in Macedonia", "the Albanian population of the province": a people of the place.
          (j === i && ETHNIC_GROUPS.has(tokens[j + 1]?.text.toLowerCase() ?? '') && ADJECTIVAL_NAME.test(t));
        if (kb && kb.kind === 'country' && ethnic) {
          // "ethnic Albanians in Macedonia": people of a nation, not of the state named after it;
          // their country is where they live (a role, placed by the sentence).
          out.push({ start: i, end: j + 1, kind: 'agent', code: null, sector: 'CVL' });
          i = j + 1;
          matched = true;
        } else if (kb && kb.kind === 'organisation' && REGIONAL_GROUP.test(kb.code)) {
          // "the Islamic Salvation Front" (INTREB), "Lashkar-e-Taiba" (SASREB): an armed group the
          // knowledge base files under a region names no country; the sentence places it, as a role.
          out.push({ start: i, end: j + 1, kind: 'agent', code: null, sector: kb.code.slice(3) || 'REB', name: kb.name });
          i = j + 1;
          matched = true;
        } else if (kb) {
          // "Kenyans", "Palestinians": a country's people, not its state ("the Philippines"); so too
          // one person named by nation ("an Irishman", "a Frenchwoman"). "The Russians attacked
          // Kharkiv", "the Israelis hit back": with "the", the nation as a side, its state.
          const people =
            kb.kind === 'country' &&
            kb.code.length === 3 &&
            (/\p{Ll}s$/u.test(span) || /\p{Ll}(?:man|woman|men|women)$/u.test(span)) &&
            !kb.name.toLowerCase().endsWith(lastWord) &&
            !(/s$/u.test(span) && tokens[i - 1]?.text.toLowerCase() === 'the' && !communityAfter(tokens, i - 1, j + 1));
          out.push({
            start: i,
            end: j + 1,
            kind: kb.kind,
            code: kb.code,
            sector: people ? 'CVL' : null,
            name: kb.name,
            ...(kb.place ? { place: true } : {}),
          });
          i = j + 1;
          matched = true;
        }
      }
      // "Macron in Paris": the run of name words may go past the person's name.
      for (let end = last; !matched && end >= i; end--) {
        // only where the run went on through an inner word ("in", "of"): "Omar Hassan al-Bashir" is one name
        if (end < last && (NAME_INNER.has(tokens[end]!.text.toLowerCase()) || !NAME_INNER.has(tokens[end + 1]!.text.toLowerCase())))
          continue;
        const held = titledHolder(tokens, i, end, date) ?? untitledHolder(tokens, i, end, date);
        if (!held) continue;
        // "Tim Morrison … Morrison said": the article names someone else with the office holder's surname
        const full = fullNames?.get(text.slice(tokens[i]!.start, tokens[end]!.end).toLowerCase());
        if (full && full.toLowerCase() !== held.name.toLowerCase()) continue;
        out.push({ start: i, end: end + 1, kind: 'person', code: held.code, sector: null, name: held.name });
        i = end + 1;
        matched = true;
      }
      if (!matched && last > i) {
        // A body the knowledge base lacks, known by its acronym in brackets ("the International Labor Office (ILO)").
        const acronym = bracketedAcronym(tokens, last + 1);
        const known = acronym ? kbCode(acronym, 1, date) : null;
        if (known && known.kind === 'organisation') {
          out.push({ start: i, end: last + 1, kind: 'organisation', code: known.code, sector: null, name: known.name });
          i = last + 1;
          matched = true;
        }
      }
      if (!matched && last > i) {
        // A body the knowledge base lacks, known by the noun that heads its name; an international
        // one ("International Labor Office", "World Tourism Organization") is an IGO.
        const head = ORGANISATION_HEADS.get(tokens[last]!.text.toLowerCase());
        if (head) {
          const name = text.slice(tokens[i]!.start, tokens[last]!.end);
          const international = INTERNATIONAL.has(tokens[i]!.text.toLowerCase()) && head !== 'OPP';
          out.push(
            international
              ? { start: i, end: last + 1, kind: 'organisation', code: 'IGO', sector: null, name }
              : head === 'NGO'
                ? { start: i, end: last + 1, kind: 'organisation', code: 'NGO', sector: null, name }
                : { start: i, end: last + 1, kind: 'agent', code: null, sector: head, name },
          );
          i = last + 1;
          matched = true;
        }
      }
    }
    if (matched) continue;
    // "international mediators", "the war crimes tribunal": bodies and envoys of states acting together.
    const body = worldBody(tokens, i);
    if (body > 0) {
      out.push({
        start: i,
        end: i + body,
        kind: 'organisation',
        code: 'IGO',
        sector: null,
        name: text.slice(tokens[i]!.start, tokens[i + body - 1]!.end),
      });
      i += body;
      continue;
    }
    // "Thousands marched in Paris", "Tens of thousands rallied": a crowd counted, as a clause's subject, is people.
    const crowd = crowdSubject(tokens, i);
    if (crowd > 0) {
      out.push({ start: i, end: i + crowd, kind: 'agent', code: null, sector: 'CVL' });
      i += crowd;
      continue;
    }
    // the longest agent phrase from here, grown word by word while it begins one
    let phrase = lower;
    let words = 0;
    let code: string | undefined;
    for (let w = 1; w <= Math.min(agentWords, n - i); w++) {
      if (w > 1) {
        if (!agentPrefixes.has(phrase)) break;
        phrase = `${phrase} ${tokens[i + w - 1]!.text.toLowerCase()}`;
      }
      const found = agents.get(phrase);
      if (found) {
        words = w;
        code = found;
      }
    }
    // "mineworkers", "autoworkers": a trade's workers the tables do not list are labour.
    if (!code && /^[a-z]{3,}workers?$/.test(lower)) {
      code = 'LAB';
      words = 1;
    }
    // "the official launch ceremony", "an official visit": "official" before a noun is an adjective.
    if (code && words === 1 && lower === 'official' && OFFICIAL_ADJECTIVE_BEFORE.test(tokens[i + 1]?.text ?? '')) code = undefined;
    // "Martin Luther King", "honoring King's legacy": King as a surname, no monarch.
    if (code && words === 1 && t === 'King' && kingAsSurname(tokens, i)) code = undefined;
    // "Air Force One", "Air Force Two": the plane a president or vice-president flies in, no actor.
    if (code && words === 2 && lower === 'air' && /^(?:One|Two)$/.test(tokens[i + 2]?.text ?? '')) {
      i += 3;
      continue;
    }
    if (code) {
      out.push({ start: i, end: i + words, kind: 'agent', code: null, sector: code });
      i += words;
      matched = true;
    }
    if (matched) continue;
    if (PRONOUNS.has(lower) && !(lower === 'us' && t === 'US'))
      out.push({ start: i, end: i + 1, kind: 'pronoun', code: null, sector: null });
    i++;
  }
  koreanHalves(tokens, out);
  dualNationals(tokens, out);
  namedBloc(tokens, out, blocs);
  companiesNamedAfterCountries(tokens, out);
  // "Denver's Sports Authority Stadium", "the Pentagon Memorial": a building or a street named
  // after an actor is no actor.
  const named = out.filter(
    (m, j) =>
      m.kind === 'pronoun' ||
      (!BUILDING_OR_STREET.test(tokens[m.end]?.text ?? '') &&
        !(m.kind === 'agent' && (dwellingPlace(tokens, m) || heldAs(tokens, m, out[j - 1])))),
  );
  // "the Sea of Japan", "the Gulf of Aden", "the Strait of Hormuz": a body of water named after a
  // place is no actor, nor the place of one.
  return named.filter(
    (m) =>
      m.kind === 'pronoun' ||
      m.kind === 'agent' ||
      (!(
        m.start >= 2 &&
        tokens[m.start - 1]!.text === 'of' &&
        /^(?:Sea|Gulf|Bay|Strait|Straits|Straight)$/.test(tokens[m.start - 2]!.text)
      ) &&
        // "the South China Sea", "the Persian Gulf", "the Indian Ocean": a sea named after a country is none of its actors.
        !(m.kind === 'country' && /^(?:Sea|Ocean|Gulf)$/.test(tokens[m.end]?.text ?? '')) &&
        // "the Lusaka peace accord", "the Arusha talks": a town an agreement or talks are named after is no party to them.
        !(m.kind === 'country' && m.place && namesAccord(tokens, m.end)) &&
        !(m.kind === 'country' && namesShowOrPrize(tokens, m.end)) &&
        !(m.kind === 'country' && brandBefore(tokens, m, out)) &&
        !(m.kind === 'country' && amongOtherAbbreviations(tokens, m, out)) &&
        !isProductMaker(tokens, m)),
  );
}

/** Nouns of a building or a street that end a place's name ("Sports Authority Stadium"). */
const BUILDING_OR_STREET = /^(?:Stadium|Arena|Airport|Hotel|Museum|Memorial|Park|Square|Mall|Bridge|Street|Avenue|Boulevard|Road|Station)$/;

/**
 * "T-Mobile USA", "Coca-Cola USA", "Team USA": a country abbreviation right after a company, a
 * hyphenated brand or "Team" ends the name of a company or a team.
 */
function brandBefore(tokens: readonly Token[], m: ActorMention, mentions: readonly ActorMention[]): boolean {
  if (m.start === 0 || m.end !== m.start + 1 || !/^(?:USA|UK|US)$/.test(tokens[m.start]!.text)) return false;
  const prev = tokens[m.start - 1]!.text;
  const before = mentions.find((x) => x.end === m.start);
  if (before) return before.kind === 'organisation' && !!before.code?.endsWith('BUS');
  return prev === 'Team' || /^\p{Lu}\p{L}*-\p{Lu}\p{L}*$/u.test(prev);
}

/** The last word of a company's name ("Bank", "Airlines", "Corp"). */
const COMPANY_WORD = /^(?:Bank|Banking|Airlines|Airways|Corp|Corporation|Inc|Telecom|Petroleum|Steel|Motors|Holdings|Insurance)$/;

/**
 * "executives of Anglo Irish Bank Corp.", "China Construction Bank": a country or its demonym
 * inside a capitalised name that ends in a company's word names a company of that country.
 * Replaces those mentions in `out`.
 */
function companiesNamedAfterCountries(tokens: readonly Token[], out: ActorMention[]): void {
  for (let j = 0; j < out.length; j++) {
    const m = out[j]!;
    if (m.kind !== 'country' || m.place || m.end !== m.start + 1 || !m.code || m.code.length !== 3) continue;
    let k = m.end;
    while (k < m.end + 3 && isCapitalised(tokens[k]?.text ?? '') && !COMPANY_WORD.test(tokens[k]!.text)) k++;
    const next = out[j + 1];
    if (!COMPANY_WORD.test(tokens[k]?.text ?? '') || (next && next.start <= k)) continue;
    out[j] = { start: m.start, end: k + 1, kind: 'organisation', code: `${m.code}BUS`, sector: null, name: m.name };
  }
}

/** What people are held as ("held three Kenyan soldiers hostage"). */
const HELD_AS = /^(?:hostages?|captives?|prisoners?)$/;

/** Sectors of a state's servants, who stay so when held (others held are civilians, as CAMEO codes hostages). */
const STATE_SERVANTS = /^(?:MIL|COP|GOV|SPY|JUD|LEG)$/;

/** Whether a role noun right after a state's servants is what they are held as: the soldiers stay soldiers. */
function heldAs(tokens: readonly Token[], m: ActorMention, before: ActorMention | undefined): boolean {
  if (before?.kind !== 'agent' || before.end !== m.start || m.end !== m.start + 1) return false;
  return STATE_SERVANTS.test(before.sector ?? '') && HELD_AS.test(tokens[m.start]!.text.toLowerCase());
}

/** Role nouns that are also the places where their people live ("neighborhood", "settlement", "community"). */
const DWELLINGS = /^(?:neighbou?rhoods?|settlements?|community|communities)$/;
/** Prepositions of place before such a noun ("in the neighborhood", "out of the settlement"). */
const PLACE_BEFORE = new Set(['in', 'into', 'near', 'from', 'of', 'around', 'across', 'outside', 'inside', 'throughout', 'within']);
/** Words between such a preposition and the noun ("in the whole neighborhood"). */
const PLACE_DETERMINERS = new Set('the a an this that their our its his her my your local whole entire'.split(' '));

/**
 * "said nations in the neighborhood are willing to help": such a noun after a preposition of
 * place is where, not who.
 */
function dwellingPlace(tokens: readonly Token[], m: ActorMention): boolean {
  if (m.end !== m.start + 1 || !DWELLINGS.test(tokens[m.start]!.text.toLowerCase())) return false;
  let k = m.start - 1;
  while (k > 0 && PLACE_DETERMINERS.has(tokens[k]!.text.toLowerCase())) k--;
  return k < m.start - 1 && PLACE_BEFORE.has(tokens[k]?.text.toLowerCase() ?? '');
}

/** An abbreviation in capitals ("JPG", "PNG", "USA"). */
const ABBREVIATION = /^\p{Lu}{2,5}$/u;

/**
 * "JPG and PNG declined to comment": a country's abbreviation joined by "and", "or" or a comma to
 * another abbreviation that names no actor is one of a list of some other kind (file formats, firms).
 */
function amongOtherAbbreviations(tokens: readonly Token[], m: ActorMention, mentions: readonly ActorMention[]): boolean {
  if (m.end !== m.start + 1 || !ABBREVIATION.test(tokens[m.start]!.text)) return false;
  const other = (k: number) => ABBREVIATION.test(tokens[k]?.text ?? '') && !mentions.some((x) => x.start <= k && k < x.end);
  const joins = (w: string | undefined) => w === 'and' || w === 'or' || w === ',';
  return (joins(tokens[m.start - 1]?.text) && other(m.start - 2)) || (joins(tokens[m.end]?.text) && other(m.end + 1));
}

/** The last word of the name of a show, a contest or a prize ("the American Music Awards", "the French Open"). */
const SHOW_OR_PRIZE =
  /^(?:Awards?|Festival|Open|Cup|Games|Championships?|Idol|Prize|Grammys?|Oscars?|Marathon|Olympics|Expo|Fashion|Film|Music)$/;

/** Whether the capitalised words from `at` (one to three) name a show, a contest or a prize. */
function namesShowOrPrize(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 3 && isCapitalised(tokens[k]?.text ?? ''); k++) {
    if (SHOW_OR_PRIZE.test(tokens[k]!.text) && !isCapitalised(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/** Words after a town that make it the name of an accord or talks ("Lusaka peace accord", "the Oslo accords"). */
const ACCORD_KIND = /^(?:peace|ceasefire|cease-fire|truce|security|trade|border|power-sharing|framework)$/i;
const ACCORD =
  /^(?:accords?|agreements?|treaty|treaties|protocols?|process|talks|negotiations|conference|declaration|deal|plan|framework|summit|pact)$/i;

/** Whether the tokens from `at` name an accord or talks: an accord word, at most two kind words before it. */
function namesAccord(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 2 && ACCORD_KIND.test(tokens[k]?.text ?? '')) k++;
  return ACCORD.test(tokens[k]?.text ?? '');
}

/** A model number after a maker's name ("777", "A320", "C-130", "Su-25"); not a year. */
const MODEL_NUMBER = /^(?:[A-Z][A-Za-z]?-?)?\d{2,4}[A-Z]?$/;

/**
 * "The Malaysia Airlines Boeing 777", "a Lockheed C-130": a company named before a model number
 * names the make of a craft, not an actor; its operator, if the sentence names one, is.
 */
function isProductMaker(tokens: readonly Token[], m: ActorMention): boolean {
  if (m.kind !== 'organisation' || !m.code?.endsWith('BUS')) return false;
  const next = tokens[m.end]?.text ?? '';
  return MODEL_NUMBER.test(next) && !/^(?:19|20)\d\d$/.test(next);
}

const CROWDS = new Set(['thousands', 'hundreds', 'dozens']);
/** Words a counted crowd may follow as the subject of its clause ("Some thousands", "More than hundreds"). */
const CROWD_BEFORE = new Set(['about', 'some', 'nearly', 'around', 'almost', 'over', 'than', 'least', ',', '``', '"']);

/**
 * The tokens of a crowd named only by its count at `i` ("Thousands", "Tens of thousands",
 * "hundreds of thousands") when it opens a clause and a lower-case word other than "of" follows
 * it (its verb); else 0. "Thousands of workers" is the workers', and "killed thousands" an object.
 */
function crowdSubject(tokens: readonly Token[], i: number): number {
  const low = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  let end = i;
  if ((low(i) === 'tens' || low(i) === 'hundreds') && low(i + 1) === 'of' && low(i + 2) === 'thousands') end = i + 3;
  else if (CROWDS.has(low(i))) end = i + 1;
  else return 0;
  const next = tokens[end]?.text ?? '';
  if (low(end) === 'of' || !/^[a-z]+$/.test(next)) return 0;
  if (i > 0 && !CROWD_BEFORE.has(low(i - 1))) return 0;
  return end - i;
}
