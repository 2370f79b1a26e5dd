/**
 * Entity types, tag schemes and conversions between tag sequences and spans.
 *
 * The tagger decodes in BILOU (begin, inside, last, unit) internally and prints IOB2.
 */

/** The CoNLL-2003 entity types, in label order. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A typed token span `[start, end)` within one sentence. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** A tag scheme over {@link ENTITY_TYPES}: label 0 is `O`, the others are `prefix-type`. */
export interface TagScheme {
  readonly name: 'bilou' | 'iob2';
  /** Label names, e.g. `['O', 'B-PER', …]`. */
  readonly labels: readonly string[];
  /** `allowed[prev * n + cur]`; `prev = n` stands for the sentence start. */
  readonly allowed: Uint8Array;
  /** Labels that may end a sentence. */
  readonly final: Uint8Array;
  /** For label `y`, the labels that may precede it: `predecessors[predecessorStart[y] .. predecessorStart[y + 1])`. */
  readonly predecessors: Int32Array;
  readonly predecessorStart: Int32Array;
  /** Labels for a sentence of `length` tokens carrying `spans` (non-overlapping, sorted). */
  encode(spans: readonly TokenSpan[], length: number): Int32Array;
  /** The entity spans a label sequence describes (its first `length` labels, default all). */
  decode(labels: ArrayLike<number>, length?: number): TokenSpan[];
}

const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

const PREFIX_CODES = ['O', 'B', 'I', 'L', 'U'];
const [O, B, , L, U] = [0, 1, 2, 3, 4];

function buildScheme(name: 'bilou' | 'iob2'): TagScheme {
  const prefixes = name === 'bilou' ? ['B', 'I', 'L', 'U'] : ['B', 'I'];
  const k = prefixes.length;
  const labels = ['O'];
  for (const t of ENTITY_TYPES) for (const p of prefixes) labels.push(`${p}-${t}`);
  const n = labels.length;
  const part = (label: number): [string, number] => (label === 0 ? ['O', -1] : [prefixes[(label - 1) % k]!, Math.floor((label - 1) / k)]);
  // "open" means the previous label leaves an entity that must continue.
  const opens = (p: string) => (name === 'bilou' ? p === 'B' || p === 'I' : false);
  const continues = (p: string) => (name === 'bilou' ? p === 'I' || p === 'L' : p === 'I');
  const allowed = new Uint8Array((n + 1) * n);
  const final = new Uint8Array(n);
  for (let prev = 0; prev <= n; prev++) {
    const [pp, pt] = prev === n ? ['O', -1] : part(prev);
    for (let cur = 0; cur < n; cur++) {
      const [cp, ct] = part(cur);
      const ok = name === 'bilou' ? (opens(pp) ? continues(cp) && ct === pt : !continues(cp)) : !continues(cp) || (pp !== 'O' && pt === ct);
      allowed[prev * n + cur] = ok ? 1 : 0;
    }
  }
  for (let cur = 0; cur < n; cur++) final[cur] = opens(part(cur)[0]) ? 0 : 1;
  const predecessors: number[] = [];
  const predecessorStart = new Int32Array(n + 1);
  for (let cur = 0; cur < n; cur++) {
    predecessorStart[cur] = predecessors.length;
    for (let prev = 0; prev < n; prev++) if (allowed[prev * n + cur]) predecessors.push(prev);
  }
  predecessorStart[n] = predecessors.length;
  const label = (prefix: number, type: EntityType) => 1 + TYPE_INDEX.get(type)! * k + prefix;
  // Each label's prefix (as an index into PREFIX_CODES) and type index, for decoding.
  const prefixOf = Int8Array.from(labels, (_, y) => PREFIX_CODES.indexOf(part(y)[0]));
  const typeOf = Int8Array.from(labels, (_, y) => part(y)[1]);

  return {
    name,
    labels,
    allowed,
    final,
    predecessors: Int32Array.from(predecessors),
    predecessorStart,
    encode(spans, length) {
      const out = new Int32Array(length);
      for (const s of spans) {
        const len = s.end - s.start;
        if (name === 'bilou' && len === 1) {
          out[s.start] = label(3, s.type);
          continue;
        }
        out[s.start] = label(0, s.type);
        for (let i = s.start + 1; i < s.end; i++) out[i] = label(name === 'bilou' && i === s.end - 1 ? 2 : 1, s.type);
      }
      return out;
    },
    decode(seq, length = seq.length) {
      const spans: TokenSpan[] = [];
      let start = -1;
      let type = -1;
      for (let i = 0; i < length; i++) {
        const y = seq[i]!;
        const p = prefixOf[y]!;
        const t = typeOf[y]!;
        if (p === O || p === B || p === U || start < 0 || t !== type) {
          if (start >= 0) spans.push({ start, end: i, type: ENTITY_TYPES[type]! });
          start = p === O ? -1 : i;
          type = t;
        }
        if (p === U || p === L) {
          spans.push({ start, end: i + 1, type: ENTITY_TYPES[type]! });
          start = -1;
        }
      }
      if (start >= 0) spans.push({ start, end: length, type: ENTITY_TYPES[type]! });
      return spans;
    },
  };
}

/** BILOU over the four types: 17 labels. */
export const BILOU: TagScheme = buildScheme('bilou');
/** IOB2 over the four types: 9 labels. */
export const IOB2: TagScheme = buildScheme('iob2');

/**
 * Reads entity spans from tags in IOB1, IOB2, IOBES or BILOU, with conlleval's rules: an entity
 * starts at `B-`/`S-`/`U-`, or at an `I-`/`E-`/`L-` whose type differs from the previous tag's.
 * Unknown types are dropped.
 *
 * @example
 * spansFromTags(['B-PER', 'I-PER', 'O', 'I-LOC']);
 * // [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number) => {
    if (start >= 0 && TYPE_INDEX.has(type)) spans.push({ start, end, type: type as EntityType });
    start = -1;
    type = '';
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === 'O' || tag === '-' || tag === '_' || tag.length < 3 || tag[1] !== '-') {
      close(i);
      continue;
    }
    const p = tag[0]!;
    const t = tag.slice(2);
    if (p === 'B' || p === 'S' || p === 'U' || start < 0 || t !== type) {
      close(i);
      start = i;
      type = t;
    }
    if (p === 'S' || p === 'U' || p === 'E' || p === 'L') close(i + 1);
  }
  close(tags.length);
  return spans;
}

/**
 * Writes spans as IOB2 tags.
 *
 * @example
 * tagsFromSpans([{ start: 1, end: 3, type: 'ORG' }], 4); // ['O', 'B-ORG', 'I-ORG', 'O']
 */
export function tagsFromSpans(spans: readonly TokenSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    tags[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end; i++) tags[i] = `I-${s.type}`;
  }
  return tags;
}
