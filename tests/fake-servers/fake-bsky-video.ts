import { fakeCid, type Exchange } from './server-kit';

/*
 * Bluesky's video service, on the fake PDS's own port (https://docs.bsky.app/docs/tutorials/video):
 * getUploadLimits says whether the account may upload; uploadVideo takes the bytes (with a service
 * token the PDS signed for `com.atproto.repo.uploadBlob`) and starts a job; getJobStatus reports
 * JOB_STATE_… and, once done, the blob the service stored on the PDS.
 */

export interface FakeVideoJob {
  jobId: string;
  did: string;
  name: string;
  bytes: number;
  mimeType: string;
  checksLeft: number;
  blob: { $type: 'blob'; ref: { $link: string }; mimeType: string; size: number };
}

export function videoRoutes(state: {
  jobs: FakeVideoJob[];
  /** Service tokens the PDS issued: token → lxm. */
  serviceTokens: Map<string, string>;
  canUpload: () => boolean;
  /** getJobStatus answers still "processing" before the blob. */
  processingChecks: () => number;
}): Record<string, (ex: Exchange) => void> {
  const tokenFor = (ex: Exchange, lxm: string) => {
    const token = /^Bearer (.+)$/.exec(String(ex.request.headers.authorization ?? ''))?.[1];
    if (token && state.serviceTokens.get(token) === lxm) return true;
    ex.json(401, { error: 'AuthRequired', message: 'Service token required' });
    return false;
  };
  return {
    'GET /xrpc/app.bsky.video.getUploadLimits': (ex) => {
      if (!tokenFor(ex, 'app.bsky.video.getUploadLimits')) return;
      ex.json(
        200,
        state.canUpload()
          ? { canUpload: true, remainingDailyVideos: 25, remainingDailyBytes: 10_000_000_000 }
          : { canUpload: false, message: 'You need to verify your email address before uploading videos' },
      );
    },
    'POST /xrpc/app.bsky.video.uploadVideo': (ex) => {
      if (!tokenFor(ex, 'com.atproto.repo.uploadBlob')) return;
      const mimeType = String(ex.request.headers['content-type'] ?? '');
      const job: FakeVideoJob = {
        jobId: `job-${state.jobs.length + 1}`,
        did: ex.request.query.did ?? '',
        name: ex.request.query.name ?? '',
        bytes: ex.raw.length,
        mimeType,
        checksLeft: state.processingChecks(),
        blob: {
          $type: 'blob',
          ref: { $link: fakeCid(ex.raw, 'bafkrei') },
          mimeType: 'video/mp4',
          size: ex.raw.length,
        },
      };
      state.jobs.push(job);
      ex.json(200, { jobId: job.jobId, did: job.did, state: 'JOB_STATE_CREATED' });
    },
    'GET /xrpc/app.bsky.video.getJobStatus': (ex) => {
      const job = state.jobs.find((j) => j.jobId === ex.request.query.jobId);
      if (!job) return ex.json(404, { error: 'NotFound', message: 'job not found' });
      if (job.checksLeft > 0) {
        job.checksLeft -= 1;
        return ex.json(200, {
          jobStatus: { jobId: job.jobId, did: job.did, state: 'JOB_STATE_ENCODING', progress: 50 },
        });
      }
      ex.json(200, {
        jobStatus: { jobId: job.jobId, did: job.did, state: 'JOB_STATE_COMPLETED', blob: job.blob },
      });
    },
  };
}
