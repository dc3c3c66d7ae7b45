import { describe, expect, it } from 'vitest';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, NOW, parseFixture, postIn } from './fixtures';

// Whole normalized Posts with media, checked field by field against the status in the file.

const GIFV = 'api-v1-statuses-mastodon.social-2023-05-remote-gifv-cw-emoji-edited-filtered.json';
const HOME = 'api-v1-timelines-home-fosstodon-2025-07-5statuses.json';
const VIDEO = 'handmade-status-video-audio.json';
const TAG = 'handmade-timelines-tag.json';

describe('Mastodon parser: media (real captures)', needsCaptures, () => {
  it('a remote gifv with alt text, behind a content warning; custom emoji; edited; a warn filter', () => {
    const uri = 'https://icosahedron.website/users/halcy/statuses/110446222386355655';
    expect(postIn(GIFV, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://icosahedron.website/@halcy/110446222386355655',
      author: {
        id: 'https://icosahedron.website/users/halcy',
        handle: 'halcy@icosahedron.website',
        name: 'halcy\u200b :icosahedron:',
        avatarUrl:
          'https://files.mastodon.social/cache/accounts/avatars/000/023/972/original/9c900052b7f670db.jpg',
        verified: false,
        emojis: [
          {
            shortcode: 'icosahedron',
            url: 'https://files.mastodon.social/cache/custom_emojis/images/000/002/116/static/e0d448640e549b87.png',
          },
        ],
      },
      text:
        "@halcy you're a doo-doo head\n\nedit: editing this to have the maximum amount of fields filled " +
        ':trans_heart: #ThisIsAHashtag',
      entities: [
        {
          kind: 'mention',
          start: 0,
          end: 6,
          handle: 'halcy@icosahedron.website',
          userId: 'https://icosahedron.website/@halcy',
        },
        // shown as written; `tags[]` has it lowercased
        { kind: 'hashtag', start: 107, end: 122, tag: 'ThisIsAHashtag' },
      ],
      lang: 'de',
      createdAt: 1685275610000,
      sortAt: 1685275610000,
      media: [
        {
          kind: 'gif',
          // mastodon.social's cached copy (remote_url is the origin's file)
          url: 'https://files.mastodon.social/cache/media_attachments/files/110/446/234/379/794/171/original/e6bdbd614788c2d1.mp4',
          previewUrl:
            'https://files.mastodon.social/cache/media_attachments/files/110/446/234/379/794/171/small/e6bdbd614788c2d1.png',
          width: 640,
          height: 360,
          durationMs: 5760,
          altText: 'a furry cube breakdancing',
        },
      ],
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 1, readAt: NOW },
      edited: true,
      editedAt: 1685275784000,
      sensitive: true,
      contentWarning: 'test post for mastodon.py stuff',
      emojis: [
        {
          shortcode: 'trans_heart',
          url: 'https://files.mastodon.social/cache/custom_emojis/images/000/008/320/static/3b2fccb2fb601fc2.png',
        },
      ],
      local: {
        id: '110446223051565765',
        url: 'https://mastodon.social/@halcy@icosahedron.website/110446223051565765',
      },
      filtered: [{ title: 'animes', action: 'warn' }],
      capture: captureFor(GIFV),
    });
  });

  it('a photo (no alt text) with the original size; hashtags and an ellipsis link', () => {
    const uri = 'https://sciences.social/users/GESIS/statuses/114869108844129596';
    expect(postIn(HOME, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://sciences.social/@GESIS/114869108844129596',
      author: {
        id: 'https://sciences.social/users/GESIS',
        handle: 'GESIS@sciences.social',
        name: 'GESIS',
        avatarUrl:
          'https://cdn.fosstodon.org/cache/accounts/avatars/109/431/643/764/389/833/original/de114d557030bd78.png',
        verified: false,
      },
      text:
        "#jobs #stellenangebote #GESISjobs #jobfairy\nNew job opportunity! We're looking for a Postdoc in " +
        'Computational Social Science to join our team at GESIS! Check out the job description and apply now: ' +
        '\n\ngesis.org/en/institute/career/…',
      entities: [
        { kind: 'hashtag', start: 0, end: 5, tag: 'jobs' },
        { kind: 'hashtag', start: 6, end: 22, tag: 'stellenangebote' },
        { kind: 'hashtag', start: 23, end: 33, tag: 'GESISjobs' },
        { kind: 'hashtag', start: 34, end: 43, tag: 'jobfairy' },
        {
          kind: 'link',
          start: 199,
          end: 230,
          url: 'https://www.gesis.org/en/institute/career/jobs/details/postdoc-in-computational-social-science',
        },
      ],
      lang: 'de',
      createdAt: 1752763501000,
      sortAt: 1752763501000,
      media: [
        {
          kind: 'photo',
          url: 'https://cdn.fosstodon.org/cache/media_attachments/files/114/869/108/873/521/005/original/58facab531a87ca1.jpeg',
          previewUrl:
            'https://cdn.fosstodon.org/cache/media_attachments/files/114/869/108/873/521/005/small/58facab531a87ca1.jpeg',
          width: 4211,
          height: 1970,
        },
      ],
      counts: { replies: 0, reposts: 0, likes: 0, readAt: NOW },
      edited: false,
      sensitive: false,
      local: {
        id: '114869108974135817',
        url: 'https://fosstodon.org/@GESIS@sciences.social/114869108974135817',
      },
      capture: captureFor(HOME),
    });
  });
});

describe('Mastodon parser: media (hand-made)', () => {
  it('a video and an audio attachment, in order, with sizes and durations from meta.original', () => {
    const uri = 'https://video.example/users/gus/statuses/7700';
    const files = 'https://mastodon.example/system/cache/media_attachments/files/116/500/000/000/000';
    expect(postIn(VIDEO, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://video.example/@gus/7700',
      author: {
        id: 'https://video.example/users/gus',
        handle: 'gus@video.example',
        name: 'Gus :film:',
        avatarUrl:
          'https://mastodon.example/system/cache/accounts/avatars/110000000000000009/original/avatar.png',
        verified: false,
        emojis: [
          { shortcode: 'film', url: 'https://mastodon.example/system/custom_emojis/images/static/film.png' },
        ],
      },
      text: 'Recording from the hide :film: (video, then the soundtrack)',
      entities: [],
      lang: 'en',
      createdAt: Date.UTC(2026, 3, 30, 18, 30),
      sortAt: Date.UTC(2026, 3, 30, 18, 30),
      media: [
        {
          kind: 'video',
          url: `${files}/011/original/hide.mp4`,
          previewUrl: `${files}/011/small/hide.png`,
          width: 1280,
          height: 720,
          durationMs: 88654,
          altText: 'Herons landing on the mudflat at dawn',
        },
        // audio: no preview, no size; `description: null` gives no alt text
        { kind: 'audio', url: `${files}/012/original/calls.mp3`, durationMs: 402860 },
      ],
      counts: { replies: 2, reposts: 4, quotes: 0, likes: 9, readAt: NOW },
      edited: false,
      sensitive: false,
      emojis: [
        { shortcode: 'film', url: 'https://mastodon.example/system/custom_emojis/images/static/film.png' },
      ],
      local: {
        id: '116500000000000010',
        url: 'https://mastodon.example/@gus@video.example/116500000000000010',
      },
      capture: captureFor(VIDEO),
    });
  });

  it('an attachment the server has not fetched (`unknown`) is counted and left out; the post stays', () => {
    const uri = 'https://remote.example/users/dave/statuses/33';
    expect(postIn(TAG, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://remote.example/@dave/33',
      author: {
        id: 'https://remote.example/users/dave',
        handle: 'dave@remote.example',
        name: 'Dave',
        avatarUrl:
          'https://mastodon.example/system/cache/accounts/avatars/110000000000000005/original/avatar.png',
        verified: false,
      },
      text: 'Two files, one not fetched yet',
      entities: [],
      lang: 'en',
      createdAt: Date.UTC(2026, 3, 25, 8),
      sortAt: Date.UTC(2026, 3, 25, 8),
      media: [
        {
          kind: 'photo',
          url: 'https://mastodon.example/system/cache/media_attachments/files/116/300/000/000/000/502/original/egret.png',
          previewUrl:
            'https://mastodon.example/system/cache/media_attachments/files/116/300/000/000/000/502/small/egret.png',
          width: 800,
          height: 600,
          // `description: ""` gives no alt text
        },
      ],
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 0, readAt: NOW },
      edited: false,
      sensitive: false,
      local: {
        id: '116300000000000005',
        url: 'https://mastodon.example/@dave@remote.example/116300000000000005',
      },
      capture: captureFor(TAG),
    });
    expect(parseFixture(TAG).skipped).toEqual([{ reason: 'unknown-media' }]);
  });
});
