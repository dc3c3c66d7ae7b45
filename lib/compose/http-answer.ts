import type { HttpProblem } from './failures';
import { withDeadline } from './deadline';

/** fetch, injected so the same code runs in the service worker and in vitest against a fake. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The three ways an HTTP call can end, before any service-specific meaning is read into it. */
export type HttpAnswer =
  /** A 2xx answer (`status` tells 200 from 202 Accepted or 206 Partial Content). */
  | { kind: 'ok'; status: number; body: unknown }
  | { kind: 'error'; problem: HttpProblem }
  /** No HTTP answer at all: offline, DNS, no answer in time, or the connection dropped before the reply. */
  | { kind: 'unreachable'; error: unknown };

export const globalFetch: FetchLike = (input, init) => fetch(input, init);

/** How long one call may take, reply body included, before it counts as unanswered. */
export const CALL_TIMEOUT_MS = 30_000;

/** An upload's deadline: the call's, plus a second per 200 KB (a slow uplink still finishes). */
export function uploadTimeoutMs(bytes: number): number {
  return CALL_TIMEOUT_MS + Math.ceil(bytes / 200_000) * 1000;
}

/** The body as JSON when it is JSON, else undefined (an HTML error page, an empty 204). */
export function parseJsonBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A redirect is never followed: the request carries the user's password or token, and a server
 * (or anyone in front of it) answering 307 would have it re-sent to another host. Browsers show a
 * refused redirect as an opaque answer with status 0; Node shows the 3xx itself.
 */
function redirected(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/**
 * Sends one request and reads the reply into an HttpAnswer, within `timeoutMs` (the reply's body
 * included). `describe` reads the service's own error body (XRPC `{ error, message }`, Mastodon
 * `{ error, error_description }`) into the problem.
 */
export async function fetchAnswer(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  describe: (body: unknown, problem: HttpProblem) => void,
  timeoutMs: number = CALL_TIMEOUT_MS,
): Promise<HttpAnswer> {
  let response: Response;
  let text: string;
  try {
    ({ response, text } = await withDeadline(timeoutMs, async (signal) => {
      const answer = await fetchFn(url, { ...init, redirect: 'manual', signal });
      return { response: answer, text: redirected(answer) ? '' : await answer.text() };
    }));
  } catch (error) {
    return { kind: 'unreachable', error };
  }
  if (redirected(response)) {
    const problem: HttpProblem = { status: response.status, headers: response.headers, redirected: true };
    return { kind: 'error', problem };
  }
  const parsed = parseJsonBody(text);
  if (response.ok) return { kind: 'ok', status: response.status, body: parsed };
  const problem: HttpProblem = { status: response.status, headers: response.headers };
  describe(parsed, problem);
  return { kind: 'error', problem };
}
