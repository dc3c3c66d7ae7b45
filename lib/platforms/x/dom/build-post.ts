import type { Author, Post } from '../../../post';
import { postId, type CaptureContext } from '../../../parse-result';
import { permalink } from './x-urls';

/** What the DOM readers found for one post; everything else of a Post follows from it. */
export type DomPostFields = Omit<
  Post,
  'id' | 'platform' | 'url' | 'sortAt' | 'capture' | 'sensitive' | 'nativeId'
> & {
  nativeId: string;
  /** The handle spelled as in the permalink; the author's otherwise. */
  urlHandle?: string;
  author: Author;
};

/**
 * Assembles a Post read from markup: capture source 'dom', the context's timeline and page, the
 * capture time as first/last seen. The DOM shows no sensitive flag a parser can trust (X hides the
 * media behind a warning instead), so `sensitive` is false; the network path, when it runs, knows.
 */
export function buildPost(fields: DomPostFields, context: CaptureContext): Post {
  const { urlHandle, ...rest } = fields;
  const post: Post = {
    ...rest,
    id: postId('x', fields.nativeId),
    platform: 'x',
    url: permalink(urlHandle ?? fields.author.handle, fields.nativeId),
    sortAt: fields.createdAt,
    sensitive: false,
    capture: {
      source: 'dom',
      timeline: context.timeline,
      firstSeenAt: context.now,
      lastSeenAt: context.now,
    },
  };
  if (context.pageUrl !== undefined) post.capture.pageUrl = context.pageUrl;
  return post;
}
