import type { Post } from '../../lib/post';

/** A complete, valid X post for tests; override what the case is about. */
export function samplePost(overrides: Partial<Post> = {}): Post {
  const nativeId = overrides.nativeId ?? '1800000000000000001';
  const platform = overrides.platform ?? 'x';
  return {
    id: `${platform}:${nativeId}`,
    platform,
    nativeId,
    url: `https://x.com/ada/status/${nativeId}`,
    author: { id: '42', handle: 'ada', name: 'Ada Lovelace', verified: false },
    text: 'Hello from the analytical engine',
    entities: [],
    createdAt: 1_750_000_000_000,
    sortAt: 1_750_000_000_000,
    media: [],
    edited: false,
    sensitive: false,
    capture: {
      source: 'network',
      timeline: 'HomeTimeline',
      pageUrl: 'https://x.com/home',
      firstSeenAt: 1_750_000_100_000,
      lastSeenAt: 1_750_000_100_000,
    },
    ...overrides,
  };
}
