import type { HttpProblem } from './failures';

/** fetch, injected so the same code runs in the service worker and in vitest against a fake. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The three ways an HTTP call can end, before any service-specific meaning is read into it. */
export type HttpAnswer =
  | { kind: 'ok'; body: unknown }
  | { kind: 'error'; problem: HttpProblem }
  /** No HTTP answer at all: offline, DNS, or the connection dropped before the reply. */
  | { kind: 'unreachable'; error: unknown };

export const globalFetch: FetchLike = (input, init) => fetch(input, init);

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
 * Sends one request and reads the reply into an HttpAnswer. `describe` reads the service's own
 * error body (XRPC `{ error, message }`, Mastodon `{ error, error_description }`) into the problem.
 */
export async function fetchAnswer(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  describe: (body: unknown, problem: HttpProblem) => void,
): Promise<HttpAnswer> {
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, init);
    text = await response.text();
  } catch (error) {
    return { kind: 'unreachable', error };
  }
  const parsed = parseJsonBody(text);
  if (response.ok) return { kind: 'ok', body: parsed };
  const problem: HttpProblem = { status: response.status, headers: response.headers };
  describe(parsed, problem);
  return { kind: 'error', problem };
}
