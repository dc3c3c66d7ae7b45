/**
 * A network call that took longer than it may. Its message names the wait, so the user's line can
 * say "did not answer within 30 seconds" instead of a bare "failed to fetch".
 */
export class CallTimeout extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly ms: number) {
    super(`no answer within ${Math.round(ms / 1000)} seconds`);
  }
}

/**
 * Runs `work` with a signal that aborts after `ms` (the reason a CallTimeout), and clears the timer
 * when the work ends either way. A plain setTimeout rather than AbortSignal.timeout: the timer is
 * cleared (nothing keeps a worker or a test process alive) and tests can drive it with a fake clock.
 */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timeout = new CallTimeout(ms);
  const timer = setTimeout(() => controller.abort(timeout), ms);
  try {
    return await Promise.race([
      work(controller.signal),
      // A fetch that ignores its signal (an injected fake) still ends at the deadline.
      new Promise<never>((_, reject) => {
        controller.signal.addEventListener('abort', () => reject(timeout), { once: true });
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when `error` is a deadline passing (ours, or the platform's own TimeoutError). */
export function isTimeout(error: unknown): error is Error {
  return error instanceof Error && error.name === 'TimeoutError';
}
