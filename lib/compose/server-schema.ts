import { z } from 'zod';
import { isServerUrl, serverOrigin } from '../kit/server-url';

/**
 * A server the user names (a PDS, a Mastodon instance), read by the one server rule
 * (lib/kit/server-url.ts): https, or http on this machine only. Every message that carries a
 * server checks it with this, so no form, old page or forged message can send a password or a
 * token in clear to another host. Parses to the server's origin.
 */
export const serverOriginSchema = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .refine(isServerUrl, 'must be an https server (http only on this machine)')
  .transform((value) => serverOrigin(value));

/** A stored server (an account's): read back only if it still passes the rule. */
export const storedServerSchema = z.string().refine(isServerUrl);

/** The sentence a sign-in shows when the server is refused. */
export const NOT_HTTPS = 'The server must be an https address (plain http only on this computer).';
