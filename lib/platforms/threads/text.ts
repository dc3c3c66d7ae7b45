import type { Entity } from '../../post';
import { asArray, asNumericId, asRecord, asText, type JsonRecord } from '../../kit/json-read';
import { expandRedirect } from './urls';

/**
 * Text and entities of a post. Threads sends the text twice: `caption.text`, and
 * `text_post_app_info.text_fragments.fragments[]` whose `plaintext` pieces concatenate to the same
 * string (true for every post in the kept captures) and mark mentions, links and tags. The fragments
 * are preferred because they give the ranges; offsets are UTF-16 indices, which is what JS strings use.
 * Fragment types (plaintext, mention, link, text_app_tag) are the ones the web app's enum lists.
 */
export function readText(
  post: JsonRecord,
  info: JsonRecord | undefined,
): { text: string; entities: Entity[] } {
  const fragments = asArray(asRecord(info?.text_fragments)?.fragments);
  if (fragments !== undefined && fragments.length > 0) {
    const fromFragments = readFragments(fragments);
    if (fromFragments !== undefined) return fromFragments;
  }
  return { text: asText(asRecord(post.caption)?.text) ?? '', entities: [] };
}

/** undefined when any fragment lacks its text: then the caption is the safer source. */
function readFragments(fragments: readonly unknown[]): { text: string; entities: Entity[] } | undefined {
  let text = '';
  const entities: Entity[] = [];
  for (const raw of fragments) {
    const fragment = asRecord(raw);
    const plaintext = fragment?.plaintext;
    if (fragment === undefined || typeof plaintext !== 'string') return undefined;
    const start = text.length;
    text += plaintext;
    const entity = fragmentEntity(fragment, plaintext, start, text.length);
    if (entity !== undefined) entities.push(entity);
  }
  return { text, entities: entities.slice(0, 500) };
}

function fragmentEntity(
  fragment: JsonRecord,
  plaintext: string,
  start: number,
  end: number,
): Entity | undefined {
  if (end <= start) return undefined;
  switch (fragment.fragment_type) {
    case 'mention': {
      const user = asRecord(asRecord(fragment.mention_fragment)?.mentioned_user);
      const handle = asText(user?.username) ?? asText(plaintext.replace(/^@/, '').trim());
      if (handle === undefined || handle.length > 100) return undefined;
      const userId = asNumericId(user?.pk) ?? asNumericId(user?.id);
      return userId === undefined
        ? { kind: 'mention', start, end, handle }
        : { kind: 'mention', start, end, handle, userId };
    }
    case 'link': {
      const link = asRecord(fragment.link_fragment);
      const url = expandRedirect(link?.uri) ?? expandRedirect(link?.url) ?? expandRedirect(plaintext);
      return url === undefined ? undefined : { kind: 'link', start, end, url };
    }
    case 'text_app_tag': {
      const tag = plaintext.replace(/^#/, '').trim();
      return tag.length > 0 && tag.length <= 280 ? { kind: 'hashtag', start, end, tag } : undefined;
    }
    default: {
      // A plain URL typed in the text comes back as plaintext with the web app's linkified target.
      const url = expandRedirect(fragment.linkified_web_url);
      return url === undefined ? undefined : { kind: 'link', start, end, url };
    }
  }
}
