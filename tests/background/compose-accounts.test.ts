import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { CrossfeedDB } from '../../lib/db';
import { BLUESKY_ACCOUNT_KEY } from '../../lib/platforms/bluesky/compose/account';
import { MASTODON_ACCOUNT_KEY } from '../../lib/platforms/mastodon/compose/account';
import { createComposeHandlers, type ComposeDeps } from '../../lib/compose/worker/handlers';
import { readAccountEntry, resetAccountStoreForTests } from '../../lib/compose/worker/account-store';
import { writeSettings } from '../../lib/settings';
import type { HandlerContext } from '../../lib/protocol/spec';
import { testComposeDeps } from '../helpers/compose-deps';
import { startFakeMastodon, type FakeMastodon } from '../fake-servers/fake-mastodon';
import { startFakePds, type FakePds } from '../fake-servers/fake-pds';

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const page: HandlerContext = { channel: 'page' };

let db: CrossfeedDB;
let pds: FakePds;
let mastodon: FakeMastodon;
let dbCount = 0;
let nextTab = 0;

/** The browser's sign-in window, played by following the instance's redirect (it approves at once). */
async function followAuthorize(url: string): Promise<string | undefined> {
  const response = await fetch(url, { redirect: 'manual' });
  return response.headers.get('location') ?? undefined;
}

function deps(overrides: Partial<ComposeDeps> = {}): ComposeDeps {
  return testComposeDeps(() => NOW, {
    openTab: async () => (nextTab += 1),
    redirectUri: () => REDIRECT,
    launchWebAuthFlow: followAuthorize,
    ...overrides,
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  dbCount += 1;
  nextTab = 0;
  db = new CrossfeedDB(`test-compose-accounts-${dbCount}`);
  await db.open();
  pds = await startFakePds({ now: () => NOW });
  mastodon = await startFakeMastodon({ now: () => NOW, maxCharacters: 1000, charactersReservedPerUrl: 30 });
});
afterEach(async () => {
  await Promise.all([pds.close(), mastodon.close()]);
  await db.delete();
  await resetAccountStoreForTests();
});

/** storage.local holds no account, only the "accounts changed" marker pages listen to. */
const storageLocalKeys = async () => Object.keys(await browser.storage.local.get(null));
const everythingStored = async () =>
  JSON.stringify([await browser.storage.local.get(null), await readAccountEntry(BLUESKY_ACCOUNT_KEY)]);

describe('accounts', () => {
  it('Bluesky: the session is kept in the account store, never the app password; pages see no token', async () => {
    const handlers = createComposeHandlers(db, deps());
    const added = await handlers.addAccount(
      {
        network: 'bluesky',
        input: { identifier: `@${pds.handle}`, appPassword: pds.appPassword, service: pds.url },
      },
      page,
    );
    expect(added).toEqual({ accounts: { bluesky: { handle: pds.handle, server: pds.url } } });
    expect(await readAccountEntry(BLUESKY_ACCOUNT_KEY)).toEqual({
      service: pds.url,
      did: pds.did,
      handle: pds.handle,
      accessJwt: 'fake-access-1',
      refreshJwt: 'fake-refresh-1',
    });
    expect(await everythingStored()).not.toContain(pds.appPassword);
    expect(await storageLocalKeys()).toEqual(['compose.accountsChangedAt']);
    expect(await browser.storage.sync.get(null)).toEqual({});
    expect(JSON.stringify(await handlers.getAccounts({}, page))).not.toContain('fake-');
  });

  it('Bluesky: a wrong app password says so and stores nothing', async () => {
    const handlers = createComposeHandlers(db, deps());
    const added = await handlers.addAccount(
      {
        network: 'bluesky',
        input: { identifier: pds.handle, appPassword: 'wrong-wrong-wrong-wrong', service: pds.url },
      },
      page,
    );
    expect(added).toEqual({ accounts: {}, error: 'Bluesky did not accept that handle and app password.' });
    expect(await readAccountEntry(BLUESKY_ACCOUNT_KEY)).toBeUndefined();
    expect(await storageLocalKeys()).toEqual([]);
  });

  it("Mastodon with a pasted token: verified, stored with the instance's own limits", async () => {
    const handlers = createComposeHandlers(db, deps());
    const added = await handlers.addAccount(
      { network: 'mastodon', input: { instance: mastodon.url, accessToken: mastodon.accessToken } },
      page,
    );
    expect(added).toEqual({
      accounts: {
        mastodon: {
          handle: `alice@${new URL(mastodon.url).host}`,
          server: mastodon.url,
          limits: { maxCharacters: 1000, charactersReservedPerUrl: 30 },
          media: {
            maxImages: 4,
            imageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
            videoTypes: ['video/mp4'],
            video: true,
            maxImageBytes: 16777216,
            maxImagePixels: 33177600,
            maxVideoBytes: 103809024,
          },
          quotes: true,
        },
      },
    });
    expect(mastodon.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v2/instance',
      'GET /api/v1/accounts/verify_credentials',
    ]);
  });

  it('Mastodon with a wrong pasted token: refused in words, nothing stored', async () => {
    const handlers = createComposeHandlers(db, deps());
    const added = await handlers.addAccount(
      { network: 'mastodon', input: { instance: mastodon.url, accessToken: 'nope' } },
      page,
    );
    expect(added).toEqual({
      accounts: {},
      error:
        'Mastodon did not accept your sign-in: The access token is invalid. Check the account in Options.',
    });
    expect(await readAccountEntry(MASTODON_ACCOUNT_KEY)).toBeUndefined();
  });

  it('Mastodon by OAuth: app registration, authorization code with PKCE, token verified and stored', async () => {
    const handlers = createComposeHandlers(db, deps());
    const added = await handlers.addAccount({ network: 'mastodon', input: { instance: mastodon.url } }, page);
    expect(added.error).toBeUndefined();
    expect(added.accounts.mastodon?.handle).toBe(`alice@${new URL(mastodon.url).host}`);
    expect(mastodon.apps).toEqual([
      expect.objectContaining({
        redirectUri: REDIRECT,
        scopes: 'read:accounts read:statuses read:search write:statuses write:media',
      }),
    ]);
    const token = mastodon.requests.find((r) => r.path === '/oauth/token');
    expect(token?.form?.code_verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token?.answered).toBe(200);
    const stored = (await readAccountEntry(MASTODON_ACCOUNT_KEY)) as { accessToken: string };
    expect(stored.accessToken).not.toBe(mastodon.accessToken);
    expect(stored.accessToken.length).toBeGreaterThan(20);
  });

  it('Mastodon by OAuth: a closed sign-in window says so', async () => {
    const handlers = createComposeHandlers(
      db,
      deps({
        launchWebAuthFlow: async () => {
          throw new Error('The user did not approve access.');
        },
      }),
    );
    expect(
      await handlers.addAccount({ network: 'mastodon', input: { instance: mastodon.url } }, page),
    ).toEqual({
      accounts: {},
      error: 'The Mastodon sign-in window was closed before it finished.',
    });
  });

  it('remove wipes the tokens', async () => {
    const handlers = createComposeHandlers(db, deps());
    await handlers.addAccount(
      {
        network: 'bluesky',
        input: { identifier: pds.handle, appPassword: pds.appPassword, service: pds.url },
      },
      page,
    );
    await handlers.addAccount(
      { network: 'mastodon', input: { instance: mastodon.url, accessToken: mastodon.accessToken } },
      page,
    );
    expect(await handlers.removeAccount({ network: 'bluesky' }, page)).toEqual({
      mastodon: expect.objectContaining({ server: mastodon.url }),
    });
    expect(await handlers.removeAccount({ network: 'mastodon' }, page)).toEqual({});
    expect(await readAccountEntry(BLUESKY_ACCOUNT_KEY)).toBeUndefined();
    expect(await readAccountEntry(MASTODON_ACCOUNT_KEY)).toBeUndefined();
    expect(await storageLocalKeys()).toEqual(['compose.accountsChangedAt']);
  });
});

describe('drafts', () => {
  it('are saved as typed; a posted draft stays as it was posted, kept for the history', async () => {
    const handlers = createComposeHandlers(db, deps());
    const draft = { id: 'draft-000001', networks: ['x' as const], split: [] };
    await handlers.saveDraft({ ...draft, text: 'first' }, page);
    await handlers.saveDraft({ ...draft, text: 'first words' }, page);
    expect(await db.drafts.get('draft-000001')).toEqual({
      ...draft,
      text: 'first words',
      media: [],
      variants: {},
      options: {},
      createdAt: NOW,
      updatedAt: NOW,
    });
    await handlers.startCrosspost(
      {
        draftId: 'draft-000001',
        text: 'first words',
        targets: [{ network: 'x', via: 'intent', texts: ['first words'] }],
      },
      page,
    );
    // A debounced save from the closing popup arrives after the post: ignored.
    await handlers.saveDraft({ ...draft, text: 'first words and more' }, page);
    expect(await db.drafts.get('draft-000001')).toMatchObject({ text: 'first words', postedAt: NOW });
    expect(await db.crossposts.count()).toBe(1);
  });
});

describe('send for me (intent tabs)', () => {
  async function openXIntent(handlers: ReturnType<typeof createComposeHandlers>) {
    const { crosspostId } = await handlers.startCrosspost(
      {
        draftId: 'draft-000001',
        text: 'hi there',
        targets: [{ network: 'x', via: 'intent', texts: ['hi there'] }],
      },
      page,
    );
    for (;;) {
      const row = await db.crossposts.get(crosspostId);
      if (row?.targets[0]?.status.state === 'opened') return crosspostId;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  const inTab = (tabId: number, platform: 'x' | 'threads' = 'x'): HandlerContext => ({
    channel: 'capture',
    platform,
    tabId,
  });

  it('is off unless the user switched it on', async () => {
    const handlers = createComposeHandlers(db, deps());
    await openXIntent(handlers);
    expect(await handlers.intentTabCheck({}, inTab(1))).toEqual({ press: false });
    expect(await handlers.intentPressed({}, inTab(1))).toEqual({ recorded: false });
  });

  it('acts only in a tab the background opened, for its network, and presses once', async () => {
    await writeSettings(db, { sendForMe: true });
    const handlers = createComposeHandlers(db, deps());
    const id = await openXIntent(handlers);
    expect(await handlers.intentTabCheck({}, inTab(2))).toEqual({ press: false });
    expect(await handlers.intentTabCheck({}, inTab(1, 'threads'))).toEqual({ press: false });
    expect(await handlers.intentTabCheck({}, inTab(1))).toEqual({ press: true, text: 'hi there', files: [] });
    expect(await handlers.intentPressed({}, inTab(1))).toEqual({ recorded: true });
    // A reload of the same tab: already pressed.
    expect(await handlers.intentTabCheck({}, inTab(1))).toEqual({ press: false });
    expect(await handlers.intentPressed({}, inTab(1))).toEqual({ recorded: false });
    // The page's answer names the new post: the status becomes posted with its link.
    const url = 'https://x.com/alice/status/1876543210987654321';
    expect(await handlers.intentPosted({ nativeId: '1876543210987654321', url }, inTab(1))).toEqual({
      recorded: true,
    });
    expect((await db.crossposts.get(id))?.targets[0]?.status).toEqual({ state: 'posted', url });
    // A link to another site is never recorded.
    expect(
      await handlers.intentPosted({ nativeId: '1', url: 'https://evil.example/alice/status/1' }, inTab(1)),
    ).toEqual({ recorded: false });
  });
});
