import { THREADS_INTENT_SELECTORS } from '@/lib/compose/intent-selectors';
import { startSendForMe } from '@/lib/compose/send-for-me-client';

// Threads' compose (intent) page: with "send for me" on, presses Post in tabs the background opened.
export default defineContentScript({
  matches: [
    'https://www.threads.com/intent/*',
    'https://threads.com/intent/*',
    'https://www.threads.net/intent/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    void startSendForMe('threads-intent', THREADS_INTENT_SELECTORS, ctx.signal);
  },
});
