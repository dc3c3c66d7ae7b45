import { serverOrigin } from '../../../kit/server-url';
import { z } from 'zod';
import { theirWords } from '../../../compose/failures';
import { globalFetch, type FetchLike } from '../../../compose/http-answer';
import { fail, ok, type Result } from '../../../compose/status';
import { MASTODON, mastodonCall } from './api';
import { mastodonFailure, unexpectedAnswer } from './errors';

/**
 * What posting and verifying need, as granular scopes (Mastodon 2.4+): the account, statuses
 * (write; read for the scheduled ones), media uploads, and search (finding a post to quote).
 */
export const MASTODON_SCOPES = 'read:accounts read:statuses read:search write:statuses write:media';

export interface MastodonApp {
  instanceUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
}

/** What the extension keeps (storage.local) for a Mastodon account. */
export interface MastodonAccount {
  instanceUrl: string;
  accessToken: string;
  /** From verify_credentials, for display and post URLs. */
  username?: string;
  accountId?: string;
}

type Options = { fetch?: FetchLike; now?: () => number };
const nowOf = (options: Options) => (options.now ?? Date.now)();

/** POST /api/v1/apps: registers Crossfeed on the instance for this redirect URI. */
export async function registerMastodonApp(
  input: { instance: string; redirectUri: string; clientName?: string; website?: string; scopes?: string },
  options: Options = {},
): Promise<Result<MastodonApp>> {
  const instanceUrl = serverOrigin(input.instance);
  const scopes = input.scopes ?? MASTODON_SCOPES;
  const form: Record<string, string> = {
    client_name: input.clientName ?? 'Crossfeed',
    redirect_uris: input.redirectUri,
    scopes,
  };
  if (input.website) form.website = input.website;
  const answer = await mastodonCall(options.fetch ?? globalFetch, instanceUrl, '/api/v1/apps', {
    method: 'POST',
    form,
  });
  if (answer.kind !== 'ok') return fail(mastodonFailure(answer, nowOf(options)));
  const parsed = z
    .object({ client_id: z.string().min(1), client_secret: z.string().min(1) })
    .safeParse(answer.body);
  if (!parsed.success) return fail(unexpectedAnswer('the app registration'));
  return ok({
    instanceUrl,
    clientId: parsed.data.client_id,
    clientSecret: parsed.data.client_secret,
    redirectUri: input.redirectUri,
    scopes,
  });
}

/** The page to open (launchWebAuthFlow): authorization code with PKCE S256. */
export function buildMastodonAuthorizeUrl(
  app: MastodonApp,
  pkce: { challenge: string },
  state: string,
): string {
  const url = new URL('/oauth/authorize', app.instanceUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('redirect_uri', app.redirectUri);
  url.searchParams.set('scope', app.scopes);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', pkce.challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

/** The code from the URL the flow was redirected to, checked against our `state`. */
export function readAuthorizationRedirect(redirectedTo: string, expectedState: string): Result<string> {
  const params = new URL(redirectedTo).searchParams;
  const error = params.get('error');
  if (error) {
    const words = params.get('error_description') ?? error;
    return fail({
      kind: 'invalid-credentials',
      message: `${MASTODON} did not authorize Crossfeed: ${theirWords(words)}.`,
      retryable: false,
      detail: error,
    });
  }
  if (params.get('state') !== expectedState) {
    return fail({
      kind: 'invalid-credentials',
      message: `${MASTODON} sign-in came back from a different request; try again.`,
      retryable: false,
    });
  }
  const code = params.get('code');
  return code
    ? ok(code)
    : fail({
        kind: 'invalid-credentials',
        message: `${MASTODON} sign-in returned no code.`,
        retryable: false,
      });
}

/** POST /oauth/token (grant_type=authorization_code, with the PKCE verifier) → access token. */
export async function exchangeMastodonCode(
  app: MastodonApp,
  input: { code: string; verifier: string },
  options: Options = {},
): Promise<Result<string>> {
  const answer = await mastodonCall(options.fetch ?? globalFetch, app.instanceUrl, '/oauth/token', {
    method: 'POST',
    form: {
      grant_type: 'authorization_code',
      code: input.code,
      client_id: app.clientId,
      client_secret: app.clientSecret,
      redirect_uri: app.redirectUri,
      code_verifier: input.verifier,
      scope: app.scopes,
    },
  });
  if (answer.kind !== 'ok') {
    // invalid_grant (a used, expired or mismatched code) is a 400: the sign-in must start over.
    if (answer.kind === 'error' && answer.problem.status === 400) {
      return fail({
        kind: 'invalid-credentials',
        message: `${MASTODON} refused the sign-in: ${theirWords(answer.problem.message ?? 'invalid grant')}.`,
        retryable: false,
        detail: answer.problem.code ?? '400',
      });
    }
    return fail(mastodonFailure(answer, nowOf(options)));
  }
  const parsed = z.object({ access_token: z.string().min(1) }).safeParse(answer.body);
  return parsed.success ? ok(parsed.data.access_token) : fail(unexpectedAnswer('the token request'));
}

/** GET /api/v1/accounts/verify_credentials: checks a pasted or new token, names its account. */
export async function verifyMastodonToken(
  instance: string,
  accessToken: string,
  options: Options = {},
): Promise<Result<MastodonAccount>> {
  const instanceUrl = serverOrigin(instance);
  const answer = await mastodonCall(
    options.fetch ?? globalFetch,
    instanceUrl,
    '/api/v1/accounts/verify_credentials',
    {
      method: 'GET',
      token: accessToken,
    },
  );
  if (answer.kind !== 'ok') return fail(mastodonFailure(answer, nowOf(options)));
  const parsed = z.object({ id: z.string(), username: z.string() }).safeParse(answer.body);
  if (!parsed.success) return fail(unexpectedAnswer('the account check'));
  return ok({ instanceUrl, accessToken, username: parsed.data.username, accountId: parsed.data.id });
}
