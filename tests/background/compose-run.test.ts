import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CrossfeedDB } from '../../lib/db';
import { BLUESKY_ACCOUNT_KEY } from '../../lib/platforms/bluesky/compose/account';
import { saveMastodonAccount } from '../../lib/platforms/mastodon/compose/account';
import { createComposeHandlers, type ComposeDeps } from '../../lib/compose/worker/handlers';
import { readAccountEntry, resetAccountStoreForTests } from '../../lib/compose/worker/account-store';
import { reachOf } from '../../lib/compose/page/plan';
import { network as networkOf, type Platform } from '../../lib/platforms/registry';
import type { CrosspostRow, CrosspostTarget } from '../../lib/compose/records';
import type { HandlerContext } from '../../lib/protocol/spec';
import { testComposeDeps } from '../helpers/compose-deps';
import { startFakeMastodon, type FakeMastodon } from '../fake-servers/fake-mastodon';
import { startFakePds, type FakePds } from '../fake-servers/fake-pds';

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);
const page: HandlerContext = { channel: 'page' };

let db: CrossfeedDB;
let pds: FakePds;
let mastodon: FakeMastodon;
let tabs: Array<{ url: string; active: boolean }>;
let sleeps: number[];
let dbCount = 0;

function deps(overrides: Partial<ComposeDeps> = {}): ComposeDeps {
  return testComposeDeps(() => NOW, {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    openTab: async (url, active) => {
      tabs.push({ url, active });
      return 100 + tabs.length;
    },
    ...overrides,
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  dbCount += 1;
  db = new CrossfeedDB(`test-compose-run-${dbCount}`);
  await db.open();
  tabs = [];
  sleeps = [];
  pds = await startFakePds({ now: () => NOW });
  mastodon = await startFakeMastodon({ now: () => NOW });
});
afterEach(async () => {
  await Promise.all([pds.close(), mastodon.close()]);
  await db.delete();
  await resetAccountStoreForTests();
});

/** Signs both accounts in through the handlers, as the options page does. */
async function signIn(handlers: ReturnType<typeof createComposeHandlers>) {
  const bsky = await handlers.addAccount(
    { network: 'bluesky', input: { identifier: pds.handle, appPassword: pds.appPassword, service: pds.url } },
    page,
  );
  const masto = await handlers.addAccount(
    { network: 'mastodon', input: { instance: mastodon.url, accessToken: mastodon.accessToken } },
    page,
  );
  expect([bsky.error, masto.error]).toEqual([undefined, undefined]);
}

async function post(
  handlers: ReturnType<typeof createComposeHandlers>,
  targets: Array<{ network: Platform; texts: string[] }>,
  text = targets[0]?.texts.join(' ') ?? '',
): Promise<string> {
  await handlers.saveDraft(
    { id: 'draft-000001', text, networks: targets.map((t) => t.network), split: [] },
    page,
  );
  // Reached as the composer page decides (lib/compose/page/plan.ts), from the accounts set up.
  const accounts = await handlers.getAccounts({}, page);
  const reached = targets.map((t) => {
    const reach = reachOf(networkOf(t.network), accounts);
    return { ...t, via: reach === 'intent' ? ('intent' as const) : ('api' as const) };
  });
  const { crosspostId } = await handlers.startCrosspost(
    { draftId: 'draft-000001', text, targets: reached },
    page,
  );
  return crosspostId;
}

/** Waits until no target of the row is queued or sending (the runs go on after the reply). */
async function settled(id: string): Promise<CrosspostRow> {
  for (;;) {
    const row = await db.crossposts.get(id);
    if (row && row.targets.every((t) => t.status.state !== 'queued' && t.status.state !== 'sending'))
      return row;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const target = (row: CrosspostRow, network: Platform) =>
  row.targets.find((t) => t.network === network) as CrosspostTarget;
const statusPosts = () => mastodon.requests.filter((r) => r.path === '/api/v1/statuses');
const createRecords = () => pds.requests.filter((r) => r.path === '/xrpc/com.atproto.repo.createRecord');

describe('one click posts to every network', () => {
  it('intents open for X and Threads, Bluesky and Mastodon get exactly one post each', async () => {
    const handlers = createComposeHandlers(db, deps());
    await signIn(handlers);
    const text = 'Hello & welcome #crossfeed 🎉\nsecond line';
    const id = await post(
      handlers,
      (['x', 'threads', 'bluesky', 'mastodon'] as const).map((network) => ({ network, texts: [text] })),
    );
    const row = await settled(id);
    const encoded = encodeURIComponent(text);
    expect(tabs).toEqual([
      { url: `https://x.com/intent/tweet?text=${encoded}`, active: true },
      { url: `https://www.threads.com/intent/post?text=${encoded}`, active: false },
    ]);
    expect(target(row, 'x').status).toEqual({ state: 'opened', url: tabs[0]?.url });
    expect(target(row, 'x').tabIds).toEqual([101]);
    expect(target(row, 'threads').status).toEqual({ state: 'opened', url: tabs[1]?.url });
    expect(pds.records.map((r) => [r.rkey, r.value.text])).toEqual([
      [target(row, 'bluesky').parts[0]?.key, text],
    ]);
    expect(target(row, 'bluesky').status).toEqual({
      state: 'posted',
      url: `https://bsky.app/profile/${pds.handle}/post/${pds.records[0]?.rkey}`,
    });
    expect(mastodon.statuses.map((s) => s.text)).toEqual([text]);
    expect(target(row, 'mastodon').status).toEqual({ state: 'posted', url: mastodon.statuses[0]?.url });
    // The draft is kept, marked as posted, and linked to its history row.
    expect(await db.drafts.get('draft-000001')).toMatchObject({ text, postedAt: NOW, crosspostId: id });
  });

  it('Bluesky without an account opens its intent page; Mastodon without one fails in words, alone', async () => {
    const handlers = createComposeHandlers(db, deps());
    const id = await post(handlers, [
      { network: 'bluesky', texts: ['a b'] },
      { network: 'mastodon', texts: ['a b'] },
    ]);
    const row = await settled(id);
    expect(tabs).toEqual([{ url: 'https://bsky.app/intent/compose?text=a%20b', active: true }]);
    expect(target(row, 'bluesky')).toMatchObject({ via: 'intent', status: { state: 'opened' } });
    expect(target(row, 'mastodon').status).toEqual({
      state: 'failed',
      failure: {
        kind: 'invalid-credentials',
        message: 'No Mastodon account is set up: add one in Options, then retry.',
        retryable: false,
      },
    });
  });

  it('a thread posts as a reply chain on each network, with the keys stored in the row', async () => {
    const handlers = createComposeHandlers(db, deps());
    await signIn(handlers);
    const texts = ['1/2 first part.', '2/2 second part.'];
    const id = await post(handlers, [
      { network: 'bluesky', texts },
      { network: 'mastodon', texts },
    ]);
    const row = await settled(id);
    expect(pds.records.map((r) => r.value.text)).toEqual(texts);
    expect((pds.records[1]?.value.reply as { parent: { uri: string } }).parent.uri).toBe(pds.records[0]?.uri);
    expect(mastodon.statuses.map((s) => [s.text, s.inReplyToId])).toEqual([
      [texts[0], null],
      [texts[1], mastodon.statuses[0]?.id],
    ]);
    expect(target(row, 'mastodon').parts.map((p) => p.posted?.id)).toEqual(
      mastodon.statuses.map((s) => s.id),
    );
  });
});

describe('each error path: a clear status, and a retry that never posts twice', () => {
  it('an expired Bluesky access token is refreshed once and the new session is stored at once', async () => {
    const handlers = createComposeHandlers(db, deps());
    await signIn(handlers);
    pds.expireAccessTokens();
    const row = await settled(await post(handlers, [{ network: 'bluesky', texts: ['after expiry'] }]));
    expect(target(row, 'bluesky').status.state).toBe('posted');
    expect(pds.records).toHaveLength(1);
    const stored = await readAccountEntry(BLUESKY_ACCOUNT_KEY);
    // Refresh tokens rotate: the stored one is the new pair, which the fake still honours.
    expect(stored).toMatchObject({ accessJwt: 'fake-access-2', refreshJwt: 'fake-refresh-2' });
  });

  it('a dead refresh token → "sign in again"; the other network still posts', async () => {
    const handlers = createComposeHandlers(db, deps());
    await signIn(handlers);
    pds.expireAccessTokens();
    pds.failNext('expired-token', 1, '/xrpc/com.atproto.server.refreshSession');
    const row = await settled(
      await post(handlers, [
        { network: 'bluesky', texts: ['x'] },
        { network: 'mastodon', texts: ['x'] },
      ]),
    );
    expect(target(row, 'bluesky').status).toEqual({
      state: 'failed',
      failure: {
        kind: 'expired-token',
        message: 'Your Bluesky sign-in has expired; sign in again in Options, then retry.',
        retryable: false,
        detail: 'ExpiredToken',
      },
    });
    expect(target(row, 'mastodon').status.state).toBe('posted');
  });

  it('429 with a reset time → rate-limited with retryAt, no automatic retry; the retry posts once', async () => {
    const handlers = createComposeHandlers(db, deps({ autoRetries: 2 }));
    await signIn(handlers);
    mastodon.failNext('rate-limit', 1, '/api/v1/statuses');
    const id = await post(handlers, [{ network: 'mastodon', texts: ['limited'] }]);
    let row = await settled(id);
    expect(target(row, 'mastodon').status).toEqual({
      state: 'failed',
      failure: {
        kind: 'rate-limited',
        message: 'Mastodon is limiting how fast you can post; try again in 5 minutes.',
        retryable: true,
        retryAt: NOW + 300_000,
        detail: '429 Too many requests',
      },
    });
    expect(sleeps).toEqual([]);
    expect(await handlers.retryCrosspost({ crosspostId: id, network: 'mastodon' }, page)).toEqual({
      status: { state: 'sending' },
    });
    row = await settled(id);
    expect(target(row, 'mastodon')).toMatchObject({ status: { state: 'posted' }, attempts: 2 });
    expect(mastodon.statuses).toHaveLength(1);
    expect(new Set(statusPosts().map((r) => r.headers['idempotency-key'])).size).toBe(1);
  });

  it('500 on Bluesky → server-error in words; the retry with the same rkey makes one record', async () => {
    const handlers = createComposeHandlers(db, deps());
    await signIn(handlers);
    pds.failNext('server-error', 1, '/xrpc/com.atproto.repo.createRecord');
    const id = await post(handlers, [{ network: 'bluesky', texts: ['five hundred'] }]);
    let row = await settled(id);
    expect(target(row, 'bluesky').status).toEqual({
      state: 'failed',
      failure: {
        kind: 'server-error',
        message: 'Bluesky had a problem on its side (500); retrying is safe and will not post twice.',
        retryable: true,
        detail: '500 InternalServerError Internal Server Error',
      },
    });
    await handlers.retryCrosspost({ crosspostId: id, network: 'bluesky' }, page);
    row = await settled(id);
    expect(target(row, 'bluesky').status.state).toBe('posted');
    expect(pds.records).toHaveLength(1);
    const rkeys = createRecords().map((r) => (r.json as { rkey: string }).rkey);
    expect(rkeys).toEqual([rkeys[0], rkeys[0]]);
  });

  it('500 is retried automatically with a backoff, and posts once', async () => {
    const handlers = createComposeHandlers(db, deps({ autoRetries: 2 }));
    await signIn(handlers);
    mastodon.failNext('server-error', 2, '/api/v1/statuses');
    const row = await settled(await post(handlers, [{ network: 'mastodon', texts: ['auto'] }]));
    expect(target(row, 'mastodon')).toMatchObject({ status: { state: 'posted' }, attempts: 3 });
    expect(sleeps).toEqual([1000, 2000]);
    expect(mastodon.statuses).toHaveLength(1);
  });

  it('a lost Mastodon answer (the post was made) → retried with the same Idempotency-Key: one status', async () => {
    const handlers = createComposeHandlers(db, deps());
    await signIn(handlers);
    mastodon.failNext('lose-response', 1, '/api/v1/statuses');
    const id = await post(handlers, [{ network: 'mastodon', texts: ['lost answer'] }]);
    let row = await settled(id);
    const failure = target(row, 'mastodon').status;
    expect(failure).toMatchObject({
      state: 'failed',
      failure: {
        kind: 'network',
        message: 'Could not reach Mastodon; check your connection and retry (it will not post twice).',
        retryable: true,
      },
    });
    expect(mastodon.statuses).toHaveLength(1);
    await handlers.retryCrosspost({ crosspostId: id, network: 'mastodon' }, page);
    row = await settled(id);
    expect(target(row, 'mastodon').status).toEqual({ state: 'posted', url: mastodon.statuses[0]?.url });
    expect(mastodon.statuses).toHaveLength(1);
    expect(statusPosts()).toHaveLength(2);
  });

  it('a lost Bluesky answer is resolved by looking the rkey up: posted, one record, no retry needed', async () => {
    const handlers = createComposeHandlers(db, deps());
    await signIn(handlers);
    pds.failNext('lose-response', 1, '/xrpc/com.atproto.repo.createRecord');
    const row = await settled(await post(handlers, [{ network: 'bluesky', texts: ['lost'] }]));
    expect(target(row, 'bluesky').status.state).toBe('posted');
    expect(pds.records).toHaveLength(1);
  });

  it('a thread that failed halfway resumes at the failed part on retry', async () => {
    // The instance fails the second part's first request (500) and answers everything else.
    let statusCalls = 0;
    const flaky: ComposeDeps['fetch'] = async (input, init) => {
      if (input.endsWith('/api/v1/statuses') && (statusCalls += 1) === 2)
        return new Response(JSON.stringify({ error: 'We are sorry' }), { status: 500 });
      return fetch(input, init);
    };
    const handlers = createComposeHandlers(db, deps({ fetch: flaky }));
    await signIn(handlers);
    const texts = ['1/3 a', '2/3 b', '3/3 c'];
    const id = await post(handlers, [{ network: 'mastodon', texts }]);
    let row = await settled(id);
    expect(target(row, 'mastodon').results.map((r) => r.status.state)).toEqual([
      'posted',
      'failed',
      'queued',
    ]);
    expect(target(row, 'mastodon').status).toMatchObject({
      state: 'failed',
      failure: { kind: 'server-error' },
    });
    await handlers.retryCrosspost({ crosspostId: id, network: 'mastodon' }, page);
    row = await settled(id);
    expect(target(row, 'mastodon').results.map((r) => r.status.state)).toEqual([
      'posted',
      'posted',
      'posted',
    ]);
    expect(mastodon.statuses.map((s) => [s.text, s.inReplyToId])).toEqual([
      [texts[0], null],
      [texts[1], mastodon.statuses[0]?.id],
      [texts[2], mastodon.statuses[1]?.id],
    ]);
  });

  it('a run cut off by a worker restart is marked interrupted, and its retry posts once', async () => {
    const handlers = createComposeHandlers(db, deps());
    await signIn(handlers);
    const id = await post(handlers, [{ network: 'mastodon', texts: ['cut off'] }]);
    await settled(id);
    // The state a killed worker leaves behind: the row says sending, and no run exists.
    await db.crossposts.update(id, {
      targets: (await db.crossposts.get(id))!.targets.map((t) => ({
        ...t,
        status: { state: 'sending' as const },
        results: t.results.map((r) => ({ key: r.key, status: { state: 'sending' as const }, notes: [] })),
        parts: t.parts.map((p) => ({ text: p.text, key: p.key })),
      })),
    });
    const restarted = createComposeHandlers(db, deps());
    let row = await settled(id);
    expect(target(row, 'mastodon').status).toEqual({
      state: 'failed',
      failure: {
        kind: 'network',
        message: 'Crossfeed was stopped while posting to Mastodon; retry (it will not post twice).',
        retryable: true,
      },
    });
    await restarted.retryCrosspost({ crosspostId: id, network: 'mastodon' }, page);
    row = await settled(id);
    expect(target(row, 'mastodon').status.state).toBe('posted');
    expect(mastodon.statuses).toHaveLength(1);
  });

  it('an account removed between post and retry → "no account" in words', async () => {
    const handlers = createComposeHandlers(db, deps());
    await signIn(handlers);
    mastodon.failNext('server-error', 1, '/api/v1/statuses');
    const id = await post(handlers, [{ network: 'mastodon', texts: ['gone'] }]);
    await settled(id);
    await handlers.removeAccount({ network: 'mastodon' }, page);
    await handlers.retryCrosspost({ crosspostId: id, network: 'mastodon' }, page);
    const row = await settled(id);
    expect(target(row, 'mastodon').status).toMatchObject({
      state: 'failed',
      failure: { message: 'No Mastodon account is set up: add one in Options, then retry.' },
    });
    await saveMastodonAccount({
      instanceUrl: mastodon.url,
      accessToken: mastodon.accessToken,
      maxCharacters: 500,
      charactersReservedPerUrl: 23,
    });
    await handlers.retryCrosspost({ crosspostId: id, network: 'mastodon' }, page);
    expect(target(await settled(id), 'mastodon').status.state).toBe('posted');
    expect(mastodon.statuses).toHaveLength(1);
  });
});
