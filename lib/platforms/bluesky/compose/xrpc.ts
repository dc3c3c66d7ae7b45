import { z } from 'zod';
import { fetchAnswer, type FetchLike, type HttpAnswer } from '../../../compose/http-answer';

export type { FetchLike } from '../../../compose/http-answer';
export type XrpcAnswer = HttpAnswer;

export interface XrpcRequest {
  method: 'GET' | 'POST';
  params?: Record<string, string>;
  json?: unknown;
  bytes?: { data: Uint8Array<ArrayBuffer> | Blob; mimeType: string };
  token?: string;
  /** Longer than a call's default for an upload (http-answer.ts uploadTimeoutMs). */
  timeoutMs?: number;
  /** Which service the PDS passes the call on to (the `atproto-proxy` header). */
  proxy?: string;
}

// XRPC errors are `{ error, message }` (https://atproto.com/specs/xrpc#error-responses).
const errorBody = z.object({ error: z.string().optional(), message: z.string().optional() });

export async function xrpc(
  fetchFn: FetchLike,
  service: string,
  nsid: string,
  request: XrpcRequest,
): Promise<XrpcAnswer> {
  const url = new URL(`/xrpc/${nsid}`, service);
  for (const [key, value] of Object.entries(request.params ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = {};
  let body: BodyInit | undefined;
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.bytes) {
    headers['content-type'] = request.bytes.mimeType;
    body = request.bytes.data;
  }
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.proxy) headers['atproto-proxy'] = request.proxy;
  return fetchAnswer(
    fetchFn,
    url.toString(),
    { method: request.method, headers, body },
    (parsed, problem) => {
      const said = errorBody.safeParse(parsed);
      if (!said.success) return;
      if (said.data.error) problem.code = said.data.error;
      if (said.data.message) problem.message = said.data.message;
    },
    request.timeoutMs,
  );
}
