import { startContentCapture } from '@/lib/capture/content-capture';
import { parseXArticles } from '@/lib/platforms/x/dom/parse-page';
import { X_CAPTURE } from '@/lib/platforms/registry';

// Isolated world: receives the tap's posts, reads the markup for what the network missed, sends both.
export default defineContentScript({
  matches: X_CAPTURE.matches,
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentCapture({ platform: 'x', signal: ctx.signal, domParser: parseXArticles });
  },
});
