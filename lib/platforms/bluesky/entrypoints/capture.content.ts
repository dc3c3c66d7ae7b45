import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentCapture } from '../../../capture/content-capture';
import { bluesky } from '../adapter';

// Isolated world: receives the tap's posts and sends them. No DOM fallback: Bluesky publishes its
// formats (the lexicons), so the network is the one source.
export default defineContentScript({
  matches: [...bluesky.capture.matches],
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentCapture({ platform: bluesky.id, signal: ctx.signal });
  },
});
