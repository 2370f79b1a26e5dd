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

/** Groups of `id`/`class` words, each one bit of {@link HintFacts.groups} (features of the body classifier). */
const HINT_GROUPS: ReadonlyArray<readonly string[]> = [
  ['comment', 'comments', 'disqus', 'respond', 'reply', 'replies', 'discussion'],
  ['footer', 'foot', 'copyright', 'legal', 'disclaimer'],
  ['sidebar', 'side', 'aside', 'rail', 'widget', 'widgets', 'secondary', 'complementary'],
  ['related', 'recommended', 'recommendations', 'recirc', 'more', 'popular', 'trending', 'teaser', 'teasers', 'read', 'next'],
  ['share', 'sharing', 'social', 'sociable', 'facebook', 'twitter', 'tweet', 'whatsapp', 'linkedin', 'pinterest', 'email'],
  ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'subnav', 'toolbar', 'skip'],
  ['header', 'head', 'masthead', 'topbar', 'hdr', 'logo', 'brand'],
  ['caption', 'credit', 'credits', 'figcaption', 'wp', 'photo', 'image', 'img', 'media', 'gallery', 'figure'],
  ['author', 'byline', 'bio', 'profile', 'avatar', 'writer', 'contributor'],
  [
    'ad',
    'ads',
    'advert',
    'advertisement',
    'advertising',
    'adsense',
    'dfp',
    'promo',
    'promos',
    'promotion',
    'sponsor',
    'sponsored',
    'banner',
    'outbrain',
    'taboola',
  ],
  ['tag', 'tags', 'taglist', 'category', 'categories', 'topics', 'keywords', 'filed'],
  [
    'newsletter',
    'subscribe',
    'subscription',
    'signup',
    'register',
    'login',
    'cta',
    'paywall',
    'membership',
    'cookie',
    'consent',
    'gdpr',
    'popup',
    'modal',
  ],
  ['article', 'articles', 'articlebody', 'story', 'storybody', 'post', 'postbody', 'entry', 'hentry', 'blog'],
  [
    'content',
    'contents',
    'body',
    'text',
    'bodytext',
    'prose',
    'rich',
    'richtext',
    'copy',
    'markdown',
    'main',
    'maincontent',
    'entrycontent',
  ],
  ['title', 'headline', 'heading', 'hed', 'dek', 'subtitle', 'subhead', 'standfirst', 'summary', 'lede', 'intro'],
  ['date', 'time', 'timestamp', 'meta', 'metadata', 'dateline', 'published', 'updated', 'info'],
  ['hidden', 'hide', 'sr', 'only', 'visually', 'print', 'noprint', 'offscreen'],
  ['list', 'item', 'items', 'card', 'cards', 'grid', 'feed', 'stream', 'tile', 'tiles'],
];
const GROUP_OF = new Map<string, number>();
HINT_GROUPS.forEach((words, g) => {
  for (const w of words) if (!GROUP_OF.has(w)) GROUP_OF.set(w, g);
});

/** How many bits {@link HintFacts.groups} has. */
export const HINT_GROUP_COUNT = HINT_GROUPS.length;

/** What an `id`/`class` value says, worked out once per distinct value. */
export interface HintFacts {
  /** Distinct positive and negative words. */
  readonly pos: number;
  readonly neg: number;
  /** One bit per group of {@link HINT_GROUPS} with a word in the value. */
  readonly groups: number;
}

const NO_HINT: HintFacts = { pos: 0, neg: 0, groups: 0 };
const factsCache = new Map<string, HintFacts>();

/** The facts of an `id`/`class` value (cached: values repeat within and across the pages of a site). */
export function hintFacts(hint: string): HintFacts {
  if (hint.length === 0) return NO_HINT;
  const cached = factsCache.get(hint);
  if (cached) return cached;
  // the cache outlives the page: neither the key nor the words may point into its HTML
  const own = ownCopy(hint);
  const facts = factsOf(splitHint(own));
  if (factsCache.size > 50_000) factsCache.clear();
  factsCache.set(own, facts);
  return facts;
}

function splitHint(hint: string): string[] {
  const spaced = hint.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.split(SPLIT).filter((w) => w.length > 0 && w.length < 30);
}

function factsOf(words: readonly string[]): HintFacts {
  let pos = 0;
  let neg = 0;
  let groups = 0;
  const seen = new Set<string>();
  for (const w of words) {
    const g = GROUP_OF.get(w);
    if (g !== undefined) groups |= 1 << g;
    if (seen.has(w)) continue;
    seen.add(w);
    if (POSITIVE_WORDS.has(w)) pos++;
    else if (NEGATIVE_WORDS.has(w)) neg++;
  }
  return { pos, neg, groups };
}
