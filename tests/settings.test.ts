import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../lib/db';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../lib/settings';

const db = new CrossfeedDB('test-settings');
afterEach(async () => {
  await db.settings.clear();
});

describe('settings', () => {
  it('reads defaults when nothing is stored', async () => {
    expect(await readSettings(db)).toEqual({
      toolbarAction: 'sidepanel',
      muteWords: [],
      savedSearches: [],
      retentionDays: null,
      retentionMaxPosts: null,
      sendForMe: false,
      deckColumns: null,
      repostPlacement: 'latest-repost',
      hideReposts: false,
      hideRepostsBy: [],
      identityLinks: [],
    });
  });

  it('identity links: account keys of known networks only, lowercased; reposter handles are lowercased', async () => {
    const link = { a: 'x:alice', b: 'bluesky:alice.bsky.social', same: true, at: 5 };
    expect(await writeSettings(db, { identityLinks: [link], hideRepostsBy: ['Bob'] })).toMatchObject({
      identityLinks: [link],
      hideRepostsBy: ['bob'],
    });
    for (const bad of ['myspace:alice', 'x:Alice', 'x:', 'x:a b']) {
      await expect(writeSettings(db, { identityLinks: [{ ...link, a: bad }] })).rejects.toThrow();
    }
    expect((await readSettings(db)).identityLinks).toEqual([link]);
  });

  it('writes a partial change and keeps the rest', async () => {
    const next = await writeSettings(db, { muteWords: ['spoiler'], retentionDays: 30 });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, muteWords: ['spoiler'], retentionDays: 30 });
  });

  it('one change never resets the other settings', async () => {
    await writeSettings(db, { retentionDays: 30, toolbarAction: 'popup' });
    const next = await writeSettings(db, { muteWords: ['spoiler'] });
    expect(next).toEqual({
      ...DEFAULT_SETTINGS,
      retentionDays: 30,
      toolbarAction: 'popup',
      muteWords: ['spoiler'],
    });
  });

  it('refuses unknown keys and invalid values, and writes nothing', async () => {
    await expect(writeSettings(db, { nope: true } as never)).rejects.toThrow();
    await expect(writeSettings(db, { retentionDays: -3 })).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });

  it('falls back to the default for a stored value that no longer validates', async () => {
    await db.settings.put({ key: 'toolbarAction', value: 'fireworks' });
    await db.settings.put({ key: 'sendForMe', value: true });
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, sendForMe: true });
  });
});
