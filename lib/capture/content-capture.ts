import { browser } from 'wxt/browser';
import { createLogger, isExtensionGone } from '../kit/log';
import { createPortSender } from '../protocol/port-client';
import type { Messages } from '../messages';
import { DOM_CHECK_OPERATION } from '../health';
import { validatePost, type Platform, type Post } from '../post';
import type { CaptureContext, ParseResult } from '../parse-result';
import { BRIDGE_EVENT, deliveredIds, readTapMessage } from './bridge';
import { createBatcher, type Batcher, type SendResult } from './batcher';
import { CAPTURE_PORT, type CaptureBatch } from './protocol';
import { watchDom } from './dom-observer';
import type { DomParser } from './source';

/**
 * The isolated-world half of capture for one platform: takes the tap's compact results from the
 * bridge, reads the page's markup for posts the network did not deliver, and sends both to the
 * background in acknowledged batches. No React, no Dexie here; nothing may throw into the page.
 */

export interface ContentCaptureOptions {
  platform: Platform;
  signal: AbortSignal;
  /** DOM fallback: parses posts from an added subtree; absent when the platform has none yet. */
  domParser?: DomParser;
  /** How long a DOM-read post waits for the network to deliver it first. */
  domGraceMs?: number;
  /**
   * Data the server embedded in the first page load (Threads renders its first screen from JSON in
   * the HTML; it never comes over the network). Read once the document is parsed; counts as network.
   */
  readEmbedded?: (document: Document, context: CaptureContext) => ParseResult;
}

const log = createLogger('capture');

export function startContentCapture(options: ContentCaptureOptions): void {
  const { platform, signal } = options;
  const graceMs = options.domGraceMs ?? 1500;
  const abort = new AbortController();
  signal.addEventListener('abort', () => abort.abort(), { once: true });

  const sendOnPort = createPortSender<Messages>(CAPTURE_PORT);
  const send = async (request: CaptureBatch): Promise<SendResult> => {
    try {
      const reply = await sendOnPort('ingest', request);
      if (!reply) return undefined;
      if (reply.ok) return reply.data;
      log.warn(`ingest refused: ${reply.error}`);
      // A handler that failed may succeed next time (the store was busy); any other refusal is final.
      return reply.error.startsWith('handler-failed') ? undefined : { refused: reply.error.split(':')[0]! };
    } catch (error) {
      // Only a gone extension ends capture; a worker that was not there is retried by the batcher.
      if (isExtensionGone(error) || !browser.runtime?.id) abort.abort();
      return undefined;
    }
  };
  const onDropped = (posts: number, reason: string) => log.warn(`dropped ${posts} posts: ${reason}`);
  const network = createBatcher({ platform, source: 'network', send, signal: abort.signal, onDropped });
  const dom = createBatcher({ platform, source: 'dom', send, signal: abort.signal, onDropped });

  /** Ids the network delivered on this page: the DOM never sends these again. */
  const networkIds = new Set<string>();
  const domParser = options.domParser;
  const checkMarkup = domParser ? scheduleMarkupCheck(domParser, dom) : () => undefined;
  listenToTap(platform, abort.signal, network, networkIds, checkMarkup);
  if (options.readEmbedded) readEmbeddedOnce(options.readEmbedded, network, networkIds);
  if (domParser) watchMarkup(domParser, abort.signal, dom, networkIds, graceMs);
}

const EMBEDDED_OPERATION = 'embedded';

function readEmbeddedOnce(
  read: NonNullable<ContentCaptureOptions['readEmbedded']>,
  batcher: Batcher,
  networkIds: Set<string>,
): void {
  const run = () => {
    try {
      const result = read(document, {
        timeline: EMBEDDED_OPERATION,
        pageUrl: location.href,
        now: Date.now(),
        validate: validatePost,
      });
      for (const id of deliveredIds(result.posts)) networkIds.add(id);
      const skipped: Record<string, number> = {};
      for (const { reason } of result.skipped) skipped[reason] = (skipped[reason] ?? 0) + 1;
      batcher.add(result.posts, {
        operations: { [EMBEDDED_OPERATION]: { responses: 1, posts: result.posts.length } },
        skipped,
      });
    } catch (error) {
      log.error('embedded data could not be read', error);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

/**
 * After the network delivered posts, the page should show posts too: a few seconds later the whole
 * page is read once and what it yields is reported (nothing is sent). A page that keeps yielding
 * nothing while the network delivers is how a markup change shows up in capture health.
 */
function scheduleMarkupCheck(parse: DomParser, batcher: Batcher): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCheck = -Infinity;
  return () => {
    // A whole-page read costs the page a few ms: at most one per MARKUP_CHECK_INTERVAL_MS, which
    // still flags a markup change within a few minutes (health warns after 3 empty checks).
    if (timer !== undefined || Date.now() - lastCheck < MARKUP_CHECK_INTERVAL_MS) return;
    timer = setTimeout(() => {
      timer = undefined;
      lastCheck = Date.now();
      try {
        const result = parse(document.body, {
          timeline: DOM_CHECK_OPERATION,
          now: Date.now(),
          validate: validatePost,
        });
        batcher.add([], {
          operations: { [DOM_CHECK_OPERATION]: { responses: 1, posts: result.posts.length } },
        });
      } catch (error) {
        log.error('markup check failed', error);
      }
    }, MARKUP_CHECK_DELAY_MS);
  };
}

/** How long after a network delivery the page is read (its posts should be rendered by then). */
const MARKUP_CHECK_DELAY_MS = 3000;
const MARKUP_CHECK_INTERVAL_MS = 60_000;

function listenToTap(
  platform: Platform,
  signal: AbortSignal,
  batcher: Batcher,
  networkIds: Set<string>,
  onDelivered: () => void,
): void {
  document.addEventListener(
    BRIDGE_EVENT,
    (event) => {
      try {
        const message = readTapMessage((event as CustomEvent<unknown>).detail);
        if (!message || message.platform !== platform) return;
        if (message.kind === 'unknown-operation') {
          batcher.add([], { unknownOperations: { [message.operation]: 1 } });
          return;
        }
        if (message.kind === 'tap-failure') {
          batcher.add([], { failures: { [`tap-${message.operation}`]: 1 } });
          return;
        }
        for (const id of message.ids) networkIds.add(id);
        batcher.add(
          [],
          {
            // A response in parts counts once, by its first part.
            operations: { [message.operation]: { responses: message.part ? 0 : 1, posts: message.count } },
            skipped: message.skipped,
          },
          [{ json: message.postsJson, count: message.count }],
          // A response is a batch already: sent now rather than from the batch timer 250 ms later
          // (bench tap measured the timer's send at up to three times the page-thread cost, and the
          // posts reach the store that much sooner).
          { now: message.count > 0 },
        );
        if (message.count > 0) onDelivered();
      } catch (error) {
        log.error('tap message failed', error);
      }
    },
    { signal },
  );
}

function watchMarkup(
  parse: DomParser,
  signal: AbortSignal,
  batcher: Batcher,
  networkIds: Set<string>,
  graceMs: number,
): void {
  /** Post id → a fingerprint of what was sent, so an unchanged post is not sent twice. */
  const sent = new Map<string, string>();
  const context = (): CaptureContext => ({
    timeline: pageKind(location.pathname),
    pageUrl: location.href,
    now: Date.now(),
    // The isolated world is ours: rows read from the markup are checked here, so a bad one is a
    // counted skip of this source instead of a rejection in the background.
    validate: validatePost,
  });

  watchDom({
    root: document,
    signal,
    onAdded: (elements) => {
      try {
        const posts: Post[] = [];
        const skipped: Record<string, number> = {};
        for (const element of elements) {
          const result = parse(element, context());
          posts.push(...result.posts);
          for (const { reason } of result.skipped) skipped[reason] = (skipped[reason] ?? 0) + 1;
        }
        if (posts.length === 0 && Object.keys(skipped).length === 0) return;
        // Give the network a moment to deliver the same posts with richer data.
        setTimeout(() => {
          if (signal.aborted) return;
          const fresh = posts.filter((post) => {
            if (networkIds.has(post.id)) return false;
            const fingerprint = `${post.text.length}|${post.media.length}|${post.counts?.likes ?? ''}`;
            if (sent.get(post.id) === fingerprint) return false;
            sent.set(post.id, fingerprint);
            return true;
          });
          batcher.add(fresh, { operations: { scan: { responses: 1, posts: posts.length } }, skipped });
        }, graceMs);
      } catch (error) {
        log.error('DOM capture failed', error);
      }
    },
  });
}

/** A short name for the kind of page ("home", "status", "profile"), stored as capture.timeline for DOM reads. */
export function pageKind(pathname: string): string {
  if (pathname === '/' || pathname === '/home') return 'home';
  if (/\/status\/\d+/.test(pathname) || /\/post\/[\w-]+/.test(pathname)) return 'status';
  if (pathname.startsWith('/search')) return 'search';
  return 'page';
}
