import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { capturesNote, capturesTag } from './tests/helpers/captures.js';

// Said once per run, here, rather than by every test file that reads captures.
if (capturesNote) console.warn(capturesNote);

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    // Suites that read the real captures carry this tag (tests/helpers/captures.ts).
    tags: [capturesTag],
    strictTags: true,
  },
});
