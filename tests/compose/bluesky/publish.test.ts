import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createBlueskySession,
  blueskyPostUrl,
  publishBlueskyThread,
  type BlueskySession,
} from '../../../lib/platforms/bluesky/compose';
import { prepareThread, type ThreadPart } from '../../../lib/compose/thread';
import type { FetchLike } from '../../../lib/compose/http-answer';
import { startFakePds, type FakePds } from '../../fake-servers/fake-pds';

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);
const now = () => NOW;
let pds: FakePds;
let session: BlueskySession;

beforeEach(async () => {
  pds = await startFakePds({ now, handles: { 'bob.test': 'did:plc:fakebob' } });
  const signedIn = await createBlueskySession({
    identifier: pds.handle,
    appPassword: pds.appPassword,
    service: pds.url,
  });
  if (!signedIn.ok) throw new Error(signedIn.failure.message);
  session = signedIn.value;
});
afterEach(() => pds.close());

const creates = () => pds.requests.filter((r) => r.path === '/xrpc/com.atproto.repo.createRecord');
const postUrl = (rkey: string) => `https://bsky.app/profile/${pds.handle}/post/${rkey}`;

describe('Bluesky sign-in', () => {
  it('keeps the session the service returned, never the password', () => {
    expect(session).toEqual({
      service: pds.url,
      did: pds.did,
      handle: pds.handle,
      accessJwt: 'fake-access-1',
      refreshJwt: 'fake-refresh-1',
    });
  });

  it('a wrong app password is invalid-credentials', async () => {
    const result = await createBlueskySession({
      identifier: pds.handle,
      appPassword: 'nope',
      service: pds.url,
    });
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'invalid-credentials',
        message: 'Bluesky did not accept that handle and app password.',
        retryable: false,
        detail: 'Invalid identifier or password',
      },
    });
  });

  it('an unreachable service is network', async () => {
    await pds.close();
    const result = await createBlueskySession({ identifier: 'a', appPassword: 'b', service: pds.url });
    expect(result.ok ? undefined : result.failure.kind).toBe('network');
    pds = await startFakePds();
  });
});

describe('publishBlueskyThread', () => {
  it('posts one record with link, mention and tag facets and a link card with its thumbnail', async () => {
    const [part] = prepareThread(['Hi @bob.test 👋 read https://example.com/a #news'], NOW);
    if (!part) throw new Error('no part');
    part.card = {
      url: 'https://example.com/a',
      title: 'A',
      description: 'About A',
      imageUrl: pds.pictureUrl(2000),
    };
    const outcome = await publishBlueskyThread([part], session, { now, fetch: (i, init) => fetch(i, init) });

    expect(outcome.parts).toEqual([
      {
        key: part.key,
        status: { state: 'posted', url: postUrl(part.key) },
        posted: {
          id: `at://${pds.did}/app.bsky.feed.post/${part.key}`,
          cid: pds.records[0]?.cid,
          url: postUrl(part.key),
        },
        notes: [],
      },
    ]);
    expect(pds.records).toHaveLength(1);
    expect(pds.blobs).toHaveLength(1);
    expect(pds.records[0]?.value).toEqual({
      $type: 'app.bsky.feed.post',
      text: 'Hi @bob.test 👋 read https://example.com/a #news',
      createdAt: '2026-01-02T12:00:00.000Z',
      facets: [
        {
          $type: 'app.bsky.richtext.facet',
          index: { byteStart: 3, byteEnd: 12 },
          features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:fakebob' }],
        },
        // "👋" is 4 bytes: the link starts at 3 + 9 + 1 + 4 + 6 = 23.
        {
          index: { byteStart: 23, byteEnd: 44 },
          features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/a' }],
        },
        {
          index: { byteStart: 45, byteEnd: 50 },
          features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'news' }],
        },
      ],
      embed: {
        $type: 'app.bsky.embed.external',
        external: {
          uri: 'https://example.com/a',
          title: 'A',
          description: 'About A',
          thumb: { $type: 'blob', ref: { $link: pds.blobs[0]?.cid }, mimeType: 'image/png', size: 2000 },
        },
      },
    });
    expect(creates()[0]?.headers.authorization).toBe('Bearer fake-access-1');
  });

  it('posts a thread as a reply chain: every part points at the root and the one before', async () => {
    const parts = prepareThread(['1/3 one', '2/3 two', '3/3 three'], NOW);
    const outcome = await publishBlueskyThread(parts, session, { now });
    expect(outcome.parts.map((p) => p.status.state)).toEqual(['posted', 'posted', 'posted']);
    const [root, second, third] = pds.records;
    const ref = (r: typeof root) => ({ uri: r?.uri, cid: r?.cid });
    expect(root?.value.reply).toBeUndefined();
    expect(second?.value.reply).toEqual({ root: ref(root), parent: ref(root) });
    expect(third?.value.reply).toEqual({ root: ref(root), parent: ref(second) });
    expect(pds.records.map((r) => r.rkey)).toEqual(parts.map((p) => p.key));
  });

  it('skips a thumbnail over 1 MB with a note, and still posts the card', async () => {
    const [part] = prepareThread(['Big picture'], NOW);
    if (!part) throw new Error('no part');
    part.card = { url: 'https://example.com/b', title: 'B', imageUrl: pds.pictureUrl(1_000_001) };
    const outcome = await publishBlueskyThread([part], session, { now });
    expect(outcome.parts[0]?.notes).toEqual([
      'Link card posted without its picture: the card image is larger than 1 MB.',
    ]);
    expect(pds.blobs).toHaveLength(0);
    expect(pds.records[0]?.value.embed).toEqual({
      $type: 'app.bsky.embed.external',
      external: { uri: 'https://example.com/b', title: 'B', description: '' },
    });
  });

  it('a 200 MB picture without content-length is streamed and dropped at the limit, not read whole', async () => {
    const [part] = prepareThread(['Huge picture'], NOW);
    if (!part) throw new Error('no part');
    const pictureUrl = 'https://cdn.example/huge.png';
    part.card = { url: 'https://example.com/c', title: 'C', imageUrl: pictureUrl };
    let served = 0;
    const chunk = new Uint8Array(64 * 1024).fill(7);
    // 200 MB, produced only as the reader pulls, with no content-length header.
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (served >= 200_000_000) return controller.close();
        served += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const fetchFn: FetchLike = async (input, init) =>
      input === pictureUrl
        ? new Response(huge, { headers: { 'content-type': 'image/png' } })
        : fetch(input, init);
    const outcome = await publishBlueskyThread([part], session, { now, fetch: fetchFn });
    expect(outcome.parts[0]?.notes).toEqual([
      'Link card posted without its picture: the card image is larger than 1 MB.',
    ]);
    // The limit plus what the stream had queued ahead, never the whole 200 MB.
    expect(served).toBeLessThan(1_000_000 + 4 * chunk.byteLength);
    expect(pds.blobs).toHaveLength(0);
    expect(outcome.parts[0]?.status.state).toBe('posted');
  });

  it('a mention that does not resolve is left as text, with a note', async () => {
    const outcome = await publishBlueskyThread(prepareThread(['hi @ghost.test'], NOW), session, { now });
    expect(outcome.parts[0]?.notes).toEqual([
      '@ghost.test is not a Bluesky handle that resolves, so it is not linked.',
    ]);
    expect(pds.records[0]?.value.facets).toBeUndefined();
  });

  it('expired access token → refresh → success, and the new session is handed over at once', async () => {
    pds.expireAccessTokens();
    const seen: BlueskySession[] = [];
    const outcome = await publishBlueskyThread(prepareThread(['after refresh'], NOW), session, {
      now,
      onSession: (s) => seen.push(s),
    });
    expect(outcome.parts[0]?.status.state).toBe('posted');
    const fresh = { ...session, accessJwt: 'fake-access-2', refreshJwt: 'fake-refresh-2' };
    expect(seen).toEqual([fresh]);
    expect(outcome.session).toEqual(fresh);
    expect(pds.requests.map((r) => `${r.path} ${r.answered}`)).toEqual([
      '/xrpc/com.atproto.server.createSession 200',
      '/xrpc/com.atproto.repo.createRecord 400',
      '/xrpc/com.atproto.server.refreshSession 200',
      '/xrpc/com.atproto.repo.createRecord 200',
    ]);
    expect(pds.records).toHaveLength(1);
  });

  it('expired token whose refresh also fails → expired-token, sign in again', async () => {
    pds.failNext('expired-token', 2);
    const outcome = await publishBlueskyThread(prepareThread(['nope'], NOW), session, { now });
    expect(outcome.parts[0]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'expired-token',
        message: 'Your Bluesky sign-in has expired; sign in again in Options, then retry.',
        retryable: false,
        detail: 'ExpiredToken',
      },
    });
    expect(pds.records).toHaveLength(0);
  });

  it('429 → rate-limited with the time from RateLimit-Reset', async () => {
    pds.failNext('rate-limit', 1, '/xrpc/com.atproto.repo.createRecord');
    const outcome = await publishBlueskyThread(prepareThread(['slow down'], NOW), session, { now });
    expect(outcome.parts[0]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'rate-limited',
        message: 'Bluesky is limiting how fast you can post; try again in 5 minutes.',
        retryable: true,
        retryAt: NOW + 300_000,
        detail: '429 RateLimitExceeded Rate Limit Exceeded',
      },
    });
  });

  it('500 → failed and retryable; the retry posts once; later parts wait as queued', async () => {
    const parts = prepareThread(['one', 'two', 'three'], NOW);
    // Fail the second createRecord (nothing stored): arm the failure as that request goes out.
    const first = await publishBlueskyThread(parts, session, {
      now,
      fetch: async (input, init) => {
        if (input.endsWith('createRecord') && creates().length === 1) pds.failNext('server-error', 1);
        return fetch(input, init);
      },
    });
    expect(first.parts.map((p) => p.status.state)).toEqual(['posted', 'failed', 'queued']);
    expect(first.parts[1]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'server-error',
        message: 'Bluesky had a problem on its side (500); retrying is safe and will not post twice.',
        retryable: true,
        detail: '500 InternalServerError Internal Server Error',
      },
    });
    expect(pds.records).toHaveLength(1);

    const resumed: ThreadPart[] = parts.map((p, i) => ({
      ...p,
      ...(first.parts[i]?.posted ? { posted: first.parts[i]?.posted } : {}),
    }));
    const second = await publishBlueskyThread(resumed, session, { now });
    expect(second.parts.map((p) => p.status.state)).toEqual(['posted', 'posted', 'posted']);
    expect(pds.records.map((r) => r.value.text)).toEqual(['one', 'two', 'three']);
    expect(pds.records[2]?.value.reply).toEqual({
      root: { uri: pds.records[0]?.uri, cid: pds.records[0]?.cid },
      parent: { uri: pds.records[1]?.uri, cid: pds.records[1]?.cid },
    });
  });

  it('a lost answer is recognised as posted: the record is found under its key, one record', async () => {
    pds.failNext('lose-response', 1, '/xrpc/com.atproto.repo.createRecord');
    const [part] = prepareThread(['lost in transit'], NOW);
    if (!part) throw new Error('no part');
    const outcome = await publishBlueskyThread([part], session, { now });
    expect(outcome.parts[0]?.status).toEqual({ state: 'posted', url: postUrl(part.key) });
    expect(pds.records).toHaveLength(1);
  });

  it('lost answer → failed → retry: the PDS refuses the duplicate key (500), which reads as posted', async () => {
    pds.failNext('lose-response', 1, '/xrpc/com.atproto.repo.createRecord');
    pds.failNext('server-error', 1, '/xrpc/com.atproto.repo.getRecord');
    const parts = prepareThread(['exactly once'], NOW);
    const first = await publishBlueskyThread(parts, session, { now });
    expect(first.parts[0]?.status).toMatchObject({
      state: 'failed',
      failure: { kind: 'network', retryable: true },
    });
    expect(pds.records).toHaveLength(1); // it did land

    const retry = await publishBlueskyThread(parts, session, { now });
    expect(retry.parts[0]?.status).toEqual({ state: 'posted', url: postUrl(parts[0]?.key ?? '') });
    expect(creates().map((r) => r.answered)).toEqual(['lost', 500]);
    expect(pds.records).toHaveLength(1);
  });

  it('a post the service refuses is rejected, not retryable', async () => {
    const outcome = await publishBlueskyThread(prepareThread(['x'.repeat(301)], NOW), session, { now });
    expect(outcome.parts[0]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'rejected',
        message:
          'Bluesky refused this post: Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes.',
        retryable: false,
        detail:
          '400 InvalidRequest Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes',
      },
    });
  });
});

describe('blueskyPostUrl', () => {
  it('encodes what the server said, so the link stays one http(s) URL', () => {
    const uri = 'at://did:plc:abc/app.bsky.feed.post/3kabc';
    expect(blueskyPostUrl(uri, 'alice.test')).toBe('https://bsky.app/profile/alice.test/post/3kabc');
    expect(blueskyPostUrl(uri, 'a b"><img src=x>')).toBe(
      'https://bsky.app/profile/a%20b%22%3E%3Cimg%20src%3Dx%3E/post/3kabc',
    );
    expect(blueskyPostUrl(uri)).toBe('https://bsky.app/profile/did%3Aplc%3Aabc/post/3kabc');
    expect(blueskyPostUrl('javascript:alert(1)', 'alice.test')).toBe('https://bsky.app/');
  });
});
