import { z } from 'zod';
import { httpUrlSchema, platformSchema } from '../post';
import { PLATFORMS } from '../platforms/registry';
import { message } from '../protocol/spec';
import type { AccountsView } from './accounts-view';
import type { MediaInfo } from './media';
import type { CrosspostRequest, DraftInput } from './records';
import {
  draftMediaListSchema,
  idSchema,
  linkCardInputSchema,
  mediaPickSchema,
  networksSchema,
  postOptionsSchema,
  scheduleAtSchema,
  variantsSchema,
} from './schemas';
import type { SendStatus } from './status';

export { linkCardInputSchema } from './schemas';

/**
 * Messages of the cross-post composer (drafts, posting, accounts). Joined into the one protocol in
 * lib/messages.ts. Pages read drafts and history from the store (liveQuery);
 * every write, every post and every token goes through the background.
 */

const network = platformSchema;
const id = idSchema;

/** The composer's draft as it stands: saved (debounced) on every change. */
export const saveDraftSchema = z.object({
  id,
  text: z.string().max(100_000),
  networks: networksSchema,
  split: networksSchema,
  card: linkCardInputSchema.optional(),
  media: draftMediaListSchema.optional(),
  variants: variantsSchema.optional(),
  options: postOptionsSchema.optional(),
  scheduleAt: scheduleAtSchema.optional(),
}) satisfies z.ZodType<DraftInput, unknown>;

/**
 * One click of "Post to N networks". The page sends each network's final parts (a split is
 * counted and cut in the page, where twitter-text lives; the worker never carries it).
 */
export const startCrosspostSchema = z.object({
  draftId: id,
  text: z.string().min(1).max(100_000),
  targets: z
    .array(
      z.object({
        network,
        /** How the page decided to reach it (compose/page/plan.ts); the worker checks it can, never re-decides. */
        via: z.enum(['api', 'intent']),
        texts: z.array(z.string().min(1).max(20_000)).min(1).max(50),
        media: z.array(z.array(mediaPickSchema).max(10)).max(50).optional(),
      }),
    )
    .min(1)
    .max(PLATFORMS.length),
  card: linkCardInputSchema.optional(),
  options: postOptionsSchema.optional(),
  scheduleAt: scheduleAtSchema.optional(),
}) satisfies z.ZodType<CrosspostRequest, unknown>;

/**
 * A file the user attached: the page hands over a blob: URL of its own, and the background reads
 * the bytes from it before it answers (the page keeps the URL alive until then). Megabytes never
 * travel inside a message; see lib/compose/README.md.
 */
export const addMediaSchema = z.object({
  draftId: id,
  blobUrl: z.string().startsWith('blob:').max(300),
  name: z.string().max(255),
  /** A video's size as the page's <video> element read it (the background cannot decode video). */
  videoSize: z
    .object({
      width: z.number().int().positive().max(100_000),
      height: z.number().int().positive().max(100_000),
    })
    .optional(),
});

/** A scheduled cross-post: cancel it, post it now, or take it back into the composer to edit. */
export const scheduledSchema = z.object({ crosspostId: id });

/** Intent page → background: one piece (base64) of file `index` of this tab's part. */
export const intentMediaSchema = z.object({
  index: z.number().int().min(0).max(9),
  offset: z.number().int().min(0),
});
export const INTENT_MEDIA_CHUNK_BYTES = 512 * 1024;

export const retryCrosspostSchema = z.object({ crosspostId: id, network });

/**
 * Signs in to a network that posts through its API. `input` is that network's own form (its
 * publisher checks it: lib/platforms/<id>/compose/publish.ts); it never travels further.
 */
export const addAccountSchema = z.object({
  network,
  input: z.record(z.string().max(40), z.string().max(500)),
});

export const removeAccountSchema = z.object({ network });

/** Intent page → background: is this a tab you opened for a cross-post, and may I press Post? */
export const intentTabCheckSchema = z.object({});
export const intentPressedSchema = z.object({});
/** Intent page → background: the network's own answer named the post just made. */
export const intentPostedSchema = z.object({
  nativeId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  url: httpUrlSchema,
});

/** A file the intent page is to attach (its bytes come piece by piece: intentMedia). */
export interface IntentFile {
  name: string;
  mimeType: string;
  bytes: number;
}

/** What the intent page's content script may do in its tab. */
export type IntentTabAnswer = { press: false } | { press: true; text: string; files: IntentFile[] };

/** One piece of a file for the intent page: base64 of at most INTENT_MEDIA_CHUNK_BYTES bytes. */
export interface IntentMediaChunk {
  base64: string;
  /** The offset after this piece; equal to the file's size at the end. */
  next: number;
  done: boolean;
}

export const composeMessages = {
  saveDraft: message<{ id: string; updatedAt: number }>()('page', saveDraftSchema),
  startCrosspost: message<{ crosspostId: string }>()('page', startCrosspostSchema),
  retryCrosspost: message<{ status: SendStatus }>()('page', retryCrosspostSchema),
  getAccounts: message<AccountsView>()('page', z.object({})),
  /** The accounts after the change, or why it failed (in words, for the options page). */
  addAccount: message<{ accounts: AccountsView; error?: string }>()('page', addAccountSchema),
  removeAccount: message<AccountsView>()('page', removeAccountSchema),
  addMedia: message<{ media: MediaInfo } | { error: string }>()('page', addMediaSchema),
  cancelScheduled: message<{ cancelled: boolean; error?: string }>()('page', scheduledSchema),
  postScheduledNow: message<{ started: boolean }>()('page', scheduledSchema),
  /** Takes a scheduled cross-post back into the composer: the draft it came from, editable again. */
  editScheduled: message<{ draftId?: string; error?: string }>()('page', scheduledSchema),
  intentTabCheck: message<IntentTabAnswer>()('intent', intentTabCheckSchema),
  intentMedia: message<IntentMediaChunk | { error: string }>()('intent', intentMediaSchema),
  intentPressed: message<{ recorded: boolean }>()('intent', intentPressedSchema),
  intentPosted: message<{ recorded: boolean }>()('intent', intentPostedSchema),
};
