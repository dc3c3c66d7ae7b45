import { X_INTENT_SELECTORS } from '@/lib/compose/intent-selectors';
import { startSendForMe } from '@/lib/compose/send-for-me-client';

// X's compose (intent) page: with "send for me" on, presses Post in tabs the background opened.
export default defineContentScript({
  matches: ['https://x.com/intent/*', 'https://twitter.com/intent/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startSendForMe('x-intent', X_INTENT_SELECTORS, ctx.signal);
  },
});
