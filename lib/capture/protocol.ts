import { z } from 'zod';
import { captureSourceSchema, captureStatsSchema, type CaptureStats } from '../health';
import { platformSchema } from '../post';
import type { CaptureSource } from '../platforms/adapter';
import type { Platform } from '../platforms/registry';
import { message } from '../protocol/spec';
import type { CaptureServer } from './servers';

/**
 * The capture feature's messages: a content script hands a batch of what it read to the
 * background, which validates and writes it, then acks; extension pages turn capture on or off for
 * a server the user names (a network whose hosts are the user's: lib/capture/servers.ts).
 */

/** Hard caps so nothing large ever crosses a boundary (DESIGN.md: move kilobytes, never megabytes). */
export const MAX_POSTS_PER_BATCH = 200;
/** JSON chunks (one per network response, or part of one) a batch may carry. */
export const MAX_CHUNKS_PER_BATCH = 20;
/** Characters of JSON one chunk, and one batch in all, may carry. */
export const MAX_CHUNK_CHARS = 4_000_000;

/**
 * The port content scripts send their batches on (lib/protocol/port-client.ts): one message per
 * network response costs the page's thread less on an open port than as a one-time message.
 */
export const CAPTURE_PORT = 'crossfeed:capture';

/** One batch as the background's writer takes it (lib/store/ingest.ts). */
export interface CaptureBatch {
  /** Chosen by the sender once per batch and kept across retries: a retried batch is written once. */
  batchId: string;
  platform: Platform;
  source: CaptureSource;
  /** Validated post by post in the background; an invalid one is reported, the rest are stored. */
  posts: unknown[];
  /**
   * More posts as JSON arrays, exactly as the MAIN-world tap encoded them: the content script hands
   * them on unparsed so the page's thread never parses or re-serializes them (lib/capture/bridge.ts).
   * Parsed and validated like `posts`, in order after them.
   */
  postsJson: string[];
  stats: CaptureStats;
}

export const ingestRequestSchema = z.object({
  batchId: z.string().min(8).max(64),
  platform: platformSchema,
  source: captureSourceSchema,
  posts: z.array(z.unknown()).max(MAX_POSTS_PER_BATCH),
  postsJson: z
    .array(z.string().max(MAX_CHUNK_CHARS))
    .max(MAX_CHUNKS_PER_BATCH)
    .refine(
      (chunks) => chunks.reduce((sum, chunk) => sum + chunk.length, 0) <= MAX_CHUNK_CHARS,
      'too long in all',
    )
    .default([]),
  stats: captureStatsSchema,
}) satisfies z.ZodType<CaptureBatch, unknown>;

/** The background's answer to a batch. */
export interface IngestAck {
  batchId: string;
  /** Posts written (new or updated). */
  stored: number;
  /** Posts the store had never seen. */
  created: number;
  /** True when this batch had already been written (a retry after a lost ack): nothing was written again. */
  duplicate: boolean;
  rejected: Array<{ index: number; reason: string }>;
  /**
   * Set when nothing was written because the store is full (QuotaExceededError): the sender keeps
   * the batch and tries again later; the side panel and popup say what happened.
   */
  storageFull?: true;
}

/** The servers capture runs on after a change; `error` says in words why a change was not made. */
export interface CaptureServersReply {
  servers: CaptureServer[];
  error?: string;
}

/** Turn capture on for a server: the page has asked the browser for its host permission first. */
export const addCaptureServerSchema = z.object({
  network: platformSchema,
  /** As the user typed it: a host, an origin or any URL of the server. */
  server: z.string().trim().min(1).max(300),
});

export const removeCaptureServerSchema = z.object({ origin: z.string().min(1).max(300) });

export const captureMessages = {
  ingest: message<IngestAck>()('capture', ingestRequestSchema),
  addCaptureServer: message<CaptureServersReply>()('page', addCaptureServerSchema),
  /** Turn capture off for a server: its scripts are unregistered and its permission dropped. */
  removeCaptureServer: message<CaptureServersReply>()('page', removeCaptureServerSchema),
};
