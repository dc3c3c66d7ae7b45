import { describe, expect, it } from 'vitest';
import { isContextInvalidated, isExtensionGone } from '../lib/kit/log';

describe('extension context errors', () => {
  const noWorker = new Error('Could not establish connection. Receiving end does not exist.');
  const gone = new Error('Extension context invalidated.');

  it('a worker that was not there is quiet in the log but not the end of capture (it is retried)', () => {
    expect(isContextInvalidated(noWorker)).toBe(true);
    expect(isExtensionGone(noWorker)).toBe(false);
  });

  it('an invalidated context is both', () => {
    expect(isContextInvalidated(gone)).toBe(true);
    expect(isExtensionGone(gone)).toBe(true);
    expect(isExtensionGone('Extension context invalidated.')).toBe(true);
  });

  it('any other error is neither', () => {
    expect(isContextInvalidated(new TypeError('boom'))).toBe(false);
    expect(isExtensionGone(new TypeError('boom'))).toBe(false);
  });
});
