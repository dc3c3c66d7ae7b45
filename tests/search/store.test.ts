import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { generatePosts } from '../../lib/dev/generate-posts';
import { writeImport } from '../../lib/export/import-write';
import { FeedStore } from '../../lib/feed/feed-store';
import type { CaptureBatch } from '../../lib/capture/protocol';
import { PLATFORMS, type Platform, type Post } from '../../lib/post';
import { compactSearchIndex, maybeCompactSearchIndex } from '../../lib/store/compact-search';
import { deleteEverything } from '../../lib/store/delete-all';
import { ingestBatch } from '../../lib/store/ingest';
import { pruneByRetention } from '../../lib/store/retention';
import { updateUserState } from '../../lib/store/user-state';
import { seededRandom } from '../helpers/mutate';
import { generateQueries } from './generate-queries';
import { expectSameResults, Reference } from './reference';

/**
 * The persisted index through the real writers (capture batches, retention, saves, an import,
 * "delete everything") with compactions in between, as the side panel sees it: one panel open
 * from the start and following, and panels opened later. Each must answer like the brute-force
 * reference over what the store then holds.
 */
const posts = generatePosts(6000, 21, { platforms: PLATFORMS });
const queries = [...generateQueries(posts.slice(0, 3000), 70, 5), 'ocelot', 'is:saved', 'retagged'];
const db = new CrossfeedDB('test-search-store');
let live: FeedStore;
let now = 2_000_000_000_000;

function batch(platform: Platform, batchPosts: Post[]): CaptureBatch {
  return {
    batchId: `batch-${(now += 1)}`,
    platform,
    source: 'network',
    posts: batchPosts,
    postsJson: [],
    stats: { operations: {}, skipped: {}, unknownOperations: {} },
  };
}

/** Captures posts in batches of 25, each batch one network (the sender's), as the background gets them. */
async function capture(arriving: Post[]): Promise<void> {
  for (const platform of PLATFORMS) {
    const mine = arriving.filter((post) => post.platform === platform);
    for (let start = 0; start < mine.length; start += 25) {
      const ack = await ingestBatch(db, batch(platform, mine.slice(start, start + 25)), platform, (now += 1));
      expect(ack.rejected).toEqual([]);
    }
  }
}

/** The reference over what the store holds now. */
async function storeReference(): Promise<Reference> {
  const reference = new Reference();
  for (const post of await db.posts.toArray()) reference.put(post);
  for (const state of await db.userState.toArray()) reference.setState(state.postId, state);
  return reference;
}

/** Lets the panel see and apply every change written so far (events arrive after the commit). */
async function caughtUp(store: FeedStore): Promise<void> {
  await maybeCompactSearchIndex(db);
  for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  await store.settled();
}

async function expectExact(store: FeedStore, label: string): Promise<void> {
  await caughtUp(store);
  const reference = await storeReference();
  expect({ label, size: store.index.size }).toEqual({ label, size: reference.posts.size });
  expectSameResults(store.index, reference, queries);
}

async function freshPanel(): Promise<FeedStore> {
  const store = new FeedStore(db);
  await store.start();
  return store;
}

beforeAll(async () => {
  await writeImport(db, { posts: posts.slice(0, 3000), userState: [] });
  live = await freshPanel();
});
afterAll(() => live.stop());

describe('the stored search index through every writer', () => {
  it('answers exactly from the start, for a panel open during all that follows', async () => {
    await expectExact(live, 'after the import');
  });

  it('stays exact through captures, re-captures, saves, pruning and compactions', async () => {
    const random = seededRandom(4);
    for (let round = 0; round < 3; round += 1) {
      const arriving = posts.slice(3000 + round * 800, 3000 + (round + 1) * 800);
      await capture(arriving);
      // Re-captures with edited text of stored posts.
      const stored = await db.posts.toArray();
      const edited = stored
        .filter(() => random() < 0.02)
        .map((post) => ({
          ...post,
          text: `${post.text} ocelot${round}`,
          capture: { ...post.capture, lastSeenAt: now },
        }));
      await capture(edited);
      // Saves with tags and notes, some unsaved again.
      for (const post of stored.filter(() => random() < 0.01)) {
        await updateUserState(
          db,
          { postId: post.id, saved: true, tags: [`retagged${round}`], note: 'ocelot note' },
          now,
        );
      }
      const savedIds = (await db.userState.toArray()).map((state) => state.postId);
      for (const id of savedIds.slice(0, 3)) await updateUserState(db, { postId: id, saved: false }, now);
      await expectExact(live, `round ${round}, before pruning`);
      // Retention: the newest N stay (and saved posts, and what staying posts quote).
      const { deleted } = await pruneByRetention(
        db,
        { retentionDays: null, retentionMaxPosts: 3000 - round * 300 },
        (now += 1000),
        { chunkSize: 200 },
      );
      expect(deleted).toBeGreaterThan(0);
      await expectExact(live, `round ${round}, after pruning ${deleted}`);
      if (round === 1) await compactSearchIndex(db);
      const opened = await freshPanel();
      await expectExact(opened, `round ${round}, a panel opened now`);
      opened.stop();
    }
  });

  it('forgets everything with "delete everything", then indexes what arrives next', async () => {
    await deleteEverything(db, { includeSettings: false });
    await caughtUp(live);
    expect(live.index.size).toBe(0);
    await capture(posts.slice(0, 120));
    await expectExact(live, 'after delete everything and new captures');
    const opened = await freshPanel();
    await expectExact(opened, 'a panel opened after delete everything');
    opened.stop();
  });
});
