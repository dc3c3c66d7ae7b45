/**
 * Everything Crossfeed knows about one network, in one object: what the feed, search, health,
 * export, options, the composer and the background's checks read. Only facts and small pure
 * functions live here, so any bundle may import the registry; the heavy parts of a network live
 * beside its adapter in fixed places, found by the code of the runtime that needs them:
 *
 *   <id>/entrypoints/*.content.ts   its content scripts (built by wxt.config.ts for every registered network;
 *                                   with `capture.userServers`: tap.content.ts and capture.content.ts,
 *                                   `registration: 'runtime'`, registered per server by the background)
 *   <id>/compose/count.ts           its counting rule (extension pages: may carry twitter-text)
 *   <id>/compose/publish.ts         its API client (the background), when it posts through an API
 *
 * Adding a network: a folder with these, one line in registry.ts, and its tests.
 */

/** Where a capture came from: a network response (or embedded JSON, or a stream), or the markup. */
export type CaptureSource = 'network' | 'dom';

export interface NetworkAdapter<Id extends string = string> {
  /** The stable id: the prefix of every post id, the value of `platform:`, the store's platform. */
  readonly id: Id;
  /** The name people know it by. */
  readonly label: string;
  /** Tailwind classes of its badge on a card (light and dark). */
  readonly badgeClass: string;
  /**
   * The host names its web app is served from (https only), where its permalinks point; empty when
   * the user picks servers (then any https host is a permalink's).
   */
  readonly webHosts: readonly string[];
  /** When it launched (epoch ms): no post of it can be older, whatever a page claims. */
  readonly launchedAt: number;
  /**
   * A native post id of this network (the part after `<id>:`), including the ids its parsers derive
   * for repost rows that have none of their own.
   */
  readonly nativeIdPattern: RegExp;
  /**
   * Hosts (exact, or a suffix written `.example.com`) that may serve its avatars and media; undefined
   * when any https host may (Mastodon media come from each server's own storage).
   */
  readonly mediaHosts?: readonly string[];
  readonly capture: {
    /** Content-script match patterns; undefined when capture runs on servers the user adds. */
    readonly matches?: readonly string[];
    /** The sources it reads, in the order health shows them. */
    readonly sources: readonly CaptureSource[];
    /**
     * Capture runs on the servers the user turns on (its hosts are the user's, so nothing is in the
     * manifest): its `tap` (MAIN world) and `capture` (isolated) content scripts are registered at
     * runtime for each server (lib/capture/worker/servers.ts). `pageMarks` (CSS selectors, all
     * present) tell the popup that the open tab is one of its web apps, to offer turning it on.
     */
    readonly userServers?: { readonly pageMarks: readonly string[] };
    /**
     * Operations that may yield no posts by design (read only to be counted, or a stream whose
     * messages are mostly not posts): a run of empty ones is no sign that the format changed.
     */
    readonly zeroPostOperations?: readonly string[];
  };
  /** Links into the network's own web app, from scraped text (each part URL-encoded here). */
  readonly links: {
    profile(handle: string): string;
    hashtag(tag: string): string;
    cashtag?(symbol: string): string;
    /** "Reply on <network>": a reply intent, or else the post's own page. */
    reply?(post: { nativeId: string; url: string }): string;
  };
  /** Who an account is across networks (the feed's cross-post collapsing, lib/feed/collapse). */
  readonly identity?: {
    /** The handle without this network's domain (`alice.bsky.social` → `alice`); default: as is. */
    bareHandle?(handle: string): string;
    /** The account a bridge says this one mirrors on another network, when it is a bridged one. */
    bridgedTwin?(handle: string): { platform: string; handle: string } | undefined;
  };
  readonly compose: {
    /** Its own compose page with the text prefilled; absent when it has none we can open. */
    intentUrl?(text: string, options?: { url?: string }): string;
    /** Match patterns of that compose page, where "send for me" may press Post. */
    readonly intentPages?: readonly string[];
    /** Posts through its API once the user adds an account (compose/publish.ts); how the options page asks for it. */
    readonly account?: AccountForm;
  };
}

/** The sign-in form the options page shows for a network that posts through its API. */
export type AccountForm =
  | {
      /** A handle and an app password (the password is exchanged for a session, never kept). */
      readonly kind: 'app-password';
      readonly defaultServer: string;
      readonly handleHint: string;
      readonly passwordHint: string;
    }
  | {
      /** The user's server, then its own sign-in window (OAuth), or a pasted access token. */
      readonly kind: 'oauth';
      readonly serverHint: string;
      readonly tokenHint: string;
    };

/** True when `host` is `pattern` or, for a pattern written `.example.com`, any subdomain of it. */
export function hostMatches(host: string, pattern: string): boolean {
  return pattern.startsWith('.') ? host.endsWith(pattern) : host === pattern;
}
