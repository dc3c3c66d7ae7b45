import { describe, expect, it } from 'vitest';
import { parseThreadsCaptureText } from '../../../lib/platforms/threads/read-capture-file';
import { needsCaptures, readCapture } from '../../helpers/captures';
import { FEED_FILE, PAGE_FILE, context, parseHtml, readOwnText } from './fixtures';

const ids = (result: ReturnType<typeof parseThreadsCaptureText>) =>
  'error' in result ? result : result.posts.map((post) => post.id);

describe('parseThreadsCaptureText on the real files', needsCaptures, () => {
  it('a GraphQL response, the same as an array of it and as JSON lines', () => {
    const text = readCapture(FEED_FILE);
    const one = parseThreadsCaptureText(text, context(), parseHtml);
    expect(ids(one)).toHaveLength(7);
    expect(ids(parseThreadsCaptureText(`[${text}]`, context(), parseHtml))).toEqual(ids(one));
    expect(
      ids(
        parseThreadsCaptureText(
          `${JSON.stringify(JSON.parse(text))}\n{"data":{"viewer":{}}}\n`,
          context(),
          parseHtml,
        ),
      ),
    ).toEqual(ids(one));
  });

  it('a saved page: embedded JSON first (29 posts); the DOM adds nothing the JSON already has', () => {
    const result = parseThreadsCaptureText(readCapture(PAGE_FILE), context(), parseHtml);
    if ('error' in result) throw new Error(result.error);
    expect(result.posts).toHaveLength(29);
    expect(result.posts.every((post) => post.capture.source === 'network')).toBe(true);
    expect(result.skipped).toEqual([]);
  });
});

describe('parseThreadsCaptureText', () => {
  it('a page without embedded JSON is read from the DOM', () => {
    const result = parseThreadsCaptureText(readOwnText('handmade-dom-page.html'), context(), parseHtml);
    if ('error' in result) throw new Error(result.error);
    expect(result.posts.map((post) => [post.id, post.capture.source])).toEqual([
      ['threads:3800000000000000020', 'dom'],
      ['threads:3800000000000000022', 'dom'],
      ['threads:3800000000000000021', 'dom'],
    ]);
  });

  it('says clearly what it could not read', () => {
    expect(parseThreadsCaptureText('  ', context(), parseHtml)).toEqual({ error: 'empty input' });
    expect(parseThreadsCaptureText('{"a":1}\nnot json', context(), parseHtml)).toEqual({
      error: 'not JSON, an array of JSON, or JSON lines (line 2 does not parse)',
    });
    expect(parseThreadsCaptureText('{"data":{"user":{}}}', context(), parseHtml)).toEqual({
      error: 'not a Threads GraphQL response with posts: no thread_items, post lists or post media found',
    });
    expect(parseThreadsCaptureText('<html><body><p>hi</p></body></html>', context(), parseHtml)).toEqual({
      error: 'not a Threads page: no <script type="application/json" data-sjs> blobs and no post markup',
    });
  });
});
