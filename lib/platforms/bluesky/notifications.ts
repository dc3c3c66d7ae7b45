import { isRecord, rec, str } from '../../kit/json-read';
import type { BlueskyCollector } from './collector';
import { BLUESKY_SKIP } from './skip-reasons';

/**
 * app.bsky.notification.listNotifications: nothing is built from it (operations.ts says why). A
 * notification whose record is a post (reply, mention, quote, subscribed-post) is counted as
 * `notification-post`; likes, reposts and follows are not posts and are not counted.
 */
export function readNotifications(items: readonly unknown[], out: BlueskyCollector): void {
  for (const item of items) {
    const record = rec(item, 'record');
    const isPost =
      str(record, '$type') === 'app.bsky.feed.post' || (isRecord(record) && typeof record.text === 'string');
    if (isPost)
      out.skipped.push({ reason: BLUESKY_SKIP.notificationPost, detail: str(item, 'uri')?.slice(0, 200) });
  }
}
