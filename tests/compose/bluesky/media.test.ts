import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createBlueskySession,
  publishBlueskyThread,
  type BlueskySession,
} from '../../../lib/platforms/bluesky/compose';
import { prepareThread, type ThreadPart } from '../../../lib/compose/thread';
import { testMediaAccess, testPicture, testVideo } from '../../helpers/media-access';
import { startFakePds, type FakePds } from '../../fake-servers/fake-pds';

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);
const now = () => NOW;
let pds: FakePds;
let session: BlueskySession;
let files: Map<string, Blob>;

async function start(options: Parameters<typeof startFakePds>[0] = {}) {
  pds = await startFakePds({ now, ...options });
  const signedIn = await createBlueskySession({
    identifier: pds.handle,
    appPassword: pds.appPassword,
    service: pds.url,
  });
  if (!signedIn.ok) throw new Error(signedIn.failure.message);
  session = signedIn.value;
}

beforeEach(async () => {
  files = new Map();
  await start();
});
afterEach(() => pds.close());

const publish = (parts: ThreadPart[], extra: Parameters<typeof publishBlueskyThread>[2] = {}) =>
  publishBlueskyThread(parts, session, {
    now,
    sleep: async () => undefined,
    media: testMediaAccess(files),
    videoService: pds.url,
    ...extra,
  });
const part = (text: string, media: ThreadPart['media'] = []): ThreadPart => ({
  ...prepareThread([text], NOW)[0]!,
  media,
});

describe('Bluesky pictures', () => {
  it('two pictures → one record with app.bsky.embed.images in order, alt text and aspect ratio; a big one fitted', async () => {
    const wide = testPicture(files, { bytes: 600_000, width: 1600, height: 900, alt: 'The harbour at dawn' });
    // 12 MP, 2.5 MB: over the 1,000,000-byte blob limit, so made smaller (2,000 px at most) first.
    const tall = testPicture(files, { bytes: 2_500_000, width: 3024, height: 4032, alt: 'A lighthouse' });
    const outcome = await publish([part('Two views', [wide, tall])]);
    expect(outcome.parts[0]?.status.state).toBe('posted');
    expect(pds.blobs.map((b) => b.size)).toEqual([600_000, expect.any(Number)]);
    expect(pds.blobs[1]!.size).toBeLessThanOrEqual(1_000_000);
    expect(pds.records).toHaveLength(1);
    expect(pds.records[0]?.value.embed).toEqual({
      $type: 'app.bsky.embed.images',
      images: [
        {
          image: { $type: 'blob', ref: { $link: pds.blobs[0]?.cid }, mimeType: 'image/jpeg', size: 600_000 },
          alt: 'The harbour at dawn',
          aspectRatio: { width: 1600, height: 900 },
        },
        {
          image: {
            $type: 'blob',
            ref: { $link: pds.blobs[1]?.cid },
            mimeType: 'image/jpeg',
            size: pds.blobs[1]?.size,
          },
          alt: 'A lighthouse',
          // The size it was sent at (the model codec's pick): 3:4 as taken.
          aspectRatio: { width: 960, height: 1280 },
        },
      ],
    });
  });

  it('langs from the post language, a self-label on media (none on a part without media)', async () => {
    const picture = testPicture(files, { bytes: 1000, width: 10, height: 10, alt: 'x' });
    await publish([part('Graphic', [picture]), part('Text only')], {
      post: { lang: 'pt-BR', warning: { text: 'not a Bluesky field', label: 'graphic-media' } },
    });
    expect(pds.records.map((r) => [r.value.langs, r.value.labels])).toEqual([
      [['pt-BR'], { $type: 'com.atproto.label.defs#selfLabels', values: [{ val: 'graphic-media' }] }],
      [['pt-BR'], undefined],
    ]);
  });

  it('a file no longer kept fails the part in words and posts nothing', async () => {
    const picture = testPicture(files, { bytes: 1000, width: 10, height: 10, alt: 'x' });
    files.clear();
    const outcome = await publish([part('Gone', [picture])]);
    expect(outcome.parts[0]?.status).toMatchObject({
      state: 'failed',
      failure: { kind: 'rejected', message: expect.stringContaining('no longer kept by Crossfeed') },
    });
    expect(pds.records).toEqual([]);
  });
});

describe('Bluesky quotes', () => {
  const quotedUri = 'at://did:plc:fakebob/app.bsky.feed.post/3kquotedpost2';
  const quotedUrl = 'https://bsky.app/profile/bob.test/post/3kquotedpost2';
  const quote = { platform: 'bluesky' as const, nativeId: quotedUri, url: quotedUrl };

  it('a shared Bluesky post becomes app.bsky.embed.record; its link leaves the text', async () => {
    await pds.close();
    await start({ knownPosts: { [quotedUri]: 'bafyreiquotedcid' } });
    await publish([part(`So true\n\n${quotedUrl}`)], { post: { quote } });
    expect(pds.records[0]?.value.text).toBe('So true');
    expect(pds.records[0]?.value.embed).toEqual({
      $type: 'app.bsky.embed.record',
      record: { uri: quotedUri, cid: 'bafyreiquotedcid' },
    });
    const asked = pds.requests.find((r) => r.path === '/xrpc/app.bsky.feed.getPosts');
    expect(asked?.headers['atproto-proxy']).toBe('did:web:api.bsky.app#bsky_appview');
  });

  it('with pictures: app.bsky.embed.recordWithMedia', async () => {
    await pds.close();
    await start({ knownPosts: { [quotedUri]: 'bafyreiquotedcid' } });
    const picture = testPicture(files, { bytes: 1000, width: 40, height: 30, alt: 'Mine' });
    await publish([part(`Me too ${quotedUrl}`, [picture])], { post: { quote } });
    expect(pds.records[0]?.value.embed).toMatchObject({
      $type: 'app.bsky.embed.recordWithMedia',
      record: { $type: 'app.bsky.embed.record', record: { uri: quotedUri, cid: 'bafyreiquotedcid' } },
      media: {
        $type: 'app.bsky.embed.images',
        images: [{ alt: 'Mine', aspectRatio: { width: 40, height: 30 } }],
      },
    });
  });

  it('a post the AppView does not know stays a link (and its card), text untouched', async () => {
    const [first] = prepareThread([`See ${quotedUrl}`], NOW);
    first!.card = { url: quotedUrl, title: 'Bob' };
    await publish([first!], { post: { quote } });
    expect(pds.records[0]?.value.text).toBe(`See ${quotedUrl}`);
    expect(pds.records[0]?.value.embed).toMatchObject({ $type: 'app.bsky.embed.external' });
  });
});

describe('Bluesky video', () => {
  it("goes through the video service with a service token for the user's PDS, waits for the job, embeds its blob", async () => {
    await pds.close();
    await start({ videoProcessingChecks: 2 });
    const video = testVideo(files, { bytes: 3_000_000, alt: 'A short clip' });
    const outcome = await publish([part('Watch', [video])]);
    expect(outcome.parts[0]?.status.state).toBe('posted');
    const host = new URL(pds.url).host;
    expect(pds.serviceAuths).toEqual([
      { aud: `did:web:${host}`, lxm: 'app.bsky.video.getUploadLimits' },
      { aud: `did:web:${host}`, lxm: 'com.atproto.repo.uploadBlob' },
    ]);
    expect(pds.videoJobs.map((j) => [j.did, j.name, j.bytes, j.mimeType])).toEqual([
      [pds.did, 'clip.mp4', 3_000_000, 'video/mp4'],
    ]);
    expect(pds.records[0]?.value.embed).toEqual({
      $type: 'app.bsky.embed.video',
      video: pds.videoJobs[0]?.blob,
      alt: 'A short clip',
      aspectRatio: { width: 1920, height: 1080 },
    });
  });

  it('an account the service will not take a video from: a clear line, nothing posted', async () => {
    await pds.close();
    await start({ videoCanUpload: false });
    const video = testVideo(files, { bytes: 1000, alt: '' });
    const outcome = await publish([part('Watch', [video])]);
    expect(outcome.parts[0]?.status).toEqual({
      state: 'failed',
      failure: {
        kind: 'rejected',
        message:
          'Bluesky will not take a video from this account now: You need to verify your email address before uploading videos. Remove the video for Bluesky, or post it elsewhere.',
        retryable: false,
      },
    });
    expect(pds.records).toEqual([]);
  });
});
