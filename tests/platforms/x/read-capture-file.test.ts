import { validatePost } from '../../../lib/post';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseXCaptureText } from '../../../lib/platforms/x/read-capture-file';
import { needsCaptures, readCapture } from '../../helpers/captures';
import { contextFor, fixturePath, NOW } from './fixture';

const context = { timeline: 'file', now: NOW, validate: validatePost };

describe('parseXCaptureText with real captures', needsCaptures, () => {
  let home = '';
  let single = '';
  beforeAll(() => {
    home = readCapture(fixturePath('HomeLatestTimeline-2025-07'));
    single = readCapture(fixturePath('TweetResultByRestId-2025'));
  });

  it('reads one response', () => {
    const result = parseXCaptureText(home, contextFor('HomeLatestTimeline-2025-07'));
    expect('posts' in result && result.posts).toHaveLength(7);
  });

  it('reads a JSON array of responses and JSON lines, one row per post across them', () => {
    const compactHome = JSON.stringify(JSON.parse(home));
    const compactSingle = JSON.stringify(JSON.parse(single));
    for (const text of [
      `[${home},${single},${home}]`,
      `${compactHome}\n\n${compactSingle}\r\n${compactHome}\n`,
    ]) {
      const result = parseXCaptureText(text, context);
      if (!('posts' in result)) throw new Error(result.error);
      expect(result.posts).toHaveLength(8);
      expect(result.skipped.map((skipped) => skipped.reason)).toEqual(['promoted', 'promoted']);
    }
  });

  it('names the bad line of JSON lines', () => {
    const line = JSON.stringify(JSON.parse(single));
    const result = parseXCaptureText(`${line}\n${line}\n{"data": oops}\n`, context);
    expect(result).toEqual({ error: expect.stringMatching(/^not JSON: line 3: /) });
  });
});

describe('parseXCaptureText errors', () => {
  it('returns an error string for what it cannot read', () => {
    expect(parseXCaptureText('', context)).toEqual({ error: 'empty input' });
    expect(parseXCaptureText('<!DOCTYPE html><html></html>', context)).toEqual({
      error: 'looks like HTML, not an X GraphQL JSON response',
    });
    expect(parseXCaptureText('{"data": ', context)).toEqual({ error: expect.stringMatching(/^not JSON: /) });
    expect(parseXCaptureText('{"data": {"viewer": {}}}', context)).toEqual({
      error: 'no X timeline or tweet found',
    });
    expect(parseXCaptureText('[1, 2]', context)).toEqual({ error: 'no X timeline or tweet found' });
  });
});
