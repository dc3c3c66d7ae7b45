import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSendForMe } from '../../../compose/content/send-for-me-client';
import { x } from '../adapter';
import { X_INTENT_PAGE } from '../compose/intent-page';

// X's compose (intent) page: with "send for me" on, presses Post in tabs the background opened.
export default defineContentScript({
  matches: [...x.compose.intentPages],
  runAt: 'document_idle',
  main(ctx) {
    void startSendForMe('x-intent', X_INTENT_PAGE, ctx.signal);
  },
});
