import { describe, expect, it } from 'vitest';
import { threadsNetworkSource, threadsOperationName } from '../../../lib/platforms/threads/network-source';

const body =
  'av=0&__user=0&fb_api_caller_class=RelayModern&fb_api_req_friendly_name=BarcelonaFeedPaginationDirectQuery&variables=%7B%7D&doc_id=123';

describe('threadsNetworkSource.match', () => {
  it('names the operation from the form body on every Threads host and both endpoints', () => {
    for (const host of ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net']) {
      for (const path of ['/graphql/query', '/api/graphql']) {
        expect(threadsNetworkSource.match({ url: `https://${host}${path}`, method: 'POST', body })).toBe(
          'BarcelonaFeedPaginationDirectQuery',
        );
      }
    }
  });

  it('matches any GraphQL request there, unnamed ones as "graphql" (the parser decides by data roots)', () => {
    expect(threadsNetworkSource.match({ url: 'https://www.threads.com/graphql/query', method: 'post' })).toBe(
      'graphql',
    );
    expect(threadsOperationName('doc_id=1&fb_api_req_friendly_name=')).toBe('graphql');
    expect(threadsOperationName('fb_api_req_friendly_name=%3Cscript%3E')).toBe('graphql');
  });

  it('ignores other methods, paths, hosts and relative URLs', () => {
    const ignored = [
      { url: 'https://www.threads.com/graphql/query', method: 'GET', body },
      { url: 'https://www.threads.com/ajax/bz', method: 'POST', body },
      { url: 'https://www.instagram.com/graphql/query', method: 'POST', body },
      { url: 'https://evil.example/graphql/query?h=www.threads.com', method: 'POST', body },
      { url: '/graphql/query', method: 'POST', body },
      { url: 'http://www.threads.com/graphql/query', method: 'POST', body },
    ];
    for (const request of ignored) expect(threadsNetworkSource.match(request)).toBeUndefined();
  });

  it('never reports an unknown operation: unknown roots are counted by the parser instead', () => {
    expect(
      threadsNetworkSource.unknownOperation({
        url: 'https://www.threads.com/graphql/query',
        method: 'POST',
        body,
      }),
    ).toBeUndefined();
    expect(threadsNetworkSource.parse({ data: { viewer: { id: '1' } } }, { timeline: 'x', now: 1 })).toEqual({
      posts: [],
      skipped: [{ reason: 'no-posts-root', detail: 'viewer' }],
      roots: {},
    });
  });
});
