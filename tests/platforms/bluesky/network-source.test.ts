import { describe, expect, it } from 'vitest';
import { blueskyNetworkSource, blueskyXrpcOperation } from '../../../lib/platforms/bluesky/network-source';
import { BLUESKY_OPERATIONS } from '../../../lib/platforms/bluesky/operations';

const get = (url: string) => ({ url, method: 'GET' });

describe('blueskyXrpcOperation', () => {
  it('names the NSID of /xrpc/<NSID> on any host, absolute or relative, query and fragment ignored', () => {
    const urls = [
      // Signed in: the user's own PDS (bsky.social's shards, or self-hosted), proxying to the AppView.
      'https://morel.us-east.host.bsky.network/xrpc/app.bsky.feed.getTimeline?limit=30',
      'https://pds.example.org:2583/xrpc/app.bsky.feed.getTimeline',
      // Signed out.
      'https://public.api.bsky.app/xrpc/app.bsky.feed.getTimeline?cursor=abc&limit=30',
      'https://api.bsky.app/xrpc/app.bsky.feed.getTimeline#x',
      'http://localhost:2583/xrpc/app.bsky.feed.getTimeline',
      '/xrpc/app.bsky.feed.getTimeline?limit=1',
      '//public.api.bsky.app/xrpc/app.bsky.feed.getTimeline',
    ];
    for (const url of urls) expect(blueskyXrpcOperation(url), url).toBe('app.bsky.feed.getTimeline');
    expect(blueskyXrpcOperation('https://x.example/xrpc/com.atproto.server.getSession')).toBe(
      'com.atproto.server.getSession',
    );
  });

  it('ignores lookalikes: other paths, nested /xrpc/, extra segments, malformed NSIDs', () => {
    const urls = [
      'https://bsky.app/profile/alice.bsky.social',
      'https://example.com/api/xrpc/app.bsky.feed.getTimeline',
      'https://example.com/xrpc/app.bsky.feed.getTimeline/extra',
      'https://example.com/xrpc/app.bsky.feed.getTimeline%3Fx',
      'https://example.com/xrpc/',
      'https://example.com/xrpc/getTimeline',
      'https://example.com/xrpc/app.bsky',
      'https://example.com/xrpc/app.bsky.feed.1getTimeline',
      'https://example.com/xrpc/app..bsky.feed.getTimeline',
      'https://example.com/?next=/xrpc/app.bsky.feed.getTimeline',
      'https://example.com/XRPC/app.bsky.feed.getTimeline',
      'xrpc/app.bsky.feed.getTimeline',
      'javascript:/xrpc/app.bsky.feed.getTimeline',
    ];
    for (const url of urls) expect(blueskyXrpcOperation(url), url).toBeUndefined();
  });
});

describe('blueskyNetworkSource', () => {
  it('is the bluesky platform', () => {
    expect(blueskyNetworkSource.platform).toBe('bluesky');
  });

  it('matches every operation of the table, on a PDS and on the public AppView', () => {
    for (const nsid of Object.keys(BLUESKY_OPERATIONS)) {
      expect(blueskyNetworkSource.match(get(`https://pds.example.org/xrpc/${nsid}?limit=30`))).toBe(nsid);
      expect(blueskyNetworkSource.match(get(`https://public.api.bsky.app/xrpc/${nsid}`))).toBe(nsid);
      expect(
        blueskyNetworkSource.unknownOperation(get(`https://public.api.bsky.app/xrpc/${nsid}`)),
      ).toBeUndefined();
    }
    expect(Object.keys(BLUESKY_OPERATIONS)).toEqual(
      expect.arrayContaining([
        'app.bsky.feed.getTimeline',
        'app.bsky.feed.getFeed',
        'app.bsky.feed.getAuthorFeed',
        'app.bsky.feed.getListFeed',
        'app.bsky.feed.searchPosts',
        'app.bsky.feed.getPosts',
        'app.bsky.feed.getPostThread',
        'app.bsky.feed.getActorLikes',
        'app.bsky.unspecced.getPostThreadV2',
        'app.bsky.notification.listNotifications',
      ]),
    );
  });

  it('counts other app.bsky operations as unknown, and nothing else', () => {
    const source = blueskyNetworkSource;
    expect(source.match(get('https://pds.example.org/xrpc/app.bsky.actor.getPreferences'))).toBeUndefined();
    expect(source.unknownOperation(get('https://pds.example.org/xrpc/app.bsky.actor.getPreferences'))).toBe(
      'app.bsky.actor.getPreferences',
    );
    expect(source.unknownOperation(get('/xrpc/app.bsky.feed.getTimelineV9?x=1'))).toBe(
      'app.bsky.feed.getTimelineV9',
    );
    for (const url of [
      'https://pds.example.org/xrpc/com.atproto.server.getSession',
      'https://api.bsky.chat/xrpc/chat.bsky.convo.listConvos',
      'https://bsky.app/xrpc-like/app.bsky.actor.getProfile',
      'https://bsky.app/static/app.bsky.feed.getTimeline.js',
    ]) {
      expect(source.match(get(url)), url).toBeUndefined();
      expect(source.unknownOperation(get(url)), url).toBeUndefined();
    }
  });

  it("keeps unknown names within capture health's 100 characters", () => {
    const long = `app.bsky.${'a'.repeat(60)}.${'b'.repeat(60)}`;
    expect(blueskyNetworkSource.unknownOperation(get(`/xrpc/${long}`))).toBe(long.slice(0, 100));
  });

  it('parses with the Bluesky parser', () => {
    expect(
      blueskyNetworkSource.parse({ feed: [] }, { timeline: 'app.bsky.feed.getTimeline', now: 1 }),
    ).toEqual({
      posts: [],
      skipped: [],
    });
  });
});
