import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CrossfeedDB } from '../../lib/db';
import { createComposeHandlers, type ComposeDeps } from '../../lib/compose/worker/handlers';
import { resetAccountStoreForTests } from '../../lib/compose/worker/account-store';
import type { FetchLike } from '../../lib/compose/http-answer';
import { createBlueskySession } from '../../lib/platforms/bluesky/compose';
import { publishMastodonThread } from '../../lib/platforms/mastodon/compose';
import { prepareThread } from '../../lib/compose/thread';
import type { HandlerContext } from '../../lib/protocol/spec';
import { testComposeDeps } from '../helpers/compose-deps';
import { startFakeMastodon, type FakeMastodon } from '../fake-servers/fake-mastodon';
import { startFakePds, type FakePds } from '../fake-servers/fake-pds';

/*
 * Issue 12, points 9 and 11: a password or token goes only to an https server (http only on this
 * machine), is never re-sent where a redirect points, and every call ends in time.
 */

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);
const page: HandlerContext = { channel: 'page' };
let db: CrossfeedDB;
let pds: FakePds;
let mastodon: FakeMastodon;
/** A second loopback server: where the redirects point. It must never hear a thing. */
let elsewhere: FakePds;
let dbCount = 0;
let calls: string[];

/** The real fetch, with every URL asked for written down. */
const recordingFetch: FetchLike = (input, init) => {
  calls.push(input);
  return fetch(input, init);
};

function deps(overrides: Partial<ComposeDeps> = {}): ComposeDeps {
  return testComposeDeps(() => NOW, { fetch: recordingFetch, ...overrides });
}

beforeEach(async () => {
  fakeBrowser.reset();
  calls = [];
  dbCount += 1;
  db = new CrossfeedDB(`test-compose-servers-${dbCount}`);
  await db.open();
  [pds, mastodon, elsewhere] = await Promise.all([startFakePds(), startFakeMastodon(), startFakePds()]);
});
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all([pds.close(), mastodon.close(), elsewhere.close()]);
  await db.delete();
  await resetAccountStoreForTests();
});

const NOT_HTTPS = 'The server must be an https address (plain http only on this computer).';

describe('https only (http only on this machine), in the message handlers', () => {
  it('Bluesky: an http server that is not this machine is refused before anything is sent', async () => {
    const handlers = createComposeHandlers(db, deps());
    for (const service of [
      'http://pds.test',
      'http://192.168.1.10:2583',
      'ftp://pds.test',
      'data:text/html,x',
    ]) {
      const added = await handlers.addAccount(
        { network: 'bluesky', input: { identifier: 'alice.test', appPassword: 'secret-pass', service } },
        page,
      );
      expect(added).toEqual({ accounts: {}, error: NOT_HTTPS });
    }
    expect(calls).toEqual([]);
  });

  it('Mastodon: the same rule for the server, pasted token or OAuth', async () => {
    const handlers = createComposeHandlers(db, deps());
    const inputs: Array<Record<string, string>> = [
      { instance: 'http://masto.test', accessToken: 'token' },
      { instance: 'http://masto.test' },
    ];
    for (const input of inputs) {
      expect(await handlers.addAccount({ network: 'mastodon', input }, page)).toEqual({
        accounts: {},
        error: NOT_HTTPS,
      });
    }
    expect(calls).toEqual([]);
  });
});

describe('a redirect is never followed with a password or a token', () => {
  const REDIRECT_WORDS =
    'sent the request on to another address; Crossfeed never follows a redirect with your sign-in. Check the server address in Options.';

  it('Bluesky sign-in answered 307 to another host: the app password never reaches it', async () => {
    pds.redirectNext(elsewhere.url, '/xrpc/com.atproto.server.createSession');
    const handlers = createComposeHandlers(db, deps());
    const added = await handlers.addAccount(
      {
        network: 'bluesky',
        input: { identifier: pds.handle, appPassword: pds.appPassword, service: pds.url },
      },
      page,
    );
    expect(added).toEqual({ accounts: {}, error: `Bluesky ${REDIRECT_WORDS}` });
    expect(pds.requests.map((r) => r.answered)).toEqual([307]);
    expect(elsewhere.requests).toEqual([]);
  });

  it('Mastodon token check answered 307: the token never reaches the other host', async () => {
    mastodon.redirectNext(elsewhere.url, '/api/v1/accounts/verify_credentials');
    const handlers = createComposeHandlers(db, deps());
    const added = await handlers.addAccount(
      { network: 'mastodon', input: { instance: mastodon.url, accessToken: mastodon.accessToken } },
      page,
    );
    expect(added).toEqual({ accounts: {}, error: `Mastodon ${REDIRECT_WORDS}` });
    expect(elsewhere.requests).toEqual([]);
  });

  it('Mastodon posting answered 307: failed in words, not retried, nothing sent elsewhere', async () => {
    mastodon.redirectNext(elsewhere.url, '/api/v1/statuses');
    const account = { instanceUrl: mastodon.url, accessToken: mastodon.accessToken };
    const { parts } = await publishMastodonThread(prepareThread(['hello'], NOW), account, { now: () => NOW });
    expect(parts[0]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'rejected',
        message: `Mastodon ${REDIRECT_WORDS}`,
        retryable: false,
        detail: 'redirect 307',
      },
    });
    expect(mastodon.statuses).toEqual([]);
    expect(elsewhere.requests).toEqual([]);
  });
});

describe('every call ends in time', () => {
  /** A server that accepts the request and never answers (the fetch honours its signal). */
  const silent: FetchLike = (input, init) => {
    calls.push(input);
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };

  it('a Bluesky sign-in with no answer fails after 30 s as "did not answer in time"', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const signIn = createBlueskySession(
      { identifier: 'alice.test', appPassword: 'secret-pass', service: 'https://pds.example' },
      { fetch: silent, now: () => NOW },
    );
    await vi.advanceTimersByTimeAsync(29_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await signIn).toEqual({
      ok: false,
      failure: {
        kind: 'network',
        message: 'Bluesky did not answer in time; check your connection and retry (it will not post twice).',
        retryable: true,
        detail: 'no answer within 30 seconds',
      },
    });
  });

  it('a Mastodon post with no answer fails the same way, even when the fetch ignores its signal', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const deaf: FetchLike = () => new Promise(() => undefined);
    const run = publishMastodonThread(
      prepareThread(['hello'], NOW),
      { instanceUrl: 'https://mastodon.example', accessToken: 'token' },
      { fetch: deaf, now: () => NOW },
    );
    await vi.advanceTimersByTimeAsync(30_000);
    const { parts } = await run;
    expect(parts[0]?.status).toMatchObject({
      state: 'failed',
      failure: { kind: 'network', message: expect.stringMatching(/^Mastodon did not answer in time;/) },
    });
  });
});
