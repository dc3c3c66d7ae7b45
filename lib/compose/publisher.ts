import type { AccountView } from './accounts-view';
import type { FetchLike } from './http-answer';
import type { Failure } from './status';
import type { PartResult, ThreadPart } from './thread';

/** What signing in needs from the outside world; the browser's by default, fakes in tests. */
export interface SignInDeps {
  fetch?: FetchLike;
  now?: () => number;
  /** The OAuth redirect URI the browser intercepts (browser.identity.getRedirectURL()). */
  redirectUri: () => string;
  /** Opens a sign-in page; resolves the URL it redirected back to (launchWebAuthFlow). */
  launchWebAuthFlow: (url: string) => Promise<string | undefined>;
}

export interface PublishDeps {
  fetch?: FetchLike;
  now: () => number;
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
}
