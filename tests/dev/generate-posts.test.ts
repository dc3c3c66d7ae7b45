import { describe, expect, it } from 'vitest';
import { GENERATED_END, generatePosts } from '../../lib/dev/generate-posts';
import { postSchema } from '../../lib/post';

describe('generatePosts', () => {
  const posts = generatePosts(3000, 11);
  const share = (test: (post: (typeof posts)[number]) => boolean) => posts.filter(test).length / posts.length;

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePosts(200, 11)).toEqual(posts.slice(0, 200));
    expect(generatePosts(50, 12).map((post) => post.text)).not.toEqual(
      posts.slice(0, 50).map((post) => post.text),
    );
  });

  it('gives valid posts with unique ids', () => {
    for (const post of posts) expect(postSchema.parse(post)).toEqual(post);
    expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length);
  });

  it('has the mix a timeline has', () => {
    expect(share((post) => post.platform === 'x')).toBeGreaterThan(0.45);
    expect(share((post) => post.platform === 'x')).toBeLessThan(0.55);
    expect(share((post) => post.media.length > 0)).toBeGreaterThan(0.25);
    expect(share((post) => post.media.length > 0)).toBeLessThan(0.35);
    expect(share((post) => post.repost !== undefined)).toBeGreaterThan(0.05);
    expect(share((post) => post.quotedPostId !== undefined)).toBeGreaterThan(0.02);
    expect(share((post) => post.reply !== undefined)).toBeGreaterThan(0.1);
    expect(share((post) => post.linkCard !== undefined)).toBeGreaterThan(0.05);
    expect(share((post) => post.text.length <= 100)).toBeGreaterThan(0.3);
    expect(share((post) => post.text.length > 280)).toBeGreaterThan(0.1);
    expect(Math.max(...posts.map((post) => post.text.length))).toBeGreaterThan(1000);
    expect(Math.max(...posts.map((post) => post.text.length))).toBeLessThan(2100);
    expect(share((post) => /[\u4e00-\u9fff]/.test(post.text))).toBeGreaterThan(0.01);
    expect(share((post) => /\p{Extended_Pictographic}/u.test(post.text))).toBeGreaterThan(0.01);
    expect(share((post) => /[éèüöåçñ]/.test(post.text))).toBeGreaterThan(0.05);
    expect(new Set(posts.map((post) => post.author.handle)).size).toBeGreaterThan(500);
  });

  it('mixes four networks evenly when asked, each with its own id, handle and permalink shape', () => {
    const mixed = generatePosts(4000, 3, { platforms: ['x', 'threads', 'bluesky', 'mastodon'] });
    for (const post of mixed) expect(postSchema.parse(post)).toEqual(post);
    expect(new Set(mixed.map((post) => post.id)).size).toBe(mixed.length);
    for (const platform of ['x', 'threads', 'bluesky', 'mastodon'] as const) {
      const ofPlatform = mixed.filter((post) => post.platform === platform);
      expect(ofPlatform.length / mixed.length).toBeGreaterThan(0.22);
      expect(ofPlatform.length / mixed.length).toBeLessThan(0.28);
    }
    const bluesky = mixed.find((post) => post.platform === 'bluesky')!;
    expect(bluesky.nativeId).toMatch(/^at:\/\/did:plc:[a-z0-9]+\/app\.bsky\.feed\.post\/[a-z0-9]+$/);
    expect(bluesky.author.handle).toMatch(/^[a-z0-9-]+\.bsky\.social$/);
    expect(bluesky.url).toBe(
      `https://bsky.app/profile/${bluesky.author.handle}/post/${bluesky.nativeId.split('/').pop()}`,
    );
    const mastodon = mixed.find((post) => post.platform === 'mastodon')!;
    expect(mastodon.author.handle).toMatch(/^[a-z0-9_]+@mastodon\.social$/);
    expect(mastodon.nativeId).toMatch(/^https:\/\/mastodon\.social\/users\/[a-z0-9_]+\/statuses\/\d+$/);
  });

  it('spreads posts over the year before GENERATED_END, reposts at their repost time', () => {
    const times = posts.map((post) => post.createdAt);
    expect(Math.max(...times)).toBeLessThanOrEqual(GENERATED_END);
    expect(Math.min(...times)).toBeGreaterThan(GENERATED_END - 366 * 86_400_000);
    for (const post of posts) expect(post.sortAt).toBe(post.repost?.at ?? post.createdAt);
  });

  it('marks entities on the exact ranges of the text', () => {
    for (const post of posts) {
      for (const entity of post.entities) {
        const slice = post.text.slice(entity.start, entity.end);
        if (entity.kind === 'mention') expect(slice).toBe(`@${entity.handle}`);
        if (entity.kind === 'hashtag') expect(slice).toBe(`#${entity.tag}`);
        if (entity.kind === 'link') expect(slice).toBe(entity.url);
      }
    }
    expect(share((post) => post.entities.length > 0)).toBeGreaterThan(0.2);
  });
});
