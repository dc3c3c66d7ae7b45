import { describe, expect, it } from 'vitest';
import type { UserState } from '../../lib/db';
import { exportPostsAs } from '../../lib/export/export-posts';
import { escapeMarkdown, markdownText, markdownPost } from '../../lib/export/markdown';
import { samplePost } from '../helpers/sample-post';

const NOW = Date.UTC(2025, 6, 1, 12, 0);

describe('Markdown export', () => {
  it('writes one section per post: author, time, link, text, media links, and the user state', () => {
    const post = samplePost({
      text: 'First line\nSecond line with a link https://example.com/x',
      media: [
        { kind: 'photo', url: 'https://pbs.twimg.com/media/a.jpg', altText: 'A harbour' },
        { kind: 'video', url: 'https://video.twimg.com/b.mp4' },
      ],
      linkCard: { url: 'https://example.com/x', title: 'Example page' },
      repost: { originalId: 'x:1', by: { handle: 'grace' } },
    });
    const state: UserState = {
      postId: post.id,
      savedAt: NOW,
      tags: ['history', 'math'],
      note: 'Read again',
      updatedAt: NOW,
    };
    expect(markdownPost(post, state)).toBe(
      [
        '## Ada Lovelace (@ada) on X',
        '',
        '- Posted: 2025-06-15 15:06 UTC',
        '- Link: [open post](<https://x.com/ada/status/1800000000000000001>)',
        '- Reposted by @grace',
        '- Saved: 2025-07-01 12:00 UTC',
        '- Tags: history, math',
        '- Note: Read again',
        '',
        'First line  ',
        'Second line with a link https://example.com/x',
        '',
        '- [photo 1](<https://pbs.twimg.com/media/a.jpg>): A harbour',
        '- [video 2](<https://video.twimg.com/b.mp4>)',
        '- [Example page](<https://example.com/x>)',
        '',
      ].join('\n'),
    );
  });

  it('keeps scraped text as text: no HTML, links, emphasis or block markers it did not have', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(escapeMarkdown('*bold* _it_ `code` ~strike~ a|b')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\~strike\\~ a\\|b',
    );
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('#hashtag in the middle and a-b')).toBe('\\#hashtag in the middle and a-b');
    expect(escapeMarkdown('a back\\slash')).toBe('a back\\\\slash');
    // Every kind of line break: a field stays one line, and a text's new line cannot start a block.
    expect(escapeMarkdown('name\r# heading\u2028- item\u2029> quote')).toBe(
      'name # heading - item \\> quote',
    );
    for (const br of ['\r', '\u2028', '\u2029', '\r\n']) {
      expect(markdownText(`line${br}# heading`)).toBe('line  \n\\# heading');
    }
    const post = samplePost({
      author: { handle: 'evil_one', name: '<script>alert(1)</script>', verified: false },
    });
    expect(markdownPost(post, undefined).split('\n')[0]).toBe(
      '## \\<script\\>alert(1)\\</script\\> (@evil\\_one) on X',
    );
  });

  it('makes only http(s) URLs links, with angle brackets so a ) in the URL cannot end the link', () => {
    const post = samplePost({
      media: [{ kind: 'photo', url: 'https://example.com/a_(b).jpg' }],
    });
    expect(markdownPost(post, undefined)).toContain('- [photo 1](<https://example.com/a_(b).jpg>)');
  });

  it('a document for the current view: a title, the count and every post in order', async () => {
    const posts = [samplePost({ nativeId: '1' }), samplePost({ nativeId: '2', text: 'Second' })];
    const blob = exportPostsAs('markdown', posts, new Map(), NOW);
    expect(blob.type).toBe('text/markdown;charset=utf-8');
    const text = await blob.text();
    expect(text.startsWith('# Crossfeed export\n\n2 posts, exported 2025-07-01 12:00 UTC.\n\n## Ada')).toBe(
      true,
    );
    expect(text.indexOf('status/1>)')).toBeGreaterThan(0);
    expect(text.indexOf('status/1>)')).toBeLessThan(text.indexOf('status/2>)'));
    expect(text.match(/^## /gm)).toHaveLength(2);
  });
});
