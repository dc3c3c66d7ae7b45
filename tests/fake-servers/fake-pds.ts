import { z } from 'zod';
import { videoRoutes, type FakeVideoJob } from './fake-bsky-video';
import {
  fakeCid,
  servePicture,
  startServer,
  type Exchange,
  type FailureKind,
  type FakeServer,
} from './server-kit';

/*
 * A loopback stand-in for a Bluesky PDS speaking XRPC, with the real service's answer and error
 * shapes (`{ error, message }`, https://atproto.com/specs/xrpc):
 *   createSession  401 AuthenticationRequired "Invalid identifier or password"
 *   any authed call with an expired access token  400 ExpiredToken "Token has expired"
 *   rate limits    429 RateLimitExceeded, RateLimit-Limit/-Remaining/-Reset(epoch s)/-Policy
 *   createRecord on an existing rkey  500 InternalServerError "Internal Server Error" — the
 *     real PDS's MST throws "There is already a value at key" and xrpc-server hides it as a 500
 *   getRecord of a missing key  400 RecordNotFound
 */

export interface FakePdsOptions {
  handle?: string;
  did?: string;
  appPassword?: string;
  /** Other handles resolveHandle knows. */
  handles?: Record<string, string>;
  /** Clock for RateLimit-Reset (epoch ms). */
  now?: () => number;
  /** Seconds until a rate limit resets. */
  rateLimitSeconds?: number;
  /** Posts of other accounts app.bsky.feed.getPosts knows (the AppView's): at:// URI → CID. */
  knownPosts?: Record<string, string>;
  /** The video service lets this account upload (getUploadLimits). */
  videoCanUpload?: boolean;
  /** getJobStatus answers "processing" this many times before the blob. */
  videoProcessingChecks?: number;
}

export interface StoredRecord {
  uri: string;
  cid: string;
  rkey: string;
  collection: string;
  value: Record<string, unknown>;
}

export interface FakePds extends FakeServer {
  did: string;
  handle: string;
  appPassword: string;
  /** Records in the repo, in creation order. */
  records: StoredRecord[];
  blobs: Array<{ cid: string; mimeType: string; size: number }>;
  /** Make every access token issued so far answer ExpiredToken (as after two hours). */
  expireAccessTokens(): void;
  /** A URL on this server serving a PNG of `bytes` bytes (a link card's picture). */
  pictureUrl(bytes: number): string;
  /** The video service's jobs (it runs on this same server). */
  videoJobs: FakeVideoJob[];
  /** getServiceAuth calls: audience and method. */
  serviceAuths: Array<{ aud: string; lxm: string }>;
}

const sessionInput = z.object({ identifier: z.string(), password: z.string() });
const createInput = z.object({
  repo: z.string(),
  collection: z.string(),
  rkey: z.string().optional(),
  record: z.record(z.string(), z.unknown()),
});

const xrpcError = (status: number, error: string, message: string) => ({ status, body: { error, message } });

export async function startFakePds(options: FakePdsOptions = {}): Promise<FakePds> {
  const did = options.did ?? 'did:plc:fakealice000000000000000';
  const handle = options.handle ?? 'alice.test';
  const appPassword = options.appPassword ?? 'abcd-efgh-ijkl-mnop';
  const handles: Record<string, string> = { [handle]: did, ...options.handles };
  const now = options.now ?? Date.now;
  const records: StoredRecord[] = [];
  const blobs: FakePds['blobs'] = [];
  const access = new Map<string, 'valid' | 'expired'>();
  const refresh = new Set<string>();
  let issued = 0;

  const issue = () => {
    issued += 1;
    const pair = { accessJwt: `fake-access-${issued}`, refreshJwt: `fake-refresh-${issued}` };
    access.set(pair.accessJwt, 'valid');
    refresh.add(pair.refreshJwt);
    return { did, handle, ...pair, active: true };
  };

  const injected = (ex: Exchange, failure: FailureKind | undefined): boolean => {
    if (failure === 'expired-token') ex.json(400, { error: 'ExpiredToken', message: 'Token has expired' });
    else if (failure === 'server-error')
      ex.json(500, { error: 'InternalServerError', message: 'Internal Server Error' });
    else if (failure === 'rate-limit') {
      const reset = Math.floor(now() / 1000) + (options.rateLimitSeconds ?? 300);
      ex.json(
        429,
        { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
        {
          'ratelimit-limit': '5000',
          'ratelimit-remaining': '0',
          'ratelimit-reset': String(reset),
          'ratelimit-policy': '5000;w=3600',
        },
      );
    } else return false;
    return true;
  };

  const bearer = (ex: Exchange) => /^Bearer (.+)$/.exec(String(ex.request.headers.authorization ?? ''))?.[1];

  /** Checks the access token; answers and returns false when it is not good. */
  const authed = (ex: Exchange): boolean => {
    const token = bearer(ex);
    const state = token ? access.get(token) : undefined;
    if (state === 'valid') return true;
    const e =
      state === 'expired'
        ? xrpcError(400, 'ExpiredToken', 'Token has expired')
        : xrpcError(401, 'AuthenticationRequired', 'Authentication Required');
    ex.json(e.status, e.body);
    return false;
  };

  const videoJobs: FakeVideoJob[] = [];
  const serviceTokens = new Map<string, string>();
  const serviceAuths: FakePds['serviceAuths'] = [];
  const routes: Record<string, (ex: Exchange) => void> = {
    'GET /xrpc/com.atproto.server.getServiceAuth': (ex) => {
      if (!authed(ex)) return;
      const { aud = '', lxm = '' } = ex.request.query;
      serviceAuths.push({ aud, lxm });
      const token = `service-${serviceAuths.length}`;
      serviceTokens.set(token, lxm);
      ex.json(200, { token });
    },
    'GET /xrpc/app.bsky.feed.getPosts': (ex) => {
      if (!authed(ex)) return;
      const uris = new URLSearchParams(ex.request.rawQuery).getAll('uris');
      const posts = uris.flatMap((uri) => {
        const own = records.find((r) => r.uri === uri);
        const cid = own?.cid ?? options.knownPosts?.[uri];
        return cid ? [{ uri, cid, author: { did: uri.split('/')[2] }, record: own?.value ?? {} }] : [];
      });
      ex.json(200, { posts });
    },
    ...videoRoutes({
      jobs: videoJobs,
      serviceTokens,
      canUpload: () => options.videoCanUpload ?? true,
      processingChecks: () => options.videoProcessingChecks ?? 0,
    }),
    'POST /xrpc/com.atproto.server.createSession': (ex) => {
      const body = sessionInput.safeParse(ex.request.json).data;
      if ((body?.identifier === handle || body?.identifier === did) && body?.password === appPassword)
        ex.json(200, issue());
      else ex.json(401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' });
    },
    'POST /xrpc/com.atproto.server.refreshSession': (ex) => {
      const token = bearer(ex);
      if (!token || !refresh.has(token))
        return ex.json(400, { error: 'ExpiredToken', message: 'Token has expired' });
      refresh.delete(token); // refresh tokens rotate
      ex.json(200, issue());
    },
    'GET /xrpc/com.atproto.identity.resolveHandle': (ex) => {
      const found = handles[ex.request.query.handle ?? ''];
      if (found) ex.json(200, { did: found });
      else ex.json(400, { error: 'InvalidRequest', message: 'Unable to resolve handle' });
    },
    'POST /xrpc/com.atproto.repo.uploadBlob': (ex) => {
      if (!authed(ex)) return;
      const mimeType = String(ex.request.headers['content-type'] ?? 'application/octet-stream');
      const blob = { cid: fakeCid(ex.raw, 'bafkrei'), mimeType, size: ex.raw.length };
      blobs.push(blob);
      ex.json(200, { blob: { $type: 'blob', ref: { $link: blob.cid }, mimeType, size: blob.size } });
    },
    'POST /xrpc/com.atproto.repo.createRecord': (ex) => {
      if (!authed(ex)) return;
      const body = createInput.safeParse(ex.request.json).data;
      if (!body || (body.repo !== did && body.repo !== handle)) {
        return ex.json(400, { error: 'InvalidRequest', message: `Could not find repo: ${body?.repo ?? ''}` });
      }
      const text = body.record.text;
      if (typeof text === 'string' && Array.from(new Intl.Segmenter().segment(text)).length > 300) {
        return ex.json(400, {
          error: 'InvalidRequest',
          message: 'Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes',
        });
      }
      // Lexicon checks the real PDS makes on embedded pictures: each an uploaded blob of at most 1,000,000 bytes.
      const imageList = z.array(
        z.object({ image: z.object({ ref: z.object({ $link: z.string() }), size: z.number() }) }),
      );
      const embed = z
        .object({
          images: imageList.optional(),
          media: z.object({ images: imageList.optional() }).optional(),
        })
        .safeParse(body.record.embed).data;
      const images = embed?.images ?? embed?.media?.images ?? [];
      for (const image of images) {
        const known = blobs.some((b) => b.cid === image.image.ref.$link);
        if (!known || image.image.size > 1_000_000)
          return ex.json(400, {
            error: 'InvalidRequest',
            message:
              'Invalid app.bsky.feed.post record: Record/embed/images/0/image should not be larger than 1000000 bytes',
          });
      }
      const rkey = body.rkey ?? `fake${records.length}`;
      if (records.some((r) => r.collection === body.collection && r.rkey === rkey)) {
        return ex.json(500, { error: 'InternalServerError', message: 'Internal Server Error' });
      }
      const value = body.record;
      const stored: StoredRecord = {
        uri: `at://${did}/${body.collection}/${rkey}`,
        cid: fakeCid(JSON.stringify(value)),
        rkey,
        collection: body.collection,
        value,
      };
      records.push(stored);
      ex.json(200, {
        uri: stored.uri,
        cid: stored.cid,
        commit: { cid: fakeCid(`commit${records.length}`), rev: `rev${records.length}` },
        validationStatus: 'valid',
      });
    },
    'GET /xrpc/com.atproto.repo.getRecord': (ex) => {
      const { repo, collection, rkey } = ex.request.query;
      const found = records.find(
        (r) => (repo === did || repo === handle) && r.collection === collection && r.rkey === rkey,
      );
      if (found) ex.json(200, { uri: found.uri, cid: found.cid, value: found.value });
      else
        ex.json(400, {
          error: 'RecordNotFound',
          message: `Could not locate record: at://${repo}/${collection}/${rkey}`,
        });
    },
  };

  const server = await startServer((ex, failure) => {
    const picture = /^\/pictures\/(\d+)\.png$/.exec(ex.request.path);
    if (picture) return servePicture(ex, Number(picture[1]));
    if (failure !== 'lose-response' && injected(ex, failure)) return;
    const route = routes[`${ex.request.method} ${ex.request.path}`];
    if (route) route(ex);
    else ex.json(501, { error: 'MethodNotImplemented', message: 'Method Not Implemented' });
  });

  return {
    ...server,
    did,
    handle,
    appPassword,
    records,
    blobs,
    videoJobs,
    serviceAuths,
    expireAccessTokens() {
      for (const token of access.keys()) access.set(token, 'expired');
    },
    pictureUrl: (bytes) => `${server.url}/pictures/${bytes}.png`,
  };
}
