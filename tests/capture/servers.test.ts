import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { CAPTURE_SERVERS_KEY, readCaptureServers } from '../../lib/capture/servers';
import {
  addCaptureServer,
  captureServerNetwork,
  forgetServers,
  removeCaptureServer,
  syncCaptureServers,
} from '../../lib/capture/worker/servers';
import { resetAccountStoreForTests } from '../../lib/compose/worker/account-store';
import { saveMastodonAccount } from '../../lib/platforms/mastodon/compose/account';
import { MESSAGES, type Handlers } from '../../lib/messages';
import { routeMessage } from '../../lib/protocol/router';

/*
 * Capture on the user's own Mastodon servers, in the background: a server is added only with its
 * host permission, gets exactly its two content scripts (the MAIN-world tap and the isolated one),
 * the sender check then takes captures from it as Mastodon's, and removing it undoes all three.
 * The browser's scripting and permissions APIs are played by a small in-memory stand-in (WXT's fake
 * browser does not implement them); storage is WXT's fake.
 */

type Script = Browser.scripting.RegisteredContentScript;
const NOW = Date.UTC(2026, 3, 1);

let scripts: Map<string, Script>;
let granted: Set<string>;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetAccountStoreForTests();
  scripts = new Map();
  granted = new Set();
  Object.assign(fakeBrowser.scripting, {
    registerContentScripts: async (list: Script[]) => {
      if (list.some((script) => scripts.has(script.id))) throw new Error('Duplicate script ID');
      for (const script of list) scripts.set(script.id, script);
    },
    unregisterContentScripts: async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
    getRegisteredContentScripts: async () => [...scripts.values()],
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const origin of origins) granted.delete(origin);
      return true;
    },
  });
});

const TAP: Script = {
  id: 'crossfeed-server:mastodon-tap:https://social.example',
  js: ['content-scripts/mastodon-tap.js'],
  matches: ['https://social.example/*'],
  runAt: 'document_start',
  allFrames: false,
  persistAcrossSessions: true,
  world: 'MAIN',
};
const CAPTURE: Script = {
  id: 'crossfeed-server:mastodon-capture:https://social.example',
  js: ['content-scripts/mastodon-capture.js'],
  matches: ['https://social.example/*'],
  runAt: 'document_start',
  allFrames: false,
  persistAcrossSessions: true,
};

/** The background's router with the real sender check and a stub ingest. */
function ingestFrom(url: string) {
  const ownId = 'abcdefghijklmnop';
  const handlers = Object.fromEntries(
    Object.keys(MESSAGES).map((name) => [name, async (_payload: unknown, context: unknown) => context]),
  ) as unknown as Handlers;
  return routeMessage(
    MESSAGES,
    handlers,
    {
      crossfeed: 1,
      name: 'ingest',
      payload: {
        batchId: 'batch-0001',
        platform: 'x',
        source: 'network',
        posts: [],
        stats: { operations: {}, skipped: {}, unknownOperations: {} },
      },
    },
    { id: ownId, url, tab: { id: 4, url } },
    { ownId, ownOrigin: `chrome-extension://${ownId}`, runtimeCaptureOrigin: captureServerNetwork },
  );
}

describe('capture on a Mastodon server', () => {
  it('is refused without the host permission: nothing is kept or registered', async () => {
    const reply = await addCaptureServer('mastodon', 'social.example', NOW);
    expect(reply).toEqual({
      servers: [],
      error:
        'Crossfeed needs your permission to read https://social.example: allow it when the browser asks.',
    });
    expect(scripts.size).toBe(0);
    expect(await readCaptureServers()).toEqual([]);
  });

  it('with the permission: the server is kept, its two scripts registered, its captures taken as Mastodon', async () => {
    granted.add('https://social.example/*');
    const reply = await addCaptureServer('mastodon', 'https://social.example/@alice', NOW);
    const server = { origin: 'https://social.example', network: 'mastodon', addedAt: NOW };
    expect(reply).toEqual({ servers: [server] });
    expect(await readCaptureServers()).toEqual([server]);
    expect([...scripts.values()]).toEqual([TAP, CAPTURE]);
    await expect(ingestFrom('https://social.example/home')).resolves.toEqual({
      ok: true,
      data: { channel: 'capture', platform: 'mastodon', tabId: 4 },
    });
    await expect(ingestFrom('https://other.example/home')).resolves.toEqual({
      ok: false,
      error: 'sender-origin-not-allowed',
    });
    // Adding it again changes nothing.
    await addCaptureServer('mastodon', 'social.example', NOW + 1);
    expect(await readCaptureServers()).toEqual([server]);
    expect([...scripts.values()]).toEqual([TAP, CAPTURE]);
  });

  it('refuses what is not a server of a per-server network', async () => {
    granted.add('https://x.com/*');
    expect((await addCaptureServer('mastodon', 'x.com', NOW)).error).toBe(
      "https://x.com is X's, captured without being added.",
    );
    expect((await addCaptureServer('mastodon', 'http://social.example', NOW)).error).toBe(
      'That is not the https address of a server.',
    );
    expect((await addCaptureServer('x', 'social.example', NOW)).error).toBe('X is not captured per server.');
    expect(scripts.size).toBe(0);
  });

  it('removing it unregisters its scripts, drops the permission, and refuses its captures again', async () => {
    granted.add('https://social.example/*');
    await addCaptureServer('mastodon', 'social.example', NOW);
    expect(await removeCaptureServer('https://social.example')).toEqual({ servers: [] });
    expect(scripts.size).toBe(0);
    expect(granted.has('https://social.example/*')).toBe(false);
    await expect(ingestFrom('https://social.example/home')).resolves.toMatchObject({ ok: false });
  });

  it('keeps the permission when the composer posts through the same server', async () => {
    granted.add('https://social.example/*');
    await saveMastodonAccount({
      instanceUrl: 'https://social.example',
      accessToken: 'token',
      username: 'alice',
      maxCharacters: 500,
      charactersReservedPerUrl: 23,
    });
    await addCaptureServer('mastodon', 'social.example', NOW);
    await removeCaptureServer('https://social.example');
    expect(scripts.size).toBe(0);
    expect(granted.has('https://social.example/*')).toBe(true);
  });

  it('a permission taken back in the browser ends capture there', async () => {
    granted.add('https://social.example/*');
    granted.add('https://two.example/*');
    await addCaptureServer('mastodon', 'social.example', NOW);
    await addCaptureServer('mastodon', 'two.example', NOW);
    await forgetServers(['https://social.example/*']);
    expect((await readCaptureServers()).map((server) => server.origin)).toEqual(['https://two.example']);
    expect([...scripts.keys()]).toEqual([
      'crossfeed-server:mastodon-tap:https://two.example',
      'crossfeed-server:mastodon-capture:https://two.example',
    ]);
  });

  it('sync puts the registrations right: a stale one of ours goes, a missing one comes back, others stay', async () => {
    await fakeBrowser.storage.local.set({
      [CAPTURE_SERVERS_KEY]: [{ origin: 'https://social.example', network: 'mastodon', addedAt: NOW }],
    });
    const stale = { ...TAP, id: 'crossfeed-server:mastodon-tap:https://gone.example' };
    const oldFile = { ...CAPTURE, js: ['content-scripts/old-name.js'] };
    const foreign = { ...TAP, id: 'someone-else' };
    for (const script of [stale, oldFile, foreign]) scripts.set(script.id, script);
    await syncCaptureServers();
    expect([...scripts.values()]).toEqual([foreign, TAP, CAPTURE]);
  });
});
