import { z } from 'zod';
import { httpUrlSchema } from '../post';
import { COMPOSE_NETWORKS } from '../compose/networks';
import type { AccountsView } from '../compose/accounts-view';
import type { SendStatus } from '../compose/status';
import type { MessageSpec } from './spec';

/**
 * Messages of the cross-post composer (drafts, posting, accounts). Feature-owned: merged into the
 * one protocol in lib/messaging.ts. Pages read drafts and history from the store (liveQuery);
 * every write, every post and every token goes through the background.
 */

const network = z.enum(COMPOSE_NETWORKS);
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
  networks: z.array(network).max(COMPOSE_NETWORKS.length),
  split: z.array(network).max(COMPOSE_NETWORKS.length),
  card: linkCardInputSchema.optional(),
});

/**
 * One click of "Post to N networks". The page sends each network's final parts (a split is
 * counted and cut in the page, where twitter-text lives; the worker never carries it).
 */
export const startCrosspostSchema = z.object({
  draftId: id,
  text: z.string().min(1).max(100_000),
  targets: z
    .array(z.object({ network, texts: z.array(z.string().min(1).max(20_000)).min(1).max(50) }))
    .min(1)
    .max(COMPOSE_NETWORKS.length),
  card: linkCardInputSchema.optional(),
});

export const retryCrosspostSchema = z.object({ crosspostId: id, network });

export const addBlueskyAccountSchema = z.object({
  identifier: z.string().trim().min(1).max(253),
  appPassword: z.string().min(1).max(200),
  /** The PDS; bsky.social when absent. */
  service: httpUrlSchema.optional(),
});

export const addMastodonAccountSchema = z.object({
  instance: z.string().trim().min(1).max(253),
  /** A pasted access token; without one the background runs the OAuth sign-in. */
  accessToken: z.string().trim().min(1).max(500).optional(),
});

export const removeAccountSchema = z.object({ network: z.enum(['bluesky', 'mastodon']) });

/** Intent page → background: is this a tab you opened for a cross-post, and may I press Post? */
export const intentTabCheckSchema = z.object({});
export const intentPressedSchema = z.object({});
/** Intent page → background: the network's own answer named the post just made. */
export const intentPostedSchema = z.object({
  nativeId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  url: httpUrlSchema,
});

export const composeMessages = {
  saveDraft: { channel: 'page', request: saveDraftSchema },
  startCrosspost: { channel: 'page', request: startCrosspostSchema },
  retryCrosspost: { channel: 'page', request: retryCrosspostSchema },
  getAccounts: { channel: 'page', request: z.object({}) },
  addBlueskyAccount: { channel: 'page', request: addBlueskyAccountSchema },
  addMastodonAccount: { channel: 'page', request: addMastodonAccountSchema },
  removeAccount: { channel: 'page', request: removeAccountSchema },
  intentTabCheck: { channel: 'capture', request: intentTabCheckSchema },
  intentPressed: { channel: 'capture', request: intentPressedSchema },
  intentPosted: { channel: 'capture', request: intentPostedSchema },
} as const satisfies Record<string, MessageSpec>;

/** What the intent page's content script may do in its tab. */
export type IntentTabAnswer = { press: false } | { press: true; text: string };

/** Reply type of each message above, by name. */
export interface ComposeResponses {
  saveDraft: { id: string; updatedAt: number };
  startCrosspost: { crosspostId: string };
  retryCrosspost: { status: SendStatus };
  getAccounts: AccountsView;
  /** The accounts after the change, or why it failed (in words, for the options page). */
  addBlueskyAccount: { accounts: AccountsView; error?: string };
  addMastodonAccount: { accounts: AccountsView; error?: string };
  removeAccount: AccountsView;
  intentTabCheck: IntentTabAnswer;
  intentPressed: { recorded: boolean };
  intentPosted: { recorded: boolean };
}
