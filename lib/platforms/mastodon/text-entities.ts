import type { Entity } from '../../post';
import { asArray, isHttpUrl, str, text } from '../../kit/json-read';
import { accountHandle } from './account';
import type { ContentAnchor, ContentText } from './content-text';
import { hostOf } from './context';
import { hasToken } from './token-list';

/** A status's `mentions[]` entry, resolved: the account's full handle and its profile URL. */
export interface MentionRef {
  handle: string;
  /** Lowercased `acct` and `username`, for anchors matched by their text. */
  acct: string;
  username: string | undefined;
  url: string | undefined;
  /** The server-local account id (for `in_reply_to_account_id`). */
  id: string | undefined;
}

const MAX_ENTITIES = 500;

export function readMentions(list: unknown, fallbackHost: string | undefined): MentionRef[] {
  const mentions: MentionRef[] = [];
  for (const mention of asArray(list) ?? []) {
    const handle = accountHandle(mention, fallbackHost);
    if (handle === undefined) continue;
    mentions.push({
      handle,
      acct: (text(mention, 'acct') ?? handle).toLowerCase(),
      username: text(mention, 'username')?.toLowerCase(),
      url: text(mention, 'url'),
      id: text(mention, 'id'),
    });
  }
  return mentions;
}

/**
 * Anchors of the content → entities. Only an http(s) `href` can make an entity (a `javascript:`
 * link stays plain text). Mastodon marks hashtags `class="mention hashtag"` and `rel="tag"`,
 * mentions `class="u-url mention"`; other servers' HTML is less regular, so the status's own
 * `tags[]` and `mentions[]` also recognise an anchor by its text or its href.
 */
export function contentEntities(
  content: ContentText,
  mentions: readonly MentionRef[],
  tags: unknown,
): Entity[] {
  const entities: Entity[] = [];
  let tagNames: Set<string> | undefined;
  for (const anchor of content.anchors) {
    if (entities.length >= MAX_ENTITIES) break;
    const href = anchor.href;
    if (!isHttpUrl(href)) continue;
    const shown = content.text.slice(anchor.start, anchor.end);
    tagNames ??= tagSet(tags);
    if (isHashtag(anchor, shown, tagNames)) {
      const tag = (shown.startsWith('#') ? shown.slice(1) : shown).trim();
      if (tag.length > 0 && tag.length <= 280) {
        entities.push({ kind: 'hashtag', start: anchor.start, end: anchor.end, tag });
        continue;
      }
    }
    const mention = findMention(mentions, href, shown);
    if (mention !== undefined) {
      entities.push({
        kind: 'mention',
        start: anchor.start,
        end: anchor.end,
        handle: mention.handle,
        ...userId(mention),
      });
      continue;
    }
    const handle = hasToken(anchor.className, 'mention') ? handleFromText(shown, href) : undefined;
    if (handle !== undefined) {
      entities.push({ kind: 'mention', start: anchor.start, end: anchor.end, handle });
      continue;
    }
    entities.push({ kind: 'link', start: anchor.start, end: anchor.end, url: href });
  }
  return entities;
}

function tagSet(tags: unknown): Set<string> {
  const names = new Set<string>();
  for (const tag of asArray(tags) ?? []) {
    const name = str(tag, 'name');
    if (name !== undefined && name.length > 0) names.add(name.toLowerCase());
  }
  return names;
}

function isHashtag(anchor: ContentAnchor, shown: string, tags: Set<string>): boolean {
  if (hasToken(anchor.className, 'hashtag') || hasToken(anchor.rel, 'tag')) return true;
  return shown.startsWith('#') && tags.has(shown.slice(1).toLowerCase());
}

/** The mention an anchor stands for: by its href (the profile URL), else by the `@name` it shows. */
function findMention(mentions: readonly MentionRef[], href: string, shown: string): MentionRef | undefined {
  if (mentions.length === 0) return undefined;
  const byUrl = mentions.find((mention) => mention.url === href);
  if (byUrl !== undefined) return byUrl;
  if (!shown.startsWith('@')) return undefined;
  const name = shown.slice(1).toLowerCase();
  return (
    mentions.find((mention) => mention.acct === name || mention.handle.toLowerCase() === name) ??
    (name.includes('@') ? undefined : mentions.find((mention) => mention.username === name))
  );
}

function userId(mention: MentionRef): { userId?: string } {
  // Mentions carry the profile URL, not the actor URI; it still names the account uniquely.
  return mention.url !== undefined && mention.url.length <= 500 && !/\s/.test(mention.url)
    ? { userId: mention.url }
    : {};
}

/** `@user@host` as shown, or `@user` on the linked profile's host. */
function handleFromText(shown: string, href: string): string | undefined {
  const match = /^@([A-Za-z0-9_.-]{1,100})(?:@([A-Za-z0-9.-]{1,253}))?$/.exec(shown);
  if (match === null) return undefined;
  const host = match[2] ?? hostOf(href);
  return host === undefined ? undefined : `${match[1]}@${host}`;
}
