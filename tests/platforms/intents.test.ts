import { describe, expect, it } from 'vitest';
import { network, type Platform } from '../../lib/platforms/registry';

// Each network's compose page and reply link, from its adapter.
const intentUrl = (id: Platform, text: string, options?: { url?: string }) => {
  const build = network(id).compose.intentUrl;
  if (!build) throw new Error(`${id} has no intent page`);
  return build(text, options);
};
const xIntentUrl = (text: string, options?: { url?: string }) => intentUrl('x', text, options);
const threadsIntentUrl = (text: string, options?: { url?: string }) => intentUrl('threads', text, options);
const blueskyIntentUrl = (text: string, options?: { url?: string }) => intentUrl('bluesky', text, options);
const replyUrl = (post: { platform: Platform; nativeId: string; url: string }) =>
  network(post.platform).links.reply?.(post) ?? post.url;

const tricky = 'Tea & cake #1 🎉\nline two: 100% "yes"? a+b=c';
const encoded = 'Tea%20%26%20cake%20%231%20%F0%9F%8E%89%0Aline%20two%3A%20100%25%20%22yes%22%3F%20a%2Bb%3Dc';

describe('intents', () => {
  it('X: text exactly encoded', () => {
    expect(xIntentUrl(tricky)).toBe(`https://x.com/intent/tweet?text=${encoded}`);
    expect(new URL(xIntentUrl(tricky)).searchParams.get('text')).toBe(tricky);
  });

  it('X and Threads: a shared link in its own parameter', () => {
    const url = 'https://example.com/a?b=1&c=2#frag';
    expect(xIntentUrl('Look', { url })).toBe(
      'https://x.com/intent/tweet?text=Look&url=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1%26c%3D2%23frag',
    );
    expect(threadsIntentUrl(tricky, { url })).toBe(
      `https://www.threads.com/intent/post?text=${encoded}&url=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1%26c%3D2%23frag`,
    );
  });

  it('Bluesky: the link goes into the text', () => {
    expect(blueskyIntentUrl(tricky)).toBe(`https://bsky.app/intent/compose?text=${encoded}`);
    expect(blueskyIntentUrl('Look', { url: 'https://e.com/' })).toBe(
      'https://bsky.app/intent/compose?text=Look%20https%3A%2F%2Fe.com%2F',
    );
    expect(intentUrl('bluesky', 'Look https://e.com/', { url: 'https://e.com/' })).toBe(
      'https://bsky.app/intent/compose?text=Look%20https%3A%2F%2Fe.com%2F',
    );
  });

  it('emoji beyond the BMP and lone combining marks survive the round trip', () => {
    const text = '👨‍👩‍👧‍👦 e\u0301 日本';
    for (const network of ['x', 'threads', 'bluesky'] as const) {
      expect(new URL(intentUrl(network, text)).searchParams.get('text')).toBe(text);
    }
  });

  it('reply on X by tweet id; elsewhere at the permalink', () => {
    expect(
      replyUrl({
        platform: 'x',
        nativeId: '1790000000000000001',
        url: 'https://x.com/a/status/1790000000000000001',
      }),
    ).toBe('https://x.com/intent/tweet?in_reply_to=1790000000000000001');
    expect(
      replyUrl({
        platform: 'threads',
        nativeId: '3400000000000000000_1',
        url: 'https://www.threads.com/@a/post/DAbc',
      }),
    ).toBe('https://www.threads.com/@a/post/DAbc');
  });

  it('Mastodon has no compose page to open: it posts through the account', () => {
    expect(network('mastodon').compose.intentUrl).toBeUndefined();
    expect(network('mastodon').compose.account?.kind).toBe('oauth');
  });
});
