import { validatePost } from '../../../lib/post';
import { describe, expect, it } from 'vitest';
import { postSchema } from '../../../lib/post';
import { parseXGraphql } from '../../../lib/platforms/x/parse-graphql';
import { needsCaptures, readCaptureJson } from '../../helpers/captures';
import { fixturePath, NOW, parseFixture, reasonCounts } from './fixture';

/**
 * Shapes the real captures lack (tombstones, TweetUnavailable, TimelineAddToModule,
 * TweetResultsByRestIds, ReplaceEntry carrying a tweet), built from real tweet objects of the
 * captures plus the documented wrappers, and odd inputs the parser must survive.
 */
const context = { timeline: 'Test', now: NOW, validate: validatePost };

type Json = Record<string, unknown>;

function homeEntries(name: string): Json[] {
  const json = readCaptureJson(fixturePath(name)) as {
    data: { home: { home_timeline_urt: { instructions: Array<{ entries?: Json[] }> } } };
  };
  return json.data.home.home_timeline_urt.instructions.flatMap((instruction) => instruction.entries ?? []);
}

/** A real tweet entry's itemContent and tweet result, copied so each test can change them. */
function realTweet(): { entry: Json; itemContent: Json; result: Json } {
  const entry = structuredClone(
    homeEntries('HomeLatestTimeline-2025-07').find(
      (candidate) => candidate.entryId === 'tweet-1947283692805595360',
    )!,
  );
  const itemContent = (entry.content as Json).itemContent as Json;
  const result = (itemContent.tweet_results as Json).result as Json;
  return { entry, itemContent, result };
}

function timeline(instructions: unknown[]): unknown {
  return { data: { home: { home_timeline_urt: { instructions } } } };
}

function tweetEntry(id: string, result: unknown): Json {
  return { entryId: `tweet-${id}`, content: { itemContent: { tweet_results: { result } } } };
}

const tombstone = {
  __typename: 'TweetTombstone',
  tombstone: { text: { text: 'This Post was deleted by the Post author.' } },
};

describe('X network parser: built shapes from real objects', needsCaptures, () => {
  it('skips promoted entries whole with reason "promoted" and the entry id', () => {
    const result = parseFixture('HomeTimeline-2025-01-legacy-user-shape');
    expect(result.skipped).toContainEqual({
      reason: 'promoted',
      detail: 'promoted-tweet-1880134969504457066-102281c549b6b14d',
    });
    expect(result.posts.some((post) => post.nativeId === '1880134969504457066')).toBe(false);
  });

  it('reads the pinned post of TimelinePinEntry', () => {
    const result = parseFixture('UserTweets-2026-07');
    expect(result.posts.some((post) => post.nativeId === '2019881223666233717')).toBe(true);
  });

  it('reads TimelineReplaceEntry and TimelineAddToModule entries carrying tweets', () => {
    const { entry, itemContent } = realTweet();
    const result = parseXGraphql(
      timeline([
        { type: 'TimelineReplaceEntry', entry_id_to_replace: 'tweet-1947283692805595360', entry },
        {
          type: 'TimelineAddToModule',
          moduleEntryId: 'profile-grid-0',
          moduleItems: [{ entryId: 'profile-grid-0-tweet-1', item: { itemContent } }],
        },
      ]),
      context,
    );
    expect(result.posts.map((post) => post.id)).toEqual(['x:1947283692805595360']);
    expect(result.skipped).toEqual([]);
  });

  it('reads TweetResultsByRestIds (an array of results) and counts a tombstone among them', () => {
    const { result: tweet } = realTweet();
    const result = parseXGraphql(
      { data: { tweetResult: [{ result: tweet }, { result: tombstone }, {}] } },
      context,
    );
    expect(result.posts.map((post) => post.id)).toEqual(['x:1947283692805595360']);
    expect(result.skipped).toEqual([
      { reason: 'tombstone', detail: 'This Post was deleted by the Post author.' },
      { reason: 'unavailable', detail: 'empty tweet result' },
    ]);
  });

  it('counts tombstones, TweetUnavailable, empty results and unknown typenames', () => {
    const result = parseXGraphql(
      timeline([
        {
          type: 'TimelineAddEntries',
          entries: [
            tweetEntry('1', tombstone),
            tweetEntry('2', { __typename: 'TweetUnavailable', reason: 'Suspended' }),
            { entryId: 'tweet-3', content: { itemContent: { tweet_results: {} } } },
            tweetEntry('4', { __typename: 'TweetWithVisibilityResults', limitedActionResults: {} }),
            tweetEntry('5', { __typename: 'TweetPreviewDisplay', rest_id: '5' }),
          ],
        },
      ]),
      context,
    );
    expect(result.posts).toEqual([]);
    expect(reasonCounts(result)).toEqual({ tombstone: 1, unavailable: 3, 'unknown-typename': 1 });
  });

  it('a retweet of a deleted post is two skips: the original, and the repost row that copies it', () => {
    const { result: tweet } = realTweet();
    (tweet.legacy as Json).retweeted_status_result = { result: tombstone };
    const result = parseXGraphql(
      timeline([{ type: 'TimelineAddEntries', entries: [tweetEntry('1', tweet)] }]),
      context,
    );
    expect(result.posts).toEqual([]);
    expect(reasonCounts(result)).toEqual({ tombstone: 2 });
  });

  it('an unreadable outer post does not take its quoted post down with it', () => {
    const { result: quoted } = realTweet();
    const outer = { __typename: 'SomethingNew', rest_id: '9', quoted_status_result: { result: quoted } };
    const result = parseXGraphql(
      timeline([{ type: 'TimelineAddEntries', entries: [tweetEntry('9', outer)] }]),
      context,
    );
    expect(result.posts.map((post) => post.id)).toEqual(['x:1947283692805595360']);
    expect(result.skipped).toEqual([{ reason: 'unknown-typename', detail: 'SomethingNew' }]);
  });

  it('counts a post without author, id or text', () => {
    const noAuthor = realTweet().result;
    delete noAuthor.core;
    const noId = realTweet().result;
    delete noId.rest_id;
    delete (noId.legacy as Json).id_str;
    const noText = realTweet().result;
    delete (noText.legacy as Json).full_text;
    const result = parseXGraphql(
      timeline([
        {
          type: 'TimelineAddEntries',
          entries: [tweetEntry('1', noAuthor), tweetEntry('2', noId), tweetEntry('3', noText)],
        },
      ]),
      context,
    );
    expect(result.posts).toEqual([]);
    expect(reasonCounts(result)).toEqual({ 'no-author': 1, 'invalid-post': 2 });
  });

  it('falls back to the snowflake time when created_at is unreadable', () => {
    const { result: tweet } = realTweet();
    (tweet.legacy as Json).created_at = 'yesterday';
    const result = parseXGraphql({ data: { tweetResult: { result: tweet } } }, context);
    // 1947283692805595360 >> 22 + the Twitter epoch = 2025-07-21T13:13:05.803Z (created_at says 13:13:05).
    expect(Math.floor(result.posts[0]!.createdAt / 1000)).toBe(Date.UTC(2025, 6, 21, 13, 13, 5) / 1000);
  });

  it('finds instructions under a renamed wrapper by shape', () => {
    const { entry } = realTweet();
    const json = {
      data: { user: { result: { timeline_v3: { timeline: { instructions: [{ entries: [entry] }] } } } } },
    };
    expect(parseXGraphql(json, context).posts.map((post) => post.id)).toEqual(['x:1947283692805595360']);
  });

  it('ignores user modules, trends and cursors without counting them', () => {
    for (const name of ['HomeTimeline-2025-05', 'HomeTimeline-2025-06', 'TweetDetail-showmore-cursors']) {
      const reasons = Object.keys(reasonCounts(parseFixture(name)));
      expect(
        reasons.filter((reason) => reason !== 'promoted'),
        name,
      ).toEqual([]);
    }
  });
});

describe('X network parser: odd input', () => {
  it('returns a counted "no-timeline" for anything that is not an X response, and never throws', () => {
    for (const json of [
      null,
      undefined,
      'text',
      42,
      [],
      {},
      { errors: [{ message: 'Rate limit exceeded' }] },
    ]) {
      const result = parseXGraphql(json, context);
      expect(result.posts).toEqual([]);
      expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['no-timeline']);
    }
  });

  it('stops at quotes nested deeper than X sends, counting them', () => {
    let result: unknown = { __typename: 'Tweet', rest_id: '1' };
    for (let depth = 0; depth < 50; depth += 1)
      result = { __typename: 'Tweet', quoted_status_result: { result } };
    const parsed = parseXGraphql({ data: { tweetResult: { result } } }, context);
    expect(parsed.posts).toEqual([]);
    expect(reasonCounts(parsed)).toEqual({ 'nested-too-deep': 1, 'invalid-post': 5 });
  });

  it('drops an unusable page URL instead of failing every post', () => {
    const user = { core: { screen_name: 'a', name: 'A' } };
    const legacy = { full_text: 'hi', created_at: 'Wed Jan 01 00:00:00 +0000 2025' };
    const tweet = { rest_id: '1', core: { user_results: { result: user } }, legacy };
    const result = parseXGraphql(
      { data: { tweetResult: { result: tweet } } },
      { timeline: 'T', pageUrl: 'javascript:alert(1)', now: NOW },
    );
    expect(result.posts).toHaveLength(1);
    expect(result.posts[0]!.capture.pageUrl).toBeUndefined();
    expect(postSchema.safeParse(result.posts[0]).success).toBe(true);
  });
});
