/**
 * Words in `id` and `class` attributes that say what an element holds. Attribute values are cut
 * into words at spaces, `-`, `_` and lower-to-upper case changes (`articleBody` → article, body).
 */
import { ownCopy } from '../../text/own-copy.js';

/** Words that mark boilerplate: navigation, sharing, comments, promotion, page furniture. */
export const NEGATIVE_WORDS = new Set([
  'comment',
  'comments',
  'disqus',
  'respond',
  'reply',
  'replies',
  'footer',
  'foot',
  'sidebar',
  'side',
  'aside',
  'widget',
  'widgets',
  'related',
  'recommended',
  'recommendations',
  'recirc',
  'recirculation',
  'promo',
  'promos',
  'promotion',
  'sponsor',
  'sponsored',
  'advert',
  'advertisement',
  'advertising',
  'ad',
  'ads',
  'adsense',
  'dfp',
  'banner',
  'share',
  'sharing',
  'social',
  'sociable',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'popup',
  'modal',
  'overlay',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'masthead',
  'toolbar',
  'tags',
  'tag',
  'taglist',
  'bio',
  'byline',
  'meta',
  'metadata',
  'timestamp',
  'dateline',
  'caption',
  'credit',
  'credits',
  'print',
  'login',
  'register',
  'popular',
  'trending',
  'outbrain',
  'taboola',
  'skip',
  'rating',
  'vote',
  'poll',
  'disclaimer',
  'copyright',
  'legal',
  'more',
  'next',
  'prev',
  'previous',
  'follow',
  'author',
  'teaser',
  'teasers',
  'card',
  'cards',
  'feed',
  'rail',
  'sidebar1',
  'sidebar2',
  'secondary',
  'extra',
  'links',
  'list',
  'shoutbox',
  'sitemap',
  'hidden',
  'jump',
  'topbar',
  'header',
  'head',
  'hdr',
  'logo',
  'search',
  'alert',
  'cta',
  'form',
  'tools',
  'utility',
  'utilities',
  'complementary',
  'supplementary',
  'partner',
  'partners',
  'subnav',
  'slider',
  'carousel',
  'gallery',
  'thumbnail',
  'thumbnails',
  'thumb',
  'thumbs',
  'icon',
  'icons',
  'btn',
  'button',
  'badge',
  'label',
  'headline',
  'headlines',
  'community',
  'contact',
  'about',
  'profile',
  'avatar',
  'signature',
  'email',
  'emailthis',
  'rss',
  'tweet',
  'twitter',
  'facebook',
  'whatsapp',
  'linkedin',
  'pinterest',
  'reddit',
  'mail',
  'calendar',
  'weather',
  'stock',
  'ticker',
]);

/** Words that mark the article body. */
export const POSITIVE_WORDS = new Set([
  'article',
  'articles',
  'content',
  'entry',
  'post',
  'story',
  'text',
  'body',
  'main',
  'blog',
  'news',
  'prose',
  'rich',
  'richtext',
  'copy',
  'paragraph',
  'paragraphs',
  'column',
  'hentry',
  'page',
  'single',
  'detail',
  'details',
  'contents',
  'articlebody',
  'postbody',
  'storybody',
  'entrycontent',
  'maincontent',
  'bodytext',
  'longform',
  'markdown',
  'md',
]);

const SPLIT = /[^a-z0-9]+/;

const wordCache = new Map<string, string[]>();

/** Cuts an `id`/`class` value into lower-case words. */
export function hintWords(hint: string): string[] {
  if (hint.length === 0) return [];
  const cached = wordCache.get(hint);
  if (cached) return cached;
  // the cache outlives the page: neither the key nor the words may point into its HTML
  const own = ownCopy(hint);
  const words = splitHint(own);
  if (wordCache.size > 50_000) wordCache.clear();
  wordCache.set(own, words);
  return words;
}

function splitHint(hint: string): string[] {
  const spaced = hint.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.split(SPLIT).filter((w) => w.length > 0 && w.length < 30);
}

/** +1 for each positive word, -1 for each negative word (each word counted once). */
export function hintScore(rawHint: string): { pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  const seen = new Set<string>();
  for (const w of hintWords(rawHint)) {
    if (seen.has(w)) continue;
    seen.add(w);
    if (POSITIVE_WORDS.has(w)) pos++;
    else if (NEGATIVE_WORDS.has(w)) neg++;
  }
  return { pos, neg };
}
