import { globalFetch, type FetchLike } from '../../../compose/http-answer';
import type { Failure } from '../../../compose/status';
import type { MastodonAccount } from './oauth';
import { mastodonCall } from './api';
import { mastodonFailure } from './errors';

/**
 * DELETE /api/v1/scheduled_statuses/:id: the server will not publish it. A 404 means it is gone
 * already (published, or cancelled elsewhere): nothing left to cancel, so no failure.
 */
export async function cancelMastodonScheduled(
  scheduledId: string,
  account: MastodonAccount,
  options: { fetch?: FetchLike; now: () => number },
): Promise<Failure | undefined> {
  const answer = await mastodonCall(
    options.fetch ?? globalFetch,
    account.instanceUrl,
    `/api/v1/scheduled_statuses/${encodeURIComponent(scheduledId)}`,
    { method: 'DELETE', token: account.accessToken },
  );
  if (answer.kind === 'ok') return undefined;
  if (answer.kind === 'error' && answer.problem.status === 404) return undefined;
  return mastodonFailure(answer, options.now());
}
