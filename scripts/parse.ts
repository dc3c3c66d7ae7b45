/**
 * `npm run parse -- <file>…` reads saved captures of every network in the registry (X GraphQL JSON:
 * one response, an array or JSON lines; saved x.com pages or articles; Threads GraphQL JSON and
 * saved Threads pages; Bluesky XRPC JSON; Mastodon REST JSON and streaming frames) and prints the
 * normalized Posts as JSON lines on stdout — exactly what the extension would store — with a
 * one-line summary per file on stderr. Unreadable input: a message naming the file and why, exit 2.
 * Options: --now <epoch ms> fixes the capture time (reproducible output).
 *
 * The readers are found by convention, not listed here: each network of lib/platforms/registry.ts
 * has lib/platforms/<id>/read-capture-file.ts exporting `readCaptureText` (a CaptureTextReader).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { CaptureContext, CaptureTextReader, ParseResult } from '../lib/parse-result';
import { validatePost } from '../lib/post';
import { NETWORKS } from '../lib/platforms/registry';

interface Reader {
  platform: string;
  read: CaptureTextReader;
}

const parseHtml = (html: string): ParentNode => parseHTML(html).document as unknown as ParentNode;

/** Each registered network's reader, in the registry's order (the first reads a tie). */
export async function loadReaders(): Promise<Reader[]> {
  const readers: Reader[] = [];
  for (const network of NETWORKS) {
    const module: { readCaptureText?: unknown } = await import(
      `../lib/platforms/${network.id}/read-capture-file.ts`
    );
    if (typeof module.readCaptureText !== 'function')
      throw new Error(`lib/platforms/${network.id}/read-capture-file.ts exports no readCaptureText`);
    readers.push({ platform: network.label, read: module.readCaptureText as CaptureTextReader });
  }
  return readers;
}

/** Every reader tries the file; the one that reads the most posts wins; all failing is the error. */
export function readCaptureFile(
  readers: readonly Reader[],
  text: string,
  context: CaptureContext,
): { platform: string; result: ParseResult } | { error: string } {
  const errors: string[] = [];
  let best: { platform: string; result: ParseResult } | undefined;
  for (const reader of readers) {
    const result = reader.read(text, context, parseHtml);
    if ('error' in result) errors.push(`${reader.platform}: ${result.error}`);
    else if (!best || result.posts.length > best.result.posts.length)
      best = { platform: reader.platform, result };
  }
  return best ?? { error: `not a capture Crossfeed can read (${errors.join('; ')})` };
}

function summary(result: ParseResult): string {
  const reasons: Record<string, number> = {};
  for (const { reason } of result.skipped) reasons[reason] = (reasons[reason] ?? 0) + 1;
  const parts = Object.entries(reasons)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, count]) => `${reason} ${count}`);
  return `${result.posts.length} posts, ${result.skipped.length} skipped${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let now = Date.now();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--now') {
      now = Number(argv[++index]);
      if (!Number.isSafeInteger(now) || now < 0) {
        console.error('parse: --now takes a time in epoch milliseconds');
        return 2;
      }
    } else files.push(arg);
  }
  if (files.length === 0) {
    console.error('usage: npm run parse -- [--now <epoch ms>] <capture file>…');
    return 2;
  }
  const readers = await loadReaders();
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(
        `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
      failed = true;
      continue;
    }
    // Checked as the extension checks before storing: the output is exactly what it would store.
    const read = readCaptureFile(readers, text, { timeline: 'file', now, validate: validatePost });
    if ('error' in read) {
      console.error(`${file}: ${read.error}`);
      failed = true;
      continue;
    }
    for (const post of read.result.posts) process.stdout.write(`${JSON.stringify(post)}\n`);
    console.error(`${file}: ${read.platform}, ${summary(read.result)}`);
  }
  return failed ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`parse: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
