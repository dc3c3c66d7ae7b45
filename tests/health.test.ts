import { describe, expect, it } from 'vitest';
import { network } from '../lib/platforms/registry';
import {
  applyBatchToHealth,
  HEALTH_KEY_CAP,
  OTHER_KEY,
  DOM_CHECK_OPERATION,
  emptyHealth,
  healthWarnings,
  type HealthRecord,
} from '../lib/health';

const now = 10_000_000;

function record(
  platform: 'x' | 'bluesky' | 'mastodon',
  source: 'network' | 'dom',
  ops: HealthRecord['operations'],
): HealthRecord {
  return { ...emptyHealth(platform, source), operations: ops };
}

describe('applyBatchToHealth', () => {
  it('adds counts and tracks the zero streak per operation', () => {
    let health = emptyHealth('x', 'network');
    const stats = (posts: number) => ({
      operations: { HomeTimeline: { responses: 1, posts } },
      skipped: { promoted: 1 },
      unknownOperations: { Viewer: 1 },
      failures: { 'tap-xhr-read': 1 },
    });
    health = applyBatchToHealth(health, { stats: stats(0), stored: 0, created: 0, rejected: {}, now: 1 });
    health = applyBatchToHealth(health, {
      stats: stats(0),
      stored: 0,
      created: 0,
      rejected: { url: 1 },
      now: 2,
    });
    expect(health.operations.HomeTimeline).toEqual({
      responses: 2,
      posts: 0,
      zeroStreak: 2,
      lastPostsAt: undefined,
    });
    health = applyBatchToHealth(health, { stats: stats(4), stored: 4, created: 3, rejected: {}, now: 3 });
    expect(health).toEqual({
      key: 'x:network',
      platform: 'x',
      source: 'network',
      operations: { HomeTimeline: { responses: 3, posts: 4, zeroStreak: 0, lastPostsAt: 3 } },
      postsStored: 4,
      postsNew: 3,
      skipped: { promoted: 3 },
      rejected: { url: 1 },
      unknownOperations: { Viewer: 3 },
      failures: { 'tap-xhr-read': 3 },
      lastSuccessAt: 3,
      lastSeenAt: 3,
    });
  });
});

describe('healthWarnings', () => {
  it('warns that the JSON changed when a known operation keeps yielding nothing while the page shows posts', () => {
    const warnings = healthWarnings(
      [
        record('x', 'network', { HomeTimeline: { responses: 5, posts: 0, zeroStreak: 5 } }),
        record('x', 'dom', {
          [DOM_CHECK_OPERATION]: { responses: 2, posts: 20, zeroStreak: 0, lastPostsAt: now - 1000 },
        }),
      ],
      now,
    );
    expect(warnings.map((warning) => warning.kind)).toEqual(['network-format-changed']);
    expect(warnings[0]!.message).toContain('HomeTimeline');
  });

  it('warns that the markup changed when the page yields nothing while the network delivers', () => {
    const warnings = healthWarnings(
      [
        record('x', 'network', {
          HomeTimeline: { responses: 5, posts: 100, zeroStreak: 0, lastPostsAt: now - 1000 },
        }),
        record('x', 'dom', { [DOM_CHECK_OPERATION]: { responses: 4, posts: 0, zeroStreak: 4 } }),
      ],
      now,
    );
    expect(warnings.map((warning) => warning.kind)).toEqual(['markup-changed']);
  });

  it('says nothing when both sources work', () => {
    expect(
      healthWarnings(
        [
          record('x', 'network', {
            HomeTimeline: { responses: 5, posts: 100, zeroStreak: 0, lastPostsAt: now },
          }),
          record('x', 'dom', {
            [DOM_CHECK_OPERATION]: { responses: 4, posts: 40, zeroStreak: 0, lastPostsAt: now },
          }),
        ],
        now,
      ),
    ).toEqual([]);
  });

  it('never reads an empty run of an operation that yields no posts by design as a format change', () => {
    // Bluesky's listNotifications is read only to be counted (its posts come through getPosts), and
    // most of Mastodon's stream messages are not statuses: the adapters say so.
    expect(network('bluesky').capture.zeroPostOperations).toEqual([
      'app.bsky.notification.listNotifications',
    ]);
    expect(network('mastodon').capture.zeroPostOperations).toEqual(['streaming']);
    // Were there a page source beside them, its posts would not turn those runs into a warning…
    const pageShowsPosts = (platform: 'bluesky' | 'mastodon') =>
      record(platform, 'dom', {
        [DOM_CHECK_OPERATION]: { responses: 2, posts: 20, zeroStreak: 0, lastPostsAt: now - 1000 },
      });
    const quiet = healthWarnings(
      [
        record('bluesky', 'network', {
          'app.bsky.notification.listNotifications': { responses: 9, posts: 0, zeroStreak: 9 },
        }),
        pageShowsPosts('bluesky'),
        record('mastodon', 'network', { streaming: { responses: 40, posts: 2, zeroStreak: 12 } }),
        pageShowsPosts('mastodon'),
      ],
      now,
    );
    expect(quiet).toEqual([]);
    // …while a timeline doing the same would.
    const timeline = healthWarnings(
      [
        record('bluesky', 'network', {
          'app.bsky.notification.listNotifications': { responses: 9, posts: 0, zeroStreak: 9 },
          'app.bsky.feed.getTimeline': { responses: 3, posts: 0, zeroStreak: 3 },
        }),
        pageShowsPosts('bluesky'),
      ],
      now,
    );
    expect(timeline.map((warning) => [warning.kind, warning.message.includes('listNotifications')])).toEqual([
      ['network-format-changed', false],
    ]);
  });
});

describe('health stays bounded whatever the page claims', () => {
  it('a flood of forged operation names and skip reasons ends in one "other" bucket under the cap', () => {
    let health = emptyHealth('x', 'network');
    for (let batch = 0; batch < 100; batch += 1) {
      const names = Array.from({ length: 1080 }, (_, n) => `Op${batch}_${n}`);
      health = applyBatchToHealth(health, {
        stats: {
          operations: Object.fromEntries(names.map((name) => [name, { responses: 1, posts: 0 }])),
          skipped: Object.fromEntries(names.map((name) => [`reason-${name}`, 1])),
          unknownOperations: { '<img src=x>': 1, ...Object.fromEntries(names.map((name) => [name, 1])) },
        },
        stored: 0,
        created: 0,
        rejected: {},
        now: batch,
      });
    }
    expect(Object.keys(health.operations)).toHaveLength(HEALTH_KEY_CAP + 1);
    expect(Object.keys(health.skipped)).toHaveLength(HEALTH_KEY_CAP + 1);
    expect(Object.keys(health.unknownOperations)).toHaveLength(HEALTH_KEY_CAP + 1);
    // Nothing is lost: every count is somewhere.
    expect(Object.values(health.skipped).reduce((a, b) => a + b, 0)).toBe(108_000);
    expect(health.operations[OTHER_KEY]?.responses).toBe(108_000 - HEALTH_KEY_CAP);
    expect(health.unknownOperations['<img src=x>']).toBeUndefined();
  });
});
