import { z } from 'zod';
import { failureFromHttp, networkFailure } from '../../../compose/failures';
import { globalFetch } from '../../../compose/http-answer';
import type { Failure } from '../../../compose/status';
import { queuedResults, type PartResult, type PostedRef, type ThreadPart } from '../../../compose/thread';
import { buildExternalEmbed, type ExternalEmbed } from './embed';
import { detectBlueskyFacets, resolveMentionFacets } from './facets';
import { buildPostRecord, type StrongRef } from './record';
import { BLUESKY, SessionHolder, type BlueskySession } from './session';
import { blueskyPostUrl } from './urls';
import { xrpc, type FetchLike, type XrpcAnswer } from './xrpc';

const POST = 'app.bsky.feed.post';

export interface BlueskyPublishOptions {
  fetch?: FetchLike;
  now?: () => number;
  /** Called as soon as the session is refreshed: store it, the old refresh token is spent. */
  onSession?: (session: BlueskySession) => void;
  /** BCP 47 languages of the text, for the record's `langs`. */
  langs?: string[];
}

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

function ambiguous(answer: XrpcAnswer | { kind: 'failed' }): boolean {
  if (answer.kind === 'unreachable') return true;
  if (answer.kind !== 'error') return false;
  const { status, message } = answer.problem;
  return status >= 500 || status === 409 || /already exists|already a value/i.test(message ?? '');
}

function toFailure(answer: XrpcAnswer | { kind: 'failed'; failure: Failure }, now: number): Failure {
  if (answer.kind === 'failed') return answer.failure;
  if (answer.kind === 'unreachable') return networkFailure(BLUESKY, answer.error);
  if (answer.kind === 'error') return failureFromHttp(BLUESKY, answer.problem, now);
  return { kind: 'server-error', message: `${BLUESKY} answered with something unexpected.`, retryable: true };
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
    const notes: string[] = [];
    const detected = await resolveMentionFacets(detectBlueskyFacets(part.text), resolveHandle);
    for (const handle of detected.unresolved)
      notes.push(`@${handle} is not a Bluesky handle that resolves, so it is not linked.`);
    let embed: ExternalEmbed | undefined;
    if (part.card) {
      const built = await buildExternalEmbed(part.card, holder, fetchFn);
      embed = built.embed;
      if (built.note) notes.push(built.note);
    }
    const record = buildPostRecord({
      text: part.text,
      createdAt: now(),
      facets: detected.facets,
      ...(root && parent ? { reply: { root, parent } } : {}),
      ...(embed ? { embed } : {}),
      ...(options.langs ? { langs: options.langs } : {}),
    });
    const answer = await holder.call('com.atproto.repo.createRecord', {
      method: 'POST',
      json: { repo: holder.session.did, collection: POST, rkey: part.key, record },
    });
    let ref: StrongRef | undefined;
    if (answer.kind === 'ok') ref = createdBody.safeParse(answer.body).data;
    else if (ambiguous(answer)) ref = await findRecord(fetchFn, holder.session, part.key);
    if (!ref) {
      results.push({ key: part.key, status: { state: 'failed', failure: toFailure(answer, now()) }, notes });
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
