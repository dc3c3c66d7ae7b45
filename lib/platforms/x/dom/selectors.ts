/**
 * Every CSS selector the X DOM parser reads, in one table. Each entry is an ordered list of
 * alternatives (the first that matches anything wins) with a one-line why. Only stable hooks:
 * `data-testid`, `role`, `aria-*`, `time[datetime]` and `href` shapes; never X's generated class
 * names (`css-…`, `r-…`) and never another extension's markup (MediaHarvest, Control Panel for
 * Twitter). tests/platforms/x/dom/selectors.test.ts asserts each entry's match count on every
 * saved page, so a change on x.com shows up as a changed number.
 */
import type { SelectorEntry } from '../../../kit/selectors';

export type { SelectorEntry } from '../../../kit/selectors';

export const X_DOM_SELECTORS = {
  article: {
    alternatives: ['article[data-testid="tweet"]'],
    why: 'one rendered post (timeline cell, focal post, reply); the photo modal root is a div with the same testid',
  },
  socialContext: {
    alternatives: ['[data-testid="socialContext"]'],
    why: 'the header line above the author ("<Name> reposted", "Pinned"), inside a link to the reposter',
  },
  userName: {
    alternatives: ['[data-testid="User-Name"]'],
    why: 'author block: first child holds the display name (+ emoji imgs, badges), second "@handle · time"',
  },
  avatar: {
    alternatives: ['[data-testid="Tweet-User-Avatar"]', '[data-testid^="UserAvatar-Container-"]'],
    why: 'profile picture wrapper of the author (a quote has its own); the container testid ends with the handle',
  },
  avatarContainer: {
    alternatives: ['[data-testid^="UserAvatar-Container-"]'],
    why: 'last resort for the handle: the testid suffix is the handle (X writes "unknown" when it has none)',
  },
  verified: {
    alternatives: ['[data-testid="icon-verified"]', 'svg[aria-label="Verified account"]'],
    why: 'the blue/gold/grey check next to the display name',
  },
  time: {
    alternatives: ['time[datetime]'],
    why: 'ISO timestamp of the post; in the outer post it sits inside the status permalink, in a quote it has no link',
  },
  statusLink: {
    alternatives: ['a[href*="/status/"]'],
    why: "permalinks /<handle>/status/<id> (+ /photo/n, /video/n, /analytics, /history); a quote's id is only here",
  },
  analyticsLink: {
    alternatives: ['a[href$="/analytics"]'],
    why: 'action-bar views link /<handle>/status/<id>/analytics: a second source of the id and the view count',
  },
  tweetText: {
    alternatives: ['[data-testid="tweetText"]'],
    why: 'the post body: spans of text, emoji imgs, and anchors for links, mentions, hashtags and cashtags',
  },
  showMore: {
    alternatives: ['[data-testid="tweet-text-show-more-link"]'],
    why: '"Show more" under a truncated long post; in a quote it is a link to the quoted status',
  },
  quote: {
    alternatives: ['[role="link"]:not(a)'],
    why: 'a quoted post is a focusable div role=link around a second User-Name (found with closest(), not queried)',
  },
  photo: {
    alternatives: ['[data-testid="tweetPhoto"]'],
    why: 'one media tile (photo, or the frame of a video/gif preview); the original URL is its img or background style',
  },
  video: {
    alternatives: ['[data-testid="videoPlayer"]', '[data-testid="previewInterstitial"]'],
    why: 'a playing video/gif (video[poster]) or the not-yet-played preview with its poster image',
  },
  card: {
    alternatives: ['[data-testid="card.wrapper"]'],
    why: 'the link preview card: an anchor to the target (t.co), title, domain and image',
  },
  cardSmallDetail: {
    alternatives: ['[data-testid="card.layoutSmall.detail"]'],
    why: 'small card layout: domain, title and description as separate spans (no aria-label on the anchor)',
  },
  actionBar: {
    alternatives: ['[role="group"][aria-label]'],
    why: 'action bar whose aria-label spells all counts in full ("15 replies, 1003 reposts, 8784 likes, …")',
  },
  replyButton: {
    alternatives: ['[data-testid="reply"]'],
    why: 'reply button, aria-label "15 Replies. Reply": fallback for the replies count',
  },
  repostButton: {
    alternatives: ['[data-testid="retweet"]', '[data-testid="unretweet"]'],
    why: 'repost button ("unretweet" once the user reposted), aria-label "1003 reposts. Repost"',
  },
  likeButton: {
    alternatives: ['[data-testid="like"]', '[data-testid="unlike"]'],
    why: 'like button ("unlike" once liked), aria-label "8784 Likes. Like"',
  },
  bookmarkButton: {
    alternatives: ['[data-testid="bookmark"]', '[data-testid="removeBookmark"]'],
    why: 'bookmark button; its aria-label carries a number only on some views ("427 Bookmarks. Bookmark")',
  },
  editedNotice: {
    alternatives: ['a[href$="/history"]', '[aria-label*="Last edited"]'],
    why: 'edited posts link to /status/<id>/history ("Last edited …"); the timeline hides it',
  },
} as const satisfies Record<string, SelectorEntry>;

export type XDomSelectorName = keyof typeof X_DOM_SELECTORS;
