/**
 * A handle as `from:` and a deck's authors column take it, without its leading @: no spaces, colons,
 * quotes or other @, except one inner @ before a server, for a Mastodon account as Crossfeed stores
 * it (`user@host`: lib/platforms/mastodon). One rule for the query, the column form and the settings schema.
 */
export const HANDLE_PATTERN = /^[^\s@:"]{1,100}(?:@[^\s@:"]{1,253})?$/;

export function isHandle(text: string): boolean {
  return HANDLE_PATTERN.test(text);
}
