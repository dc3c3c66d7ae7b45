/**
 * `npm run parse -- <file>…` reads saved captures (X GraphQL JSON: one response, an array or JSON
 * lines; saved x.com pages or articles; Threads GraphQL JSON; saved Threads pages) and prints the
 * normalized Posts as JSON lines on stdout — exactly what the extension would store — with a
 * one-line summary per file on stderr. Unreadable input: a message naming the file and why, exit 2.
 * Options: --now <epoch ms> fixes the capture time (reproducible output).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { CaptureContext, ParseResult } from '../lib/parse-result';
import { validatePost } from '../lib/post';
import { parseXCaptureText } from '../lib/platforms/x/read-capture-file';
import { parseXHtml } from '../lib/platforms/x/dom/read-html';
import { parseThreadsCaptureText } from '../lib/platforms/threads/read-capture-file';

type Reader = {
  platform: string;
  read: (text: string, context: CaptureContext) => ParseResult | { error: string };
};

const parseHtml = (html: string): ParentNode => parseHTML(html).document as unknown as ParentNode;

const READERS: readonly Reader[] = [
  {
    platform: 'X',
    read: (text, context) =>
      looksLikeHtml(text) ? parseXHtml(text, context, parseHtml) : parseXCaptureText(text, context),
  },
  { platform: 'Threads', read: (text, context) => parseThreadsCaptureText(text, context, parseHtml) },
];

function looksLikeHtml(text: string): boolean {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<');
}

/** Every reader tries the file; the one that reads the most posts wins; all failing is the error. */
export function readCaptureFile(
  text: string,
  context: CaptureContext,
): { platform: string; result: ParseResult } | { error: string } {
  const errors: string[] = [];
  let best: { platform: string; result: ParseResult } | undefined;
  for (const reader of READERS) {
    const result = reader.read(text, context);
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

function main(argv: string[]): number {
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
    const read = readCaptureFile(text, { timeline: 'file', now, validate: validatePost });
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

process.exitCode = main(process.argv.slice(2));
