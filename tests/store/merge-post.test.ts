import { describe, expect, it } from 'vitest';
import { mergePost } from '../../lib/store/merge-post';
import { samplePost } from '../helpers/sample-post';

/** Times after the sample's own capture time. */
const T = 1_750_000_100_000;

const network = samplePost({
  text: 'The full long text the network gave us',
  media: [{ kind: 'photo', url: 'https://pbs.twimg.com/media/a.jpg?name=orig' }],
  counts: { likes: 10, readAt: T + 1000 },
});

describe('mergePost', () => {
  it('stores a new post as it is', () => {
    expect(mergePost(undefined, network)).toEqual(network);
  });

  it('a later network capture updates text and counts and keeps first-seen', () => {
    const later = samplePost({
      text: 'Edited text',
      counts: { likes: 12, readAt: T + 2000 },
      capture: { ...network.capture, firstSeenAt: T + 5000, lastSeenAt: T + 5000, timeline: 'TweetDetail' },
    });
    expect(mergePost(network, later)).toEqual({
      ...later,
      capture: { ...later.capture, firstSeenAt: network.capture.firstSeenAt, lastSeenAt: T + 5000 },
    });
  });

  it('counts never move back to an older reading', () => {
    const stale = samplePost({
      counts: { likes: 1, readAt: T + 500 },
      capture: { ...network.capture, lastSeenAt: T + 9000 },
    });
    expect(mergePost(network, stale).counts).toEqual({ likes: 10, readAt: T + 1000 });
  });

  it('a DOM capture never replaces network-derived fields, it only marks the post seen again', () => {
    const dom = samplePost({
      text: 'The full long te…',
      media: [],
      counts: { likes: 99, readAt: T + 9000 },
      capture: { source: 'dom', timeline: 'home', firstSeenAt: T + 9000, lastSeenAt: T + 9000 },
    });
    expect(mergePost(network, dom)).toEqual({
      ...network,
      capture: { ...network.capture, lastSeenAt: T + 9000 },
    });
  });

  it('a network capture replaces a DOM-derived row and becomes the source', () => {
    const dom = samplePost({
      text: 'short',
      capture: { source: 'dom', timeline: 'home', firstSeenAt: 100, lastSeenAt: 100 },
    });
    const merged = mergePost(dom, network);
    expect(merged).toEqual({ ...network, capture: { ...network.capture, firstSeenAt: 100 } });
  });

  it('a DOM capture over a DOM row keeps media and avatar the new reading missed', () => {
    const domWithMedia = samplePost({
      media: [{ kind: 'photo', url: 'https://pbs.twimg.com/media/b.jpg' }],
      author: { handle: 'ada', name: 'Ada', verified: false, avatarUrl: 'https://pbs.twimg.com/p.jpg' },
      capture: { source: 'dom', timeline: 'home', firstSeenAt: 100, lastSeenAt: 100 },
    });
    const domLater = samplePost({
      text: 'newer text',
      media: [],
      author: { handle: 'ada', name: 'Ada', verified: false },
      capture: { source: 'dom', timeline: 'home', firstSeenAt: 200, lastSeenAt: 200 },
    });
    const merged = mergePost(domWithMedia, domLater);
    expect(merged.text).toBe('newer text');
    expect(merged.media).toEqual(domWithMedia.media);
    expect(merged.author.avatarUrl).toBe('https://pbs.twimg.com/p.jpg');
    expect(merged.capture).toEqual({ source: 'dom', timeline: 'home', firstSeenAt: 100, lastSeenAt: 200 });
  });
});
