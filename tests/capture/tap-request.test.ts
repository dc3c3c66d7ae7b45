import { describe, expect, it, vi } from 'vitest';
import type { TapMessage } from '../../lib/capture/bridge';
import type { NetworkCaptureSource, TappedRequest } from '../../lib/capture/source';
import { installNetworkTap } from '../../lib/capture/tap/install';
import type { CaptureContext } from '../../lib/parse-result';

/**
 * fetch with a Request (how Phanpy, Elk and other front-ends call a Mastodon server): the tap reads
 * the Request's own method, URL and text body, the page's fetch gets the very same Request with its
 * body unread, and the parser learns the request's URL (`requestUrl`: which server answered).
 */

const BODY = JSON.stringify({ items: Array.from({ length: 50 }, (_, n) => ({ n })) });

function install() {
  const requests: TappedRequest[] = [];
  const contexts: CaptureContext[] = [];
  const source: NetworkCaptureSource = {
    platform: 'mastodon',
    match: (request) => {
      requests.push(request);
      return new URL(request.url).pathname === '/api/v1/timelines/home' ? 'timelines/home' : undefined;
    },
    unknownOperation: () => undefined,
    parse: (_json, context) => {
      contexts.push(context);
      return { posts: [], skipped: [] };
    },
  };
  const pageBodies: Array<string | null> = [];
  const fetchImpl = vi.fn(async (input: unknown) => {
    // The page's fetch must still be able to send the body: it was not consumed by the tap.
    pageBodies.push(input instanceof Request && input.body ? await input.text() : null);
    return new Response(BODY, { status: 200, headers: { 'content-type': 'application/json' } });
  });
  const scope = {
    JSON: { parse: JSON.parse, stringify: JSON.stringify },
    setTimeout,
    performance,
    location: { href: 'https://phanpy.example/' },
    fetch: fetchImpl,
    Response,
    Request,
  } as unknown as typeof globalThis;
  const messages: TapMessage[] = [];
  const json = Response.prototype.json;
  const text = Response.prototype.text;
  installNetworkTap(scope, {
    sources: [source],
    emit: (message) => messages.push(message),
    pageUrl: () => 'https://phanpy.example/',
    now: () => 9,
  });
  const restore = () => {
    Response.prototype.json = json;
    Response.prototype.text = text;
  };
  return { scope, fetchImpl, requests, contexts, messages, pageBodies, restore };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('network tap: fetch(new Request(…))', () => {
  it("reads a Request's URL and method, passes the very Request on, and tells the parser the request URL", async () => {
    const { scope, fetchImpl, requests, contexts, restore } = install();
    try {
      const request = new Request('https://home.example/api/v1/timelines/home?limit=20', {
        headers: { authorization: 'Bearer t' },
      });
      const response = await scope.fetch(request);
      expect(fetchImpl.mock.calls[0]![0]).toBe(request);
      expect(await response.json()).toEqual(JSON.parse(BODY));
      await until(() => contexts.length > 0);
      expect(requests).toEqual([
        { url: 'https://home.example/api/v1/timelines/home?limit=20', method: 'GET', body: undefined },
      ]);
      expect(contexts).toEqual([
        {
          timeline: 'timelines/home',
          pageUrl: 'https://phanpy.example/',
          requestUrl: 'https://home.example/api/v1/timelines/home?limit=20',
          now: 9,
        },
      ]);
    } finally {
      restore();
    }
  });

  it("reads a Request's text body from a clone: the page's fetch still sends every byte", async () => {
    const { scope, requests, pageBodies, restore } = install();
    try {
      const form = 'fb_api_req_friendly_name=FeedQuery&doc_id=1';
      const request = new Request('https://home.example/graphql', {
        method: 'post',
        body: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      await (await scope.fetch(request)).text();
      await until(() => requests.length > 0);
      expect(requests).toEqual([{ url: 'https://home.example/graphql', method: 'POST', body: form }]);
      expect(pageBodies).toEqual([form]);
    } finally {
      restore();
    }
  });

  it('lets init override the Request, as fetch does, and never reads a binary body', async () => {
    const { scope, requests, pageBodies, restore } = install();
    try {
      const upload = new Request('https://home.example/api/v2/media', {
        method: 'POST',
        body: new Uint8Array([1, 2, 3]),
        headers: { 'content-type': 'application/octet-stream' },
      });
      await (await scope.fetch(upload)).text();
      const request = new Request('https://home.example/api/v1/timelines/home', {
        method: 'POST',
        body: 'x',
      });
      await (await scope.fetch(request, { method: 'PUT' })).text();
      await until(() => requests.length === 2);
      expect(requests).toEqual([
        { url: 'https://home.example/api/v2/media', method: 'POST' },
        { url: 'https://home.example/api/v1/timelines/home', method: 'PUT', body: 'x' },
      ]);
      expect(pageBodies).toEqual(['\u0001\u0002\u0003', 'x']);
    } finally {
      restore();
    }
  });
});
