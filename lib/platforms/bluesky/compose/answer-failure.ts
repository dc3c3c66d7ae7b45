import { failureFromHttp, networkFailure } from '../../../compose/failures';
import type { Failure } from '../../../compose/status';
import { BLUESKY } from './session';
import type { XrpcAnswer } from './xrpc';

/** What a SessionHolder call can end as: an answer, or a failure it already named (a dead session). */
export type CallAnswer = XrpcAnswer | { kind: 'failed'; failure: Failure };

/** A call that did not succeed, as the Failure the user reads. */
export function blueskyFailure(answer: CallAnswer, now: number): Failure {
  if (answer.kind === 'failed') return answer.failure;
  if (answer.kind === 'unreachable') return networkFailure(BLUESKY, answer.error);
  if (answer.kind === 'error') return failureFromHttp(BLUESKY, answer.problem, now);
  return { kind: 'server-error', message: `${BLUESKY} answered with something unexpected.`, retryable: true };
}
