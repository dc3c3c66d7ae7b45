import { z } from 'zod';
import { isServerUrl } from '../../../kit/server-url';
import { expiredFailure, failureFromHttp, networkFailure } from '../../../compose/failures';
import { globalFetch } from '../../../compose/http-answer';
import { fail, ok, type Failure, type Result } from '../../../compose/status';
import { xrpc, type FetchLike, type XrpcAnswer, type XrpcRequest } from './xrpc';

export const BLUESKY_DEFAULT_SERVICE = 'https://bsky.social';
export const BLUESKY = 'Bluesky';

/** What the extension keeps (storage.local) for a signed-in Bluesky account. Never the password. */
export interface BlueskySession {
  /** The service signed in to (https://bsky.social or the user's own PDS). */
  service: string;
  did: string;
  handle: string;
  accessJwt: string;
  refreshJwt: string;
  /** The account's own PDS when `service` is an entryway (bsky.social): from its DID document. */
  pds?: string;
}

const sessionBody = z.object({
  did: z.string().startsWith('did:'),
  handle: z.string().min(1),
  accessJwt: z.string().min(1),
  refreshJwt: z.string().min(1),
  didDoc: z
    .object({
      service: z.array(z.object({ id: z.string(), type: z.string(), serviceEndpoint: z.unknown() })),
    })
    .optional()
    .catch(undefined),
});

/** The DID document's #atproto_pds endpoint, when it passes the server rule. */
function pdsOf(didDoc: z.infer<typeof sessionBody>['didDoc']): string | undefined {
  const entry = didDoc?.service.find(
    (s) => s.id.endsWith('#atproto_pds') && s.type === 'AtprotoPersonalDataServer',
  );
  const endpoint = entry?.serviceEndpoint;
  return typeof endpoint === 'string' && isServerUrl(endpoint) ? endpoint : undefined;
}

function toSession(service: string, body: unknown): Result<BlueskySession> {
  const parsed = sessionBody.safeParse(body);
  if (!parsed.success) {
    return fail({
      kind: 'server-error',
      message: `${BLUESKY} answered the sign-in with something unexpected.`,
      retryable: true,
    });
  }
  const { didDoc, ...session } = parsed.data;
  const pds = pdsOf(didDoc);
  return ok({ service, ...session, ...(pds ? { pds } : {}) });
}

/**
 * Signs in with a handle (or email) and an app password: com.atproto.server.createSession.
 * Wrong credentials answer 401 AuthenticationRequired "Invalid identifier or password".
 */
export async function createBlueskySession(
  input: { identifier: string; appPassword: string; service?: string },
  options: { fetch?: FetchLike; now?: () => number } = {},
): Promise<Result<BlueskySession>> {
  const service = input.service ?? BLUESKY_DEFAULT_SERVICE;
  const answer = await xrpc(options.fetch ?? globalFetch, service, 'com.atproto.server.createSession', {
    method: 'POST',
    json: { identifier: input.identifier.replace(/^@/, ''), password: input.appPassword },
  });
  const now = (options.now ?? Date.now)();
  if (answer.kind === 'unreachable') return fail(networkFailure(BLUESKY, answer.error));
  if (answer.kind === 'error') {
    if (answer.problem.status === 401) {
      return fail({
        kind: 'invalid-credentials',
        message: `${BLUESKY} did not accept that handle and app password.`,
        retryable: false,
        detail: answer.problem.message ?? answer.problem.code ?? '401',
      });
    }
    return fail(failureFromHttp(BLUESKY, answer.problem, now));
  }
  return toSession(service, answer.body);
}

/** com.atproto.server.refreshSession: the refresh JWT buys a new pair (and is itself rotated). */
export async function refreshBlueskySession(
  session: BlueskySession,
  options: { fetch?: FetchLike; now?: () => number } = {},
): Promise<Result<BlueskySession>> {
  const answer = await xrpc(
    options.fetch ?? globalFetch,
    session.service,
    'com.atproto.server.refreshSession',
    {
      method: 'POST',
      token: session.refreshJwt,
    },
  );
  if (answer.kind === 'unreachable') return fail(networkFailure(BLUESKY, answer.error));
  if (answer.kind === 'error') {
    const { status, code } = answer.problem;
    // An expired, revoked or unknown refresh token: only a new sign-in helps.
    if (status === 400 || status === 401) return fail(expiredFailure(BLUESKY, code));
    return fail(failureFromHttp(BLUESKY, answer.problem, (options.now ?? Date.now)()));
  }
  const renewed = toSession(session.service, answer.body);
  // A refresh may come without the DID document: the PDS found at sign-in still holds.
  return renewed.ok && !renewed.value.pds && session.pds
    ? ok({ ...renewed.value, pds: session.pds })
    : renewed;
}

/**
 * Holds the current session for a run of calls: an authenticated call that answers ExpiredToken
 * refreshes once and is repeated with the new token; the new session is reported at once
 * (refresh tokens rotate, so losing it would sign the user out).
 */
export class SessionHolder {
  constructor(
    public session: BlueskySession,
    private readonly fetchFn: FetchLike,
    private readonly now: () => number,
    private readonly onSession?: (session: BlueskySession) => void,
  ) {}

  async call(nsid: string, request: XrpcRequest): Promise<XrpcAnswer | { kind: 'failed'; failure: Failure }> {
    const first = await xrpc(this.fetchFn, this.session.service, nsid, {
      ...request,
      token: this.session.accessJwt,
    });
    if (!(first.kind === 'error' && first.problem.code === 'ExpiredToken')) return first;
    const refreshed = await refreshBlueskySession(this.session, { fetch: this.fetchFn, now: this.now });
    // A failed refresh is the answer: expired-token when the refresh token is dead too.
    if (!refreshed.ok) return { kind: 'failed', failure: refreshed.failure };
    this.session = refreshed.value;
    this.onSession?.(refreshed.value);
    return xrpc(this.fetchFn, this.session.service, nsid, { ...request, token: this.session.accessJwt });
  }
}
