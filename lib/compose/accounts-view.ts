/**
 * What extension pages may know about the user's accounts: who and where, and the limits the
 * composer counts by. Never a token: those stay in the background's browser.storage.local.
 */
export interface AccountsView {
  bluesky?: { handle: string; did: string; service: string };
  mastodon?: {
    instanceUrl: string;
    username?: string;
    /** The instance's `configuration.statuses.max_characters`. */
    maxCharacters: number;
    /** The instance's `configuration.statuses.characters_reserved_per_url`. */
    charactersReservedPerUrl: number;
  };
}
