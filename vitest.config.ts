import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { capturesNote, capturesTag } from './tests/helpers/captures.js';

// Said once per run, here, rather than by every test file that reads captures.
if (capturesNote) console.warn(capturesNote);

// tests/firefox drives a real firefox-esr and needs the Firefox build: `npm test` runs it as its
// own step (CROSSFEED_FIREFOX=1 vitest run), after `wxt build -b firefox`; the unit run leaves it out.
const firefox = process.env.CROSSFEED_FIREFOX === '1';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: firefox ? ['tests/firefox/**/*.test.ts'] : ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', ...(firefox ? [] : ['tests/firefox/**']), 'node_modules/**'],
    environment: 'node',
    // Hooks get the tests' allowance: a beforeAll filling fake-indexeddb (tests/feed/feed-store)
    // passed 10 s, vitest's default, on the two shared cores under load.
    testTimeout: firefox ? 120_000 : 60_000,
    hookTimeout: firefox ? 120_000 : 60_000,
    // Suites that read the real captures carry this tag (tests/helpers/captures.ts).
    tags: [capturesTag],
    strictTags: true,
  },
});
