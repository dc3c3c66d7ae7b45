import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishMastodonThread } from '../../../lib/platforms/mastodon/compose';
import { cancelMastodonScheduled } from '../../../lib/platforms/mastodon/compose/scheduled';
import type { StoredMastodonAccount } from '../../../lib/platforms/mastodon/compose/account';
import { prepareThread, type ThreadPart } from '../../../lib/compose/thread';
import { testMediaAccess, testPicture } from '../../helpers/media-access';
import { startFakeMastodon, type FakeMastodon } from '../../fake-servers/fake-mastodon';

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);
const now = () => NOW;
let server: FakeMastodon;
let account: StoredMastodonAccount;
let files: Map<string, Blob>;
let sleeps: number[];

async function start(options: Parameters<typeof startFakeMastodon>[0] = {}) {
  server = await startFakeMastodon({ now, ...options });
  account = {
    instanceUrl: server.url,
    accessToken: server.accessToken,
    username: 'alice',
    maxCharacters: 500,
    charactersReservedPerUrl: 23,
    media: { maxImageBytes: 16_777_216, maxImagePixels: 33_177_600 },
    apiVersion: options.apiVersion ?? 7,
  };
}

beforeEach(async () => {
  files = new Map();
  sleeps = [];
  await start();
});
afterEach(() => server.close());

const sleep = async (ms: number) => {
  sleeps.push(ms);
};
const publish = (parts: ThreadPart[], extra: Parameters<typeof publishMastodonThread>[2] = {}) =>
  publishMastodonThread(parts, account, { now, sleep, media: testMediaAccess(files), ...extra });
const part = (text: string, media: ThreadPart['media'] = []): ThreadPart => ({
  ...prepareThread([text], NOW)[0]!,
  media,
});

describe('Mastodon media', () => {
  it('two pictures with alt text: uploaded, waited for (202, then 206, then 200), posted in order', async () => {
    await server.close();
    await start({ mediaProcessing: 2 });
    const first = testPicture(files, {
      bytes: 400_000,
      width: 1600,
      height: 1200,
      alt: 'A heron on one leg',
    });
    const second = {
      ...testPicture(files, { bytes: 300_000, width: 900, height: 1600, alt: 'Its reflection' }),
      focus: { x: 0, y: 0.5 },
    };
    const outcome = await publish([part('Birds', [first, second])]);
    expect(outcome.parts[0]?.status.state).toBe('posted');
    const uploads = server.requests.filter((r) => r.path === '/api/v2/media');
    expect(uploads.map((r) => r.answered)).toEqual([202, 202]);
    const checks = server.requests.filter((r) => r.path.startsWith('/api/v1/media/'));
    expect(checks.map((r) => r.answered)).toEqual([206, 200, 206, 200]);
    expect(sleeps).toEqual([1000, 1500, 1000, 1500]);
    expect(
      server.media.map((m) => [m.description, m.focus, m.file.type, m.file.bytes.length, m.ready]),
    ).toEqual([
      ['A heron on one leg', null, 'image/jpeg', 400_000, true],
      ['Its reflection', '0.00,0.50', 'image/jpeg', 300_000, true],
    ]);
    expect(server.statuses).toEqual([
      expect.objectContaining({ text: 'Birds', mediaIds: server.media.map((m) => m.id) }),
    ]);
  });

  it("a picture over the server's own limits is made smaller first (bytes and pixels)", async () => {
    account.media = { maxImageBytes: 2_000_000, maxImagePixels: 4_000_000 };
    const big = testPicture(files, { bytes: 9_000_000, width: 4000, height: 3000, alt: 'Big' });
    await publish([part('Big', [big])]);
    const sent = server.media[0]!.file.bytes.length;
    expect(sent).toBeLessThanOrEqual(2_000_000);
    expect(server.statuses).toHaveLength(1);
  });

  it('a token without write:media (signed in before pictures): "sign in again", no status', async () => {
    const picture = testPicture(files, { bytes: 1000, width: 10, height: 10, alt: 'x' });
    const forbidden: typeof fetch = async (input, init) =>
      String(input).endsWith('/api/v2/media')
        ? new Response(JSON.stringify({ error: 'This action is outside the authorized scopes' }), {
            status: 403,
          })
        : fetch(input, init);
    const outcome = await publish([part('x', [picture])], { fetch: forbidden });
    expect(outcome.parts[0]?.status).toMatchObject({
      state: 'failed',
      failure: { kind: 'invalid-credentials', message: expect.stringContaining('sign in again in Options') },
    });
    expect(server.statuses).toEqual([]);
  });
});

describe('Mastodon content warning, language, quote', () => {
  it('spoiler_text and sensitive from the warning; the language as an ISO 639 code', async () => {
    const picture = testPicture(files, { bytes: 1000, width: 10, height: 10, alt: 'x' });
    await publish([part('Spoilers ahead', [picture])], {
      post: { warning: { text: 'Film ending', label: 'graphic-media' }, lang: 'pt-BR' },
    });
    expect(server.statuses[0]).toMatchObject({ spoilerText: 'Film ending', sensitive: true, language: 'pt' });
  });

  it('a label alone marks the media sensitive; without media it adds nothing', async () => {
    const picture = testPicture(files, { bytes: 1000, width: 10, height: 10, alt: 'x' });
    await publish([part('one', [picture])], { post: { warning: { label: 'nudity' } } });
    await publish([part('two')], { post: { warning: { label: 'nudity' } } });
    expect(server.statuses.map((s) => [s.text, s.sensitive, s.spoilerText])).toEqual([
      ['one', true, ''],
      ['two', false, ''],
    ]);
  });

  it('a shared Mastodon post is quoted (quoted_status_id found by search) on API version 7', async () => {
    await server.close();
    const quoted = 'https://other.example/@bob/111';
    await start({ knownStatuses: { [quoted]: '4242' } });
    const outcome = await publish([part(`Look\n\n${quoted}`)], {
      post: {
        quote: {
          platform: 'mastodon',
          nativeId: 'https://other.example/users/bob/statuses/111',
          url: quoted,
        },
      },
    });
    expect(server.statuses[0]).toMatchObject({ quotedStatusId: '4242', text: `Look\n\n${quoted}` });
    expect(outcome.parts[0]?.notes).toEqual([]);
  });

  it('before API version 7, or beside pictures, the post links to it instead, and says so', async () => {
    await server.close();
    const quoted = 'https://other.example/@bob/111';
    await start({ apiVersion: 6, knownStatuses: { [quoted]: '4242' } });
    const quote = {
      platform: 'mastodon' as const,
      nativeId: 'https://other.example/users/bob/statuses/111',
      url: quoted,
    };
    const old = await publish([part(`Look ${quoted}`)], { post: { quote } });
    expect(old.parts[0]?.notes).toEqual([
      'Your Mastodon server cannot make quotes yet (Mastodon 4.5); the post links to it instead.',
    ]);
    account.apiVersion = 7;
    const picture = testPicture(files, { bytes: 1000, width: 10, height: 10, alt: 'x' });
    const withMedia = await publish([part(`Look again ${quoted}`, [picture])], { post: { quote } });
    expect(withMedia.parts[0]?.notes).toEqual([
      'Mastodon does not take pictures beside a quote; the post links to it instead.',
    ]);
    expect(server.statuses.map((s) => s.quotedStatusId)).toEqual([null, null]);
  });
});

describe('Mastodon scheduled_at', () => {
  it('the server holds the post: scheduled with its id, sent once even when retried, cancellable', async () => {
    const at = NOW + 60 * 60_000;
    const [only] = prepareThread(['Later'], NOW);
    const first = await publish([only!], { scheduleAt: at });
    expect(first.parts[0]).toMatchObject({
      status: { state: 'scheduled', at, onServer: true },
      scheduledId: server.scheduled[0]?.id,
    });
    // A retry after a lost answer carries the same Idempotency-Key: the same scheduled post.
    const again = await publish([only!], { scheduleAt: at });
    expect(again.parts[0]?.scheduledId).toBe(first.parts[0]?.scheduledId);
    expect(server.scheduled).toHaveLength(1);
    expect(server.scheduled[0]?.scheduledAt).toBe(new Date(at).toISOString());
    expect(server.statuses).toEqual([]);
    expect(await cancelMastodonScheduled(server.scheduled[0]!.id, account, { now })).toBeUndefined();
    expect(server.scheduled).toEqual([]);
    // Already gone (published or cancelled elsewhere): nothing to cancel, no failure.
    expect(await cancelMastodonScheduled('999', account, { now })).toBeUndefined();
  });
});
