import type { TappedRequest } from '../source';
import { bodyText } from './core';

type AnyFunction = (...args: unknown[]) => unknown;

/** Request bodies the tap may read: text a source can name an operation in, never a file or a stream of bytes. */
const TEXT_BODY = /^(application\/(x-www-form-urlencoded|json)|text\/)/i;

/**
 * What a `fetch(input, init)` call asks for, as the tap's sources read it. `input` may be a string,
 * a URL or a Request (Phanpy, Elk and other front-ends build `new Request(…)`): a Request's own
 * method and URL count unless `init` overrides them, as in fetch itself. A Request's body can only be
 * read asynchronously, from a clone made before fetch consumes it, so for a Request with a text body
 * (and no `init.body`) the answer is a promise; anything else is answered at once. Built-ins are
 * captured by `createFetchRequestReader` at install, before the page could patch them.
 */
export function createFetchRequestReader(scope: typeof globalThis, base: () => string) {
  const RequestClass = scope.Request;
  const proto = typeof RequestClass === 'function' ? RequestClass.prototype : undefined;
  const clone = proto?.clone as unknown as AnyFunction | undefined;
  const readText = proto?.text as unknown as AnyFunction | undefined;
  const bodyOf = proto
    ? (Object.getOwnPropertyDescriptor(proto, 'body')?.get as AnyFunction | undefined)
    : undefined;

  return function readRequest(input: unknown, init: unknown): TappedRequest | Promise<TappedRequest> {
    const isRequest = RequestClass !== undefined && input instanceof RequestClass;
    const options = (init ?? {}) as { method?: unknown; body?: unknown };
    const request = isRequest ? (input as Request) : undefined;
    const url = new URL(request ? request.url : String(input), base()).href;
    const method = String(options.method ?? request?.method ?? 'GET').toUpperCase();
    if (options.body !== undefined || !request || !clone || !readText)
      return { url, method, body: bodyText(options.body) };
    const hasBody = bodyOf ? Reflect.apply(bodyOf, request, []) !== null : false;
    if (!hasBody || !TEXT_BODY.test(request.headers.get('content-type') ?? '')) return { url, method };
    const copy = Reflect.apply(clone, request, []);
    return (Reflect.apply(readText, copy, []) as Promise<string>).then(
      (body) => ({ url, method, body }),
      () => ({ url, method }),
    );
  };
}
