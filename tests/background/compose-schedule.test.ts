import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CrossfeedDB } from '../../lib/db';
import { createComposeHandlers } from '../../lib/compose/worker/handlers';
import { resetAccountStoreForTests } from '../../lib/compose/worker/account-store';
import { pruneMedia } from '../../lib/compose/worker/media/store';
import type { CrosspostRequest, CrosspostRow } from '../../lib/compose/records';
import type { Platform } from '../../lib/platforms/registry';
import type { HandlerContext } from '../../lib/protocol/spec';
import { blobUrl, fakeAlarms, testComposeDeps, type FakeAlarms } from '../helpers/compose-deps';
import { modelPhoto } from '../helpers/image-model';
import { startFakeMastodon, type FakeMastodon } from '../fake-servers/fake-mastodon';
import { startFakePds, type FakePds } from '../fake-servers/fake-pds';

/*
 * Scheduling with a clock the test moves: Mastodon holds a single post itself (scheduled_at, sent
 * once); every other network waits for the browser's alarm; an alarm that comes long after its
 * time (the browser was closed) posts nothing and asks.
 */

const T0 = Date.UTC(2026, 0, 2, 12, 0, 0);
const HOUR = 3_600_000;
const page: HandlerContext = { channel: 'page' };
const DRAFT = 'draft-3kdraftdraft2';
let clock: number;
let db: CrossfeedDB;
let pds: FakePds;
let mastodon: FakeMastodon;
let alarms: FakeAlarms;
let tabs: string[];
let dbCount = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  clock = T0;
  dbCount += 1;
  tabs = [];
  alarms = fakeAlarms();
  db = new CrossfeedDB(`test-compose-schedule-${dbCount}`);
  await db.open();
  [pds, mastodon] = await Promise.all([
    startFakePds({ now: () => clock }),
    startFakeMastodon({ now: () => clock }),
  ]);
});
afterEach(async () => {
  await Promise.all([pds.close(), mastodon.close()]);
  await db.delete();
  await resetAccountStoreForTests();
});

/** A worker: a fresh one after a "restart" shares the store and the alarms, nothing else. */
function worker() {
  return createComposeHandlers(
    db,
    testComposeDeps(
      () => clock,
      {
        openTab: async (url) => {
          tabs.push(url);
          return tabs.length;
        },
      },
      alarms,
    ),
  );
}

async function signIn(h: ReturnType<typeof worker>) {
  const accounts: Array<{ network: 'bluesky' | 'mastodon'; input: Record<string, string> }> = [
    { network: 'bluesky', input: { identifier: pds.handle, appPassword: pds.appPassword, service: pds.url } },
    { network: 'mastodon', input: { instance: mastodon.url, accessToken: mastodon.accessToken } },
  ];
  for (const account of accounts) expect((await h.addAccount(account, page)).error).toBeUndefined();
}

const target = (network: Platform, via: 'api' | 'intent', texts = ['Later']) => ({ network, via, texts });

async function schedule(
  h: ReturnType<typeof worker>,
  request: Pick<CrosspostRequest, 'targets' | 'scheduleAt'>,
): Promise<string> {
  await h.saveDraft({ id: DRAFT, text: 'Later', networks: ['x', 'bluesky', 'mastodon'], split: [] }, page);
  const { crosspostId } = await h.startCrosspost({ draftId: DRAFT, text: 'Later', ...request }, page);
  return crosspostId;
}

/** Waits until `check` holds for the row (runs go on after the replies). */
async function until(id: string, check: (row: CrosspostRow) => boolean): Promise<CrosspostRow> {
  for (let i = 0; i < 400; i += 1) {
    const row = await db.crossposts.get(id);
    if (row && check(row)) return row;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`never: ${JSON.stringify(await db.crossposts.get(id))}`);
}
const states = (row: CrosspostRow) => Object.fromEntries(row.targets.map((t) => [t.network, t.status.state]));
const statusPosts = () =>
  mastodon.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/statuses');

describe('a scheduled cross-post', () => {
  it('Mastodon holds it (scheduled_at sent once); Bluesky and X wait for the alarm, which posts at the time', async () => {
    const h = worker();
    await signIn(h);
    const at = T0 + HOUR;
    const id = await schedule(h, {
      targets: [target('x', 'intent'), target('bluesky', 'api'), target('mastodon', 'api')],
      scheduleAt: at,
    });
    let row = await until(
      id,
      (r) =>
        r.targets.find((t) => t.network === 'mastodon')?.status.state === 'scheduled' &&
        r.targets.find((t) => t.network === 'mastodon')?.scheduledId !== undefined,
    );
    expect(row.targets.map((t) => [t.network, t.status])).toEqual([
      ['x', { state: 'scheduled', at }],
      ['bluesky', { state: 'scheduled', at }],
      ['mastodon', { state: 'scheduled', at, onServer: true }],
    ]);
    expect(statusPosts().map((r) => (r.json as { scheduled_at?: string }).scheduled_at)).toEqual([
      new Date(at).toISOString(),
    ]);
    expect(alarms.armed).toEqual(new Map([[`crosspost:${id}`, at]]));
    expect([pds.records.length, tabs.length]).toEqual([0, 0]);

    // The time comes (the alarm fires a few seconds late, as browsers do).
    clock = at + 4_000;
    alarms.fire(`crosspost:${id}`);
    row = await until(id, (r) => states(r).bluesky === 'posted' && states(r).x === 'opened');
    expect(states(row)).toEqual({ x: 'opened', bluesky: 'posted', mastodon: 'scheduled' });
    expect(pds.records.map((r) => r.value.text)).toEqual(['Later']);
    expect(tabs).toEqual(['https://x.com/intent/tweet?text=Later']);
    // Mastodon was sent once, when scheduled: the alarm did not post it again.
    expect(statusPosts()).toHaveLength(1);
    expect(mastodon.scheduled).toHaveLength(1);
    expect(mastodon.statuses).toEqual([]);
  });

  it('a Mastodon thread (or a time under five minutes away) waits for the alarm like the others', async () => {
    const h = worker();
    await signIn(h);
    const id = await schedule(h, {
      targets: [target('mastodon', 'api', ['1/2 a', '2/2 b'])],
      scheduleAt: T0 + HOUR,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statusPosts()).toEqual([]);
    expect(alarms.armed.get(`crosspost:${id}`)).toBe(T0 + HOUR);
    clock = T0 + HOUR;
    alarms.fire(`crosspost:${id}`);
    await until(id, (r) => states(r).mastodon === 'posted');
    expect(mastodon.statuses.map((s) => s.text)).toEqual(['1/2 a', '2/2 b']);
  });

  it('an alarm long after its time (browser closed) posts nothing: missed, and "post now" posts', async () => {
    const h = worker();
    await signIn(h);
    const at = T0 + HOUR;
    const id = await schedule(h, { targets: [target('bluesky', 'api')], scheduleAt: at });
    clock = at + 6 * 60_000;
    alarms.fire(`crosspost:${id}`);
    const row = await until(id, (r) => states(r).bluesky === 'missed');
    expect(row.targets[0]?.status).toEqual({ state: 'missed', at });
    expect(pds.records).toEqual([]);
    expect(await h.postScheduledNow({ crosspostId: id }, page)).toEqual({ started: true });
    await until(id, (r) => states(r).bluesky === 'posted');
    expect(pds.records).toHaveLength(1);
  });

  it('a worker that starts after the time marks it missed without any alarm; one before re-arms it', async () => {
    const first = worker();
    await signIn(first);
    const soon = await schedule(first, { targets: [target('bluesky', 'api')], scheduleAt: T0 + HOUR });
    alarms.armed.clear(); // the browser dropped it
    worker(); // a restart an hour early: re-armed
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alarms.armed.get(`crosspost:${soon}`)).toBe(T0 + HOUR);
    clock = T0 + 3 * HOUR;
    alarms.armed.clear();
    worker(); // the browser comes back two hours late
    await until(soon, (r) => states(r).bluesky === 'missed');
    expect(pds.records).toEqual([]);
  });

  it('cancel withdraws the post Mastodon holds and deletes the cross-post, its draft and its files', async () => {
    const h = worker();
    await signIn(h);
    const file = await h.addMedia(
      { draftId: DRAFT, blobUrl: blobUrl(modelPhoto(1000, { width: 10, height: 10 })), name: 'a.jpg' },
      page,
    );
    if ('error' in file) throw new Error(file.error);
    const id = await schedule(h, {
      targets: [{ ...target('mastodon', 'api'), media: [[{ id: file.media.id, alt: 'a' }]] }],
      scheduleAt: T0 + HOUR,
    });
    await until(id, (r) => r.targets[0]?.scheduledId !== undefined);
    expect(mastodon.scheduled).toHaveLength(1);
    expect(await h.cancelScheduled({ crosspostId: id }, page)).toEqual({ cancelled: true });
    expect(mastodon.scheduled).toEqual([]);
    expect([await db.crossposts.count(), await db.drafts.count(), await db.media.count()]).toEqual([0, 0, 0]);
    expect(alarms.armed.size).toBe(0);
  });

  it('edit takes it back into the composer: withdrawn, its draft editable again with its time', async () => {
    const h = worker();
    await signIn(h);
    const at = T0 + HOUR;
    const id = await schedule(h, {
      targets: [target('mastodon', 'api'), target('bluesky', 'api')],
      scheduleAt: at,
    });
    await until(id, (r) => r.targets[0]?.scheduledId !== undefined);
    clock = T0 + 60_000;
    expect(await h.editScheduled({ crosspostId: id }, page)).toEqual({ draftId: DRAFT });
    expect(mastodon.scheduled).toEqual([]);
    expect(alarms.armed.size).toBe(0);
    expect(await db.crossposts.count()).toBe(0);
    const draft = await db.drafts.get(DRAFT);
    expect([draft?.postedAt, draft?.crosspostId, draft?.scheduleAt, draft?.updatedAt]).toEqual([
      undefined,
      undefined,
      at,
      clock,
    ]);
  });

  it('post now of a post Mastodon holds: withdrawn there, posted at once under new keys', async () => {
    const h = worker();
    await signIn(h);
    const id = await schedule(h, { targets: [target('mastodon', 'api')], scheduleAt: T0 + HOUR });
    const held = await until(id, (r) => r.targets[0]?.scheduledId !== undefined);
    await h.postScheduledNow({ crosspostId: id }, page);
    const row = await until(id, (r) => states(r).mastodon === 'posted');
    expect(mastodon.scheduled).toEqual([]);
    expect(mastodon.statuses.map((s) => s.text)).toEqual(['Later']);
    expect(row.targets[0]?.parts[0]?.key).not.toBe(held.targets[0]?.parts[0]?.key);
  });
});

describe('pruneMedia', () => {
  it('keeps files a draft or a waiting post needs; deletes the rest after their grace', async () => {
    const row = (id: string, draftId: string, createdAt: number) => ({
      id,
      draftId,
      createdAt,
      blob: new Blob(['x']),
      kind: 'image' as const,
      mimeType: 'image/jpeg',
      bytes: 1,
      width: 1,
      height: 1,
      name: 'x',
    });
    await db.drafts.put({
      id: 'draft-3kkeptkept2',
      text: '',
      networks: [],
      split: [],
      media: [{ ...row('aaaaaaaaaaaaa', '', 0), alt: '', part: 0 }],
      variants: {},
      options: {},
      createdAt: 0,
      updatedAt: 0,
    });
    await db.media.bulkPut([
      row('aaaaaaaaaaaaa', 'draft-3kkeptkept2', 0), // listed by its draft
      row('bbbbbbbbbbbbb', 'draft-3kkeptkept2', 0), // removed from its draft long ago
      row('ccccccccccccc', 'draft-3kkeptkept2', T0 - 60_000), // just attached, the save may lag
      row('ddddddddddddd', 'draft-3knosuchdr2', 0), // its draft is gone
      row('eeeeeeeeeeeee', 'draft-3knotsaved2', T0 - 60_000), // its draft not saved yet
    ]);
    expect(await pruneMedia(db, T0)).toBe(2);
    expect((await db.media.toArray()).map((m) => m.id)).toEqual([
      'aaaaaaaaaaaaa',
      'ccccccccccccc',
      'eeeeeeeeeeeee',
    ]);
  });
});
