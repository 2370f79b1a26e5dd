/**
 * The outlet table: names that articles cite ("Reuters", "the Financial Times", "TASS") with the
 * outlet's domain, country and state-media label. Read from `models/sources/outlets.tsv`.
 */
import { readFileSync } from 'node:fs';
import { countriesNamed, countryOfIso2, findCountry } from '../../kb/kb.js';

/** State Media Monitor typology codes, spelt out. */
export const STATE_MEDIA_LABELS: Readonly<Record<string, string>> = {
  SC: 'state-controlled',
  CaPu: 'captured public or state-managed',
  CaPr: 'captured private',
  ISFM: 'independent state-funded and state-managed',
  'ISFM?': 'independent state-funded and state-managed',
  ISF: 'independent state-funded',
  ISM: 'independent state-managed',
  IP: 'independent public',
};

/** An outlet as the table knows it. */
export interface Outlet {
  readonly name: string;
  /**
   * Its domain, or null when outlets of several countries share the name ("Daily News", "ABC")
   * and nothing in the article tells which one it cites.
   */
  readonly domain: string | null;
  /** ISO 3166 alpha-3 code, or null when unknown. */
  readonly country: string | null;
  /** State Media Monitor typology code (`SC` for state-controlled …), when the outlet is in it. */
  readonly stateMedia?: { readonly typology: string; readonly label: string };
}

/** What an article tells about the outlets it cites. */
export interface OutletContext {
  /** The host of the article's page: a country's domain (`.au`, `.lk`) points to that country's outlet. */
  readonly host?: string | null;
  /** The countries the article is about (ISO 3166 alpha-3) with how often it mentions each. */
  readonly countries?: ReadonlyMap<string, number>;
}

interface Candidate extends Outlet {
  readonly domain: string;
  /** From the team's list: the outlet the name means when the article does not tell. */
  readonly curated: boolean;
}

let table: Map<string, Candidate[]> | null = null;
/** Every name of each domain, as the table lists them. */
let namesByDomain: Map<string, string[]> | null = null;
let longest = 1;
/** One-word names an outlet writes in lower case ("dpa"). */
const lowerCaseNames = new Set<string>();

function load(): Map<string, Candidate[]> {
  if (table) return table;
  table = new Map();
  namesByDomain = new Map();
  for (const line of readFileSync(new URL('../../../models/sources/outlets.tsv', import.meta.url), 'utf8').split('\n')) {
    const [name, domain, country, typology, origin] = line.split('\t');
    if (!name || !domain) continue;
    if (/^\p{Ll}\S*$/u.test(name)) lowerCaseNames.add(name);
    const outlet: Candidate = {
      name,
      domain,
      country: country ? country : null,
      ...(typology ? { stateMedia: { typology, label: STATE_MEDIA_LABELS[typology] ?? typology } } : {}),
      curated: origin === 'curated',
    };
    const names = namesByDomain.get(domain) ?? [];
    namesByDomain.set(domain, names);
    names.push(name);
    const key = keyOf(name);
    const list = table.get(key) ?? [];
    table.set(key, list);
    // Names that differ only by "the" or case are one name, with one outlet per country (the
    // team's, else the last line's); the team's outlets come first.
    const same = list.findIndex((o) => o.country === outlet.country);
    if (same >= 0 && list[same]!.curated && !outlet.curated) continue;
    if (same >= 0) list[same] = outlet;
    else if (outlet.curated) list.unshift(outlet);
    else list.push(outlet);
    longest = Math.max(longest, name.split(/\s+/).length);
  }
  return table;
}

/**
 * Whether a word is the whole name of an outlet that writes it in lower case, so that it stands
 * where a capitalised name would ("the German news agency dpa").
 *
 * @example
 * isLowerCaseOutletName('dpa'); // true
 * isLowerCaseOutletName('the'); // false
 */
export function isLowerCaseOutletName(word: string): boolean {
  load();
  return lowerCaseNames.has(word);
}

function keyOf(name: string): string {
  const words = name
    .replace(/\u2019/gu, "'")
    .replace(/'s$/u, '')
    .split(/\s+/);
  // Acronyms are matched as written (RT, AP), other names in any case and with or without "the".
  const key = words.join(' ');
  if (isAcronym(key)) return key;
  return key.toLowerCase().replace(/^the /, '');
}

function isAcronym(name: string): boolean {
  return /^[\p{Lu}\d]{2,6}$/u.test(name);
}

/** Words after an outlet's name that still name the outlet, a desk or a poll of it ("Reuters Television", "Bloomberg Politics"). */
const OUTLET_HEADS = new Set(
  (
    'News Agency Television TV Radio Online Service Channel Network English Arabic Spanish French International World ' +
    'Newspaper Magazine Politics Business Opinion Editorial Poll Fact'
  ).split(' '),
);

/** Words that carry a possessive on into the name of a party or a body ("People's Liberation Army"). */
const PARTY_HEADS = new Set(
  'Party Republic Liberation Army Front Movement Congress Council Union Alliance Assembly Court Bank Power Democratic Progressive National Militia Committee Commission Bloc League Mujahedin'.split(
    ' ',
  ),
);

/** Words that open a sentence or a phrase before an outlet's name ("A Washington Post editorial"). */
const LEAD_WORDS = new Set(
  'the a an this that these those its their his her our in on at by to for from with as and or but according said told says reported'.split(
    ' ',
  ),
);

/**
 * Whether the words `from`–`to` of a phrase are part of a longer name: "the National Weather Service",
 * "The Moscow Times", "the Times of India" are not The National, nor the Times. A capitalised word
 * before the name is allowed when it opens the phrase ("A", "According"), is a possessive ("Sri
 * Lanka's Daily News"), hyphenated ("Kremlin-backed RT") or a country ("British Guardian"); after
 * it, when it names the outlet's service ("Reuters Television") or follows a possessive.
 */
function insideLongerName(phrase: string, words: readonly RegExpMatchArray[], from: number, to: number): boolean {
  const adjacent = (a: RegExpMatchArray, b: RegExpMatchArray) => /^\s+$/.test(phrase.slice(a.index! + a[0].length, b.index));
  const next = words[to];
  // After a possessive the name has ended ("The Washington Post's Fact Checker", "BuzzFeed's
  // Smith") but for the names of parties and fronts ("Pakistan People's Party").
  const ended = /['\u2019]s$/u.test(words[to - 1]![0]) && !(next && PARTY_HEADS.has(next[0]));
  if (next && adjacent(words[to - 1]!, next) && !ended) {
    if (/^\p{Lu}/u.test(next[0]) && !OUTLET_HEADS.has(next[0])) return true;
    const after = words[to + 1];
    if (next[0] === 'of' && after && /^\p{Lu}/u.test(after[0])) return true;
  }
  const prev = words[from - 1]?.[0];
  if (prev && adjacent(words[from - 1]!, words[from]!) && /^\p{Lu}/u.test(prev)) {
    if (!LEAD_WORDS.has(prev.toLowerCase()) && !/['\u2019]s$/u.test(prev) && !prev.includes('-') && !findCountry(prev)) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.&'\u2019-]*/gu;

/** Outlets' one-word names that are common words too ("People", "Time", "Independent"). */
const COMMON_WORD_NAMES =
  /^(?:People|Time|Fortune|Mirror|Nation|Sun|Star|Post|Independent|Guardian|Observer|Express|Times|Globe|Hill|Atlantic|Spectator|Record|Herald|Tribune|Standard|Mail|Journal|Register|Sentinel|Economist)$/u;
/** Words that go on an outlet's name ("People magazine", "Time reported"). */
const OUTLET_NOUNS =
  /^(?:magazine|newspaper|paper|daily|weekly|news|website|reported|reports|said|says|quoted|quotes|wrote|writes|cited|cites|editorial|columnist|reporter|correspondent)$/u;

/**
 * The outlet a phrase names, or that a phrase contains ("a column in the Financial Times"). Where
 * outlets of several countries share the name, the one of a country the phrase names ("Sri
 * Lanka's Daily News") is taken, else the one of the country of the article's domain, else the
 * one of the country the article mentions most, else the one the team's list gives for the name
 * ("ABC" is ABC News); failing all of them the outlet has a name and no domain.
 *
 * @example
 * findOutlet('the Financial Times')?.domain; // 'ft.com'
 * findOutlet('TASS')?.stateMedia?.typology;  // 'SC'
 * findOutlet("Australia's ABC")?.domain;      // 'abc.net.au'
 * findOutlet('ABC', { host: 'www.abc.es' })?.country; // 'ESP'
 */
export function findOutlet(
  phrase: string,
  context: OutletContext = {},
): (Outlet & { readonly start: number; readonly end: number }) | null {
  const t = load();
  const words = [...phrase.matchAll(WORD)];
  for (let n = Math.min(longest, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const first = words[i]!;
      const last = words[i + n - 1]!;
      const start = first.index;
      const end = last.index + last[0].length;
      const surface = phrase.slice(start, end).replace(/[\u2019']s$/u, '');
      // ("The RIA news agency": the acronym as written, not the name "Ria" with "the")
      if (n === 2 && /^the$/iu.test(first[0]) && isAcronym(last[0])) continue;
      const key = keyOf(surface);
      const candidates = t.get(key);
      // A name starts with a capital (or a digit): "the times" in running text is no outlet, unless
      // the outlet writes itself in lower case ("dpa").
      const lowerName = candidates?.some((c) => c.name === surface) ?? false;
      if (!/^[\p{Lu}\d]/u.test(surface) && !lowerName) continue;
      if (!candidates || !(lowerName || casedLike(surface, candidates[0]!.name))) continue;
      if (!isAcronym(key) && insideLongerName(phrase, words, i, i + n)) continue;
      // ("People familiar with the matter", "Independent analysts": a common noun or adjective that
      // opens a phrase going on in lower case, not the magazine or the newspaper)
      if (n === 1 && i === 0 && COMMON_WORD_NAMES.test(surface) && /^\p{Ll}/u.test(words[1]?.[0] ?? '') && !OUTLET_NOUNS.test(words[1]![0]))
        continue;
      const outlet =
        candidates.length === 1 ? candidates[0]! : choose(candidates, surface, phrase.slice(0, start) + phrase.slice(end), context);
      return { ...outletFields(outlet), start, end: start + surface.length };
    }
  }
  return null;
}

/** A state's media named by what they are, not by a name: "state television", "Russian state media", "the state news agency". */
const STATE_MEDIA =
  /^(?:the\s+)?(?:(\p{Lu}[\p{L}-]+)\s+)?state(?:-run|-owned|-controlled)?\s+(?:television|tv|media|broadcaster|radio|news\s+agency)$/iu;

/**
 * A state's media named by what they are ("state television", "Russian state media"), as an outlet
 * with no domain: state-controlled, of the country a nationality in the words names, else of
 * `country` (the speaker's, say); null for words that name no state's media.
 *
 * @example
 * stateMediaNamed('state television', 'RUS'); // { name: 'state television', domain: null, country: 'RUS', stateMedia: { typology: 'SC', … } }
 * stateMediaNamed('Iranian state TV')?.country; // 'IRN'
 */
export function stateMediaNamed(words: string, country: string | null = null): Outlet | null {
  const m = STATE_MEDIA.exec(words.trim());
  if (!m) return null;
  const named = m[1] ? (countriesNamed([m[1]])[0]?.iso3 ?? null) : null;
  return {
    name: words.trim().replace(/^the\s+/iu, ''),
    domain: null,
    country: named ?? country,
    stateMedia: { typology: 'SC', label: STATE_MEDIA_LABELS.SC! },
  };
}

/**
 * The outlet a name is, whole: "Global Times", not the "Times" in "Times Square Alliance".
 *
 * @example
 * wholeOutlet('Global Times')?.domain; // 'globaltimes.cn'
 * wholeOutlet('Times Square Alliance'); // null
 */
export function wholeOutlet(name: string, context: OutletContext = {}): ReturnType<typeof findOutlet> {
  const o = findOutlet(name, context);
  return o && o.start === 0 && o.end === name.length ? o : null;
}

/**
 * The other names of the outlet a name is, as the table lists them ("AP": "Associated Press", "The
 * Associated Press"), or none when the name is no outlet's or outlets of several countries share it.
 *
 * @example
 * outletNames('AFP'); // ['AFP', 'Agence France Presse', 'Agence France-Presse']
 */
export function outletNames(name: string): readonly string[] {
  const candidates = load().get(keyOf(name));
  if (candidates?.length !== 1) return [];
  return namesByDomain!.get(candidates[0]!.domain) ?? [];
}

/**
 * Whether a name's first word (after "the") has its capital in the phrase as well: "The star said"
 * and "the paper reported" cite no outlet, "the Mehr news agency" cites the Mehr News Agency.
 */
function casedLike(surface: string, name: string): boolean {
  const said = surface.replace(/^the\s+/i, '');
  const listed = name.replace(/^the\s+/i, '');
  return !/^\p{Lu}/u.test(listed) || /^[\p{Lu}\d]/u.test(said);
}

/** The outlet the context points to among several of one name, or one with the name alone. */
function choose(candidates: readonly Candidate[], surface: string, rest: string, context: OutletContext): Outlet {
  const named = new Set(countriesNamed([...rest.matchAll(WORD)].map((m) => m[0])).map((c) => c.iso3));
  let left = candidates.filter((c) => c.country !== null && named.has(c.country));
  if (left.length === 0) {
    const home = context.host ? hostCountry(context.host) : null;
    left = candidates.filter((c) => c.country === home);
  }
  if (left.length === 0 && context.countries) {
    let most = 0;
    for (const c of candidates) most = Math.max(most, context.countries.get(c.country ?? '') ?? 0);
    if (most > 0) left = candidates.filter((c) => context.countries!.get(c.country ?? '') === most);
  }
  if (left.length !== 1) left = (left.length > 0 ? left : candidates).filter((c) => c.curated);
  if (left.length === 1) return left[0]!;
  // named as the team's list or the article names it ("The Star", not the Turkish "Star")
  const name =
    candidates.find((c) => c.curated)?.name ?? candidates.find((c) => c.name.toLowerCase() === surface.toLowerCase())?.name ?? surface;
  return { name, domain: null, country: null };
}

/** The country of a host's country-code domain (`abc.net.au` → AUS), or null. */
function hostCountry(host: string): string | null {
  const tld = host.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  if (tld.length !== 2) return null;
  return countryOfIso2(tld === 'uk' ? 'GB' : tld.toUpperCase())?.iso3 ?? null;
}

/** An outlet's own fields, without a match's offsets or the table's flags. @internal */
export function outletFields(o: Outlet): Outlet {
  return { name: o.name, domain: o.domain, country: o.country, ...(o.stateMedia ? { stateMedia: o.stateMedia } : {}) };
}
