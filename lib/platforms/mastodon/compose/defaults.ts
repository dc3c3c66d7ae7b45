/*
 * Mastodon's defaults for an instance that does not announce its own limits
 * (StatusLengthValidator::MAX_CHARS and URL_PLACEHOLDER_CHARS). Kept apart from the counter so
 * the API client can use them without bundling twitter-text into the service worker.
 */
export const MASTODON_DEFAULT_MAX_CHARACTERS = 500;
export const MASTODON_DEFAULT_URL_LENGTH = 23;
