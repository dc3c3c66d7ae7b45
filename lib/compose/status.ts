/**
 * The status of one network's (or one part's) send, shared by the API clients and the intents,
 * so the UI shows every network the same way.
 */
export type FailureKind =
  /** The session could not be renewed: the user must sign in again. */
  | 'expired-token'
  /** Too many requests: wait until `retryAt`. */
  | 'rate-limited'
  /** The service failed (5xx): retry later. */
  | 'server-error'
  /** Wrong handle/password or a revoked token. */
  | 'invalid-credentials'
  /** The service could not be reached, or the answer was lost. */
  | 'network'
  /** The service refused this post (too long, invalid): retrying the same text will not help. */
  | 'rejected';

export interface Failure {
  kind: FailureKind;
  /** A sentence for the user, naming the network and what to do. */
  message: string;
  /** A retry (with the same keys) may succeed. */
  retryable: boolean;
  /** Epoch ms after which a retry is worth trying (rate limits). */
  retryAt?: number;
  /** The service's own error code or message, for logs; never shown instead of `message`. */
  detail?: string;
}

export type SendStatus =
  | { state: 'queued' }
  | { state: 'sending' }
  | { state: 'posted'; url: string }
  | { state: 'opened'; url: string }
  /** Waiting for its time: in the browser (an alarm), or held by the network's server (`onServer`). */
  | { state: 'scheduled'; at: number; onServer?: boolean }
  /** Its time passed while the browser was closed: never posted late without the user's word. */
  | { state: 'missed'; at: number }
  | { state: 'failed'; failure: Failure };

/** What a successful result reads as, failure or not, without a discriminant switch in the UI. */
export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(failure: Failure): Result<T> => ({ ok: false, failure });
