import { z } from 'zod';
import { captureSourceSchema, captureStatsSchema } from './health';
import { CAPTURES } from './platforms/registry';
import { platformSchema, type Platform } from './post';
import { composeMessages, type ComposeResponses } from './messages/compose';
import { dataMessages, type DataResponses } from './messages/data';
import type { MessageSpec } from './messages/spec';

/**
 * The message protocol between content scripts, extension pages and the background.
 * Messages are named verbs with zod payload schemas; the background decides a sender's privilege
 * from `sender` alone (never from the payload) and answers every message, an unknown or invalid
 * one with an error reply.
 */

/** Hard caps so nothing large ever crosses a boundary (DESIGN.md: move kilobytes, never megabytes). */
export const MAX_POSTS_PER_BATCH = 200;

export const ingestRequestSchema = z.object({
  /** Chosen by the sender once per batch and kept across retries: a retried batch is written once. */
  batchId: z.string().min(8).max(64),
  platform: platformSchema,
  source: captureSourceSchema,
  /** Validated post by post in the background; an invalid one is reported, the rest are stored. */
  posts: z.array(z.unknown()).max(MAX_POSTS_PER_BATCH),
  /**
   * More posts as JSON arrays, exactly as the MAIN-world tap encoded them: the content script hands
   * them on unparsed so the page's thread never parses or re-serializes them (lib/capture/bridge.ts).
   * Parsed and validated here like `posts`, in order after them.
   */
  postsJson: z.array(z.string().max(4_000_000)).max(20).default([]),
  stats: captureStatsSchema,
});
export type IngestRequest = z.infer<typeof ingestRequestSchema>;

export interface IngestAck {
  batchId: string;
  /** Posts written (new or updated). */
  stored: number;
  /** Posts the store had never seen. */
  created: number;
  /** True when this batch had already been written (a retry after a lost ack): nothing was written again. */
  duplicate: boolean;
  rejected: Array<{ index: number; reason: string }>;
}

/** Save/unsave, tag or annotate a post (extension pages only). Absent fields stay as they are. */
export const updateUserStateSchema = z.object({
  postId: z.string().min(3).max(100),
  saved: z.boolean().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
  note: z.string().max(10_000).optional(),
});
export type UpdateUserState = z.infer<typeof updateUserStateSchema>;

export type { Channel } from './messages/spec';

/** Capture and core messages; features add their own tables (lib/messages/*.ts). */
const coreMessages = {
  ingest: { channel: 'capture', request: ingestRequestSchema },
  updateUserState: { channel: 'page', request: updateUserStateSchema },
} as const satisfies Record<string, MessageSpec>;

/** The one table of messages: name → channel and payload schema. */
export const messageSchemas = { ...coreMessages, ...dataMessages, ...composeMessages } as const;

export type MessageName = keyof typeof messageSchemas;
export type MessageRequest<N extends MessageName> = z.infer<(typeof messageSchemas)[N]['request']>;

interface CoreResponses {
  ingest: IngestAck;
  updateUserState: { postId: string; savedAt?: number };
}

/** Reply type of every message, by name. */
export type MessageResponses = CoreResponses & DataResponses & ComposeResponses;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** The envelope every message travels in. */
export const envelopeSchema = z.object({
  crossfeed: z.literal(1),
  name: z.string().max(64),
  payload: z.unknown(),
});

/** Origins whose pages may send captures, and the platform each may send (from the capture registry). */
export const CAPTURE_ORIGINS: Record<string, Platform> = Object.fromEntries(
  CAPTURES.flatMap(({ platform, matches }) =>
    matches.map((pattern) => [pattern.replace(/\/\*$/, ''), platform]),
  ),
);

/** The part of `runtime.MessageSender` the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Decides what a sender may do. Capture: a content script of ours (own id) in a tab whose page is
 * on the allow-list; the platform it may write is the page's, never the payload's claim. Page: a
 * document of our own extension origin.
 */
export function checkSender(
  sender: SenderInfo,
  ownId: string,
  ownOrigin: string,
): { channel: 'capture'; platform: Platform } | { channel: 'page' } | { rejected: string } {
  if (sender.id !== ownId) return { rejected: 'foreign-extension' };
  // Extension URLs are compared as text: not every URL parser gives chrome-extension:// an origin.
  const fromOwnPage = (url: string | undefined) => url !== undefined && url.startsWith(`${ownOrigin}/`);
  if (fromOwnPage(sender.url) && (sender.origin === undefined || sender.origin === ownOrigin))
    return { channel: 'page' };
  if (!sender.tab) return { rejected: 'no-tab' };
  const pageOrigin = originOf(sender.url) ?? originOf(sender.tab.url);
  const platform = pageOrigin ? CAPTURE_ORIGINS[pageOrigin] : undefined;
  if (!platform) return { rejected: 'origin-not-allowed' };
  return { channel: 'capture', platform };
}
