import type { Platform } from '../platforms/registry';
import type { DraftMedia, Focus } from './media';
import type { PostOptions } from './post-options';
import type { SendStatus } from './status';
import type { LinkCardInput, PartResult, ThreadPart } from './thread';

/*
 * The composer's rows in the local store (lib/db.ts versions 2 and 3). Drafts and cross-posts are the
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
  /** Attached pictures or video, in the order they are shown (version 3). */
  media: DraftMedia[];
  /** "Edit for this network": a network's own text instead of `text` (version 3). */
  variants: Partial<Record<Platform, string>>;
  /** Content warning, language, a quoted post (version 3). */
  options: PostOptions;
  /** When to post (epoch ms); absent: now. */
  scheduleAt?: number;
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
  media?: DraftMedia[];
  variants?: Partial<Record<Platform, string>>;
  options?: PostOptions;
  scheduleAt?: number;
}

/** A file chosen for one post, with its alt text as the user wrote it. */
export interface MediaPick {
  id: string;
  alt: string;
  focus?: Focus;
}

/**
 * One click of "Post to N networks": each network's final parts (split and counted in the page,
 * where twitter-text lives) and how the page decided to reach it.
 */
export interface CrosspostRequest {
  draftId: string;
  text: string;
  /** `media[i]`: the files of part `i` (the same index as `texts`). */
  targets: Array<{ network: Platform; via: TargetVia; texts: string[]; media?: MediaPick[][] }>;
  card?: LinkCardInput;
  options?: PostOptions;
  /** Post then (epoch ms), not now. */
  scheduleAt?: number;
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
  /** The compose page opened without the post's files ("send for me" off): the user adds them there. */
  filesByHand?: boolean;
  /** Notes that did not stop the post (an unresolved mention, a card without its picture). */
  notes?: string[];
  /** The network's own id of a post it holds to publish later (a Mastodon scheduled status). */
  scheduledId?: string;
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
  /** Content warning, language, quoted post: the same for every network (absent before version 3). */
  options?: PostOptions;
  /** When it is to be posted (epoch ms), for a scheduled cross-post. */
  scheduledAt?: number;
}
