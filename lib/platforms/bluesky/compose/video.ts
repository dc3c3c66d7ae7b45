import { z } from 'zod';
import { uploadTimeoutMs } from '../../../compose/http-answer';
import type { PartMedia } from '../../../compose/media';
import type { MediaAccess } from '../../../compose/publisher';
import type { Failure } from '../../../compose/status';
import { theirWords } from '../../../compose/failures';
import { blueskyFailure } from './answer-failure';
import { blobRefSchema, type BlobRef } from './blob';
import { features } from './features';
import { fileFailure } from './images';
import { BLUESKY, type SessionHolder } from './session';
import { xrpc, type FetchLike } from './xrpc';

/*
 * A video goes through Bluesky's video service (https://docs.bsky.app/docs/tutorials/video): the
 * PDS signs a short-lived service token, the service checks the account may upload
 * (getUploadLimits: a verified email, a daily allowance), takes the file (uploadVideo), processes
 * it and stores it on the user's PDS with that token, and getJobStatus hands back its blob. When
 * the service says no, the post is not made: a video dropped silently would change the post.
 */

export const BLUESKY_VIDEO_SERVICE = 'https://video.bsky.app';

export interface VideoEmbed {
  $type: 'app.bsky.embed.video';
  video: BlobRef;
  alt?: string;
  aspectRatio: { width: number; height: number };
}

export interface VideoDeps {
  fetch: FetchLike;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  media: MediaAccess;
  /** The video service (tests: a fake); its did:web is taken from its host. */
  service?: string;
}

const tokenBody = z.object({ token: z.string().min(1) });
const limitsBody = z.object({
  canUpload: z.boolean(),
  message: z.string().optional(),
  error: z.string().optional(),
});
const jobStatus = z.object({
  jobId: z.string().min(1),
  state: z.string(),
  blob: blobRefSchema.optional(),
  error: z.string().optional(),
  message: z.string().optional(),
});
const PROCESSING_BUDGET_MS = 15 * 60_000;

const didWeb = (url: string) => `did:web:${new URL(url).host}`;

function notForBluesky(words: string | undefined): Failure {
  const said = words ? `: ${theirWords(words)}` : '';
  return {
    kind: 'rejected',
    message: `${BLUESKY} will not take a video from this account now${said}. Remove the video for Bluesky, or post it elsewhere.`,
    retryable: false,
  };
}

async function serviceToken(
  holder: SessionHolder,
  aud: string,
  lxm: string,
  now: number,
): Promise<string | Failure> {
  const answer = await holder.call('com.atproto.server.getServiceAuth', {
    method: 'GET',
    params: { aud, lxm, exp: String(Math.floor(now / 1000) + 30 * 60) },
  });
  if (answer.kind !== 'ok') return blueskyFailure(answer, now);
  return (
    tokenBody.safeParse(answer.body).data?.token ??
    blueskyFailure({ kind: 'ok', status: 200, body: undefined }, now)
  );
}

export async function uploadVideo(
  video: PartMedia,
  holder: SessionHolder,
  deps: VideoDeps,
): Promise<VideoEmbed | Failure> {
  const service = deps.service ?? BLUESKY_VIDEO_SERVICE;
  const blob = await deps.media.read(video.id);
  if (!blob) return fileFailure(video, 'the file is no longer kept by Crossfeed; attach it again');
  if (blob.size > features.media.maxVideoBytes)
    return fileFailure(video, 'Bluesky takes videos up to 100 MB');
  const limitsToken = await serviceToken(
    holder,
    didWeb(service),
    'app.bsky.video.getUploadLimits',
    deps.now(),
  );
  if (typeof limitsToken !== 'string') return limitsToken;
  const limits = await xrpc(deps.fetch, service, 'app.bsky.video.getUploadLimits', {
    method: 'GET',
    token: limitsToken,
  });
  if (limits.kind !== 'ok')
    return limits.kind === 'error'
      ? notForBluesky(limits.problem.message)
      : blueskyFailure(limits, deps.now());
  const allowed = limitsBody.safeParse(limits.body);
  if (!allowed.success || !allowed.data.canUpload)
    return notForBluesky(allowed.data?.message ?? allowed.data?.error);
  const pds = holder.session.pds ?? holder.session.service;
  const uploadToken = await serviceToken(holder, didWeb(pds), 'com.atproto.repo.uploadBlob', deps.now());
  if (typeof uploadToken !== 'string') return uploadToken;
  const uploaded = await xrpc(deps.fetch, service, 'app.bsky.video.uploadVideo', {
    method: 'POST',
    params: { did: holder.session.did, name: video.name || 'video' },
    bytes: { data: blob, mimeType: video.mimeType },
    token: uploadToken,
    timeoutMs: uploadTimeoutMs(blob.size),
  });
  const body = uploaded.kind === 'ok' ? uploaded.body : undefined;
  let job = jobStatus.safeParse(body).data;
  if (!job)
    return uploaded.kind === 'ok'
      ? notForBluesky('the upload answer was not understood')
      : blueskyFailure(uploaded, deps.now());
  const deadline = deps.now() + PROCESSING_BUDGET_MS;
  for (let attempt = 0; !job.blob; attempt += 1) {
    if (job.state === 'JOB_STATE_FAILED') return notForBluesky(job.message ?? job.error);
    if (deps.now() > deadline)
      return {
        kind: 'server-error',
        message: `${BLUESKY} was still processing the video after 15 minutes; retry later.`,
        retryable: true,
      };
    await deps.sleep(Math.min(5000, 1000 + attempt * 500));
    const status = await xrpc(deps.fetch, service, 'app.bsky.video.getJobStatus', {
      method: 'GET',
      params: { jobId: job.jobId },
    });
    if (status.kind !== 'ok') return blueskyFailure(status, deps.now());
    const next = z.object({ jobStatus }).safeParse(status.body).data?.jobStatus;
    if (!next) return notForBluesky('the processing answer was not understood');
    job = next;
  }
  const embed: VideoEmbed = {
    $type: 'app.bsky.embed.video',
    video: job.blob,
    aspectRatio: { width: video.width, height: video.height },
  };
  if (video.alt.trim()) embed.alt = video.alt.trim();
  return embed;
}
