import { describe, expect, it } from 'vitest';
import type { AccountsView } from '../../lib/compose/accounts-view';
import type { DraftMedia } from '../../lib/compose/media';
import { changeMedia, missingAlt, moveMedia, removeMedia } from '../../lib/compose/page/media-edit';
import { mediaByPart } from '../../lib/compose/page/media-plan';
import { crosspostRequest, planNetworks, postable, type NetworkPlan } from '../../lib/compose/page/plan';
import type { Draft } from '../../components/composer/use-draft';

const accounts: AccountsView = {
  bluesky: { handle: 'alice.test', server: 'https://bsky.social' },
  mastodon: {
    handle: 'alice@m.example',
    server: 'https://m.example',
    limits: { maxCharacters: 500, charactersReservedPerUrl: 23 },
    media: { maxImages: 2, imageTypes: ['image/jpeg', 'image/png'], maxImageBytes: 8_000_000 },
  },
};

let n = 0;
function file(extra: Partial<DraftMedia> = {}): DraftMedia {
  n += 1;
  return {
    id: `aaaaaaaaaaa${String(n).padStart(2, '0')}`,
    kind: 'image',
    mimeType: 'image/jpeg',
    bytes: 500_000,
    width: 1600,
    height: 1200,
    name: `p${n}.jpg`,
    alt: `picture ${n}`,
    part: 0,
    ...extra,
  };
}
const draft = (extra: Partial<Draft> = {}): Draft => ({
  id: 'draft-1',
  text: 'Hello',
  networks: ['x', 'threads', 'bluesky', 'mastodon'],
  split: [],
  media: [],
  variants: {},
  options: {},
  ...extra,
});
const byNetwork = (plans: NetworkPlan[]) => Object.fromEntries(plans.map((p) => [p.network, p]));

describe('media limits per network', () => {
  it("three pictures: fine on X, Threads and Bluesky; over the Mastodon server's own limit of two", () => {
    const plans = byNetwork(planNetworks(draft({ media: [file(), file(), file()] }), accounts));
    expect(plans.x?.errors).toEqual([]);
    expect(plans.threads?.errors).toEqual([]);
    expect(plans.bluesky?.errors).toEqual([]);
    expect(plans.mastodon?.errors).toEqual(['Mastodon takes 2 pictures a post; this has 3.']);
  });

  it('five pictures are too many everywhere but Threads (ten)', () => {
    const five = Array.from({ length: 5 }, () => file());
    const plans = byNetwork(planNetworks(draft({ media: five }), accounts));
    expect(plans.x?.errors).toEqual(['X takes 4 pictures a post; this has 5.']);
    expect(plans.threads?.errors).toEqual([]);
    expect(plans.bluesky?.errors).toEqual(['Bluesky takes 4 pictures a post; this has 5.']);
  });

  it('a big photo is made smaller for Bluesky (a note); a big GIF cannot be (an error); types by server', () => {
    const big = file({ bytes: 3_000_000 });
    const gif = file({ bytes: 3_000_000, mimeType: 'image/gif', name: 'dance.gif' });
    const plans = byNetwork(planNetworks(draft({ media: [big, gif] }), accounts));
    expect(plans.bluesky?.notes).toContain(`${big.name} is made smaller for Bluesky (it takes up to 1 MB).`);
    expect(plans.bluesky?.errors).toEqual([
      'Bluesky takes pictures up to 1 MB; the GIF dance.gif cannot be made smaller.',
    ]);
    expect(plans.mastodon?.errors).toEqual(['Mastodon does not take image/gif files (dance.gif).']);
  });

  it('a video: one per post, never beside pictures; its size by each network', () => {
    const video = file({ kind: 'video', mimeType: 'video/mp4', bytes: 150_000_000, name: 'clip.mp4' });
    const plans = byNetwork(planNetworks(draft({ media: [video, file()] }), accounts));
    expect(plans.x?.errors).toEqual(['A post takes pictures or one video, not both.']);
    expect(plans.bluesky?.errors).toEqual([
      'A post takes pictures or one video, not both.',
      'Bluesky takes videos up to 100 MB; clip.mp4 is 150 MB.',
    ]);
  });

  it('X and Threads get files only through "send for me"; the line says which way', () => {
    const off = byNetwork(planNetworks(draft({ media: [file()] }), accounts));
    expect(off.x?.notes).toEqual([
      "X's page takes no files from Crossfeed: add them there yourself (each can be copied from here).",
    ]);
    const on = byNetwork(planNetworks(draft({ media: [file()] }), accounts, { sendForMe: true }));
    expect(on.threads?.notes).toEqual([
      `"Send for me" attaches the files on Threads's page and presses Post when they are uploaded.`,
    ]);
  });

  it('refused files block the click for that network only', () => {
    const plans = planNetworks(draft({ media: [file(), file(), file()] }), accounts);
    expect(postable(plans).blocked.map((p) => p.network)).toEqual(['mastodon']);
  });
});

describe("a post's options, per network", () => {
  it('each network that lacks a field says so; nothing is added there', () => {
    const options = { warning: { text: 'Spoilers', label: 'graphic-media' as const }, lang: 'en' };
    const plans = byNetwork(planNetworks(draft({ options, media: [file()] }), accounts));
    expect(plans.x?.notes.slice(0, 3)).toEqual([
      'X has no content-warning text: it is not added there.',
      'X has no media labels: none is added there.',
      'X takes no language: it is not added there.',
    ]);
    expect(plans.bluesky?.notes).toEqual(['Bluesky has no content-warning text: it is not added there.']);
    expect(plans.mastodon?.notes).toEqual([]);
    const noMedia = byNetwork(planNetworks(draft({ options }), accounts));
    expect(noMedia.bluesky?.notes).toContain('Bluesky labels only pictures and video: this post has none.');
  });

  it('a shared post: quoted where the network can quote it, its link elsewhere', () => {
    const quote = {
      platform: 'bluesky' as const,
      nativeId: 'at://did:plc:b/app.bsky.feed.post/3k',
      url: 'https://bsky.app/profile/b/post/3k',
    };
    const plans = byNetwork(planNetworks(draft({ options: { quote } }), accounts));
    expect(plans.bluesky?.notes).toEqual(['Bluesky quotes the shared post (a link when it cannot find it).']);
    expect(plans.mastodon?.notes).toEqual(["Mastodon gets the shared post's link."]);
  });
});

describe('a split thread keeps each file on its post', () => {
  it('files go with the post the user chose, or the last one there is', () => {
    const [a, b, c] = [file({ part: 0 }), file({ part: 1 }), file({ part: 5 })];
    expect(mediaByPart([a!, b!, c!], 3)).toEqual([[a], [b], [c]]);
    expect(mediaByPart([a!, b!, c!], 1)).toEqual([[a, b, c]]);
  });

  it("the request carries each part's files, with their alt text, where the parts fall", () => {
    const text = 'This sentence is long enough to need a thread. '.repeat(8).trim();
    const first = file({ part: 0, alt: 'one' });
    const second = file({ part: 1, alt: 'two', focus: { x: 0.5, y: -0.5 } });
    const d = draft({
      text,
      networks: ['bluesky'],
      split: ['bluesky'],
      media: [first, second],
      scheduleAt: 5e12,
      options: { lang: 'en', warning: { text: '  ' } },
    });
    const request = crosspostRequest(d, planNetworks(d, accounts));
    expect(request.targets).toEqual([
      {
        network: 'bluesky',
        via: 'api',
        texts: expect.arrayContaining([expect.stringMatching(/^1\/2 /), expect.stringMatching(/^2\/2 /)]),
        media: [[{ id: first.id, alt: 'one' }], [{ id: second.id, alt: 'two', focus: { x: 0.5, y: -0.5 } }]],
      },
    ]);
    // An empty warning is no warning.
    expect(request.options).toEqual({ lang: 'en' });
    expect(request.scheduleAt).toBe(5e12);
  });

  it("a network's own text is counted, split and sent instead of the main one", () => {
    const long = 'word '.repeat(80).trim();
    const d = draft({
      text: long,
      networks: ['bluesky', 'mastodon'],
      variants: { bluesky: 'Short for Bluesky' },
    });
    const plans = byNetwork(planNetworks(d, accounts));
    expect([plans.bluesky?.variant, plans.bluesky?.overflows, plans.bluesky?.parts]).toEqual([
      true,
      false,
      ['Short for Bluesky'],
    ]);
    expect(plans.mastodon?.parts).toEqual([long]);
  });
});

describe("the media tray's edits", () => {
  it('reorders, removes, sets alt text and finds what lacks it', () => {
    const [a, b, c] = [file({ alt: '' }), file(), file()];
    expect(moveMedia([a!, b!, c!], 2, -1).map((m) => m.id)).toEqual([a!.id, c!.id, b!.id]);
    expect(moveMedia([a!, b!], 0, -1).map((m) => m.id)).toEqual([a!.id, b!.id]);
    expect(removeMedia([a!, b!], a!.id)).toEqual([b]);
    expect(changeMedia([a!, b!], a!.id, { alt: 'now described' })[0]?.alt).toBe('now described');
    expect(missingAlt([a!, b!])).toEqual([a]);
  });
});

describe('a compose page without a "send for me" script', () => {
  it("Bluesky's (no account): the files are always added by hand there", () => {
    const plans = byNetwork(planNetworks(draft({ media: [file()] }), undefined, { sendForMe: true }));
    expect(plans.bluesky?.notes).toEqual([
      "Bluesky's page takes no files from Crossfeed: add them there yourself (each can be copied from here).",
    ]);
  });
});
