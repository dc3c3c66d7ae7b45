import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlueskyCaptureText } from '../../../lib/platforms/bluesky/read-capture-file';
import { capturePath, needsCaptures, ownFixturePath } from '../../helpers/captures';
import { contextFor, reasonCounts } from './fixture';

const TIMELINE = 'app.bsky.feed.getTimeline-2023-05-200items.json';
const THREAD = 'app.bsky.feed.getPostThread-2025-04-5posts-video-quote-sv.json';
const context = contextFor(TIMELINE);

const read = (text: string) => parseBlueskyCaptureText(text, context);
const ids = (result: ReturnType<typeof read>) =>
  'error' in result ? result : result.posts.map((post) => post.id);
const real = (file: string) => readFileSync(capturePath(`bluesky/${file}`), 'utf8');
const own = (file: string) => readFileSync(ownFixturePath(`bluesky/${file}`), 'utf8');

describe('parseBlueskyCaptureText on the real files', needsCaptures, () => {
  it('one response; the same as an array of it; JSON lines of several, repeats stored once', () => {
    const timeline = real(TIMELINE);
    const one = read(timeline);
    expect(ids(one)).toHaveLength(358);
    expect(ids(read(`[${timeline}]`))).toEqual(ids(one));
    const lines = [timeline, real(THREAD), timeline]
      .map((text) => JSON.stringify(JSON.parse(text)))
      .join('\n');
    const several = read(`${lines}\n`);
    if ('error' in several) throw new Error(several.error);
    expect(several.posts).toHaveLength(358 + 6);
    // Each response counts its own skips: the timeline twice.
    expect(reasonCounts(several)).toEqual({ 'blocked-post': 2 });
  });
});

describe('parseBlueskyCaptureText', () => {
  it('reads a hand-made response, a notifications-only one (no posts, counted) and a byte-order mark', () => {
    expect(ids(read(own('handmade-app.bsky.unspecced.getPostThreadV2.json')))).toHaveLength(4);
    const notifications = read(`\uFEFF${own('handmade-app.bsky.notification.listNotifications.json')}`);
    if ('error' in notifications) throw new Error(notifications.error);
    expect(notifications.posts).toEqual([]);
    expect(reasonCounts(notifications)).toEqual({ 'notification-post': 3 });
  });

  it('answers anything that is not a Bluesky XRPC body with an error, never an empty result', () => {
    const notBluesky = [
      '',
      '   \n',
      '<!doctype html><html></html>',
      '{"data":{"home":{"home_timeline_urt":{"instructions":[]}}}}',
      '[{"id":"1","content":"<p>a Mastodon status</p>"}]',
      '{"error":"InvalidToken","message":"Bad token"}',
      'not json',
      '{"feed":[]}\n{broken',
    ];
    for (const text of notBluesky) {
      const result = read(text);
      expect('error' in result, JSON.stringify(text)).toBe(true);
    }
  });
});
