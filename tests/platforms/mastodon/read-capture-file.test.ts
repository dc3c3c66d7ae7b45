import { validatePost } from '../../../lib/post';
import { describe, expect, it } from 'vitest';
import { parseMastodonCaptureText } from '../../../lib/platforms/mastodon/read-capture-file';
import { needsCaptures, readCapture } from '../../helpers/captures';
import { NOW, readOwnText } from './fixtures';

const context = { timeline: 'file', now: NOW, validate: validatePost };
const HOME = 'mastodon/api-v1-timelines-home-fosstodon-2025-07-5statuses.json';
const CONTEXT = 'mastodon/api-v1-statuses-context-mastodon.social-2023-05-1ancestor-1descendant.json';

function posts(text: string): number {
  const result = parseMastodonCaptureText(text, context);
  if ('error' in result) throw new Error(result.error);
  return result.posts.length;
}

describe('parseMastodonCaptureText: real captures', needsCaptures, () => {
  it('reads a timeline (itself an array of statuses) as one response', () => {
    expect(posts(readCapture(HOME))).toBe(5);
  });

  it('reads an array of responses and JSON lines of responses, one row per status', () => {
    const home = readCapture(HOME);
    const thread = readCapture(CONTEXT);
    expect(posts(`[${home}, ${thread}]`)).toBe(7);
    expect(posts(`${JSON.stringify(JSON.parse(home))}\n${JSON.stringify(JSON.parse(thread))}\n`)).toBe(7);
    // overlapping pages (a scroll repeats statuses) give each row once
    expect(posts(`[${home}, ${home}]`)).toBe(5);
  });
});

describe('parseMastodonCaptureText', () => {
  it('reads JSON lines of streaming frames', () => {
    const result = parseMastodonCaptureText(readOwnText('handmade-streaming-frames.jsonl'), context);
    expect('error' in result ? result.error : result.posts.length).toBe(3);
    expect('error' in result ? [] : result.skipped.map((skip) => skip.detail)).toEqual([
      'delete',
      'filters_changed',
    ]);
  });

  it('reads hand-made v1 notifications (an array of notifications) as one response', () => {
    expect(posts(readOwnText('handmade-notifications-v1.json'))).toBe(4);
  });

  it('says what is wrong instead of returning nothing', () => {
    expect(parseMastodonCaptureText('', context)).toEqual({ error: 'empty input' });
    expect(parseMastodonCaptureText('<html></html>', context)).toEqual({
      error: 'looks like HTML, not a Mastodon API JSON response',
    });
    expect(parseMastodonCaptureText('{"data":{"home":{}}}', context)).toMatchObject({
      error: expect.stringContaining('no Mastodon statuses found'),
    });
    expect(parseMastodonCaptureText('[]', context)).toMatchObject({
      error: expect.stringContaining('no Mastodon'),
    });
    expect(parseMastodonCaptureText('{"a":1}\nnot json', context)).toMatchObject({
      error: expect.stringContaining('line 2'),
    });
    expect(parseMastodonCaptureText('nope', context)).toMatchObject({
      error: expect.stringMatching(/^not JSON/),
    });
  });
});
