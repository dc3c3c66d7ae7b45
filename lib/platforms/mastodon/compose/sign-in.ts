import { serverOrigin } from '../../../kit/server-url';
import type { SignInDeps } from '../../../compose/publisher';
import type { Failure } from '../../../compose/status';
import { saveMastodonAccount } from './account';
import { getMastodonInstance } from './instance';
import {
  buildMastodonAuthorizeUrl,
  exchangeMastodonCode,
  readAuthorizationRedirect,
  registerMastodonApp,
  verifyMastodonToken,
} from './oauth';
import { createPkcePair, randomState } from './pkce';

/**
 * Adds a Mastodon account: reads the instance's limits, then checks a pasted token with
 * verify_credentials, or registers the app and runs the authorization-code flow with PKCE in the
 * browser's own sign-in window. Only a verified token is stored.
 */
export async function addMastodonAccount(
  input: { instance: string; accessToken?: string },
  deps: SignInDeps,
): Promise<Failure | undefined> {
  let instanceUrl: string;
  try {
    instanceUrl = serverOrigin(input.instance);
  } catch {
    return {
      kind: 'rejected',
      message: 'That is not the https address of a Mastodon server.',
      retryable: false,
    };
  }
  const instance = await getMastodonInstance(instanceUrl, deps);
  if (!instance.ok) return instance.failure;
  let token = input.accessToken;
  if (!token) {
    const obtained = await signInWithOAuth(instanceUrl, deps);
    if (typeof obtained !== 'string') return obtained;
    token = obtained;
  }
  const verified = await verifyMastodonToken(instanceUrl, token, deps);
  if (!verified.ok) return verified.failure;
  await saveMastodonAccount({
    ...verified.value,
    maxCharacters: instance.value.maxCharacters,
    charactersReservedPerUrl: instance.value.charactersReservedPerUrl,
    media: instance.value.media,
    ...(instance.value.apiVersion !== undefined ? { apiVersion: instance.value.apiVersion } : {}),
  });
  return undefined;
}

async function signInWithOAuth(instanceUrl: string, deps: SignInDeps): Promise<string | Failure> {
  const app = await registerMastodonApp({ instance: instanceUrl, redirectUri: deps.redirectUri() }, deps);
  if (!app.ok) return app.failure;
  const pkce = await createPkcePair();
  const state = randomState();
  let redirectedTo: string | undefined;
  try {
    redirectedTo = await deps.launchWebAuthFlow(buildMastodonAuthorizeUrl(app.value, pkce, state));
  } catch (error) {
    return {
      kind: 'invalid-credentials',
      message: 'The Mastodon sign-in window was closed before it finished.',
      retryable: false,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (!redirectedTo)
    return { kind: 'invalid-credentials', message: 'Mastodon sign-in did not finish.', retryable: false };
  const code = readAuthorizationRedirect(redirectedTo, state);
  if (!code.ok) return code.failure;
  const token = await exchangeMastodonCode(app.value, { code: code.value, verifier: pkce.verifier }, deps);
  return token.ok ? token.value : token.failure;
}
