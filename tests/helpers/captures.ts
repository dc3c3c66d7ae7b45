import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestOptions } from 'vitest';
import type { TestTagDefinition } from 'vitest/config';

/**
 * The real captures live outside the repository (../shared/fixtures, never copied in), so a fresh
 * clone has none. CROSSFEED_CAPTURES points elsewhere. A missing or empty folder is "absent":
 * the suites that read captures are then SKIPPED with one message, and scripts/run-tests.mjs counts
 * them apart ("N skipped (real captures absent …)"); in CI (which always has ../shared) absent
 * captures are a failure instead, so those suites run and fail on the first read.
 *
 * How a suite says it reads captures: `describe(title, needsCaptures, () => …)`. That is the vitest
 * tag `real-captures` (defined in vitest.config.ts from `capturesTag`); the tag skips the tests and
 * marks each skip with `meta.skippedFor = 'real-captures-absent'`, which is how the runner tells a
 * skip for absent captures from any other skip (every other skip still counts as a failure).
 * A skipped suite is still collected: read captures inside tests or beforeAll, never in the
 * describe body (the readers below throw when captures are absent).
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const capturesDir = resolve(process.env.CROSSFEED_CAPTURES ?? join(repoRoot, '../shared/fixtures'));
export const hasCaptures = existsSync(capturesDir) && readdirSync(capturesDir).length > 0;

/** CI sets CI=true (as most CI systems do); '', 'false' and '0' mean not CI. */
export const inCI = !['', 'false', '0'].includes((process.env.CI ?? '').trim().toLowerCase());

/** The vitest tag of every suite that reads the real captures. */
export const CAPTURES_TAG = 'real-captures';
/** Marks a skip caused by absent captures (vitest test meta, Playwright skip annotation). */
export const CAPTURES_ABSENT = 'real-captures-absent';
/** Skip, rather than fail, what needs captures: only outside CI. */
export const skipCaptureSuites = !hasCaptures && !inCI;
/** One line saying why capture suites are skipped or failing; empty when captures are present. */
export const capturesNote = hasCaptures
  ? ''
  : inCI
    ? `Real captures absent at ${capturesDir}: CI=true needs them (../shared/fixtures beside the clone), so the suites tagged ${CAPTURES_TAG} fail.`
    : `Real captures absent at ${capturesDir}: the suites tagged ${CAPTURES_TAG} are skipped (set CROSSFEED_CAPTURES to the fixtures folder).`;

declare module 'vitest' {
  interface TaskMeta {
    /** Why the runner may count this test as skipped rather than failed. */
    skippedFor?: typeof CAPTURES_ABSENT;
  }
}

/** vitest.config.ts `test.tags` entry: the tag's tests skip, and say why, when captures are absent. */
export const capturesTag: TestTagDefinition = {
  name: CAPTURES_TAG,
  description: 'reads the real captures (../shared/fixtures or CROSSFEED_CAPTURES)',
  ...(skipCaptureSuites ? { skip: true, meta: { skippedFor: CAPTURES_ABSENT } } : {}),
};

/** Options for `describe(title, needsCaptures, fn)` / `it(title, needsCaptures, fn)`. */
export const needsCaptures: TestOptions = { tags: [CAPTURES_TAG] };

function capturesRequired(what: string): void {
  if (!hasCaptures) {
    throw new Error(
      `${capturesNote} (${what}: tag the suite with needsCaptures and read captures inside its tests, not while it is collected)`,
    );
  }
}

/** Absolute path of a capture file, e.g. capturePath('x/graphql-HomeTimeline-2025-05.json'). */
export function capturePath(relative: string): string {
  capturesRequired(relative);
  return join(capturesDir, relative);
}

export function readCapture(relative: string): string {
  return readFileSync(capturePath(relative), 'utf8');
}

export function readCaptureJson(relative: string): unknown {
  return JSON.parse(readCapture(relative)) as unknown;
}

/** File names in one capture folder ('x', 'x-dom', 'threads'), sorted. */
export function listCaptures(folder: string): string[] {
  capturesRequired(`${folder}/`);
  return readdirSync(join(capturesDir, folder)).sort();
}

/** The repository's own hand-made fixtures (tests/fixtures/...). */
export function ownFixturePath(relative: string): string {
  return join(repoRoot, 'tests/fixtures', relative);
}
