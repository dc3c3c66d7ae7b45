import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentCapture } from '../../../capture/content-capture';
import { threads } from '../adapter';
import { parseThreadsDom } from '../dom/parse-dom';
import { extractThreadsScripts, parseThreadsEmbedded } from '../parse-embedded';

// Isolated world: the first screen's embedded JSON, the tap's posts, and the markup for the rest.
export default defineContentScript({
  matches: [...threads.capture.matches],
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentCapture({
      platform: threads.id,
      signal: ctx.signal,
      domParser: parseThreadsDom,
      readEmbedded: (document, context) => parseThreadsEmbedded(extractThreadsScripts(document), context),
    });
  },
});
