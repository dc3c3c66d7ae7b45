import { describe, expect, it, vi } from 'vitest';
import type { TapMessage } from '../../lib/capture/bridge';
import type { NetworkCaptureSource } from '../../lib/capture/source';
import { MAX_BODY_CHARS } from '../../lib/capture/tap/core';
import { installNetworkTap } from '../../lib/capture/tap/install';
import { installParseReuse } from '../../lib/capture/tap/parse-reuse';

/** A body long enough to be worth reusing (the reuse ignores tiny bodies). */
const BODY = JSON.stringify({ items: Array.from({ length: 200 }, (_, n) => ({ n, text: `post ${n}` })) });

/** A source that reads /api/timeline and "parses" by counting items; it records the object it walked. */
function fakeSource(walked: unknown[]): NetworkCaptureSource {
  return {
    platform: 'x',
    match: (request) => (new URL(request.url).pathname === '/api/timeline' ? 'Timeline' : undefined),
    unknownOperation: (request) => (new URL(request.url).pathname.startsWith('/api/') ? 'Other' : undefined),
    parse: (json) => {
      walked.push(json);
      return { posts: [], skipped: [{ reason: `items-${(json as { items: unknown[] }).items.length}` }] };
    },
  };
}

/** A minimal XMLHttpRequest: open/send, loads `BODY` asynchronously, fires readystatechange/load/loadend. */
class FakeXhr extends EventTarget {
  readyState = 0;
  status = 0;
  responseType = '';
  responseText = '';
  onreadystatechange: (() => void) | null = null;
  open(_method: string, _url: string) {
    this.readyState = 1;
  }
  send(_body?: unknown) {
    setTimeout(() => {
      this.readyState = 4;
      this.status = 200;
      this.responseText = BODY;
      this.onreadystatechange?.();
      this.dispatchEvent(new Event('readystatechange'));
      this.dispatchEvent(new Event('load'));
      this.dispatchEvent(new Event('loadend'));
    }, 1);
  }
  get response() {
    return this.responseType === 'json' ? JSON.parse(this.responseText) : this.responseText;
  }
}

function makeScope() {
  const fetchImpl = vi.fn(
    async () => new Response(BODY, { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  const scope = {
    JSON: { parse: JSON.parse, stringify: JSON.stringify },
    setTimeout,
    performance,
    location: { href: 'https://x.com/home' },
    fetch: fetchImpl,
    Response,
    Request,
    XMLHttpRequest: class extends FakeXhr {},
  } as unknown as typeof globalThis;
  return { scope, fetchImpl };
}

function install() {
  const { scope, fetchImpl } = makeScope();
  const walked: unknown[] = [];
  const messages: TapMessage[] = [];
  // The Response prototype is shared with the test runner: restore it afterwards.
  const json = Response.prototype.json;
  const text = Response.prototype.text;
  installNetworkTap(scope, {
    sources: [fakeSource(walked)],
    emit: (message) => messages.push(message),
    pageUrl: () => 'https://x.com/home',
    now: () => 1,
  });
  const restore = () => {
    Response.prototype.json = json;
    Response.prototype.text = text;
  };
  return { scope, fetchImpl, walked, messages, restore };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('network tap', () => {
  it('reuses the object the page parsed from an XHR responseText, and the page gets its own result', async () => {
    const { scope, walked, messages, restore } = install();
    try {
      const xhr = new scope.XMLHttpRequest();
      let pageValue: unknown;
      xhr.onreadystatechange = () => {
        if (xhr.readyState === 4) pageValue = scope.JSON.parse(xhr.responseText);
      };
      xhr.open('GET', '/api/timeline?x=1');
      xhr.send();
      await until(() => messages.length > 0);
      expect(pageValue).toEqual(JSON.parse(BODY));
      expect(walked[0]).toBe(pageValue);
      expect(messages).toEqual([
        {
          kind: 'posts',
          platform: 'x',
          operation: 'Timeline',
          posts: [],
          skipped: { 'items-200': 1 },
          costMs: expect.any(Number),
        },
      ]);
    } finally {
      restore();
    }
  });

  it('parses once itself when the page does not parse the body', async () => {
    const { scope, walked, messages, restore } = install();
    try {
      const xhr = new scope.XMLHttpRequest();
      xhr.open('GET', 'https://x.com/api/timeline');
      xhr.send();
      await until(() => messages.length > 0);
      expect(walked[0]).toEqual(JSON.parse(BODY));
    } finally {
      restore();
    }
  });

  it('fetch: the page gets the same Response and body; its json() result is reused', async () => {
    const { scope, walked, messages, restore, fetchImpl } = install();
    try {
      const response = await scope.fetch('/api/timeline', { method: 'GET' });
      expect(fetchImpl).toHaveBeenCalledWith('/api/timeline', { method: 'GET' });
      const value = await response.json();
      expect(value).toEqual(JSON.parse(BODY));
      await until(() => messages.length > 0);
      expect(walked[0]).toBe(value);
    } finally {
      restore();
    }
  });

  it('fetch: a page reading text() gets every byte, and the tap reads the same text', async () => {
    const { scope, walked, messages, restore } = install();
    try {
      const response = await scope.fetch('https://x.com/api/timeline');
      expect(await response.text()).toBe(BODY);
      await until(() => messages.length > 0);
      expect(walked[0]).toEqual(JSON.parse(BODY));
    } finally {
      restore();
    }
  });

  it('counts an API operation it does not read, and ignores everything else', async () => {
    const { scope, messages, restore } = install();
    try {
      await (await scope.fetch('https://x.com/api/Viewer')).text();
      await (await scope.fetch('https://x.com/static/app.js')).text();
      await until(() => messages.length > 0);
      expect(messages).toEqual([{ kind: 'unknown-operation', platform: 'x', operation: 'Other' }]);
    } finally {
      restore();
    }
  });

  it('passes a failing fetch through unchanged and never throws into the page', async () => {
    const { scope, fetchImpl, messages, restore } = install();
    try {
      fetchImpl.mockRejectedValueOnce(new TypeError('Failed to fetch'));
      await expect(scope.fetch('https://x.com/api/timeline')).rejects.toThrow('Failed to fetch');
      expect(messages).toEqual([]);
    } finally {
      restore();
    }
  });
});

describe('network tap: its own failures', () => {
  it('counts a failure of its own code as a tap-failure message while the page gets its answer', async () => {
    const { scope } = makeScope();
    // A source whose matcher throws stands for any bug of ours inside the page's fetch or XHR call.
    const broken = fakeSource([]);
    broken.match = () => {
      throw new Error('bug');
    };
    const failures: TapMessage[] = [];
    const json = Response.prototype.json;
    const text = Response.prototype.text;
    try {
      installNetworkTap(scope, { sources: [broken], emit: (m) => failures.push(m), pageUrl: () => '' });
      expect(await (await scope.fetch('https://x.com/api/timeline')).text()).toBe(BODY);
      expect(failures).toEqual([{ kind: 'tap-failure', platform: 'x', operation: 'inspect' }]);
      const xhr = new scope.XMLHttpRequest();
      const loaded = new Promise((resolve) => xhr.addEventListener('loadend', resolve));
      xhr.open('GET', 'https://x.com/api/timeline');
      xhr.send();
      await loaded;
      expect(xhr.responseText).toBe(BODY);
      expect(failures).toEqual([
        { kind: 'tap-failure', platform: 'x', operation: 'inspect' },
        { kind: 'tap-failure', platform: 'x', operation: 'inspect' },
      ]);
    } finally {
      Response.prototype.json = json;
      Response.prototype.text = text;
    }
  });
});

describe('network tap: volume', () => {
  function tapWith(source: NetworkCaptureSource, body: string) {
    const { scope } = makeScope();
    (scope as unknown as { fetch: () => Promise<Response> }).fetch = async () =>
      new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    const messages: TapMessage[] = [];
    const json = Response.prototype.json;
    const text = Response.prototype.text;
    installNetworkTap(scope, { sources: [source], emit: (m) => messages.push(m), pageUrl: () => '' });
    const restore = () => {
      Response.prototype.json = json;
      Response.prototype.text = text;
    };
    return { scope, messages, restore };
  }

  it('never walks a body over 8 MB: the page gets it, the tap counts body-too-large', async () => {
    const walked: unknown[] = [];
    const huge = JSON.stringify({ items: ['x'.repeat(MAX_BODY_CHARS)] });
    const { scope, messages, restore } = tapWith(fakeSource(walked), huge);
    try {
      const page = await (await scope.fetch('https://x.com/api/timeline')).text();
      expect(page).toHaveLength(huge.length);
      await until(() => messages.length > 0);
      expect(walked).toEqual([]);
      expect(messages).toEqual([
        expect.objectContaining({ kind: 'posts', posts: [], skipped: { 'body-too-large': 1 } }),
      ]);
    } finally {
      restore();
    }
  });

  it('hands a response with many posts over in parts, every post once, the skips once', async () => {
    const source: NetworkCaptureSource = {
      ...fakeSource([]),
      parse: () => ({
        posts: Array.from({ length: 250 }, (_, n) => ({ id: `x:${n}` })) as never,
        skipped: [{ reason: 'promoted' }],
      }),
    };
    const { scope, messages, restore } = tapWith(source, BODY);
    try {
      await (await scope.fetch('https://x.com/api/timeline')).json();
      await until(() => messages.length >= 3);
      const parts = messages as Array<Extract<TapMessage, { kind: 'posts' }>>;
      expect(parts.map((m) => [m.posts.length, m.part, m.skipped])).toEqual([
        [100, undefined, { promoted: 1 }],
        [100, 1, {}],
        [50, 2, {}],
      ]);
      expect(parts.flatMap((m) => m.posts)).toHaveLength(250);
    } finally {
      restore();
    }
  });
});

describe('network tap among other patchers', () => {
  it('keeps working when the page (or another extension) wraps fetch and XHR after it', async () => {
    const { scope, walked, messages, restore } = install();
    try {
      const tapped = scope.fetch;
      const seen: string[] = [];
      scope.fetch = (async (...args: Parameters<typeof fetch>) => {
        seen.push(String(args[0]));
        return tapped(...args);
      }) as typeof fetch;
      const send = scope.XMLHttpRequest.prototype.send;
      scope.XMLHttpRequest.prototype.send = function patchedSend(
        this: XMLHttpRequest,
        body?: Document | XMLHttpRequestBodyInit | null,
      ) {
        seen.push('xhr');
        return send.call(this, body);
      };
      expect(await (await scope.fetch('https://x.com/api/timeline')).json()).toEqual(JSON.parse(BODY));
      const xhr = new scope.XMLHttpRequest();
      xhr.open('GET', '/api/timeline');
      xhr.send();
      await until(() => messages.length === 2);
      expect(seen).toEqual(['https://x.com/api/timeline', 'xhr']);
      expect(walked).toHaveLength(2);
    } finally {
      restore();
    }
  });

  it('wraps a fetch another extension patched before it, and calls it exactly once', async () => {
    const { scope, fetchImpl } = makeScope();
    const earlier = vi.fn((..._args: Parameters<typeof fetch>) => fetchImpl());
    scope.fetch = earlier as unknown as typeof fetch;
    const messages: TapMessage[] = [];
    const json = Response.prototype.json;
    const text = Response.prototype.text;
    try {
      installNetworkTap(scope, {
        sources: [fakeSource([])],
        emit: (message) => messages.push(message),
        pageUrl: () => '',
        now: () => 1,
      });
      await (await scope.fetch('https://x.com/api/timeline')).text();
      await until(() => messages.length > 0);
      expect(earlier).toHaveBeenCalledTimes(1);
      expect(messages).toHaveLength(1);
    } finally {
      Response.prototype.json = json;
      Response.prototype.text = text;
    }
  });
});

describe('installParseReuse', () => {
  it('returns exactly what JSON.parse returns and captures only the watched body', () => {
    const scope = { JSON: { parse: JSON.parse } } as unknown as typeof globalThis;
    const reuse = installParseReuse(scope);
    const key = {};
    const handed: unknown[] = [];
    reuse.watch(
      key,
      () => BODY,
      (value) => handed.push(value),
    );
    const other = scope.JSON.parse(`${BODY} `);
    expect(other).toEqual(JSON.parse(BODY));
    const withReviver = scope.JSON.parse(BODY, (_k, v: unknown) => v);
    expect(handed).toEqual([]);
    const value = scope.JSON.parse(BODY);
    expect(withReviver).not.toBe(value);
    // Handed over once, inside the page's call, and the page still gets the same object.
    expect(handed).toHaveLength(1);
    expect(handed[0]).toBe(value);
    expect(scope.JSON.parse(BODY)).not.toBe(value);
    expect(handed).toHaveLength(1);
    expect(reuse.unwatch(key)).toBe(false);
    expect(() => scope.JSON.parse('{bad')).toThrow(SyntaxError);
  });

  it('gives the page its value even when the tap fails on it', () => {
    const scope = { JSON: { parse: JSON.parse } } as unknown as typeof globalThis;
    const reuse = installParseReuse(scope);
    reuse.watch(
      {},
      () => BODY,
      () => {
        throw new Error('walk failed');
      },
    );
    expect(scope.JSON.parse(BODY)).toEqual(JSON.parse(BODY));
  });
});
