import { describe, expect, it, vi } from 'vitest';
import { MESSAGES as messageSchemas, type Handlers } from '../lib/messages';
import { routeMessage } from '../lib/protocol/router';
import type { SenderInfo } from '../lib/protocol/sender';
import { samplePost } from './helpers/sample-post';

const ownId = 'abcdefghijklmnop';
const ownOrigin = `chrome-extension://${ownId}`;
const xTab: SenderInfo = { id: ownId, url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } };
const sidePanel: SenderInfo = { id: ownId, url: `${ownOrigin}/sidepanel.html`, origin: ownOrigin };

function setup() {
  // Every message gets a stub; the cases below are about the core messages.
  const handlers = Object.fromEntries(
    Object.keys(messageSchemas).map((name) => [name, vi.fn(async () => ({}))]),
  ) as unknown as Handlers;
  handlers.ingest = vi.fn(async (payload) => ({
    batchId: payload.batchId,
    stored: payload.posts.length,
    created: 0,
    duplicate: false,
    rejected: [],
  }));
  handlers.updateUserState = vi.fn(async (payload) => ({ postId: payload.postId }));

  const rejected: string[] = [];
  const route = (message: unknown, sender: SenderInfo) =>
    routeMessage(messageSchemas, handlers, message, sender, {
      ownId,
      ownOrigin,
      onRejected: (reason) => rejected.push(reason),
    });
  return { handlers, rejected, route };
}

const ingest = (payload: unknown) => ({ crossfeed: 1, name: 'ingest', payload });
const validIngest = {
  batchId: 'batch-0001',
  platform: 'x',
  source: 'network',
  posts: [samplePost()],
  stats: { operations: {}, skipped: {}, unknownOperations: {} },
};

describe('routeMessage', () => {
  it('runs the ingest handler for a content script on an allowed page, with the platform from the sender', async () => {
    const { route, handlers } = setup();
    await expect(route(ingest(validIngest), xTab)).resolves.toMatchObject({ ok: true, data: { stored: 1 } });
    expect(handlers.ingest).toHaveBeenCalledWith(expect.objectContaining({ batchId: 'batch-0001' }), {
      channel: 'capture',
      platform: 'x',
      tabId: 3,
    });
  });

  it.each<[string, unknown, SenderInfo, string]>([
    ['another extension', ingest(validIngest), { ...xTab, id: 'someone-else' }, 'sender-foreign-extension'],
    [
      'a page not on the allow-list',
      ingest(validIngest),
      { id: ownId, url: 'https://evil.example/', tab: { id: 1, url: 'https://evil.example/' } },
      'sender-origin-not-allowed',
    ],
    [
      'a look-alike host',
      ingest(validIngest),
      { id: ownId, url: 'https://x.com.evil.example/', tab: { id: 1 } },
      'sender-origin-not-allowed',
    ],
    [
      'a content script without a tab',
      ingest(validIngest),
      { id: ownId, url: 'https://x.com/home' },
      'sender-no-tab',
    ],
    ['an extension page sending captures', ingest(validIngest), sidePanel, 'wrong-channel'],
    [
      'a content script changing user state',
      { crossfeed: 1, name: 'updateUserState', payload: { postId: 'x:1', saved: true } },
      xTab,
      'wrong-channel',
    ],
    [
      'an unknown message',
      { crossfeed: 1, name: 'dropAllTables', payload: {} },
      sidePanel,
      'unknown-message',
    ],
    ['a message without the envelope', { name: 'ingest' }, xTab, 'malformed-envelope'],
    [
      'a batch too large',
      ingest({ ...validIngest, posts: Array.from({ length: 201 }, () => ({})) }),
      xTab,
      'invalid-payload: posts Too big: expected array to have <=200 items',
    ],
    [
      'a batch without id',
      ingest({ ...validIngest, batchId: undefined }),
      xTab,
      'invalid-payload: batchId Invalid input: expected string, received undefined',
    ],
  ])('refuses %s with a reason, and calls no handler', async (_name, message, sender, reason) => {
    const { route, handlers, rejected } = setup();
    await expect(route(message, sender)).resolves.toEqual({ ok: false, error: reason });
    expect(rejected).toEqual([reason]);
    expect(handlers.ingest).not.toHaveBeenCalled();
    expect(handlers.updateUserState).not.toHaveBeenCalled();
  });

  it('gives an intent page its own channel: it may ask about its tab, never send captures', async () => {
    const { route, handlers, rejected } = setup();
    const intentTab: SenderInfo = {
      id: ownId,
      url: 'https://x.com/intent/tweet?text=hi',
      tab: { id: 9, url: 'https://x.com/intent/tweet?text=hi' },
    };
    await expect(route({ crossfeed: 1, name: 'intentTabCheck', payload: {} }, intentTab)).resolves.toEqual({
      ok: true,
      data: {},
    });
    expect(handlers.intentTabCheck).toHaveBeenCalledWith({}, { channel: 'intent', platform: 'x', tabId: 9 });
    await expect(route(ingest(validIngest), intentTab)).resolves.toEqual({
      ok: false,
      error: 'wrong-channel',
    });
    await expect(route({ crossfeed: 1, name: 'intentTabCheck', payload: {} }, xTab)).resolves.toEqual({
      ok: false,
      error: 'wrong-channel',
    });
    expect(rejected).toEqual(['wrong-channel', 'wrong-channel']);
  });

  it('lets the side panel change user state', async () => {
    const { route } = setup();
    await expect(
      route({ crossfeed: 1, name: 'updateUserState', payload: { postId: 'x:1', saved: true } }, sidePanel),
    ).resolves.toEqual({ ok: true, data: { postId: 'x:1' } });
  });

  it('answers a failing handler with an error reply instead of silence', async () => {
    const { route, handlers } = setup();
    vi.mocked(handlers.ingest).mockRejectedValueOnce(new Error('disk full'));
    await expect(route(ingest(validIngest), xTab)).resolves.toEqual({
      ok: false,
      error: 'handler-failed: disk full',
    });
  });
});
