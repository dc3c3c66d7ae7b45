import { isRecord, rec, str } from '../../kit/json-read';
import { buildPost } from './build-post';
import { markUnavailable, type BlueskyCollector } from './collector';
import { BLUESKY_SKIP } from './skip-reasons';
import { unavailableKind } from './unavailable';

/** More thread slots than any real response holds (depth and parentHeight go to 1000): a guard. */
const MAX_SLOTS = 20_000;

/**
 * app.bsky.feed.getPostThread: `thread` is a threadViewPost tree ({ post, parent, replies[] }, the
 * parent chain going up, replies going down) or a notFoundPost / blockedPost. Walked with a stack,
 * not recursion, so no depth of nesting can overflow the page's call stack.
 */
export function readThreadTree(root: unknown, out: BlueskyCollector): void {
  const stack: unknown[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_SLOTS) {
    const slot = stack.pop();
    seen += 1;
    if (isRecord(slot)) {
      // The parent chain and the replies are followed from any node, even one whose own post cannot
      // be read: the posts above and below it are still posts of the thread (each counted if lost).
      if (slot.parent !== undefined) stack.push(slot.parent);
      if (Array.isArray(slot.replies)) {
        // Pushed in reverse so rows come out in the order the app shows them.
        for (let i = slot.replies.length - 1; i >= 0; i -= 1) stack.push(slot.replies[i]);
      }
    }
    readThreadNode(slot, out);
  }
}

/** One node: a threadViewPost's post (counted by buildPost when unreadable), or a placeholder. */
function readThreadNode(slot: unknown, out: BlueskyCollector): void {
  if (isRecord(slot) && slot.post !== undefined) {
    buildPost(slot.post, 'postView', out);
    return;
  }
  const why = unavailableKind(slot);
  if (why !== undefined) markUnavailable(out, str(slot, 'uri'), why);
  else
    out.skipped.push({ reason: BLUESKY_SKIP.unknownThreadItem, detail: str(slot, '$type')?.slice(0, 100) });
}

/**
 * app.bsky.unspecced.getPostThreadV2 / getPostThreadOtherV2: a flat `thread[]` of { uri, depth,
 * value }, value one of app.bsky.unspecced.defs#threadItemPost ({ post, … }), #threadItemNotFound
 * and #threadItemNoUnauthenticated (both empty: only the $type and the item's uri say what they
 * are) and #threadItemBlocked ({ author }).
 */
export function readThreadList(items: readonly unknown[], out: BlueskyCollector): void {
  for (const item of items) {
    const value = isRecord(item) ? item.value : undefined;
    if (isRecord(value) && isRecord(value.post)) {
      buildPost(value.post, 'postView', out);
      continue;
    }
    const uri = str(item, 'uri');
    const type = str(value, '$type');
    if (type === 'app.bsky.unspecced.defs#threadItemNotFound') markUnavailable(out, uri, 'not-found');
    else if (type === 'app.bsky.unspecced.defs#threadItemBlocked' || rec(value, 'author') !== undefined) {
      markUnavailable(out, uri, 'blocked');
    } else if (type === 'app.bsky.unspecced.defs#threadItemNoUnauthenticated') {
      out.skipped.push({ reason: BLUESKY_SKIP.noUnauthenticated, detail: uri?.slice(0, 200) });
    } else out.skipped.push({ reason: BLUESKY_SKIP.unknownThreadItem, detail: type?.slice(0, 100) });
  }
}
