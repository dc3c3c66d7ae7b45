import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real captures live outside the repository (../shared/fixtures, never copied in).
 * CROSSFEED_CAPTURES points elsewhere; when the folder is absent the suites that need it say so.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const capturesDir = resolve(process.env.CROSSFEED_CAPTURES ?? join(repoRoot, '../shared/fixtures'));
export const hasCaptures = existsSync(capturesDir);
if (!hasCaptures) {
  console.warn(
    `Real captures not found at ${capturesDir}: set CROSSFEED_CAPTURES; capture suites are skipped.`,
  );
}

/** Absolute path of a capture file, e.g. capturePath('x/graphql-HomeTimeline-2025-05.json'). */
export function capturePath(relative: string): string {
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
  return readdirSync(join(capturesDir, folder)).sort();
}

/** The repository's own hand-made fixtures (tests/fixtures/...). */
export function ownFixturePath(relative: string): string {
  return join(repoRoot, 'tests/fixtures', relative);
}
