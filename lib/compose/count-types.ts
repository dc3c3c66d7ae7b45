/** One network's verdict on a text, by that network's own counting rule. */
export interface CountResult {
  /** Units used, in the network's own unit (weighted characters, graphemes, characters). */
  used: number;
  /** The network's maximum in the same unit. */
  limit: number;
  /** limit − used; negative when over. */
  remaining: number;
  /** UTF-16 index where the text first exceeds a limit; absent when it fits. */
  overflowAt?: number;
  /** Human sentences for every reason the network would refuse the text; empty when it fits. */
  errors: string[];
}

/** Limits that are not fixed per network: a Mastodon instance announces its own. */
export interface CountLimits {
  /** `configuration.statuses.max_characters` of the instance (Mastodon's default is 500). */
  maxCharacters?: number;
  /** `configuration.statuses.characters_reserved_per_url` of the instance (default 23). */
  charactersReservedPerUrl?: number;
}

export function overLimitSentence(network: string, used: number, limit: number, unit: string): string {
  return `${network} allows ${limit} ${unit}; this text has ${used}.`;
}

/**
 * A network's counting rule, kept in its folder (lib/platforms/<id>/compose/count.ts exports
 * `counter`). Extension pages only: it may carry twitter-text, which the worker never does.
 */
export interface NetworkCounter {
  count(text: string, limits?: CountLimits): CountResult;
  /** A further rule a part of a split thread must meet (besides not overflowing); absent: none. */
  partFits?(text: string): boolean;
}
