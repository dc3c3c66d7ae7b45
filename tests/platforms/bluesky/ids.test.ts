import { describe, expect, it } from 'vitest';
import { parseDatetime } from '../../../lib/platforms/bluesky/dates';
import {
  isDid,
  isHandle,
  isPostUri,
  parsePostUri,
  parseRecordUri,
  postPermalink,
} from '../../../lib/platforms/bluesky/ids';

describe('atproto identifiers', () => {
  it('handles: DNS names of two labels or more, not handle.invalid', () => {
    for (const good of [
      'alice.bsky.social',
      'a.co',
      'x-y.example.com',
      'A1.Example.ORG',
      `${'a'.repeat(63)}.com`,
    ]) {
      expect(isHandle(good), good).toBe(true);
    }
    for (const bad of [
      'handle.invalid',
      'alice',
      '.alice.com',
      'alice.com.',
      'alice..com',
      '-alice.com',
      'alice-.com',
      'alice.1com',
      'al ice.com',
      'alice@host.com',
      `${'a'.repeat(64)}.com`,
      `${'a.'.repeat(127)}com`,
      '',
      42,
      undefined,
    ]) {
      expect(isHandle(bad), String(bad)).toBe(false);
    }
  });

  it('DIDs: did:<method>:<id>, 300 characters at most', () => {
    expect(isDid('did:plc:z72i7hdynmk6r22z27h6tvur')).toBe(true);
    expect(isDid('did:web:example.com%3A8080')).toBe(true);
    for (const bad of ['did:plc:', 'did:PLC:x', 'did:plc:abc:', 'plc:abc', `did:web:${'a'.repeat(300)}`, 7]) {
      expect(isDid(bad), String(bad)).toBe(false);
    }
  });

  it('post URIs: at://<did>/app.bsky.feed.post/<rkey> only', () => {
    const uri = 'at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l74xovbmtd2g';
    expect(parsePostUri(uri)).toEqual({
      uri,
      did: 'did:plc:z72i7hdynmk6r22z27h6tvur',
      collection: 'app.bsky.feed.post',
      rkey: '3l74xovbmtd2g',
    });
    expect(isPostUri(uri)).toBe(true);
    for (const bad of [
      'at://alice.bsky.social/app.bsky.feed.post/3l74xovbmtd2g',
      'at://did:plc:abc/app.bsky.feed.like/3l74xovbmtd2g',
      'at://did:plc:abc/app.bsky.feed.post/',
      'at://did:plc:abc/app.bsky.feed.post/..',
      'at://did:plc:abc/app.bsky.feed.post/a/b',
      'at://did:plc:abc/app.bsky.feed.post/a b',
      'https://bsky.app/profile/alice/post/3l74xovbmtd2g',
      `at://did:plc:abc/app.bsky.feed.post/${'a'.repeat(500)}`,
    ]) {
      expect(parsePostUri(bad), bad).toBeUndefined();
      expect(isPostUri(bad), bad).toBe(false);
    }
    expect(parseRecordUri('at://did:plc:abc/app.bsky.graph.starterpack/3k')).toEqual({
      uri: 'at://did:plc:abc/app.bsky.graph.starterpack/3k',
      did: 'did:plc:abc',
      collection: 'app.bsky.graph.starterpack',
      rkey: '3k',
    });
  });

  it('permalinks name the author by handle, by DID when the handle is not theirs to give', () => {
    const uri = parsePostUri('at://did:plc:abc/app.bsky.feed.post/3k')!;
    expect(postPermalink(uri, { id: 'did:plc:abc', handle: 'ada.example.com' })).toBe(
      'https://bsky.app/profile/ada.example.com/post/3k',
    );
    expect(postPermalink(uri, { id: 'did:plc:other', handle: 'other.example.com' })).toBe(
      'https://bsky.app/profile/did:plc:abc/post/3k',
    );
  });
});

describe('atproto datetimes', () => {
  it('reads RFC 3339 with Z or an offset, any fraction length, lowercase t/z', () => {
    expect(parseDatetime('2024-10-22T21:25:46.346Z')).toBe(Date.UTC(2024, 9, 22, 21, 25, 46, 346));
    expect(parseDatetime('2024-10-22T21:25:46Z')).toBe(Date.UTC(2024, 9, 22, 21, 25, 46));
    expect(parseDatetime('2024-10-22t21:25:46.3z')).toBe(Date.UTC(2024, 9, 22, 21, 25, 46, 300));
    expect(parseDatetime('2025-03-24T18:18:05.069555+00:00')).toBe(Date.UTC(2025, 2, 24, 18, 18, 5, 69));
    expect(parseDatetime('2024-10-23T06:25:46.346+09:00')).toBe(Date.UTC(2024, 9, 22, 21, 25, 46, 346));
    expect(parseDatetime('2024-10-22T16:55:46-04:30')).toBe(Date.UTC(2024, 9, 22, 21, 25, 46));
  });

  it('rejects anything else', () => {
    for (const bad of [
      '2024-10-22',
      '2024-10-22 21:25:46Z',
      '2024-10-22T21:25:46',
      '2024-10-22T21:25:46.Z',
      '2024-10-22T21:25:46.1234567890Z',
      '2024-13-22T21:25:46Z',
      '2024-10-22T24:25:46Z',
      '2024-10-22T21:25:46+0900',
      '2024-10-22T21:25:46Zjunk',
      '1969-12-31T23:59:59Z',
      1729632346346,
      null,
    ]) {
      expect(parseDatetime(bad), String(bad)).toBeUndefined();
    }
  });
});
