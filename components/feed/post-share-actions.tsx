import { createLogger } from '@/lib/kit/log';
import { openComposerWith, openReplyOn, replyLabel } from '../composer';
import type { Post } from '@/lib/post';

const log = createLogger('feed');

/** "Share…" (a new draft with the post's link, in the composer) and "Reply on <network>". */
export function PostShareActions({ post }: { post: Post }) {
  const fail = (error: unknown) => log.error('share action failed', error);
  return (
    <>
      <button
        type="button"
        onClick={() => openComposerWith(post).catch(fail)}
        className="focus-ring rounded px-1 hover:underline"
      >
        Share…
      </button>
      <button
        type="button"
        onClick={() => openReplyOn(post).catch(fail)}
        className="focus-ring rounded px-1 hover:underline"
      >
        {replyLabel(post)}
      </button>
    </>
  );
}
