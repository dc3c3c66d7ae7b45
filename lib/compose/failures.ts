import { isTimeout } from './deadline';
import type { Failure } from './status';

/*
 * One mapping from an HTTP answer to a Failure for both API clients, so "rate-limited" or
 * "server-error" mean the same thing and read the same way whichever network said it.
 */

/**
 * When a rate limit lifts, from whichever header the service sends: Retry-After (seconds or an
 * HTTP date, RFC 9110), RateLimit-Reset (Bluesky: epoch seconds) or X-RateLimit-Reset
 * (Mastodon: an ISO 8601 time).
 */
export function retryAtFrom(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return now + Math.max(0, seconds) * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return date;
  }
  const reset = headers.get('ratelimit-reset') ?? headers.get('x-ratelimit-reset');
  if (reset) {
    const value = Number(reset);
    // Small numbers are delta-seconds (the IETF RateLimit draft), large ones epoch seconds.
    if (Number.isFinite(value)) return value > 1e9 ? value * 1000 : now + value * 1000;
    const date = Date.parse(reset);
    if (Number.isFinite(date)) return date;
  }
  return undefined;
}

/** A service's own words, ready to end one of our sentences (no doubled full stop). */
export function theirWords(message: string): string {
  return message.trim().replace(/[.!]+$/, '');
}

function waitWords(retryAt: number | undefined, now: number): string {
  if (retryAt === undefined) return 'try again in a few minutes';
  const minutes = Math.max(1, Math.ceil((retryAt - now) / 60_000));
  return `try again in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export interface HttpProblem {
  status: number;
  headers: Headers;
  /** The service's error code (XRPC `error`), when it has one. */
  code?: string;
  /** The service's own words (XRPC `message`, Mastodon `error`). */
  message?: string;
  /** It answered with a redirect, which is never followed (http-answer.ts). */
  redirected?: boolean;
}

/** A failed HTTP answer as a Failure. `network` is the service's name as the user knows it. */
export function failureFromHttp(network: string, problem: HttpProblem, now: number): Failure {
  const said = problem.message ? `: ${theirWords(problem.message)}` : '';
  const detail = [problem.status, problem.code, problem.message].filter(Boolean).join(' ');
  if (problem.redirected) {
    return {
      kind: 'rejected',
      message: `${network} sent the request on to another address; Crossfeed never follows a redirect with your sign-in. Check the server address in Options.`,
      retryable: false,
      detail: `redirect ${problem.status}`,
    };
  }
  if (problem.status === 429) {
    const retryAt = retryAtFrom(problem.headers, now);
    const failure: Failure = {
      kind: 'rate-limited',
      message: `${network} is limiting how fast you can post; ${waitWords(retryAt, now)}.`,
      retryable: true,
      detail,
    };
    if (retryAt !== undefined) failure.retryAt = retryAt;
    return failure;
  }
  if (problem.status >= 500) {
    return {
      kind: 'server-error',
      message: `${network} had a problem on its side (${problem.status}); retrying is safe and will not post twice.`,
      retryable: true,
      detail,
    };
  }
  if (problem.status === 401 || problem.status === 403) {
    return {
      kind: 'invalid-credentials',
      message: `${network} did not accept your sign-in${said}. Check the account in Options.`,
      retryable: false,
      detail,
    };
  }
  return {
    kind: 'rejected',
    message: `${network} refused this post${said}.`,
    retryable: false,
    detail,
  };
}

export function expiredFailure(network: string, detail?: string): Failure {
  const failure: Failure = {
    kind: 'expired-token',
    message: `Your ${network} sign-in has expired; sign in again in Options, then retry.`,
    retryable: false,
  };
  if (detail) failure.detail = detail;
  return failure;
}

export function networkFailure(network: string, error: unknown): Failure {
  const what = isTimeout(error) ? `${network} did not answer in time` : `Could not reach ${network}`;
  return {
    kind: 'network',
    message: `${what}; check your connection and retry (it will not post twice).`,
    retryable: true,
    detail: error instanceof Error ? error.message : String(error),
  };
}
