import { z } from 'zod';
import { httpUrlSchema, platformSchema } from '../post';
import { PLATFORMS } from '../platforms/registry';
import { message } from '../protocol/spec';
import type { AccountsView } from './accounts-view';
import type { CrosspostRequest, DraftInput } from './records';
import type { SendStatus } from './status';

/**
 * Messages of the cross-post composer (drafts, posting, accounts). Joined into the one protocol in
 * lib/messages.ts. Pages read drafts and history from the store (liveQuery);
 * every write, every post and every token goes through the background.
 */

const network = platformSchema;
const id = z.string().min(8).max(64);

export const linkCardInputSchema = z.object({
  url: httpUrlSchema,
  title: z.string().max(1000).optional(),
  description: z.string().max(2000).optional(),
  imageUrl: httpUrlSchema.optional(),
});

/** The composer's text as typed: saved (debounced) on every change. */
export const saveDraftSchema = z.object({
  id,
  text: z.string().max(100_000),
  networks: z.array(network).max(PLATFORMS.length),
  split: z.array(network).max(PLATFORMS.length),
  card: linkCardInputSchema.optional(),
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
      }),
    )
    .min(1)
    .max(PLATFORMS.length),
  card: linkCardInputSchema.optional(),
}) satisfies z.ZodType<CrosspostRequest, unknown>;

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

/** What the intent page's content script may do in its tab. */
export type IntentTabAnswer = { press: false } | { press: true; text: string };

export const composeMessages = {
  saveDraft: message<{ id: string; updatedAt: number }>()('page', saveDraftSchema),
  startCrosspost: message<{ crosspostId: string }>()('page', startCrosspostSchema),
  retryCrosspost: message<{ status: SendStatus }>()('page', retryCrosspostSchema),
  getAccounts: message<AccountsView>()('page', z.object({})),
  /** The accounts after the change, or why it failed (in words, for the options page). */
  addAccount: message<{ accounts: AccountsView; error?: string }>()('page', addAccountSchema),
  removeAccount: message<AccountsView>()('page', removeAccountSchema),
  intentTabCheck: message<IntentTabAnswer>()('intent', intentTabCheckSchema),
  intentPressed: message<{ recorded: boolean }>()('intent', intentPressedSchema),
  intentPosted: message<{ recorded: boolean }>()('intent', intentPostedSchema),
};
