import { z } from 'zod';
import { mediaLimitsOf } from '../../../compose/features';
import { uploadTimeoutMs, type FetchLike } from '../../../compose/http-answer';
import type { PartMedia } from '../../../compose/media';
import type { MediaAccess } from '../../../compose/publisher';
import type { Failure } from '../../../compose/status';
import { mastodonCall, MASTODON } from './api';
import type { StoredMastodonAccount } from './account';
import { mastodonFailure, unexpectedAnswer } from './errors';

/*
 * A file for a status: POST /api/v2/media (multipart: file, description, focus) answers 200 with
 * the attachment when it is ready, or 202 Accepted with `url: null` while the server still
 * processes it; GET /api/v1/media/:id then answers 206 Partial Content until it is done and 200
 * once it is (https://docs.joinmastodon.org/methods/media/). Only processed media go in a status.
 */

export interface UploadDeps {
  fetch: FetchLike;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  media: MediaAccess;
}

const attachment = z.object({ id: z.string().min(1), url: z.string().nullish() });

/** Waits between checks: 1 s, then a little longer each time, at most 5 s. */
const pollDelay = (attempt: number) => Math.min(5000, 1000 + attempt * 500);
/** How long a file may stay "processing": pictures are quick, videos take minutes. */
const processingBudgetMs = (media: PartMedia) => (media.kind === 'video' ? 15 * 60_000 : 2 * 60_000);

function fileFailure(media: PartMedia, words: string): Failure {
  return {
    kind: 'rejected',
    message: `${MASTODON} could not take ${media.name}: ${words}.`,
    retryable: false,
  };
}

/** The bytes to send: the file as kept, made smaller when the server's limits ask for it. */
async function bytesFor(
  media: PartMedia,
  account: StoredMastodonAccount,
  deps: UploadDeps,
): Promise<Blob | Failure> {
  const blob = await deps.media.read(media.id);
  if (!blob) return fileFailure(media, 'the file is no longer kept by Crossfeed; attach it again');
  const limits = mediaLimitsOf('mastodon', account.media);
  if (media.kind === 'video') {
    return blob.size <= limits.maxVideoBytes
      ? blob
      : fileFailure(
          media,
          `your server takes videos up to ${Math.round(limits.maxVideoBytes / 1_048_576)} MB`,
        );
  }
  const fitted = await deps.media.fit(blob, media, {
    maxBytes: limits.maxImageBytes,
    ...(limits.maxImagePixels !== undefined ? { maxPixels: limits.maxImagePixels } : {}),
  });
  return fitted?.blob ?? fileFailure(media, 'the picture is larger than your server takes');
}

/**
 * Uploads one file with its alt text (and focal point) and waits until the server has processed
 * it. The attachment's id, or why not.
 */
export async function uploadMastodonMedia(
  media: PartMedia,
  account: StoredMastodonAccount,
  deps: UploadDeps,
): Promise<{ id: string } | Failure> {
  const bytes = await bytesFor(media, account, deps);
  if (!(bytes instanceof Blob)) return bytes;
  const form = new FormData();
  form.append('file', bytes, media.name || media.kind);
  if (media.alt.trim()) form.append('description', media.alt.trim());
  if (media.focus) form.append('focus', `${media.focus.x.toFixed(2)},${media.focus.y.toFixed(2)}`);
  const answer = await mastodonCall(deps.fetch, account.instanceUrl, '/api/v2/media', {
    method: 'POST',
    token: account.accessToken,
    multipart: form,
    timeoutMs: uploadTimeoutMs(bytes.size),
  });
  if (answer.kind !== 'ok') {
    // An account signed in before Crossfeed asked for write:media gets 403 here.
    if (answer.kind === 'error' && answer.problem.status === 403) {
      return {
        kind: 'invalid-credentials',
        message: `${MASTODON} did not let Crossfeed upload ${media.name}: sign in again in Options to allow pictures and videos.`,
        retryable: false,
        detail: answer.problem.message ?? '403',
      };
    }
    return mastodonFailure(answer, deps.now());
  }
  const uploaded = attachment.safeParse(answer.body);
  if (!uploaded.success) return unexpectedAnswer('the upload');
  if (answer.status === 200 && uploaded.data.url) return { id: uploaded.data.id };
  return waitUntilProcessed(uploaded.data.id, media, account, deps);
}

async function waitUntilProcessed(
  id: string,
  media: PartMedia,
  account: StoredMastodonAccount,
  deps: UploadDeps,
): Promise<{ id: string } | Failure> {
  const deadline = deps.now() + processingBudgetMs(media);
  for (let attempt = 0; deps.now() <= deadline; attempt += 1) {
    await deps.sleep(pollDelay(attempt));
    const answer = await mastodonCall(
      deps.fetch,
      account.instanceUrl,
      `/api/v1/media/${encodeURIComponent(id)}`,
      {
        method: 'GET',
        token: account.accessToken,
      },
    );
    if (answer.kind !== 'ok') {
      // 422: the server gave up on the file (an unreadable video).
      if (answer.kind === 'error' && answer.problem.status === 422)
        return fileFailure(media, 'the server could not process it');
      return mastodonFailure(answer, deps.now());
    }
    const state = attachment.safeParse(answer.body);
    if (answer.status === 200 && state.success && state.data.url) return { id };
  }
  return {
    kind: 'server-error',
    message: `${MASTODON} was still processing ${media.name} after ${Math.round(processingBudgetMs(media) / 60_000)} minutes; retry later.`,
    retryable: true,
  };
}
