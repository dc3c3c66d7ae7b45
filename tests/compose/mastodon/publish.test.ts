import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishMastodonThread, type MastodonAccount } from '../../../lib/platforms/mastodon/compose';
import { prepareThread, type ThreadPart } from '../../../lib/compose/thread';
import { startFakeMastodon, type FakeMastodon } from '../../fake-servers/fake-mastodon';

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);
const now = () => NOW;
let server: FakeMastodon;
let account: MastodonAccount;

beforeEach(async () => {
  server = await startFakeMastodon({ now });
  account = { instanceUrl: server.url, accessToken: server.accessToken };
});
afterEach(() => server.close());

const posts = () => server.requests.filter((r) => r.path === '/api/v1/statuses');

describe('publishMastodonThread', () => {
  it('posts a thread as replies, each with its own Idempotency-Key', async () => {
    const parts = prepareThread(['1/3 one', '2/3 two', '3/3 three'], NOW);
    const outcome = await publishMastodonThread(parts, account, {
      now,
      visibility: 'unlisted',
      language: 'en',
    });
    const [a, b, c] = server.statuses;
    expect(outcome.parts).toEqual(
      server.statuses.map((s, i) => ({
        key: parts[i]?.key,
        status: { state: 'posted', url: `${server.url}/@alice/${s.id}` },
        posted: { id: s.id, url: `${server.url}/@alice/${s.id}` },
        notes: [],
      })),
    );
    expect(server.statuses.map((s) => [s.text, s.inReplyToId, s.visibility])).toEqual([
      ['1/3 one', null, 'unlisted'],
      ['2/3 two', a?.id, 'unlisted'],
      ['3/3 three', b?.id, 'unlisted'],
    ]);
    expect(c).toBeDefined();
    expect(posts().map((r) => r.headers['idempotency-key'])).toEqual(parts.map((p) => p.key));
    expect(posts()[0]?.json).toEqual({ status: '1/3 one', visibility: 'unlisted', language: 'en' });
  });

  it('a card link is added to the text, where Mastodon makes its own preview', async () => {
    const [part] = prepareThread(['Worth reading'], NOW);
    if (!part) throw new Error('no part');
    part.card = { url: 'https://example.com/story' };
    await publishMastodonThread([part], account, { now });
    expect(server.statuses[0]?.text).toBe('Worth reading\n\nhttps://example.com/story');
  });

  it('a status URL that is not http(s) never becomes the link: its uri, else its page on the server', async () => {
    await server.close();
    server = await startFakeMastodon({ now, statusUrl: () => 'javascript:alert(1)' });
    account = { instanceUrl: server.url, accessToken: server.accessToken, username: 'alice' };
    const first = await publishMastodonThread(prepareThread(['one'], NOW), account, { now });
    const id = server.statuses[0]?.id ?? '';
    expect(first.parts[0]?.posted?.url).toBe(`${server.url}/users/alice/statuses/${id}`);
    await server.close();
    server = await startFakeMastodon({
      now,
      statusUrl: () => null,
      statusUri: () => 'data:text/html,<script>alert(1)</script>',
    });
    account = { instanceUrl: server.url, accessToken: server.accessToken, username: 'alice' };
    const second = await publishMastodonThread(prepareThread(['two'], NOW), account, { now });
    const other = server.statuses[0]?.id ?? '';
    expect(second.parts[0]?.status).toEqual({ state: 'posted', url: `${server.url}/@alice/${other}` });
  });

  it('an expired token → expired-token, sign in again', async () => {
    server.failNext('expired-token');
    const outcome = await publishMastodonThread(prepareThread(['x'], NOW), account, { now });
    expect(outcome.parts[0]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'expired-token',
        message: 'Your Mastodon sign-in has expired; sign in again in Options, then retry.',
        retryable: false,
        detail: 'The access token expired',
      },
    });
  });

  it('a revoked token → invalid-credentials', async () => {
    server.revokeTokens();
    const outcome = await publishMastodonThread(prepareThread(['x'], NOW), account, { now });
    expect(outcome.parts[0]?.status).toMatchObject({
      state: 'failed',
      failure: { kind: 'invalid-credentials', retryable: false },
    });
  });

  it('429 → rate-limited with the time from X-RateLimit-Reset', async () => {
    server.failNext('rate-limit');
    const outcome = await publishMastodonThread(prepareThread(['x'], NOW), account, { now });
    expect(outcome.parts[0]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'rate-limited',
        message: 'Mastodon is limiting how fast you can post; try again in 5 minutes.',
        retryable: true,
        retryAt: NOW + 300_000,
        detail: '429 Too many requests',
      },
    });
  });

  it('500 → failed and retryable; the retry posts the rest once, replying in order', async () => {
    const parts = prepareThread(['one', 'two', 'three'], NOW);
    const first = await publishMastodonThread(parts, account, {
      now,
      fetch: async (input, init) => {
        if (input.endsWith('/api/v1/statuses') && posts().length === 1) server.failNext('server-error');
        return fetch(input, init);
      },
    });
    expect(first.parts.map((p) => p.status.state)).toEqual(['posted', 'failed', 'queued']);
    expect(first.parts[1]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'server-error',
        message: 'Mastodon had a problem on its side (500); retrying is safe and will not post twice.',
        retryable: true,
        detail: "500 We're sorry, but something went wrong on our end.",
      },
    });
    const resumed: ThreadPart[] = parts.map((p, i) => ({
      ...p,
      ...(first.parts[i]?.posted ? { posted: first.parts[i]?.posted } : {}),
    }));
    const second = await publishMastodonThread(resumed, account, { now });
    expect(second.parts.map((p) => p.status.state)).toEqual(['posted', 'posted', 'posted']);
    expect(server.statuses.map((s) => s.text)).toEqual(['one', 'two', 'three']);
    expect(server.statuses[2]?.inReplyToId).toBe(server.statuses[1]?.id);
  });

  it('lost answer → network failure → retry with the same key → still one status', async () => {
    server.failNext('lose-response');
    const parts = prepareThread(['exactly once'], NOW);
    const first = await publishMastodonThread(parts, account, { now });
    expect(first.parts[0]?.status).toMatchObject({
      state: 'failed',
      failure: { kind: 'network', retryable: true },
    });
    expect(server.statuses).toHaveLength(1);

    const retry = await publishMastodonThread(parts, account, { now });
    expect(retry.parts[0]?.status).toEqual({
      state: 'posted',
      url: `${server.url}/@alice/${server.statuses[0]?.id}`,
    });
    expect(posts().map((r) => r.answered)).toEqual(['lost', 200]);
    expect(server.statuses).toHaveLength(1);
  });

  it("422 → rejected, with Mastodon's own words", async () => {
    const outcome = await publishMastodonThread(prepareThread(['a'.repeat(501)], NOW), account, { now });
    expect(outcome.parts[0]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'rejected',
        message: 'Mastodon refused this post: Validation failed: Text character limit of 500 exceeded.',
        retryable: false,
        detail: '422 Validation failed: Text character limit of 500 exceeded',
      },
    });
  });

  it('an unreachable instance is network', async () => {
    await server.close();
    const outcome = await publishMastodonThread(prepareThread(['x'], NOW), account, { now });
    expect(outcome.parts[0]?.status).toMatchObject({
      state: 'failed',
      failure: { kind: 'network', retryable: true },
    });
    server = await startFakeMastodon();
  });
});
