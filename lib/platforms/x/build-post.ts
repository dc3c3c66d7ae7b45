import type { Counts, Post, Reply } from '../../post';
import { postId, type Skipped } from '../../parse-result';
import { parseXCard } from './card';
import type { XCollector } from './collector';
import { parseTwitterDate, snowflakeTime } from './dates';
import { parseXMedia } from './media';
import {
  arr,
  bool,
  clip,
  count,
  isHttpUrl,
  path,
  rec,
  str,
  text,
  type JsonRecord,
} from '../../kit/json-read';
import { restId } from './ids';
import { X_SKIP } from './skip-reasons';
import { buildText, displayRange, type BuiltText } from './text';
import { isXHandle, xStatusUrl } from './urls';
import { parseXUser } from './user';

/** One readable tweet object (already unwrapped) as a Post, or why not. */
export function buildXPost(
  tweet: JsonRecord,
  out: XCollector,
  quotedPostId: string | undefined,
): Post | Skipped {
  const legacy = rec(tweet, 'legacy');
  const id = restId(tweet, 'rest_id') ?? restId(legacy, 'id_str');
  if (!id) return { reason: X_SKIP.invalidPost, detail: 'no rest_id' };
  if (!legacy) return { reason: X_SKIP.invalidPost, detail: `${id}: no legacy` };
  const author = parseXUser(path(tweet, ['core', 'user_results', 'result']));
  if (!author) return { reason: X_SKIP.noAuthor, detail: id };
  const createdAt = parseTwitterDate(str(legacy, 'created_at')) ?? snowflakeTime(id);
  if (createdAt === undefined) return { reason: X_SKIP.invalidPost, detail: `${id}: no created_at` };
  const body = postText(tweet, legacy);
  if (!body) return { reason: X_SKIP.invalidPost, detail: `${id}: no text` };

  const post: Post = {
    id: postId('x', id),
    platform: 'x',
    nativeId: id,
    url: xStatusUrl(author.handle, id),
    author,
    text: body.text,
    entities: body.entities.length > 500 ? body.entities.slice(0, 500) : body.entities,
    createdAt,
    sortAt: createdAt,
    media: parseXMedia(legacy),
    edited: isEdited(tweet, id),
    sensitive: bool(legacy, 'possibly_sensitive') === true,
    capture: out.capture,
  };
  // Optional fields are set only when present (never as `undefined`). Assigning them one by one
  // rather than spreading `...(x ? { x } : {})` allocates a tenth as much on the page's thread.
  const lang = language(str(legacy, 'lang'));
  if (lang) post.lang = lang;
  const { linkCard, poll } = parseXCard(tweet, expander(tweet, legacy));
  if (linkCard) post.linkCard = linkCard;
  if (poll) post.poll = poll;
  if (quotedPostId) post.quotedPostId = quotedPostId;
  const reply = replyTo(legacy);
  if (reply) post.reply = reply;
  const counts = readCounts(tweet, legacy, out.now);
  if (counts) post.counts = counts;
  const topic = communityName(tweet);
  if (topic) post.topic = topic;
  return post;
}

/**
 * The full text: a long post's `note_tweet` (legacy.full_text is cut at ~280 there) with its own
 * entity_set, else `full_text` within `display_text_range`. Media links are dropped from either.
 */
function postText(tweet: JsonRecord, legacy: JsonRecord): BuiltText | undefined {
  const media = arr(rec(legacy, 'extended_entities'), 'media') ?? arr(rec(legacy, 'entities'), 'media');
  const note = path(tweet, ['note_tweet', 'note_tweet_results', 'result']);
  const noteText = str(note, 'text');
  if (noteText !== undefined) {
    const set = rec(note, 'entity_set');
    return buildText(noteText, undefined, { ...entityLists(set), media });
  }
  const fullText = str(legacy, 'full_text');
  if (fullText === undefined) return undefined;
  return buildText(fullText, displayRange(legacy.display_text_range), {
    ...entityLists(rec(legacy, 'entities')),
    media,
  });
}

function entityLists(set: JsonRecord | undefined) {
  return {
    urls: set?.urls,
    user_mentions: set?.user_mentions,
    hashtags: set?.hashtags,
    symbols: set?.symbols,
  };
}

/** Cards carry t.co links; the tweet's url entities say where they go. */
function expander(tweet: JsonRecord, legacy: JsonRecord): (url: string) => string {
  // A long post's own entities first (they cover its whole text); only cards ask, and rarely.
  const lists = [
    arr(rec(path(tweet, ['note_tweet', 'note_tweet_results', 'result']), 'entity_set'), 'urls'),
    arr(rec(legacy, 'entities'), 'urls'),
  ];
  return (url) => {
    for (const list of lists) {
      for (const item of list ?? []) {
        if (str(item, 'url') !== url) continue;
        const expanded = str(item, 'expanded_url');
        if (isHttpUrl(expanded)) return expanded;
      }
    }
    return url;
  };
}

/**
 * X's `lang` is BCP 47 for real languages, plus codes that are not languages: "und" (undetermined),
 * "zxx" (no linguistic content: only media or links) and "q…" private-use codes (qme = media only,
 * qht = hashtags only, qam = mentions only, qct = cashtags only, qst = very short). Those are
 * omitted: a language filter must not offer "qme". Twitter's legacy "in"/"iw" become "id"/"he".
 */
function language(lang: string | undefined): string | undefined {
  if (!lang || lang === 'und' || lang === 'zxx' || /^q[a-t][a-z]$/.test(lang)) return undefined;
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(lang)) return undefined;
  return lang === 'in' ? 'id' : lang === 'iw' ? 'he' : lang;
}

function replyTo(legacy: JsonRecord): Reply | undefined {
  const toId = restId(legacy, 'in_reply_to_status_id_str');
  const toHandle = str(legacy, 'in_reply_to_screen_name');
  if (!toId && !isXHandle(toHandle)) return undefined;
  const reply: Reply = {};
  if (toId) reply.toPostId = postId('x', toId);
  if (isXHandle(toHandle)) reply.toHandle = toHandle;
  return reply;
}

const LEGACY_COUNTS: ReadonlyArray<readonly [Exclude<keyof Counts, 'readAt' | 'views'>, string]> = [
  ['replies', 'reply_count'],
  ['reposts', 'retweet_count'],
  ['quotes', 'quote_count'],
  ['likes', 'favorite_count'],
  ['bookmarks', 'bookmark_count'],
];

function readCounts(tweet: JsonRecord, legacy: JsonRecord, now: number): Counts | undefined {
  const counts: Counts = { readAt: now };
  let known = false;
  for (const [key, field] of LEGACY_COUNTS) {
    const value = count(legacy, field);
    if (value === undefined) continue;
    counts[key] = value;
    known = true;
  }
  // A string ("2305"), and absent when the author hides it or X has none yet (state "Enabled").
  const views = count(rec(tweet, 'views'), 'count');
  if (views !== undefined) {
    counts.views = views;
    known = true;
  }
  return known ? counts : undefined;
}

/**
 * Edited means the edit chain has more than one version: `edit_control.edit_tweet_ids` (on the
 * first version) or `edit_control.edit_control_initial.edit_tweet_ids` (on later versions, which
 * also name `initial_tweet_id`). `is_edit_eligible` and `edits_remaining` only say the post *could*
 * be edited (every recent post of a Premium author) and never mark an edit by themselves.
 */
function isEdited(tweet: JsonRecord, id: string): boolean {
  const control = rec(tweet, 'edit_control');
  const ids = arr(control, 'edit_tweet_ids') ?? arr(rec(control, 'edit_control_initial'), 'edit_tweet_ids');
  if (ids && ids.length > 1) return true;
  const initial = restId(control, 'initial_tweet_id');
  return initial !== undefined && initial !== id;
}

/**
 * The Community a post was published in. The tweet's own `community_results` often carries only the
 * id; the name then sits in `author_community_relationship` for the same community id.
 */
function communityName(tweet: JsonRecord): string | undefined {
  const community = path(tweet, ['community_results', 'result']);
  const own = text(community, 'name');
  if (own) return clip(own, 200);
  const related = path(tweet, ['author_community_relationship', 'community_results', 'result']);
  const id = str(community, 'id_str');
  if (!id || str(related, 'id_str') !== id) return undefined;
  return clip(text(related, 'name'), 200);
}
