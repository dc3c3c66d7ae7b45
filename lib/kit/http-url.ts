/**
 * The one http(s) rule. Only such URLs are ever stored as links or made clickable: nothing else
 * (javascript:, data:, a relative path) can become an href later. Framework-free, so the MAIN-world
 * tap can use it without carrying zod.
 */
export const MAX_URL_LENGTH = 4096;

const HTTP_URL = /^https?:\/\/[^\s]+$/i;

export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_URL_LENGTH && HTTP_URL.test(value);
}

/** The value when it passes the rule, else undefined. */
export function asHttpUrl(value: unknown): string | undefined {
  return isHttpUrl(value) ? value : undefined;
}
