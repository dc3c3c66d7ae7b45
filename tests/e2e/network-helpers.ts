import type { BrowserContext } from '@playwright/test';
import type { Post } from '../../lib/post';

/** The parts of a Post that depend on when and where it was captured, not on what was read. */
export function content(
  post: Post,
): Omit<Post, 'capture' | 'counts'> & { counts?: Omit<NonNullable<Post['counts']>, 'readAt'> } {
  const { capture: _capture, counts, ...rest } = post;
  if (!counts) return rest;
  const { readAt: _readAt, ...numbers } = counts;
  return { ...rest, counts: numbers };
}

/**
 * A PDS-like host answering XRPC GETs by path and query (`bodies`), with the CORS answers a real PDS
 * gives the app's cross-origin fetch: the preflight for its `atproto-proxy` and `authorization`
 * headers, and the allowed origin on the answer.
 */
export async function servePds(
  context: BrowserContext,
  origin: string,
  bodies: ReadonlyMap<string, string>,
): Promise<void> {
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'atproto-proxy, authorization, content-type',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
  };
  await context.route(`${origin}/**`, async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') {
      await route.fulfill({ status: 204, headers: cors });
      return;
    }
    const url = new URL(request.url());
    const body = bodies.get(`${url.pathname}${url.search}`);
    await route.fulfill(
      body === undefined
        ? { status: 404, headers: cors, body: '{"error":"MethodNotImplemented"}' }
        : { status: 200, headers: { ...cors, 'content-type': 'application/json; charset=utf-8' }, body },
    );
  });
}

/** Posts keyed by id, the last reading of an id winning (as one parse does), and the ids read more than once. */
export function byId(readings: ReadonlyArray<readonly Post[]>): {
  posts: Map<string, Post>;
  repeated: Set<string>;
} {
  const posts = new Map<string, Post>();
  const repeated = new Set<string>();
  for (const reading of readings) {
    for (const post of reading) {
      if (posts.has(post.id)) repeated.add(post.id);
      posts.set(post.id, post);
    }
  }
  return { posts, repeated };
}
