import { startContentCapture } from '@/lib/capture/content-capture';
import { parseThreadsDom } from '@/lib/platforms/threads/dom/parse-dom';
import { extractThreadsScripts, parseThreadsEmbedded } from '@/lib/platforms/threads/parse-embedded';
import { THREADS_CAPTURE } from '@/lib/platforms/registry';

// Isolated world: the first screen's embedded JSON, the tap's posts, and the markup for the rest.
export default defineContentScript({
  matches: THREADS_CAPTURE.matches,
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentCapture({
      platform: 'threads',
      signal: ctx.signal,
      domParser: parseThreadsDom,
      readEmbedded: (document, context) => parseThreadsEmbedded(extractThreadsScripts(document), context),
    });
  },
});
