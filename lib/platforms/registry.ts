import type { Platform } from '../post';

/**
 * The capture sources, one explicit list. Each platform has a MAIN-world network tap and an
 * isolated content script (entrypoints/<platform>-tap.content.ts, <platform>.content.ts); this
 * table holds what they and the background agree on. Only https pages are read.
 */
export interface PlatformCapture {
  platform: Platform;
  /** Content-script match patterns (also the capture allow-list, with lib/messaging.ts CAPTURE_ORIGINS). */
  matches: string[];
}

export const X_CAPTURE: PlatformCapture = {
  platform: 'x',
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://mobile.x.com/*',
    'https://mobile.twitter.com/*',
  ],
};

export const THREADS_CAPTURE: PlatformCapture = {
  platform: 'threads',
  matches: [
    'https://www.threads.com/*',
    'https://threads.com/*',
    'https://www.threads.net/*',
    'https://threads.net/*',
  ],
};

export const CAPTURES: readonly PlatformCapture[] = [X_CAPTURE, THREADS_CAPTURE];
