import { isRecord, str } from '../../kit/json-read';

/**
 * Whether a post slot is a placeholder for a post that cannot be shown: app.bsky.feed.defs
 * #notFoundPost ({ uri, notFound: true }) or #blockedPost ({ uri, blocked: true, author }). Told
 * by their marker field, or by $type when a server left the marker out.
 */
export function unavailableKind(slot: unknown): 'not-found' | 'blocked' | undefined {
  if (!isRecord(slot)) return undefined;
  if (slot.notFound === true) return 'not-found';
  if (slot.blocked === true) return 'blocked';
  const type = str(slot, '$type');
  if (type === 'app.bsky.feed.defs#notFoundPost') return 'not-found';
  if (type === 'app.bsky.feed.defs#blockedPost') return 'blocked';
  return undefined;
}
