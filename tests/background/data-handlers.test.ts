import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataHandlers } from '../../lib/store/handlers';
import { CrossfeedDB } from '../../lib/db';
import { dataMessages } from '../../lib/store/protocol';
import { DEFAULT_SETTINGS, readSettings } from '../../lib/settings';
import { samplePost } from '../helpers/sample-post';

let db: CrossfeedDB;
let dbCount = 0;
const PAGE = { channel: 'page' as const };

beforeEach(async () => {
  dbCount += 1;
  db = new CrossfeedDB(`test-data-handlers-${dbCount}`);
  await db.open();
  await db.posts.bulkPut([samplePost({ nativeId: '1' }), samplePost({ nativeId: '2' })]);
  await db.userState.put({ postId: 'x:1', savedAt: 1, tags: [], updatedAt: 1 });
});
afterEach(async () => {
  await db.delete();
});

/** What the router does: check the payload with the message's schema, then call the handler. */
async function send<N extends keyof typeof dataMessages>(
  name: N,
  payload: unknown,
  now = Date.UTC(2030, 0, 1),
) {
  const handlers = createDataHandlers(db, () => now);
  const parsed = dataMessages[name].request.parse(payload);
  return (handlers[name] as (payload: unknown, context: typeof PAGE) => Promise<unknown>)(parsed, PAGE);
}

describe('updateSettings', () => {
  it('changes only the keys sent and keeps every other setting', async () => {
    await send('updateSettings', { toolbarAction: 'popup', retentionMaxPosts: 5000 });
    const settings = await send('updateSettings', { muteWords: ['spoiler'] });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      toolbarAction: 'popup',
      retentionMaxPosts: 5000,
      muteWords: ['spoiler'],
    });
    expect(await readSettings(db)).toEqual(settings);
  });

  it('refuses unknown keys and invalid values', () => {
    const schema = dataMessages.updateSettings.request;
    expect(schema.safeParse({ nope: true }).success).toBe(false);
    expect(schema.safeParse({ retentionDays: 0 }).success).toBe(false);
    expect(schema.safeParse({ retentionMaxPosts: 99 }).success).toBe(false);
    expect(schema.safeParse({ retentionDays: null }).success).toBe(true);
    expect(schema.safeParse({}).data).toEqual({});
  });

  it('prunes with a new retention limit before replying (saved posts stay)', async () => {
    // samplePost is from 2025, five years before "now".
    const settings = await send('updateSettings', { retentionDays: 365 });
    expect(settings).toMatchObject({ retentionDays: 365 });
    expect(await db.posts.toCollection().primaryKeys()).toEqual(['x:1']);
  });

  it('does not prune when retention is not part of the change', async () => {
    await db.settings.put({ key: 'retentionDays', value: 30 });
    await send('updateSettings', { muteWords: [] });
    expect(await db.posts.count()).toBe(2);
  });
});

describe('deleteEverything', () => {
  it('is refused unless the payload carries the confirmation word, and only from extension pages', () => {
    const schema = dataMessages.deleteEverything.request;
    expect(schema.safeParse({ confirm: 'delete', includeSettings: false }).success).toBe(true);
    expect(schema.safeParse({ confirm: 'yes', includeSettings: false }).success).toBe(false);
    expect(schema.safeParse({ includeSettings: true }).success).toBe(false);
    expect(dataMessages.deleteEverything.channel).toBe('page');
  });

  it('clears the store and replies with what it deleted', async () => {
    const reply = await send('deleteEverything', { confirm: 'delete', includeSettings: false });
    expect(reply).toEqual({ posts: 2, userState: 1, health: 0, ingestLog: 0, settings: 0 });
    expect(await db.posts.count()).toBe(0);
    expect(await db.userState.count()).toBe(0);
  });
});
