// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostCard } from '../../components/feed/post-card';
import { QuotedPostSource } from '../../components/feed/quoted-source';
import type { Entity, Post } from '../../lib/post';
import { samplePost } from '../helpers/sample-post';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const NOW = 1_750_000_600_000;
let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(post: Post, highlight?: (text: string) => Array<[number, number]>) {
  act(() => root.render(<PostCard post={post} now={NOW} highlight={highlight} />));
  return container.querySelector('article')!;
}

describe('PostCard', () => {
  it('shows markup in a post as its characters, never as elements', () => {
    const card = render(samplePost({ text: '<img src=x onerror=alert(1)><script>alert(2)</script>' }));
    const text = card.querySelector('.post-text')!;
    expect(text.textContent).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(text.children).toHaveLength(0);
  });

  it('links entities to the platform with rel="noopener noreferrer", and never a javascript: URL', () => {
    const entities = [
      { kind: 'mention', start: 0, end: 4, handle: 'ada' },
      { kind: 'link', start: 5, end: 10, url: 'javascript:alert(1)' },
    ] as unknown as Entity[];
    const card = render(samplePost({ text: '@ada click', entities }));
    const links = [...card.querySelectorAll('.post-text a')];
    expect(
      links.map((a) => [
        a.textContent,
        a.getAttribute('href'),
        a.getAttribute('rel'),
        a.getAttribute('target'),
      ]),
    ).toEqual([['@ada', 'https://x.com/ada', 'noopener noreferrer', '_blank']]);
    expect(card.querySelector('.post-text')!.textContent).toBe('@ada click');
  });

  it('marks search matches', () => {
    const card = render(samplePost({ text: 'Hello analytical engine' }), () => [[6, 16]]);
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['analytical']);
  });

  it('shows the initial instead of an avatar that fails to load, and no referrer', () => {
    const card = render(
      samplePost({
        author: { handle: 'ada', name: 'ada L', verified: true, avatarUrl: 'https://pbs.twimg.com/a.jpg' },
      }),
    );
    const img = card.querySelector('header img')!;
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('loading')).toBe('lazy');
    act(() => {
      img.dispatchEvent(new Event('error'));
    });
    expect(card.querySelector('[data-testid="avatar-placeholder"]')!.textContent).toBe('A');
    expect(card.querySelector('[aria-label="verified"]')).not.toBeNull();
  });

  it('shows media with alt text, video duration, poll shares, link card and repost header', () => {
    const card = render(
      samplePost({
        media: [
          { kind: 'photo', url: 'https://pbs.twimg.com/p.jpg', altText: 'A harbour' },
          {
            kind: 'video',
            url: 'https://video.twimg.com/v.mp4',
            previewUrl: 'https://pbs.twimg.com/v.jpg',
            durationMs: 65_000,
          },
        ],
        poll: {
          choices: [
            { label: 'Yes', votes: 3 },
            { label: 'No', votes: 1 },
          ],
          closed: true,
        },
        linkCard: { url: 'javascript:alert(1)', title: 'Card title' },
        repost: { originalId: 'x:1', by: { handle: 'bob', name: 'Bob' } },
      }),
    );
    expect([...card.querySelectorAll('img')].map((img) => img.getAttribute('alt'))).toContain('A harbour');
    expect(card.textContent).toContain('▶ 1:05');
    expect(card.textContent).toContain('75%');
    expect(card.textContent).toContain('Bob reposted');
    expect(card.textContent).toContain('Card title');
    expect(
      [...card.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript')),
    ).toBe(false);
  });

  it("shows the quoted post from the list's cache, nothing while it loads, and says when it was not captured", () => {
    const quoted = samplePost({
      id: 'x:7',
      nativeId: '7',
      text: 'the quoted words',
      url: 'https://x.com/bo/status/7',
    });
    const post = samplePost({ quotedPostId: 'x:7' });
    const show = (source: (id: string) => Post | null | undefined) => {
      act(() =>
        root.render(
          <QuotedPostSource.Provider value={source}>
            <PostCard post={post} now={NOW} />
          </QuotedPostSource.Provider>,
        ),
      );
      return container.querySelector('[data-quoted-id]');
    };
    const asked: string[] = [];
    expect(show((id) => (asked.push(id), undefined))).toBeNull();
    expect(asked).toEqual(['x:7']);
    expect(container.textContent).not.toContain('Quoted post not captured');
    const section = show((id) => (id === 'x:7' ? quoted : null));
    expect(section?.getAttribute('data-quoted-id')).toBe('x:7');
    expect(section?.querySelector('.post-text')?.textContent).toBe('the quoted words');
    expect(section?.querySelector('a[href="https://x.com/bo/status/7"]')?.textContent).toBe(
      'Open quoted post on X',
    );
    expect(show(() => null)).toBeNull();
    expect(container.textContent).toContain('Quoted post not captured.');
  });
});
