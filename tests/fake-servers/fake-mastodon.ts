import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { countMastodon } from '../../lib/platforms/mastodon/compose/count';
import { checkMediaIds, mediaRoutes, type FakeMedia } from './fake-mastodon-media';
import { startServer, type Exchange, type FailureKind, type FakeServer } from './server-kit';

/*
 * A loopback stand-in for a Mastodon instance, with the real API's shapes
 * (https://docs.joinmastodon.org/methods/): errors are `{ "error": "…" }` (OAuth ones add
 * `error_description`); a dead token is 401 "The access token is invalid" (Doorkeeper);
 * rate limits are 429 "Too many requests" with X-RateLimit-Limit/-Remaining/-Reset (ISO 8601);
 * POST /api/v1/statuses with an Idempotency-Key seen before returns the status made the first
 * time (Mastodon keeps the key for an hour per account). Media: fake-mastodon-media.ts. A status
 * with `scheduled_at` at least five minutes ahead becomes a ScheduledStatus (listed and cancelled
 * at /api/v1/scheduled_statuses); quotes (quoted_status_id) and search as in API version 7.
 */

export interface FakeMastodonOptions {
  maxCharacters?: number;
  charactersReservedPerUrl?: number;
  /** Answer /api/v2/instance with 404, like Mastodon before 4.0. */
  withoutV2?: boolean;
  username?: string;
  /** A token that is valid from the start (a "pasted" token). */
  accessToken?: string;
  now?: () => number;
  rateLimitSeconds?: number;
  /** What the status's `url` and `uri` say (a server, or someone in front of it, may send anything). */
  statusUrl?: (id: string) => string | null;
  statusUri?: (id: string) => string;
  /** Checks each upload stays processing (fake-mastodon-media.ts); 0 by default. */
  mediaProcessing?: number;
  /** api_versions.mastodon (7 by default: quotes). */
  apiVersion?: number;
  /** Posts /api/v2/search?resolve=true finds: URL → local status id. */
  knownStatuses?: Record<string, string>;
}

export interface FakeScheduled {
  id: string;
  scheduledAt: string;
  params: Record<string, unknown>;
  idempotencyKey?: string;
}

export interface FakeStatus {
  id: string;
  text: string;
  inReplyToId: string | null;
  visibility: string;
  idempotencyKey?: string;
  url: string;
  mediaIds: string[];
  spoilerText: string;
  sensitive: boolean;
  language: string | null;
  quotedStatusId: string | null;
}

export interface FakeMastodon extends FakeServer {
  accessToken: string;
  statuses: FakeStatus[];
  media: FakeMedia[];
  scheduled: FakeScheduled[];
  apps: Array<{ clientId: string; clientSecret: string; redirectUri: string; scopes: string }>;
  /** Revoke every token (they then answer 401 "The access token is invalid"). */
  revokeTokens(): void;
}

const base64Url = (buffer: Buffer) =>
  buffer.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const statusInput = z.object({
  status: z.string().optional(),
  in_reply_to_id: z.string().optional(),
  visibility: z.string().optional(),
  media_ids: z.array(z.string()).optional(),
  spoiler_text: z.string().optional(),
  sensitive: z.boolean().optional(),
  language: z.string().optional(),
  scheduled_at: z.string().optional(),
  quoted_status_id: z.string().optional(),
});

export async function startFakeMastodon(options: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  const maxCharacters = options.maxCharacters ?? 500;
  const urlLength = options.charactersReservedPerUrl ?? 23;
  const username = options.username ?? 'alice';
  const now = options.now ?? Date.now;
  const tokens = new Set<string>([options.accessToken ?? 'pasted-token-1234']);
  const apps: FakeMastodon['apps'] = [];
  const codes = new Map<
    string,
    { clientId: string; redirectUri: string; challenge: string; method: string }
  >();
  const statuses: FakeStatus[] = [];
  const media: FakeMedia[] = [];
  const scheduled: FakeScheduled[] = [];
  const scheduledByKey = new Map<string, FakeScheduled>();
  const idempotent = new Map<string, FakeStatus>();
  let nextId = 110000000000000000n;
  let url = '';

  const account = () => ({
    id: '109000000000000001',
    username,
    acct: username,
    display_name: 'Alice',
    url: `${url}/@${username}`,
    avatar: `${url}/avatars/original/missing.png`,
    created_at: '2022-11-01T00:00:00.000Z',
  });
  const statusJson = (s: FakeStatus) => ({
    id: s.id,
    created_at: new Date(now()).toISOString(),
    in_reply_to_id: s.inReplyToId,
    visibility: s.visibility,
    uri: options.statusUri?.(s.id) ?? `${url}/users/${username}/statuses/${s.id}`,
    url: options.statusUrl ? options.statusUrl(s.id) : s.url,
    content: `<p>${s.text}</p>`,
    account: account(),
    spoiler_text: s.spoilerText,
    sensitive: s.sensitive,
    language: s.language,
    media_attachments: s.mediaIds.map((id) => ({ id })),
  });
  const scheduledJson = (s: FakeScheduled) => ({
    id: s.id,
    scheduled_at: s.scheduledAt,
    params: s.params,
    media_attachments: [],
  });

  const injected = (ex: Exchange, failure: FailureKind | undefined): boolean => {
    if (failure === 'expired-token') ex.json(401, { error: 'The access token expired' });
    else if (failure === 'server-error')
      ex.json(500, { error: "We're sorry, but something went wrong on our end." });
    else if (failure === 'rate-limit') {
      const reset = new Date(now() + (options.rateLimitSeconds ?? 300) * 1000).toISOString();
      ex.json(
        429,
        { error: 'Too many requests' },
        { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      );
    } else return false;
    return true;
  };

  const authed = (ex: Exchange): boolean => {
    const token = /^Bearer (.+)$/.exec(String(ex.request.headers.authorization ?? ''))?.[1];
    if (token && tokens.has(token)) return true;
    ex.json(401, { error: 'The access token is invalid' });
    return false;
  };

  const instanceV2 = () => ({
    domain: new URL(url).host,
    title: 'Fake Mastodon',
    version: '4.3.0',
    configuration: {
      statuses: {
        max_characters: maxCharacters,
        max_media_attachments: 4,
        characters_reserved_per_url: urlLength,
      },
      media_attachments: {
        supported_mime_types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4'],
        image_size_limit: 16777216,
        image_matrix_limit: 33177600,
        video_size_limit: 103809024,
      },
    },
    api_versions: { mastodon: options.apiVersion ?? 7 },
  });

  const routes: Record<string, (ex: Exchange) => void> = {
    'GET /api/v2/instance': (ex) =>
      options.withoutV2 ? ex.json(404, { error: 'Record not found' }) : ex.json(200, instanceV2()),
    'GET /api/v1/instance': (ex) => {
      const v2 = instanceV2();
      ex.json(200, { uri: v2.domain, title: v2.title, version: '3.5.3', configuration: v2.configuration });
    },
    'POST /api/v1/apps': (ex) => {
      const form = ex.request.form ?? {};
      if (!form.client_name || !form.redirect_uris) {
        return ex.json(422, {
          error: "Validation failed: Application name can't be blank, Redirect URI can't be blank",
        });
      }
      const app = {
        clientId: base64Url(randomBytes(24)),
        clientSecret: base64Url(randomBytes(24)),
        redirectUri: form.redirect_uris,
        scopes: form.scopes ?? 'read',
      };
      apps.push(app);
      ex.json(200, {
        id: String(apps.length),
        name: form.client_name,
        website: form.website ?? null,
        scopes: app.scopes.split(' '),
        redirect_uri: app.redirectUri,
        redirect_uris: [app.redirectUri],
        client_id: app.clientId,
        client_secret: app.clientSecret,
        client_secret_expires_at: 0,
      });
    },
    // The user approves at once and is sent back, as launchWebAuthFlow would see it.
    'GET /oauth/authorize': (ex) => {
      const q = ex.request.query;
      const app = apps.find((a) => a.clientId === q.client_id);
      if (!app || app.redirectUri !== q.redirect_uri)
        return ex.json(400, {
          error: 'invalid_client',
          error_description:
            'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
        });
      const code = base64Url(randomBytes(16));
      codes.set(code, {
        clientId: app.clientId,
        redirectUri: app.redirectUri,
        challenge: q.code_challenge ?? '',
        method: q.code_challenge_method ?? '',
      });
      const back = new URL(app.redirectUri);
      back.searchParams.set('code', code);
      if (q.state) back.searchParams.set('state', q.state);
      ex.request.answered = 302;
      ex.response.writeHead(302, { location: back.toString() });
      ex.response.end();
    },
    'POST /oauth/token': (ex) => {
      const form = ex.request.form ?? {};
      const grant = codes.get(form.code ?? '');
      const app = apps.find((a) => a.clientId === form.client_id && a.clientSecret === form.client_secret);
      const verifierOk =
        grant?.method === 'S256' &&
        base64Url(
          createHash('sha256')
            .update(form.code_verifier ?? '')
            .digest(),
        ) === grant.challenge;
      if (
        !grant ||
        !app ||
        grant.clientId !== app.clientId ||
        grant.redirectUri !== form.redirect_uri ||
        !verifierOk
      ) {
        return ex.json(400, {
          error: 'invalid_grant',
          error_description:
            'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
        });
      }
      codes.delete(form.code ?? '');
      const token = base64Url(randomBytes(32));
      tokens.add(token);
      ex.json(200, {
        access_token: token,
        token_type: 'Bearer',
        scope: app.scopes,
        created_at: Math.floor(now() / 1000),
      });
    },
    'GET /api/v1/accounts/verify_credentials': (ex) => {
      if (authed(ex)) ex.json(200, account());
    },
    'POST /api/v1/statuses': (ex) => {
      if (!authed(ex)) return;
      const key = ex.request.headers['idempotency-key'];
      const idempotencyKey = typeof key === 'string' ? key : undefined;
      const seen = idempotencyKey ? idempotent.get(idempotencyKey) : undefined;
      if (seen) return ex.json(200, statusJson(seen));
      const held = idempotencyKey ? scheduledByKey.get(idempotencyKey) : undefined;
      if (held) return ex.json(200, scheduledJson(held));
      const parsed = statusInput.safeParse(ex.request.json ?? ex.request.form ?? {});
      const input = parsed.success ? parsed.data : {};
      const text = input.status ?? '';
      const mediaIds = input.media_ids ?? [];
      if (!text.trim() && !mediaIds.length)
        return ex.json(422, { error: "Validation failed: Text can't be blank" });
      if (countMastodon(text, { maxCharacters, charactersReservedPerUrl: urlLength }).used > maxCharacters) {
        return ex.json(422, {
          error: `Validation failed: Text character limit of ${maxCharacters} exceeded`,
        });
      }
      if (!checkMediaIds(ex, media, mediaIds)) return;
      if (input.quoted_status_id && mediaIds.length)
        return ex.json(422, { error: 'Validation failed: Cannot attach media to a quote' });
      const inReplyToId = input.in_reply_to_id ?? null;
      if (inReplyToId && !statuses.some((s) => s.id === inReplyToId))
        return ex.json(404, { error: 'Record not found' });
      if (input.scheduled_at) {
        const at = Date.parse(input.scheduled_at);
        if (!(at - now() >= 5 * 60_000))
          return ex.json(422, {
            error: 'Validation failed: Scheduled at The scheduled date must be in the future',
          });
        nextId += 1n;
        const entry: FakeScheduled = {
          id: String(nextId),
          scheduledAt: input.scheduled_at,
          params: { ...input },
        };
        if (idempotencyKey) {
          entry.idempotencyKey = idempotencyKey;
          scheduledByKey.set(idempotencyKey, entry);
        }
        scheduled.push(entry);
        return ex.json(200, scheduledJson(entry));
      }
      nextId += 1n;
      const id = String(nextId);
      const status: FakeStatus = {
        id,
        text,
        inReplyToId,
        visibility: input.visibility || 'public',
        url: `${url}/@${username}/${id}`,
        mediaIds,
        spoilerText: input.spoiler_text ?? '',
        sensitive: input.sensitive ?? false,
        language: input.language ?? null,
        quotedStatusId: input.quoted_status_id ?? null,
      };
      if (idempotencyKey) {
        status.idempotencyKey = idempotencyKey;
        idempotent.set(idempotencyKey, status);
      }
      statuses.push(status);
      ex.json(200, statusJson(status));
    },
    'GET /api/v1/scheduled_statuses': (ex) => {
      if (authed(ex)) ex.json(200, scheduled.map(scheduledJson));
    },
    'DELETE /api/v1/scheduled_statuses/:id': (ex) => {
      if (!authed(ex)) return;
      const index = scheduled.findIndex((s) => s.id === ex.request.path.split('/').pop());
      if (index < 0) return ex.json(404, { error: 'Record not found' });
      scheduled.splice(index, 1);
      ex.json(200, {});
    },
    'GET /api/v2/search': (ex) => {
      if (!authed(ex)) return;
      const id = options.knownStatuses?.[ex.request.query.q ?? ''];
      ex.json(200, { accounts: [], hashtags: [], statuses: id ? [{ id, url: ex.request.query.q }] : [] });
    },
    ...mediaRoutes({
      media,
      authed,
      processing: () => options.mediaProcessing ?? 0,
      url: () => url,
      nextId: () => {
        nextId += 1n;
        return String(nextId);
      },
    }),
  };

  const server = await startServer((ex, failure) => {
    if (failure !== 'lose-response' && injected(ex, failure)) return;
    // `/api/v1/media/123` is routed as `/api/v1/media/:id`.
    const path = ex.request.path.replace(/^(\/api\/v1\/(?:media|scheduled_statuses))\/[^/]+$/, '$1/:id');
    const route = routes[`${ex.request.method} ${path}`];
    if (route) route(ex);
    else ex.json(404, { error: 'Record not found' });
  });
  url = server.url;

  return {
    ...server,
    accessToken: options.accessToken ?? 'pasted-token-1234',
    statuses,
    media,
    scheduled,
    apps,
    revokeTokens: () => tokens.clear(),
  };
}
