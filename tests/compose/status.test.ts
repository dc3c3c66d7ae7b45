import { describe, expect, it } from 'vitest';
import { failureFromHttp, retryAtFrom } from '../../lib/compose/failures';
import { threadStatus, type PartResult } from '../../lib/compose/thread';

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);

describe('retryAtFrom', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAtFrom(new Headers({ 'retry-after': '120' }), NOW)).toBe(NOW + 120_000);
    expect(retryAtFrom(new Headers({ 'retry-after': 'Fri, 02 Jan 2026 12:30:00 GMT' }), NOW)).toBe(
      NOW + 1_800_000,
    );
  });

  it("reads Bluesky's RateLimit-Reset (epoch seconds) and Mastodon's X-RateLimit-Reset (ISO time)", () => {
    expect(retryAtFrom(new Headers({ 'ratelimit-reset': String(NOW / 1000 + 60) }), NOW)).toBe(NOW + 60_000);
    expect(retryAtFrom(new Headers({ 'x-ratelimit-reset': '2026-01-02T12:10:00.000000Z' }), NOW)).toBe(
      NOW + 600_000,
    );
    expect(retryAtFrom(new Headers(), NOW)).toBeUndefined();
  });

  it('a 429 without any reset header still says what to do', () => {
    expect(failureFromHttp('Bluesky', { status: 429, headers: new Headers() }, NOW)).toEqual({
      kind: 'rate-limited',
      message: 'Bluesky is limiting how fast you can post; try again in a few minutes.',
      retryable: true,
      detail: '429',
    });
  });
});

describe('threadStatus', () => {
  const posted = (n: number): PartResult => ({
    key: `k${n}`,
    status: { state: 'posted', url: `https://e/${n}` },
    notes: [],
  });
  it('is posted (first part) only when every part is', () => {
    expect(threadStatus([posted(1), posted(2)])).toEqual({ state: 'posted', url: 'https://e/1' });
    expect(threadStatus([posted(1), { key: 'k2', status: { state: 'queued' }, notes: [] }])).toEqual({
      state: 'queued',
    });
  });
  it('is the first failure when a part failed', () => {
    const failure = { kind: 'network', message: 'Could not reach Bluesky.', retryable: true } as const;
    expect(threadStatus([posted(1), { key: 'k2', status: { state: 'failed', failure }, notes: [] }])).toEqual(
      { state: 'failed', failure },
    );
  });
});
