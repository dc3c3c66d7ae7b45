import { postId, type Counts, type Post, type Reply, type Skipped } from '../../post';
import { parseXCard } from './card';
import type { XCollector } from './collector';
import { parseTwitterDate, snowflakeTime } from './dates';
import { parseXMedia } from './media';
import { arr, bool, clip, count, isHttpUrl, path, rec, restId, str, text, type JsonRecord } from './shape';
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

  const { linkCard, poll } = parseXCard(tweet, expander(tweet, legacy));
  const lang = language(str(legacy, 'lang'));
  const reply = replyTo(legacy);
  const counts = readCounts(tweet, legacy, out.now);
  const topic = communityName(tweet);
  return {
    id: postId('x', id),
    platform: 'x',
    nativeId: id,
    url: xStatusUrl(author.handle, id),
    author,
    text: body.text,
    entities: body.entities.slice(0, 500),
    ...(lang ? { lang } : {}),
    createdAt,
    sortAt: createdAt,
    media: parseXMedia(legacy),
    ...(linkCard ? { linkCard } : {}),
    ...(quotedPostId ? { quotedPostId } : {}),
    ...(reply ? { reply } : {}),
    ...(poll ? { poll } : {}),
    ...(counts ? { counts } : {}),
    edited: isEdited(tweet, id),
    sensitive: bool(legacy, 'possibly_sensitive') === true,
    ...(topic ? { topic } : {}),
    capture: out.capture,
  };
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
  const targets = new Map<string, string>();
  const lists = [
    arr(rec(legacy, 'entities'), 'urls'),
    arr(rec(path(tweet, ['note_tweet', 'note_tweet_results', 'result']), 'entity_set'), 'urls'),
  ];
  for (const item of lists.flatMap((list) => list ?? [])) {
    const tco = str(item, 'url');
    const expanded = str(item, 'expanded_url');
    if (tco && isHttpUrl(expanded)) targets.set(tco, expanded);
  }
  return (url) => targets.get(url) ?? url;
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
  return {
    ...(toId ? { toPostId: postId('x', toId) } : {}),
    ...(isXHandle(toHandle) ? { toHandle } : {}),
  };
}

function readCounts(tweet: JsonRecord, legacy: JsonRecord, now: number): Counts | undefined {
  const counts: Counts = { readAt: now };
  let known = false;
  const add = (key: Exclude<keyof Counts, 'readAt'>, value: number | undefined) => {
    if (value === undefined) return;
    counts[key] = value;
    known = true;
  };
  add('replies', count(legacy, 'reply_count'));
  add('reposts', count(legacy, 'retweet_count'));
  add('quotes', count(legacy, 'quote_count'));
  add('likes', count(legacy, 'favorite_count'));
  // A string ("2305"), and absent when the author hides it or X has none yet (state "Enabled").
  add('views', count(rec(tweet, 'views'), 'count'));
  add('bookmarks', count(legacy, 'bookmark_count'));
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
