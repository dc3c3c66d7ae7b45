import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentCapture } from '../../../capture/content-capture';
import { x } from '../adapter';
import { parseXArticles } from '../dom/parse-page';

// Isolated world: receives the tap's posts, reads the markup for what the network missed, sends both.
export default defineContentScript({
  matches: [...x.capture.matches],
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentCapture({ platform: x.id, signal: ctx.signal, domParser: parseXArticles });
  },
});
