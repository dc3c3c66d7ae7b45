import { defineConfig } from '@playwright/test';

// The real extension in Debian's Chromium (see tests/e2e/harness.ts). One worker: the machine has
// two cores and each test runs a whole browser.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
});
