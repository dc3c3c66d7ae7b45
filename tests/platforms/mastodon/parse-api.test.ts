import { describe, expect, it } from 'vitest';
import { parseMastodonApi } from '../../../lib/platforms/mastodon/parse-api';
import { NOW } from './fixtures';

/** A minimal Status of the shape the REST API sends (only what the case needs varies). */
function status(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '200',
    created_at: '2026-05-01T10:00:00.000Z',
    uri: 'https://far.example/users/zoe/statuses/9',
    url: 'https://far.example/@zoe/9',
    content: '<p>hi</p>',
    account: {
      id: '7',
      username: 'zoe',
      acct: 'zoe@far.example',
      display_name: 'Zoe',
      url: 'https://far.example/@zoe',
      uri: 'https://far.example/users/zoe',
    },
    ...overrides,
  };
}

const localAccount = {
  id: '8',
  username: 'max',
  acct: 'max',
  display_name: '',
  url: 'https://home.example/@max',
  uri: 'https://home.example/users/max',
};

const parse = (json: unknown, extra: Record<string, unknown> = {}) =>
  parseMastodonApi(json, { timeline: 'test', now: NOW, ...extra });

describe('parseMastodonApi: shapes', () => {
  it('reads nothing, and counts nothing, from an empty page or notifications without statuses', () => {
    expect(parse([])).toEqual({ posts: [], skipped: [] });
    expect(parse({ notification_groups: [], accounts: [] })).toEqual({ posts: [], skipped: [] });
    expect(parse([{ id: '1', type: 'follow', account: localAccount }])).toEqual({ posts: [], skipped: [] });
  });

  it('names what it got instead of statuses', () => {
    expect(parse({ error: 'Record not found' }).skipped).toEqual([
      { reason: 'api-error', detail: 'Record not found' },
    ]);
    expect(parse({ accounts: [], hashtags: [] }).skipped).toEqual([
      { reason: 'no-statuses', detail: 'keys: accounts,hashtags' },
    ]);
    expect(parse(null).skipped).toEqual([{ reason: 'no-statuses', detail: 'null' }]);
    expect(parse('text').skipped).toEqual([{ reason: 'no-statuses', detail: 'string' }]);
  });

  it('counts every slot that holds no status', () => {
    const result = parse([status(), null, 'x', [], status({ uri: 'not a uri' }), status({ account: null })]);
    expect(result.posts).toHaveLength(1);
    expect(result.skipped.map((skip) => skip.reason)).toEqual([
      'not-a-status',
      'not-a-status',
      'not-a-status',
      'no-uri',
      'no-author',
    ]);
  });

  it('keeps OStatus `tag:` uris of statuses from 2017 and refuses anything else that is no URL', () => {
    const tagUri = 'tag:mastodon.social,2017-04-05:objectId=1234:objectType=Status';
    expect(parse(status({ uri: tagUri })).posts[0]?.id).toBe(`mastodon:${tagUri}`);
    expect(parse(status({ uri: 'x' })).skipped).toEqual([{ reason: 'no-uri', detail: '200' }]);
    // a tag: uri is no link: the permalink is the status url
    expect(parse(status({ uri: tagUri, url: null })).skipped).toEqual([
      { reason: 'no-permalink', detail: tagUri },
    ]);
  });

  it('never throws, even on objects whose reads throw (the page realm can hand anything over)', () => {
    const hostile = status();
    Object.defineProperty(hostile, 'content', {
      get() {
        throw new Error('boom');
      },
    });
    const result = parse([status({ id: '1', uri: 'https://far.example/1' }), hostile]);
    expect(result.skipped.map((skip) => skip.reason)).toEqual(['parser-error']);
  });
});

describe("parseMastodonApi: handles and the reader's local copy", () => {
  it("a local account's handle takes the host of its own profile url — not the page's (Phanpy, Elk)", () => {
    const post = parse(status({ account: localAccount }), {
      pageUrl: 'https://phanpy.social/#/home.example/s/200',
    }).posts[0];
    expect(post?.author.handle).toBe('max@home.example');
    expect(post?.author.name).toBe('max'); // empty display_name
  });

  it('without a usable profile url, the server: the request, else the page', () => {
    const bare = { ...localAccount, url: null, uri: null };
    expect(
      parse(status({ account: bare }), { requestUrl: 'https://home.example/api/v1/timelines/home' }).posts[0]
        ?.author.handle,
    ).toBe('max@home.example');
    expect(
      parse(status({ account: bare }), { pageUrl: 'https://page.example/home' }).posts[0]?.author.handle,
    ).toBe('max@page.example');
    expect(parse(status({ account: bare })).skipped).toEqual([
      { reason: 'no-author', detail: 'https://far.example/users/zoe/statuses/9' },
    ]);
  });

  it('local.url is on the server that answered (the request when given, else the page), with its local id', () => {
    const remote = status();
    expect(parse(remote, { pageUrl: 'https://home.example/home' }).posts[0]?.local).toEqual({
      id: '200',
      url: 'https://home.example/@zoe@far.example/200',
    });
    expect(
      parse(remote, {
        pageUrl: 'https://elk.zone/home.example/home',
        requestUrl: 'https://home.example/api/v1/timelines/home',
      }).posts[0]?.local,
    ).toEqual({ id: '200', url: 'https://home.example/@zoe@far.example/200' });
    expect(
      parse(status({ account: localAccount }), { pageUrl: 'https://home.example/home' }).posts[0]?.local,
    ).toEqual({
      id: '200',
      url: 'https://home.example/@max/200',
    });
    expect(parse(remote).posts[0]?.local).toBeUndefined(); // a file read: no server known
    expect(
      parse(status({ id: 'a/../b' }), { pageUrl: 'https://home.example/' }).posts[0]?.local,
    ).toBeUndefined();
  });

  it('a self-reply names its own author from the response (in_reply_to_account_id = its account id)', () => {
    const post = parse(status({ in_reply_to_id: '199', in_reply_to_account_id: '7' })).posts[0];
    expect(post?.reply).toEqual({ toHandle: 'zoe@far.example' });
  });
});

describe('parseMastodonApi: quotes, parts and limits', () => {
  it('maps every quote state the API documents', () => {
    const cases: Record<string, string | undefined> = {
      pending: 'pending',
      rejected: 'rejected',
      revoked: 'revoked',
      deleted: 'deleted',
      unauthorized: 'unauthorized',
      blocked_account: 'blocked',
      blocked_domain: 'blocked',
      muted_account: 'muted',
    };
    for (const [state, reason] of Object.entries(cases)) {
      const post = parse(status({ quote: { state, quoted_status: null } })).posts[0];
      expect(post?.quoteUnavailable, state).toBe(reason);
      expect(post?.quotedPostId, state).toBeUndefined();
    }
    // accepted, but not visible to this reader: the server sends null
    expect(
      parse(status({ quote: { state: 'accepted', quoted_status: null } })).posts[0]?.quoteUnavailable,
    ).toBe('not-found');
  });

  it('an unknown quote state is counted; the post stays (prototype names are no states)', () => {
    for (const state of ['future_state', 'constructor', 7]) {
      const result = parse(status({ quote: { state, quoted_status: null } }));
      expect(result.posts).toHaveLength(1);
      expect(result.skipped.map((skip) => skip.reason)).toEqual(['unknown-quote-state']);
    }
  });

  it('a Fedibird-style quote (the quoted status itself as `quote`) is read as a quote', () => {
    const quoted = status({
      id: '150',
      uri: 'https://far.example/users/zoe/statuses/1',
      url: 'https://far.example/@zoe/1',
    });
    const result = parse(status({ quote: quoted }));
    expect(result.posts.map((post) => [post.nativeId, post.quotedPostId])).toEqual([
      ['https://far.example/users/zoe/statuses/1', undefined],
      ['https://far.example/users/zoe/statuses/9', 'mastodon:https://far.example/users/zoe/statuses/1'],
    ]);
  });

  it('quotes nested deeper than Mastodon sends stop there, counted', () => {
    let nested = status({ uri: 'https://far.example/s/0' });
    for (let level = 1; level <= 5; level += 1) {
      nested = status({
        uri: `https://far.example/s/${level}`,
        quote: { state: 'accepted', quoted_status: nested },
      });
    }
    const result = parse(nested);
    expect(result.posts).toHaveLength(4);
    expect(result.skipped.map((skip) => skip.reason)).toEqual(['nested-too-deep']);
  });

  it('media types it does not know, prototype names included, are counted and left out', () => {
    const result = parse(
      status({
        media_attachments: [
          { type: 'constructor', url: 'https://far.example/a' },
          { type: 'hologram', url: 'https://far.example/b' },
          { type: 'image', url: 'javascript:alert(1)' },
          { type: 'image', url: null, remote_url: 'https://far.example/c.png' },
          'junk',
        ],
      }),
    );
    expect(result.posts[0]?.media).toEqual([{ kind: 'photo', url: 'https://far.example/c.png' }]);
    expect(result.skipped).toEqual([
      { reason: 'unsupported-media', detail: 'constructor' },
      { reason: 'unsupported-media', detail: 'hologram' },
      { reason: 'media-without-url', detail: 'image' },
      { reason: 'unsupported-media' },
    ]);
  });

  it('a poll with more options than a Post holds is counted and left out; a filter of unknown action is a warning', () => {
    const options = Array.from({ length: 11 }, (_, index) => ({ title: `o${index}`, votes_count: 0 }));
    const result = parse(
      status({
        poll: { options, expired: false, multiple: false, expires_at: null },
        filtered: [{ filter: { title: 'f', filter_action: 'toString' } }, { filter: null }],
      }),
    );
    expect(result.posts[0]?.poll).toBeUndefined();
    expect(result.posts[0]?.filtered).toEqual([{ title: 'f', action: 'warn' }]);
    expect(result.skipped).toEqual([{ reason: 'poll-unreadable', detail: '11 options' }]);
  });

  it('cuts over-long text, names and alt text to what a Post holds instead of losing the post', () => {
    const result = parse(
      status({
        content: `<p>${'a'.repeat(120_000)}</p>`,
        spoiler_text: 'w'.repeat(2000),
        account: { ...localAccount, display_name: 'n'.repeat(500) },
        media_attachments: [
          { type: 'image', url: 'https://far.example/i.png', description: 'd'.repeat(9000) },
        ],
      }),
    );
    const post = result.posts[0];
    expect(result.skipped).toEqual([]);
    expect(post?.text).toHaveLength(100_000);
    expect(post?.contentWarning).toHaveLength(1000);
    expect(post?.author.name).toHaveLength(200);
    expect(post?.media[0]?.altText).toHaveLength(5000);
  });

  it('a boost whose original cannot be read loses both rows, each counted', () => {
    const result = parse(
      status({ uri: 'https://home.example/users/max/statuses/5/activity', reblog: status({ uri: null }) }),
    );
    expect(result.posts).toEqual([]);
    expect(result.skipped.map((skip) => skip.reason)).toEqual(['no-uri', 'reblog-unreadable']);
  });

  it('a quoted status in a boost wrapper (whose quote is null in the API) is still kept as its row', () => {
    const quoted = status({
      uri: 'https://far.example/users/zoe/statuses/1',
      url: 'https://far.example/@zoe/1',
    });
    const quote = { state: 'accepted', quoted_status: quoted };
    const boost = (reblog: unknown) =>
      status({ uri: 'https://home.example/users/max/statuses/5/activity', reblog, quote });
    const unreadable = parse(boost(status({ uri: null })));
    expect(unreadable.posts.map((post) => post.nativeId)).toEqual([quoted.uri]);
    expect(unreadable.skipped.map((skip) => skip.reason)).toEqual(['no-uri', 'reblog-unreadable']);
    const readable = parse(boost(status()));
    expect(readable.posts.map((post) => post.nativeId)).toEqual([
      quoted.uri,
      'https://far.example/users/zoe/statuses/9',
      'https://home.example/users/max/statuses/5/activity',
    ]);
    expect(readable.skipped).toEqual([]);
  });
});
