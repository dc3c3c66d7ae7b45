/**
 * The origin of a server the user names ("mastodon.social", "https://mastodon.social/@me" →
 * "https://mastodon.social"). Sign-ins and tokens go there, so it must be https; plain http is
 * allowed only on this machine (loopback), where nothing crosses a network. Throws on anything else.
 */
export function serverOrigin(input: string): string {
  const trimmed = input.trim();
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  if (url.protocol === 'https:') return url.origin;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url.origin;
  throw new Error(`${url.origin} is not an https server`);
}

/** True when `value` is a server origin `serverOrigin` accepts. */
export function isServerUrl(value: string): boolean {
  try {
    serverOrigin(value);
    return true;
  } catch {
    return false;
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
