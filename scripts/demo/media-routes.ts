import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';

/**
 * Serves the demo's pictures (scripts/demo/images: generated, HAND-MADE) at the networks' own media
 * hosts, so the feed shows photos, video posters and avatars with nothing fetched from the network.
 * A URL naming a demo picture (…/photo-harbour.png) gets that one; any other picture on these hosts
 * (the hand-made Threads data's) gets one chosen by its path, an avatar for a profile picture.
 */
const IMAGES = resolve(import.meta.dirname, 'images');
const HOSTS = [
  'https://pbs.twimg.com/**',
  'https://scontent.cdninstagram.com/**',
  'https://media.tenor.co/**',
];
const PHOTOS = ['photo-harbour', 'photo-mountains', 'photo-city', 'photo-dunes', 'poster-forest'];
const AVATARS = Array.from({ length: 8 }, (_, index) => `avatar-${index + 1}`);

function pick(names: readonly string[], key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return names[hash % names.length]!;
}

/** The demo picture for a media URL. */
export function demoPictureFor(url: URL): string {
  const named = /(photo|poster|avatar)-[a-z0-9]+/.exec(url.pathname)?.[0];
  if (named && [...PHOTOS, ...AVATARS].includes(named)) return named;
  // Instagram's CDN (Threads) puts profile pictures under t51.2885-19.
  const avatar = url.pathname.includes('/profile_images/') || url.pathname.includes('t51.2885-19');
  return avatar ? pick(AVATARS, url.pathname) : pick(PHOTOS, url.pathname);
}

export async function serveDemoMedia(context: BrowserContext): Promise<void> {
  const cache = new Map<string, Buffer>();
  for (const host of HOSTS) {
    await context.route(host, async (route) => {
      const name = demoPictureFor(new URL(route.request().url()));
      const body = cache.get(name) ?? readFileSync(resolve(IMAGES, `${name}.png`));
      cache.set(name, body);
      await route.fulfill({ status: 200, contentType: 'image/png', body });
    });
  }
}
