import { describe, expect, it } from 'vitest';
import {
  mastodonOperation,
  mastodonStreamingOperation,
  unknownMastodonOperation,
} from '../../../lib/platforms/mastodon/endpoints';
import { mastodonNetworkSource } from '../../../lib/platforms/mastodon/network-source';

const get = (url: string) => mastodonNetworkSource.match({ url, method: 'GET' });

describe('mastodonNetworkSource.match', () => {
  it('names every read endpoint by path, on any host', () => {
    const cases: Record<string, string> = {
      'https://mastodon.social/api/v1/timelines/home?limit=40': 'timelines/home',
      'https://fosstodon.org/api/v1/timelines/public?local=true&limit=20': 'timelines/local',
      'https://fosstodon.org/api/v1/timelines/public?remote=false&only_media=false': 'timelines/public',
      'https://social.example/api/v1/timelines/list/42': 'timelines/list',
      'https://social.example/api/v1/timelines/tag/birding?any[]=waders': 'timelines/tag',
      'https://social.example/api/v1/timelines/tag/%E9%B3%A5': 'timelines/tag',
      'https://social.example/api/v1/timelines/link?url=https%3A%2F%2Fnews.example%2Fa': 'timelines/link',
      'https://social.example/api/v1/accounts/109302436954721982/statuses?exclude_replies=true':
        'accounts/statuses',
      'https://social.example/api/v1/accounts/1/statuses?pinned=true': 'accounts/statuses/pinned',
      'https://social.example/api/v1/statuses/110446223051565765': 'statuses/show',
      'https://social.example/api/v1/statuses/110446983926957470/context': 'statuses/context',
      'https://social.example/api/v1/statuses?id[]=1&id[]=2': 'statuses/list',
      'https://social.example/api/v2/search?q=halcy&resolve=true&type=statuses': 'search',
      'https://social.example/api/v1/trends/statuses?offset=20': 'trends/statuses',
      'https://social.example/api/v1/bookmarks': 'bookmarks',
      'https://social.example/api/v1/favourites?max_id=9': 'favourites',
      'https://icosahedron.website/api/v2/notifications?expand_accounts=partial_avatars': 'notifications/v2',
      'https://social.example/api/v1/notifications?types[]=mention': 'notifications/v1',
      'https://social.example/api/v1/timelines/home/': 'timelines/home',
      'HTTPS://Social.Example/api/v1/timelines/home#x': 'timelines/home',
    };
    for (const [url, operation] of Object.entries(cases)) expect(get(url), url).toBe(operation);
  });

  it('matches both XHR (axios) and fetch method spellings, and only GET', () => {
    const url = 'https://mastodon.social/api/v1/timelines/home';
    expect(mastodonNetworkSource.match({ url, method: 'get' })).toBe('timelines/home');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      expect(mastodonNetworkSource.match({ url, method })).toBeUndefined();
      expect(mastodonNetworkSource.unknownOperation({ url, method })).toBeUndefined();
    }
    // posting a status is a POST to /api/v1/statuses: never read
    expect(
      mastodonNetworkSource.match({ url: 'https://mastodon.social/api/v1/statuses', method: 'POST' }),
    ).toBeUndefined();
  });

  it('ignores relative URLs, plain http, other paths and look-alikes', () => {
    for (const url of [
      '/api/v1/timelines/home',
      'http://mastodon.social/api/v1/timelines/home',
      'https://mastodon.social/timelines/home',
      'https://mastodon.social/api/v3/timelines/home',
      'https://mastodon.social/x/api/v1/timelines/home',
      'https://evil.example/?u=https://mastodon.social/api/v1/timelines/home',
      'https://mastodon.social/api/v1/timelines/homes',
      'https://mastodon.social/API/V1/timelines/home', // Mastodon's routes are case-sensitive
      'https://mastodon.social/api/v1/statuses/1/context/extra',
      'wss://mastodon.social/api/v1/streaming?stream=user',
    ]) {
      expect(get(url), url).toBeUndefined();
    }
  });
});

describe('mastodonNetworkSource.unknownOperation', () => {
  it('counts other /api/v1|v2 GETs by resource (and last word), never by an id or a value', () => {
    const cases: Record<string, string> = {
      'https://mastodon.social/api/v1/accounts/109302436954721982/followers': 'v1/accounts/followers',
      'https://mastodon.social/api/v1/accounts/verify_credentials': 'v1/accounts',
      'https://mastodon.social/api/v1/tags/MySecretTag': 'v1/tags',
      'https://mastodon.social/api/v2/instance': 'v2/instance',
      'https://mastodon.social/api/v1/statuses/123/history': 'v1/statuses/history',
      'https://mastodon.social/api/v1/statuses/123/reblogged_by': 'v1/statuses/reblogged_by',
      'https://mastodon.social/api/v2/notifications/ungrouped-1': 'v2/notifications',
      'https://mastodon.social/api/v1/Custom%20Thing': 'v1/other',
    };
    for (const [url, name] of Object.entries(cases)) {
      expect(mastodonNetworkSource.unknownOperation({ url, method: 'GET' }), url).toBe(name);
    }
  });

  it('is silent for what match reads and for anything that is not the API', () => {
    for (const url of [
      'https://mastodon.social/api/v1/timelines/home',
      'https://mastodon.social/packs/js/app.js',
      'https://mastodon.social/api/v3/x',
      'https://mastodon.social/oauth/token',
    ]) {
      expect(unknownMastodonOperation(url, 'GET'), url).toBeUndefined();
    }
    expect(mastodonOperation('https://mastodon.social/api/v1/timelines/home', 'HEAD')).toBeUndefined();
  });
});

describe('mastodonStreamingOperation', () => {
  it('recognises the streaming WebSocket on the server or a separate streaming host', () => {
    for (const url of [
      'wss://mastodon.social/api/v1/streaming?stream=user&access_token=x',
      'wss://streaming.mastodon.social/api/v1/streaming/?stream=public:local',
      'wss://social.example/api/v1/streaming',
    ]) {
      expect(mastodonStreamingOperation(url), url).toBe('streaming');
    }
  });

  it('ignores other sockets, plain ws and the SSE paths', () => {
    for (const url of [
      'ws://mastodon.social/api/v1/streaming?stream=user',
      'wss://mastodon.social/api/v1/streaming/user',
      'wss://mastodon.social/cable',
      'https://mastodon.social/api/v1/streaming?stream=user',
    ]) {
      expect(mastodonStreamingOperation(url), url).toBeUndefined();
    }
  });
});
