import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The extension is bundled for the browser, where twitter-text resolves through its `module`
 * field to an ESM build that has only a default export (Node, and so vitest, load its CommonJS
 * `main` instead). Bundle the counting module the way a browser bundler does and run the result,
 * so a named import that works in tests but breaks in the extension cannot slip in.
 * The Bluesky client must stay small in the background service worker: a size guard catches an
 * import of @atproto/api's root or RichText (each ~1.1 MB minified), or of twitter-text (85 KB).
 */
const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'crossfeed-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function bundle(
  entry: string,
  name: string,
  external: string[] = [],
): Promise<{ file: string; bytes: number }> {
  const file = join(out, `${name}.mjs`);
  const result = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    outfile: file,
    external,
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote nothing');
  writeFileSync(file, output.contents);
  return { file, bytes: output.contents.length };
}

describe('browser bundles', () => {
  it('twitter-text counts the same when bundled from its ESM build', async () => {
    const { file } = await bundle('lib/platforms/x/compose/count.ts', 'count-x');
    const bundled: { countX: (text: string) => { used: number; overflowAt?: number } } = await import(
      pathToFileURL(file).href
    );
    expect(bundled.countX('Hi http://test.co 😀 のの')).toMatchObject({ used: 34 });
    expect(bundled.countX('a'.repeat(281)).overflowAt).toBe(280);
  });

  // zod, Dexie and the browser API are left out: the background already bundles them.
  it('the Bluesky client stays small enough for the service worker', async () => {
    const { bytes } = await bundle('lib/platforms/bluesky/compose/publish.ts', 'bluesky', [
      'zod',
      'dexie',
      'wxt/browser',
    ]);
    expect(bytes).toBeLessThan(60_000);
  });

  it('the Mastodon client does not pull in twitter-text', async () => {
    const { bytes } = await bundle('lib/platforms/mastodon/compose/publish.ts', 'mastodon', [
      'zod',
      'dexie',
      'wxt/browser',
    ]);
    expect(bytes).toBeLessThan(30_000);
  });
});
