import { z } from 'zod';
import { fetchAnswer, type FetchLike, type HttpAnswer } from '../../../compose/http-answer';

export const MASTODON = 'Mastodon';

export interface MastodonRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  token?: string;
  json?: unknown;
  /** application/x-www-form-urlencoded fields (what /oauth/token and /api/v1/apps document). */
  form?: Record<string, string>;
  /** multipart/form-data (a media upload); the browser writes its content-type and boundary. */
  multipart?: FormData;
  headers?: Record<string, string>;
  /** Longer than a call's default for an upload (http-answer.ts uploadTimeoutMs). */
  timeoutMs?: number;
}

// Mastodon API errors are `{ "error": "..." }`; OAuth ones add `error_description`
// (https://docs.joinmastodon.org/entities/Error/).
const errorBody = z.object({ error: z.string().optional(), error_description: z.string().optional() });

export async function mastodonCall(
  fetchFn: FetchLike,
  instanceUrl: string,
  path: string,
  request: MastodonRequest,
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  let body: string | FormData | undefined;
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(request.form).toString();
  } else if (request.multipart) body = request.multipart;
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  const url = new URL(path, instanceUrl).toString();
  return fetchAnswer(
    fetchFn,
    url,
    { method: request.method, headers, body },
    (parsed, problem) => {
      const said = errorBody.safeParse(parsed);
      if (!said.success) return;
      const { error, error_description: description } = said.data;
      if (description) {
        problem.message = description;
        if (error) problem.code = error;
      } else if (error) problem.message = error;
    },
    request.timeoutMs,
  );
}
