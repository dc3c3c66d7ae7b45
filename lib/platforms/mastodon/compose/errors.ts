import { expiredFailure, failureFromHttp, networkFailure } from '../../../compose/failures';
import type { HttpAnswer } from '../../../compose/http-answer';
import type { Failure } from '../../../compose/status';
import { MASTODON } from './api';

/**
 * A failed Mastodon answer as a Failure. Doorkeeper words a dead token "The access token
 * expired" or "… was revoked"; Mastodon has no refresh token, so both mean: sign in again.
 */
export function mastodonFailure(answer: Exclude<HttpAnswer, { kind: 'ok' }>, now: number): Failure {
  if (answer.kind === 'unreachable') return networkFailure(MASTODON, answer.error);
  const { status, message } = answer.problem;
  if (status === 401 && /expired|revoked/i.test(message ?? '')) return expiredFailure(MASTODON, message);
  return failureFromHttp(MASTODON, answer.problem, now);
}

export function unexpectedAnswer(what: string): Failure {
  return {
    kind: 'server-error',
    message: `${MASTODON} answered ${what} with something unexpected.`,
    retryable: true,
  };
}
