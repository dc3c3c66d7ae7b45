import type { Platform } from '../post';

export const PLATFORM_LABELS: Record<Platform, string> = {
  x: 'X',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};
