import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSendForMe } from '../../../compose/content/send-for-me-client';
import { threads } from '../adapter';
import { THREADS_INTENT_PAGE } from '../compose/intent-page';

// Threads' compose (intent) page: with "send for me" on, presses Post in tabs the background opened.
export default defineContentScript({
  matches: [...threads.compose.intentPages],
  runAt: 'document_idle',
  main(ctx) {
    void startSendForMe('threads-intent', THREADS_INTENT_PAGE, ctx.signal);
  },
});
