/*
 * PKCE (RFC 7636) with S256: a random verifier kept by us, its SHA-256 sent with the authorize
 * request, the verifier itself with the token request. Mastodon supports it since 4.3.
 */

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface PkcePair {
  verifier: string;
  challenge: string;
  method: 'S256';
}

/** 32 random bytes → a 43-character verifier (RFC 7636 §4.1 allows 43–128). */
export async function createPkcePair(): Promise<PkcePair> {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  return { verifier, challenge: await pkceChallenge(verifier), method: 'S256' };
}

export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** A random `state` for the authorize round trip. */
export function randomState(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(16)));
}
