import { serverOrigin } from '../../../lib/kit/server-url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildMastodonAuthorizeUrl,
  createPkcePair,
  exchangeMastodonCode,
  getMastodonInstance,
  pkceChallenge,
  readAuthorizationRedirect,
  registerMastodonApp,
  verifyMastodonToken,
} from '../../../lib/platforms/mastodon/compose';
import { startFakeMastodon, type FakeMastodon } from '../../fake-servers/fake-mastodon';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/mastodon';
let server: FakeMastodon;
afterEach(() => server.close());

describe('Mastodon instance limits', () => {
  beforeEach(async () => {
    server = await startFakeMastodon({ maxCharacters: 1000, charactersReservedPerUrl: 30 });
  });

  it('reads configuration.statuses and media_attachments, and the API version, from /api/v2/instance', async () => {
    expect(await getMastodonInstance(server.url)).toEqual({
      ok: true,
      value: {
        url: server.url,
        title: 'Fake Mastodon',
        version: '4.3.0',
        maxCharacters: 1000,
        charactersReservedPerUrl: 30,
        media: {
          maxImages: 4,
          imageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
          videoTypes: ['video/mp4'],
          video: true,
          maxImageBytes: 16777216,
          maxImagePixels: 33177600,
          maxVideoBytes: 103809024,
        },
        apiVersion: 7,
      },
    });
    expect(server.requests.map((r) => r.path)).toEqual(['/api/v2/instance']);
  });

  it('falls back to /api/v1/instance on a server without v2', async () => {
    await server.close();
    server = await startFakeMastodon({ withoutV2: true, maxCharacters: 11000 });
    const result = await getMastodonInstance(server.url);
    expect(result.ok && result.value).toMatchObject({
      version: '3.5.3',
      maxCharacters: 11000,
      charactersReservedPerUrl: 23,
    });
    expect(server.requests.map((r) => `${r.path} ${r.answered}`)).toEqual([
      '/api/v2/instance 404',
      '/api/v1/instance 200',
    ]);
  });
});

describe('Mastodon sign-in', () => {
  beforeEach(async () => {
    server = await startFakeMastodon();
  });

  it('normalizes what the user types as the instance', () => {
    expect(serverOrigin('mastodon.social')).toBe('https://mastodon.social');
    expect(serverOrigin(' https://mastodon.social/@me ')).toBe('https://mastodon.social');
  });

  it('PKCE: S256 of the verifier, base64url without padding (RFC 7636 appendix B)', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
    const pair = await createPkcePair();
    expect(pair.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pair.challenge).toBe(await pkceChallenge(pair.verifier));
  });

  it('registers the app, authorizes with PKCE, exchanges the code and verifies the token', async () => {
    const app = await registerMastodonApp({ instance: server.url, redirectUri: REDIRECT });
    if (!app.ok) throw new Error(app.failure.message);
    expect(server.requests[0]?.form).toEqual({
      client_name: 'Crossfeed',
      redirect_uris: REDIRECT,
      scopes: 'read:accounts read:statuses read:search write:statuses write:media',
    });

    const pkce = await createPkcePair();
    const authorize = buildMastodonAuthorizeUrl(app.value, pkce, 'state-123');
    const params = new URL(authorize).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      response_type: 'code',
      client_id: app.value.clientId,
      redirect_uri: REDIRECT,
      scope: 'read:accounts read:statuses read:search write:statuses write:media',
      state: 'state-123',
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
    });

    // What launchWebAuthFlow would hand back: the URL the instance redirected to.
    const redirected = await fetch(authorize, { redirect: 'manual' });
    const code = readAuthorizationRedirect(redirected.headers.get('location') ?? '', 'state-123');
    if (!code.ok) throw new Error(code.failure.message);

    const token = await exchangeMastodonCode(app.value, { code: code.value, verifier: pkce.verifier });
    if (!token.ok) throw new Error(token.failure.message);
    expect(await verifyMastodonToken(server.url, token.value)).toEqual({
      ok: true,
      value: {
        instanceUrl: server.url,
        accessToken: token.value,
        username: 'alice',
        accountId: '109000000000000001',
      },
    });
  });

  it('a wrong PKCE verifier is refused with the OAuth error in words', async () => {
    const app = await registerMastodonApp({ instance: server.url, redirectUri: REDIRECT });
    if (!app.ok) throw new Error(app.failure.message);
    const pkce = await createPkcePair();
    const redirected = await fetch(buildMastodonAuthorizeUrl(app.value, pkce, 's'), { redirect: 'manual' });
    const code = readAuthorizationRedirect(redirected.headers.get('location') ?? '', 's');
    if (!code.ok) throw new Error(code.failure.message);
    const token = await exchangeMastodonCode(app.value, { code: code.value, verifier: 'x'.repeat(43) });
    expect(token).toEqual({
      ok: false,
      failure: {
        kind: 'invalid-credentials',
        message:
          'Mastodon refused the sign-in: The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
        retryable: false,
        detail: 'invalid_grant',
      },
    });
  });

  it('a redirect with another state or an error is refused', () => {
    expect(readAuthorizationRedirect(`${REDIRECT}?code=abc&state=other`, 'mine').ok).toBe(false);
    expect(
      readAuthorizationRedirect(`${REDIRECT}?error=access_denied&error_description=The+user+said+no`, 'mine'),
    ).toEqual({
      ok: false,
      failure: {
        kind: 'invalid-credentials',
        message: 'Mastodon did not authorize Crossfeed: The user said no.',
        retryable: false,
        detail: 'access_denied',
      },
    });
  });

  it('a pasted token is checked with verify_credentials; a bad one is invalid-credentials', async () => {
    expect((await verifyMastodonToken(server.url, server.accessToken)).ok).toBe(true);
    expect(await verifyMastodonToken(server.url, 'wrong')).toEqual({
      ok: false,
      failure: {
        kind: 'invalid-credentials',
        message:
          'Mastodon did not accept your sign-in: The access token is invalid. Check the account in Options.',
        retryable: false,
        detail: '401 The access token is invalid',
      },
    });
  });
});
