import type { Platform } from '../platforms/registry';
import type { SendStatus } from './status';
import type { LinkCardInput, PartResult, ThreadPart } from './thread';

/*
 * The composer's rows in the local store (lib/db.ts version 2). Drafts and cross-posts are the
 * user's own words, kept apart from captured posts. No token or password is ever part of a row:
 * accounts live where only the background reads them (each network's compose/account.ts).
 */

/** What the user is writing, saved as they type. A posted draft keeps its row (`postedAt`). */
export interface DraftRow {
  id: string;
  text: string;
  /** The networks switched on. */
  networks: Platform[];
  /** Networks where the user accepted the offer to split the text into a numbered thread. */
  split: Platform[];
  /** The card of a shared post (Bluesky shows it as a link card). */
  card?: LinkCardInput;
  createdAt: number;
  updatedAt: number;
  /** Set when the draft was posted: it then lives on in the history, no longer edited. */
  postedAt?: number;
  crosspostId?: string;
}

/** How a network is reached: its API with the user's account, or its own compose page in a tab. */
export type TargetVia = 'api' | 'intent';

/** The composer's text as typed, saved (debounced) on every change. */
export interface DraftInput {
  id: string;
  text: string;
  networks: Platform[];
  split: Platform[];
  card?: LinkCardInput;
}

/**
 * One click of "Post to N networks": each network's final parts (split and counted in the page,
 * where twitter-text lives) and how the page decided to reach it.
 */
export interface CrosspostRequest {
  draftId: string;
  text: string;
  targets: Array<{ network: Platform; via: TargetVia; texts: string[] }>;
  card?: LinkCardInput;
}

/** One network of a cross-post: the parts sent there, each part's result and one overall status. */
export interface CrosspostTarget {
  network: Platform;
  via: TargetVia;
  /**
   * The parts with the keys chosen when the cross-post began (Bluesky rkey, Mastodon
   * Idempotency-Key). A retry sends these same parts, so it can never post a part twice.
   */
  parts: ThreadPart[];
  results: PartResult[];
  status: SendStatus;
  /** Tries so far (automatic and by the retry button). */
  attempts: number;
  /** Intent tabs the background opened for this target ("send for me" acts only in these). */
  tabIds?: number[];
  /** The content script pressed the page's Post button in these tabs (never twice). */
  pressedTabIds?: number[];
  /** Notes that did not stop the post (an unresolved mention, a card without its picture). */
  notes?: string[];
  updatedAt: number;
}

/** One click of "Post to N networks" and what became of it on each network. */
export interface CrosspostRow {
  id: string;
  draftId: string;
  /** The text as written (each target's parts may be a split of it). */
  text: string;
  createdAt: number;
  updatedAt: number;
  targets: CrosspostTarget[];
}
