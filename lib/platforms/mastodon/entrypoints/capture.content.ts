import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentCapture } from '../../../capture/content-capture';
import { mastodon } from '../adapter';

// Isolated world, on each server the user turned capture on for (registered at runtime, see
// tap.content.ts): sends the tap's posts. No DOM fallback: the REST entities are published.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentCapture({ platform: mastodon.id, signal: ctx.signal });
  },
});
