/**
 * The country an article is about, for actors its sentences name by role only ("the government",
 * "troops", "a ministry spokesman"): the country of the dateline, else the one the sentences before
 * name most often.
 */
import { findCountry } from '../../kb/kb.js';
import type { Sentence } from '../tokenize/tokenize.js';
import { datelineEnd, findActorMentions } from './actors.js';

/** Country codes of the actors a span of tokens names (people and bodies by their country). */
function countriesNamed(text: string, sentence: Sentence, end: number, date: string | undefined): string[] {
  const out: string[] = [];
  for (const m of findActorMentions(text, sentence.tokens.slice(0, end), date)) {
    const c = m.code?.slice(0, 3);
    if (c && /^[A-Z]{3}$/.test(c) && findCountry(c)) out.push(c);
  }
  return out;
}

/** Reads an article's sentences in order and says which country its role-only actors belong to. */
export class ArticleCountry {
  private readonly counts = new Map<string, number>();
  private dateline: string | null | undefined;
  private read = 0;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly date: string | undefined,
  ) {}

  /**
   * The country the dateline names ("BELGRADE, Serbia (AP) —" → `SRB`), or null.
   *
   * @example
   * const text = 'KABUL (Reuters) - Police detained 12 people.';
   * new ArticleCountry(text, splitSentences(text), undefined).datelined(); // 'AFG'
   */
  datelined(): string | null {
    if (this.dateline === undefined) {
      const first = this.sentences[0];
      const at = first ? datelineEnd(first.tokens) : 0;
      this.dateline = at > 0 ? (countriesNamed(this.text, first!, at - 1, this.date)[0] ?? null) : null;
    }
    return this.dateline;
  }

  /**
   * The country for a role-only actor of sentence `index`: the dateline's ("KABUL (Reuters) -"),
   * else the one the earlier sentences name most, when it is named at least twice or is the only
   * one named; null if none.
   *
   * @example
   * const text = 'Kenya held elections. Kenya counted votes. Troops fired.';
   * new ArticleCountry(text, splitSentences(text), undefined).before(2); // 'KEN'
   */
  before(index: number): string | null {
    const dateline = this.datelined();
    for (; this.read < index; this.read++) {
      const s = this.sentences[this.read]!;
      for (const c of countriesNamed(this.text, s, s.tokens.length, this.date)) this.counts.set(c, (this.counts.get(c) ?? 0) + 1);
    }
    if (dateline) return dateline;
    let best: string | null = null;
    let most = 0;
    for (const [c, k] of this.counts) {
      if (k > most) [best, most] = [c, k];
    }
    return best && (most >= 2 || this.counts.size === 1) ? best : null;
  }
}
