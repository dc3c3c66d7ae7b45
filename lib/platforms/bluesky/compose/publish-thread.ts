import { z } from 'zod';
import { globalFetch } from '../../../compose/http-answer';
import type { PostOptions } from '../../../compose/post-options';
import type { MediaAccess } from '../../../compose/publisher';
import { queuedResults, type PartResult, type PostedRef, type ThreadPart } from '../../../compose/thread';
import { blueskyFailure, type CallAnswer } from './answer-failure';
import { detectBlueskyFacets, resolveMentionFacets } from './facets';
import { buildPartEmbed, partLabel } from './part-embed';
import { resolveBlueskyQuote, withoutQuotedLink } from './quote';
import { buildPostRecord, type StrongRef } from './record';
import { SessionHolder, type BlueskySession } from './session';
import { blueskyPostUrl } from './urls';
import { xrpc, type FetchLike } from './xrpc';

const POST = 'app.bsky.feed.post';

export interface BlueskyPublishOptions {
  fetch?: FetchLike;
  now?: () => number;
  /** Called as soon as the session is refreshed: store it, the old refresh token is spent. */
  onSession?: (session: BlueskySession) => void;
  /** BCP 47 languages of the text, for the record's `langs` (overrides `post.lang`). */
  langs?: string[];
  sleep?: (ms: number) => Promise<void>;
  /** The post's files; needed only when a part has media. */
  media?: MediaAccess;
  /** Content warning (its media label), language, quoted post. */
  post?: PostOptions;
  /** Bluesky's video service (tests: a fake). */
  videoService?: string;
}

const noMedia: MediaAccess = { read: async () => undefined, fit: async () => undefined };

export interface BlueskyPublishOutcome {
  parts: PartResult[];
  /** The session after the run (refreshed or not). */
  session: BlueskySession;
}

const createdBody = z.object({ uri: z.string().startsWith('at://'), cid: z.string().min(1) });

/**
 * Did a record with this key land? Asked after an answer that leaves it open (lost, 5xx): the
 * real PDS answers a create on an existing rkey with 500 InternalServerError ("There is already
 * a value at key" from its MST, not a 409), so "already there" is read from getRecord instead.
 */
async function findRecord(
  fetchFn: FetchLike,
  session: BlueskySession,
  rkey: string,
): Promise<StrongRef | undefined> {
  const answer = await xrpc(fetchFn, session.service, 'com.atproto.repo.getRecord', {
    method: 'GET',
    params: { repo: session.did, collection: POST, rkey },
  });
  if (answer.kind !== 'ok') return undefined;
  const parsed = createdBody.safeParse(answer.body);
  return parsed.success ? parsed.data : undefined;
}

function ambiguous(answer: CallAnswer): boolean {
  if (answer.kind === 'unreachable') return true;
  if (answer.kind !== 'error') return false;
  const { status, message } = answer.problem;
  return status >= 500 || status === 409 || /already exists|already a value/i.test(message ?? '');
}

/**
 * Posts `parts` as one thread (each a reply to the one before, all rooted at the first) with
 * com.atproto.repo.createRecord, each under its own client-chosen rkey (`part.key`). Parts with
 * `posted` set are skipped and only linked to. The first failure stops the run: later parts are
 * reported `queued`, and calling again with the same parts (and the results' `posted`) resumes
 * without posting anything twice. Never throws; no extension APIs.
 */
export async function publishBlueskyThread(
  parts: readonly ThreadPart[],
  session: BlueskySession,
  options: BlueskyPublishOptions = {},
): Promise<BlueskyPublishOutcome> {
  const fetchFn = options.fetch ?? globalFetch;
  const now = options.now ?? Date.now;
  const holder = new SessionHolder(session, fetchFn, now, options.onSession);
  const results: PartResult[] = [];
  const handles = new Map<string, Promise<string | undefined>>();
  const resolveHandle = (handle: string) => {
    if (!handles.has(handle)) {
      const lookup = xrpc(fetchFn, holder.session.service, 'com.atproto.identity.resolveHandle', {
        method: 'GET',
        params: { handle },
      }).then((a) =>
        a.kind === 'ok' ? z.object({ did: z.string() }).safeParse(a.body).data?.did : undefined,
      );
      handles.set(handle, lookup);
    }
    return handles.get(handle) as Promise<string | undefined>;
  };
  let root: StrongRef | undefined;
  let parent: StrongRef | undefined;
  const post = options.post ?? {};
  const langs = options.langs ?? (post.lang ? [post.lang] : undefined);
  const context = {
    holder,
    fetch: fetchFn,
    now,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    media: options.media ?? noMedia,
    ...(options.videoService ? { videoService: options.videoService } : {}),
  };
  // Only the first part of a share quotes; a later retry resolves it again (nothing is posted yet).
  const quote = post.quote && !parts[0]?.posted ? await resolveBlueskyQuote(post.quote, holder) : undefined;

  for (const [i, part] of parts.entries()) {
    if (part.posted?.cid) {
      const ref = { uri: part.posted.id, cid: part.posted.cid };
      root ??= ref;
      parent = ref;
      results.push({
        key: part.key,
        status: { state: 'posted', url: part.posted.url },
        posted: part.posted,
        notes: [],
      });
      continue;
    }
    const quoted = i === 0 ? quote : undefined;
    const text = quoted && post.quote ? withoutQuotedLink(part.text, post.quote.url) : part.text;
    const built = await buildPartEmbed(part, { ...context, ...(quoted ? { quote: quoted } : {}) });
    if ('kind' in built) {
      results.push({ key: part.key, status: { state: 'failed', failure: built }, notes: [] });
      results.push(...queuedResults(parts.slice(i + 1)));
      break;
    }
    const notes = built.notes;
    const detected = await resolveMentionFacets(detectBlueskyFacets(text), resolveHandle);
    for (const handle of detected.unresolved)
      notes.push(`@${handle} is not a Bluesky handle that resolves, so it is not linked.`);
    const label = partLabel(part, post);
    const record = buildPostRecord({
      text,
      createdAt: now(),
      facets: detected.facets,
      ...(root && parent ? { reply: { root, parent } } : {}),
      ...(built.embed ? { embed: built.embed } : {}),
      ...(langs ? { langs } : {}),
      ...(label ? { label } : {}),
    });
    const answer = await holder.call('com.atproto.repo.createRecord', {
      method: 'POST',
      json: { repo: holder.session.did, collection: POST, rkey: part.key, record },
    });
    let ref: StrongRef | undefined;
    if (answer.kind === 'ok') ref = createdBody.safeParse(answer.body).data;
    else if (ambiguous(answer)) ref = await findRecord(fetchFn, holder.session, part.key);
    if (!ref) {
      results.push({
        key: part.key,
        status: { state: 'failed', failure: blueskyFailure(answer, now()) },
        notes,
      });
      results.push(...queuedResults(parts.slice(i + 1)));
      break;
    }
    const posted: PostedRef = {
      id: ref.uri,
      cid: ref.cid,
      url: blueskyPostUrl(ref.uri, holder.session.handle),
    };
    root ??= ref;
    parent = ref;
    results.push({ key: part.key, status: { state: 'posted', url: posted.url }, posted, notes });
  }
  return { parts: results, session: holder.session };
}
