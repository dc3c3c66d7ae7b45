import { describe, expect, it } from 'vitest';
import { needsCaptures, listCaptures } from '../../helpers/captures';
import { xNetworkSource, xGraphqlOperation } from '../../../lib/platforms/x/network-source';
import { X_OPERATION_NAMES } from '../../../lib/platforms/x/operations';
import { parseXGraphql } from '../../../lib/platforms/x/parse-graphql';

/**
 * Operations with no real capture, and why they are still read correctly: each shares its tweet
 * and entry shapes with a captured operation and differs only in the wrapper path, which the table
 * names (paths as used by the X clients in twscrape, twitter-web-exporter and OldTwitter).
 */
const NO_FIXTURE: Record<string, string> = {
  UserTweetsAndReplies: 'same data.user.result.timeline… wrapper and entries as UserTweets',
  UserMedia:
    'same wrapper as UserTweets; its grid items arrive via TimelineAddToModule (tested on a built case)',
  Likes: 'same wrapper and entries as UserTweets',
  Bookmarks: 'data.bookmark_timeline_v2.timeline.instructions; plain tweet entries',
  TweetResultsByRestIds:
    'data.tweetResult as an array of TweetResultByRestId results (tested on a built case)',
  ListLatestTweetsTimeline: 'data.list.tweets_timeline.timeline.instructions; plain tweet entries',
  CommunityTweetsTimeline:
    'data.communityResults.result.ranked_community_timeline.timeline.instructions; plain tweet entries',
};

describe('X operation table', () => {
  it('every operation has a real capture or says why not', needsCaptures, () => {
    const captured = new Set(listCaptures('x').map((file) => file.split('-')[1]));
    for (const name of X_OPERATION_NAMES) {
      expect(captured.has(name) || name in NO_FIXTURE, name).toBe(true);
      // A note for a captured operation would be stale.
      expect(captured.has(name) && name in NO_FIXTURE, name).toBe(false);
    }
  });

  it('reads a response of each uncaptured operation by its table path', () => {
    const entry = {
      entryId: 'tweet-1',
      content: {
        itemContent: {
          tweet_results: {
            result: {
              rest_id: '1',
              core: { user_results: { result: { core: { screen_name: 'a', name: 'A' } } } },
              legacy: { full_text: 'hi', created_at: 'Wed Jan 01 00:00:00 +0000 2025' },
            },
          },
        },
      },
    };
    const timeline = { instructions: [{ type: 'TimelineAddEntries', entries: [entry] }] };
    const responses = {
      Bookmarks: { data: { bookmark_timeline_v2: { timeline } } },
      ListLatestTweetsTimeline: { data: { list: { tweets_timeline: { timeline } } } },
      CommunityTweetsTimeline: {
        data: { communityResults: { result: { ranked_community_timeline: { timeline } } } },
      },
      Likes: { data: { user: { result: { timeline: { timeline } } } } },
    };
    for (const [name, json] of Object.entries(responses)) {
      const result = parseXGraphql(json, { timeline: name, now: 0 });
      expect(
        result.posts.map((post) => post.id),
        name,
      ).toEqual(['x:1']);
    }
  });
});

describe('xNetworkSource', () => {
  const request = (url: string) => ({ url, method: 'GET' });

  it('matches the operations of the table on every X host, ignoring the query string', () => {
    expect(
      xNetworkSource.match(request('https://x.com/i/api/graphql/abc-_12/HomeTimeline?variables=%7B%7D')),
    ).toBe('HomeTimeline');
    expect(xNetworkSource.match(request('https://twitter.com/i/api/graphql/q/TweetDetail'))).toBe(
      'TweetDetail',
    );
    expect(xNetworkSource.match(request('https://mobile.twitter.com/i/api/graphql/q/UserTweets#x'))).toBe(
      'UserTweets',
    );
    expect(xNetworkSource.match(request('https://api.x.com/graphql/q/SearchTimeline?x=1'))).toBe(
      'SearchTimeline',
    );
    expect(xNetworkSource.match(request('/i/api/graphql/q/Bookmarks'))).toBe('Bookmarks');
    for (const name of X_OPERATION_NAMES) {
      expect(xNetworkSource.match(request(`https://x.com/i/api/graphql/id/${name}`))).toBe(name);
    }
  });

  it('names other GraphQL operations as unknown, and ignores everything else', () => {
    const other = request('https://x.com/i/api/graphql/q/CreateTweet');
    expect(xNetworkSource.match(other)).toBeUndefined();
    expect(xNetworkSource.unknownOperation(other)).toBe('CreateTweet');
    expect(
      xNetworkSource.unknownOperation(request('https://x.com/i/api/graphql/q/HomeTimeline')),
    ).toBeUndefined();
    for (const url of [
      'https://x.com/home',
      'https://evil.example/i/api/graphql/q/HomeTimeline',
      'https://x.com.evil.example/i/api/graphql/q/HomeTimeline',
      'https://x.com/i/api/2/badge_count/badge_count.json',
      'https://x.com/i/api/graphql/q/HomeTimelineExtra',
    ]) {
      expect(xNetworkSource.match(request(url)), url).toBeUndefined();
      if (!url.endsWith('Extra')) expect(xNetworkSource.unknownOperation(request(url)), url).toBeUndefined();
    }
    expect(xGraphqlOperation('https://x.com/i/api/graphql/q/HomeTimelineExtra')).toBe('HomeTimelineExtra');
    expect(xNetworkSource.platform).toBe('x');
  });
});
