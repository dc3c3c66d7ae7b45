import { z } from 'zod';
import { isHttpUrl } from './kit/http-url';
import { MAX_NATIVE_ID, type PostValidator } from './parse-result';
import type { CaptureSource } from './platforms/adapter';
import { PLATFORMS, type Platform } from './platforms/registry';

/**
 * The one normalized Post shape. Every capture source (network tap, page-embedded JSON, DOM)
 * of every platform produces exactly this; the store, the feed, search and export read only this.
 * Times are epoch milliseconds; text offsets are UTF-16 code-unit indices into `text`.
 */

export { PLATFORMS };
export type { Platform };
/** The networks of the registry (lib/platforms/registry.ts): the one list. */
export const platformSchema = z.enum(PLATFORMS);

/** Only http(s) URLs are ever stored as links: nothing else can become clickable later. */
export const httpUrlSchema = z.string().refine(isHttpUrl, 'must be an http(s) URL');

const epochMs = z.number().int().nonnegative();
const count = z.number().int().nonnegative();
const shortText = z.string().max(1000);

/**
 * A post id, `<platform>:<native id>`. Native ids run from X's 19 digits to a Bluesky at:// URI or
 * a Mastodon status URI (both global, so a post seen through two servers or two apps is one row).
 */
export { MAX_NATIVE_ID };
export const postIdSchema = z
  .string()
  .regex(new RegExp(`^(${PLATFORMS.join('|')}):[^\\s]{1,${MAX_NATIVE_ID}}$`));
/** An account's id on its network: X rest_id, Threads pk, a Bluesky DID, a Mastodon actor URI. */
const accountId = z.string().min(1).max(500);
/** A handle without the @: `jack`, `alice.bsky.social`, `user@mastodon.social` (up to a host's 253). */
const handle = z.string().min(1).max(300);

/** A Mastodon custom emoji: `:shortcode:` in text or a name is shown as this image, never as HTML. */
export const customEmojiSchema = z.object({
  shortcode: z.string().regex(/^[A-Za-z0-9_]{1,100}$/),
  url: httpUrlSchema,
});
export type CustomEmoji = z.infer<typeof customEmojiSchema>;
const emojis = z.array(customEmojiSchema).max(200);

export const authorSchema = z.object({
  /** The platform's own user id (X rest_id, Threads pk, Bluesky DID, Mastodon actor URI); absent when only the DOM was read. */
  id: accountId.optional(),
  /** The @handle without the @, as the platform spells it (Mastodon: always `user@host`). */
  handle,
  /** The display name. */
  name: z.string().max(200),
  /** Profile picture URL. */
  avatarUrl: httpUrlSchema.optional(),
  /** The platform shows a verified mark (X blue/business/government, Threads is_verified). */
  verified: z.boolean(),
  /** Custom emoji used in `name` (Mastodon). */
  emojis: emojis.optional(),
});
export type Author = z.infer<typeof authorSchema>;

/** A structured range of `text`: a link, an @mention, a #hashtag or a $cashtag. */
export const entitySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('link'),
    start: count,
    end: count,
    /** The expanded target URL (never a t.co or l.threads.com redirect when the target is known). */
    url: httpUrlSchema,
  }),
  z.object({
    kind: z.literal('mention'),
    start: count,
    end: count,
    /** Handle without the @. */
    handle,
    /** The mentioned user's native id, when the platform gives it. */
    userId: accountId.optional(),
  }),
  z.object({
    kind: z.literal('hashtag'),
    start: count,
    end: count,
    /** Tag without the #. */
    tag: z.string().min(1).max(280),
  }),
  z.object({
    kind: z.literal('cashtag'),
    start: count,
    end: count,
    /** Symbol without the $. */
    symbol: z.string().min(1).max(50),
  }),
]);
export type Entity = z.infer<typeof entitySchema>;

export const mediaSchema = z.object({
  /**
   * photo, video, gif (an X animated_gif, a Threads GIPHY attachment or a Mastodon gifv: looping
   * mp4s) or audio (Mastodon).
   */
  kind: z.enum(['photo', 'video', 'gif', 'audio']),
  /** The full-size photo, the best mp4 of a video/gif (a Bluesky video: its HLS playlist), the audio file. */
  url: httpUrlSchema,
  /** A still image: the video poster, or a smaller rendition of the photo. */
  previewUrl: httpUrlSchema.optional(),
  /** Pixel width of the original, when known. */
  width: count.optional(),
  /** Pixel height of the original, when known. */
  height: count.optional(),
  /** Video/gif duration in milliseconds, when known. */
  durationMs: count.optional(),
  /** The author's alt text / accessibility caption. */
  altText: z.string().max(5000).optional(),
});
export type Media = z.infer<typeof mediaSchema>;

export const linkCardSchema = z.object({
  /** The link's expanded target. */
  url: httpUrlSchema,
  /** Card title as the platform rendered it. */
  title: shortText.optional(),
  /** Card description. */
  description: z.string().max(2000).optional(),
  /** Card image. */
  imageUrl: httpUrlSchema.optional(),
  /** Display domain ("example.com"). */
  domain: z.string().max(255).optional(),
});
export type LinkCard = z.infer<typeof linkCardSchema>;

export const repostSchema = z.object({
  /** Id (`<platform>:<native id>`) of the original post, which is also stored as its own row. */
  originalId: postIdSchema,
  /** Who reposted it. */
  by: z.object({
    id: accountId.optional(),
    handle,
    name: z.string().max(200).optional(),
  }),
  /** When it was reposted, when the platform says. */
  at: epochMs.optional(),
});
export type Repost = z.infer<typeof repostSchema>;

export const replySchema = z.object({
  /** Id (`<platform>:<native id>`) of the post replied to, when known. */
  toPostId: postIdSchema.optional(),
  /** Handle of the author replied to, when known. */
  toHandle: handle.optional(),
  /** Id of the thread's first post, when the platform says (Bluesky reply root). */
  rootPostId: postIdSchema.optional(),
  /** The post replied to exists but cannot be shown (deleted, or a block between the accounts). */
  parentUnavailable: z.enum(['not-found', 'blocked']).optional(),
});
export type Reply = z.infer<typeof replySchema>;

export const pollSchema = z.object({
  /** The choices in display order, with their vote counts when the platform shows them. */
  choices: z
    .array(z.object({ label: shortText, votes: count.optional() }))
    .min(1)
    .max(10),
  /** When voting ends/ended. */
  endsAt: epochMs.optional(),
  /** Voting is over. */
  closed: z.boolean().optional(),
  /** Several choices may be picked (Mastodon). */
  multiple: z.boolean().optional(),
});
export type Poll = z.infer<typeof pollSchema>;

export const countsSchema = z.object({
  replies: count.optional(),
  reposts: count.optional(),
  quotes: count.optional(),
  likes: count.optional(),
  views: count.optional(),
  bookmarks: count.optional(),
  /** Threads "shares" (reshare_count). */
  shares: count.optional(),
  /** When these numbers were read: a newer reading replaces an older one, never the reverse. */
  readAt: epochMs,
});
export type Counts = z.infer<typeof countsSchema>;

export const captureSourceSchema = z.enum(['network', 'dom']) satisfies z.ZodType<CaptureSource>;

/**
 * Where a stored row came from: a capture source, or `sync`: the compact copy of a post the user
 * saved in another of their browsers (lib/sync), never captured in this one. Not a capture source:
 * a capture batch carrying it is refused (lib/store/ingest.ts), and any capture replaces the row.
 */
export const postSourceSchema = z.enum([...captureSourceSchema.options, 'sync']);

export const captureSchema = z.object({
  /** network: a parsed API response, a streamed event or page-embedded JSON; dom: read from rendered markup; sync: see postSourceSchema. */
  source: postSourceSchema,
  /** What it was read from: the operation or page kind ("HomeTimeline", "TweetDetail", "page"). */
  timeline: z.string().min(1).max(100),
  /** The page the user was on. */
  pageUrl: httpUrlSchema.optional(),
  /** First time Crossfeed saw this post (kept across re-captures). */
  firstSeenAt: epochMs,
  /** Latest time Crossfeed saw this post. */
  lastSeenAt: epochMs,
});
export type Capture = z.infer<typeof captureSchema>;

export const postSchema = z.object({
  /** Stable id: `<platform>:<native id>`. */
  id: postIdSchema,
  /** Which network it came from. */
  platform: platformSchema,
  /** The platform's own id (X rest_id, Threads pk, Bluesky at:// URI, Mastodon status URI). */
  nativeId: z.string().min(1).max(MAX_NATIVE_ID),
  /** Canonical permalink (`https://x.com/<handle>/status/<id>`, `https://www.threads.com/@<user>/post/<code>`). */
  url: httpUrlSchema,
  /** Who wrote it (for a repost: the original author). */
  author: authorSchema,
  /** The full plain text (long posts untruncated, entities decoded, redirect links expanded). */
  text: z.string().max(100_000),
  /** Links, mentions, hashtags and cashtags as ranges of `text`. */
  entities: z.array(entitySchema).max(500),
  /** BCP 47 language tag when the platform detected one ("en", "ja"). */
  lang: z.string().max(20).optional(),
  /** When the post was written. */
  createdAt: epochMs,
  /** Feed order: the repost time for reposts, else createdAt. */
  sortAt: epochMs,
  /** Photos, videos and gifs in display order. */
  media: z.array(mediaSchema).max(50),
  /** The link preview card, when the post has one. */
  linkCard: linkCardSchema.optional(),
  /** Id of the quoted post; the quoted post itself is stored as its own Post. */
  quotedPostId: postIdSchema.optional(),
  /**
   * The post quotes something that cannot be shown, and why: deleted or never found, a block,
   * detached by its author (Bluesky), or a Mastodon quote not (or no longer) approved.
   * The card shows a placeholder with the reason.
   */
  quoteUnavailable: z
    .enum([
      'not-found',
      'blocked',
      'detached',
      'pending',
      'rejected',
      'revoked',
      'deleted',
      'unauthorized',
      'muted',
    ])
    .optional(),
  /** Set when this row is a repost: the content above is the original's. */
  repost: repostSchema.optional(),
  /** Set when the post is a reply. */
  reply: replySchema.optional(),
  /** A poll attached to the post. */
  poll: pollSchema.optional(),
  /** Engagement numbers with the time they were read; absent when none were visible. */
  counts: countsSchema.optional(),
  /** The platform marks the post as edited (the text above is the latest version). */
  edited: z.boolean(),
  /** When it was last edited, when the platform says (Mastodon edited_at). */
  editedAt: epochMs.optional(),
  /** The platform flags the post or its media as sensitive: media stay hidden until clicked. */
  sensitive: z.boolean(),
  /** A content warning (Mastodon spoiler_text): the card stays collapsed behind it until opened. */
  contentWarning: shortText.optional(),
  /** Moderation label values as the network sent them (Bluesky `porn`, `graphic-media`, custom ones). */
  labels: z.array(z.string().min(1).max(128)).max(50).optional(),
  /** The author pinned it on their profile (seen in a profile feed). */
  pinned: z.boolean().optional(),
  /** Custom emoji used in `text` (Mastodon). */
  emojis: emojis.optional(),
  /**
   * The reader's own server's copy (Mastodon): a status has one global id but each server gives it
   * a local id and page, where the user can reply, boost and favourite with their own account.
   */
  local: z.object({ id: z.string().min(1).max(100), url: httpUrlSchema }).optional(),
  /** Server-side filters of the reader that matched (Mastodon): kept, and marked in the feed. */
  filtered: z
    .array(z.object({ title: shortText, action: z.enum(['warn', 'hide', 'blur']) }))
    .max(20)
    .optional(),
  /** X community or Threads topic tag the post was published in. */
  topic: z.string().max(200).optional(),
  /** Where and when it was captured. */
  capture: captureSchema,
});
export type Post = z.infer<typeof postSchema>;

/** Checks a parser's candidate against the Post schema: the post, or why it is not one. */
export const validatePost: PostValidator = (candidate) => {
  const result = postSchema.safeParse(candidate);
  if (result.success) return { post: result.data };
  const issue = result.error.issues[0];
  return { reason: 'invalid-post', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined };
};
