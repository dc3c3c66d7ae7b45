// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostCard } from '../../components/feed/post-card';
import { emojiPieces } from '../../lib/feed/emoji-text';
import type { Post } from '../../lib/post';
import { samplePost } from '../helpers/sample-post';

/*
 * What Mastodon and Bluesky posts carry beyond X's and Threads': content warnings and the reader's
 * own filters (the card folded until opened), sensitive media (hidden until clicked), custom emoji
 * (images by http(s) URL, never HTML), pinned posts, quotes that cannot be shown, and "Open" on the
 * reader's own server.
 */

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

function render(post: Post) {
  act(() => root.render(<PostCard post={post} now={NOW} />));
  return container.querySelector('article')!;
}

function click(element: Element | null) {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
}

const button = (card: Element, name: string) =>
  [...card.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(name)) ?? null;

const mastodonPost = (overrides: Partial<Post> = {}) =>
  samplePost({
    id: 'mastodon:https://remote.example/users/ada/statuses/1',
    platform: 'mastodon',
    nativeId: 'https://remote.example/users/ada/statuses/1',
    url: 'https://remote.example/@ada/1',
    author: { handle: 'ada@remote.example', name: 'Ada', verified: false },
    ...overrides,
  });

const PHOTO = { kind: 'photo', url: 'https://files.example/p.jpg', altText: 'A harbour' } as const;

describe('PostCard: content warnings and filters', () => {
  it('folds the post behind its content warning until opened, and folds it again', () => {
    const card = render(
      mastodonPost({ contentWarning: 'spoilers :blobcat:', text: 'The butler did it', media: [PHOTO] }),
    );
    const cover = card.querySelector('[data-testid="content-cover"]')!;
    expect(cover.textContent).toContain('Content warning: spoilers');
    expect(card.querySelector('.post-text')).toBeNull();
    expect(card.querySelector('img[alt="A harbour"]')).toBeNull();
    expect(card.querySelector('header')!.textContent).toContain('Ada');
    click(button(card, 'Show post'));
    expect(card.querySelector('.post-text')!.textContent).toBe('The butler did it');
    expect(button(card, 'Hide post')!.getAttribute('aria-expanded')).toBe('true');
    click(button(card, 'Hide post'));
    expect(card.querySelector('.post-text')).toBeNull();
  });

  it("marks posts that matched the reader's filters, and folds those that warn", () => {
    const card = render(
      mastodonPost({
        filtered: [
          { title: 'Elections', action: 'warn' },
          { title: 'Cats', action: 'blur' },
        ],
        media: [PHOTO],
      }),
    );
    expect(card.querySelector('[data-testid="filtered"]')!.textContent).toBe(
      '⚑ Matches your server’s filters: Elections, Cats',
    );
    expect(card.querySelector('[data-testid="content-cover"]')!.textContent).toContain('Filtered: Elections');
    click(button(card, 'Show post'));
    // The blurring filter keeps the media hidden until clicked.
    expect(card.querySelector('[data-testid="sensitive-media"]')).not.toBeNull();
  });
});

describe('PostCard: media, emoji, marks and links', () => {
  it('hides sensitive media until clicked, naming the labels', () => {
    const card = render(samplePost({ sensitive: true, labels: ['graphic-media'], media: [PHOTO] }));
    expect(card.querySelector('img[alt="A harbour"]')).toBeNull();
    expect(card.querySelector('[data-testid="sensitive-media"]')!.textContent).toBe(
      'Sensitive media (graphic-media) · 1 item · Show',
    );
    click(card.querySelector('[data-testid="sensitive-media"]'));
    expect(card.querySelector('img[alt="A harbour"]')!.getAttribute('src')).toBe(PHOTO.url);
  });

  it('shows custom emoji as images from http(s) URLs only, in the text and the name', () => {
    const card = render(
      mastodonPost({
        text: 'hi :blobcat: :evil: :unknown:',
        emojis: [
          { shortcode: 'blobcat', url: 'https://files.example/blobcat.png' },
          { shortcode: 'evil', url: 'javascript:alert(1)' },
        ],
        author: {
          handle: 'ada@remote.example',
          name: 'Ada :verified:',
          verified: false,
          emojis: [{ shortcode: 'verified', url: 'https://files.example/v.png' }],
        },
      }),
    );
    const images = [...card.querySelectorAll('img[data-emoji]')].map((img) => [
      img.getAttribute('alt'),
      img.getAttribute('src'),
    ]);
    expect(images).toEqual([
      [':verified:', 'https://files.example/v.png'],
      [':blobcat:', 'https://files.example/blobcat.png'],
    ]);
    expect(card.querySelector('.post-text')!.textContent).toBe('hi  :evil: :unknown:');
  });

  it('marks a pinned post, says why a quote cannot be shown, and opens on the reader’s own server', () => {
    const card = render(
      mastodonPost({
        pinned: true,
        quoteUnavailable: 'revoked',
        local: { id: '1123', url: 'https://home.example/@ada@remote.example/1123' },
      }),
    );
    expect(card.querySelector('[data-testid="pinned"]')!.textContent).toBe('📌 Pinned');
    expect(card.querySelector('[data-testid="quote-unavailable"]')!.textContent).toBe(
      'Quoted post unavailable: its author withdrew the quote.',
    );
    const open = [...card.querySelectorAll('a')].find((a) => a.textContent === 'Open on Mastodon')!;
    expect(open.getAttribute('href')).toBe('https://home.example/@ada@remote.example/1123');
  });
});

describe('emojiPieces', () => {
  it('splits only known shortcodes, even when an unknown one shares a colon', () => {
    const emojis = [{ shortcode: 'b', url: 'https://e.example/b.png' }];
    expect(emojiPieces(':a:b: x', emojis)).toEqual([
      { text: ':a' },
      { shortcode: 'b', url: 'https://e.example/b.png' },
      { text: ' x' },
    ]);
    expect(emojiPieces('no emoji here', emojis)).toEqual([{ text: 'no emoji here' }]);
    expect(emojiPieces(':b:', undefined)).toEqual([{ text: ':b:' }]);
  });
});
