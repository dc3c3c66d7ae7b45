import type { AccountView } from './accounts-view';
import type { FetchLike } from './http-answer';
import type { PartMedia } from './media';
import type { PostOptions } from './post-options';
import type { Failure } from './status';
import type { PartResult, ThreadPart } from './thread';
import type { FittedImage, ImageLimits } from './worker/media/fit-image';

/** What signing in needs from the outside world; the browser's by default, fakes in tests. */
export interface SignInDeps {
  fetch?: FetchLike;
  now?: () => number;
  /** The OAuth redirect URI the browser intercepts (browser.identity.getRedirectURL()). */
  redirectUri: () => string;
  /** Opens a sign-in page; resolves the URL it redirected back to (launchWebAuthFlow). */
  launchWebAuthFlow: (url: string) => Promise<string | undefined>;
}

/** The cross-post's files, for a publisher (the background's media table and image codec). */
export interface MediaAccess {
  /** The bytes of one of the post's files, as kept (undefined when gone). */
  read(id: string): Promise<Blob | undefined>;
  /** A picture made to fit a network's limits (worker/media/fit-image.ts), or undefined when it cannot. */
  fit(blob: Blob, media: PartMedia, limits: ImageLimits): Promise<FittedImage | undefined>;
}

export interface PublishDeps {
  fetch?: FetchLike;
  now: () => number;
  /** Waits between polls (a video being processed); tests pass one that returns at once. */
  sleep: (ms: number) => Promise<void>;
  media: MediaAccess;
  /** Content warning, language, quoted post: each network takes what it has a field for. */
  options: PostOptions;
  /** Ask the network's own server to publish then (only where features.serverSchedule allows it). */
  scheduleAt?: number;
}

/**
 * A network that posts through its API with the user's account: its folder's compose/publish.ts
 * exports one as `publisher` (the background finds it, lib/compose/worker/publishers.ts). It owns
 * its account's storage: the token never leaves the background.
 */
export interface NetworkPublisher {
  /** Checks `input` (its own form's fields) and signs in; the failure in words, or undefined. */
  signIn(input: unknown, deps: SignInDeps): Promise<Failure | undefined>;
  /** The account as pages may see it, or undefined when none is set up. */
  readAccount(): Promise<AccountView | undefined>;
  removeAccount(): Promise<void>;
  /** Posts the parts as one thread (skipping parts already posted). Never throws. */
  publish(parts: ThreadPart[], deps: PublishDeps): Promise<PartResult[] | 'no-account'>;
  /** Withdraws a post its server holds for later (`scheduledId`); the failure in words, or undefined. */
  cancelScheduled?(
    scheduledId: string,
    deps: Pick<PublishDeps, 'fetch' | 'now'>,
  ): Promise<Failure | undefined>;
}
