import { validatePost } from '../../../lib/post';
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { CaptureContext } from '../../../lib/parse-result';
import { ownFixturePath, readCapture, readCaptureJson } from '../../helpers/captures';

/** Shared by the Threads suites: a fixed capture time and readers for the kept and hand-made files. */
export const NOW = 1_790_000_000_000;
export const context = (timeline = 'test'): CaptureContext => ({
  timeline,
  now: NOW,
  validate: validatePost,
});

export const FEED_FILE = 'threads/graphql-feedData-2026-06-7posts.json';
export const PAGE_FILE = 'threads/page-post-2026-06-29posts-carousel-video-quote.html';

export function readOwnJson(name: string): unknown {
  return JSON.parse(readFileSync(ownFixturePath(`threads/${name}`), 'utf8')) as unknown;
}

export function readOwnText(name: string): string {
  return readFileSync(ownFixturePath(`threads/${name}`), 'utf8');
}

export function feedJson(): unknown {
  return readCaptureJson(FEED_FILE);
}

/** A real browser-like DOM (happy-dom lowercases attribute names as browsers do; linkedom does not). */
export function parseHtml(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** The data-sjs blobs of the kept page, cut out with a regex (independent of the code under test). */
export function pageScripts(): string[] {
  const html = readCapture(PAGE_FILE);
  return [
    ...html.matchAll(/<script type="application\/json"[^>]*\bdata-sjs\b[^>]*>([\s\S]*?)<\/script>/g),
  ].map((match) => match[1]!);
}

type Json = Record<string, unknown>;

/** Every raw post object of a document, by a plain walk: thread_items[].post and their quoted posts. */
export function rawPosts(document: unknown): Json[] {
  const out: Json[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'thread_items' && Array.isArray(child)) {
          for (const item of child) {
            const post = (item as Json).post as Json;
            out.push(post);
            const share = (post.text_post_app_info as Json | null)?.share_info as Json | undefined;
            for (const inner of [share?.quoted_post, share?.reposted_post, share?.quoted_attachment_post]) {
              if (inner) out.push(inner as Json);
            }
          }
        } else walk(child);
      }
    }
  };
  walk(document);
  return out;
}

/** Raw posts of the kept page, keyed by code. */
export function pageRawPosts(): Map<string, Json> {
  const posts = new Map<string, Json>();
  for (const script of pageScripts())
    for (const post of rawPosts(JSON.parse(script))) posts.set(post.code as string, post);
  return posts;
}

/** Reads a nested field of a raw post for opaque CDN URLs (the test asserts where they land). */
export function at(value: unknown, ...path: Array<string | number>): string {
  let node = value;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  if (typeof node !== 'string') throw new Error(`no string at ${path.join('.')}`);
  return node;
}
