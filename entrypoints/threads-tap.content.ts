import { startNetworkTap } from '@/lib/capture/tap/start';
import { threadsNetworkSource } from '@/lib/platforms/threads/network-source';
import { THREADS_CAPTURE } from '@/lib/platforms/registry';

// MAIN world, before the page's own scripts: wraps fetch/XHR and parses Threads' GraphQL responses here.
export default defineContentScript({
  matches: THREADS_CAPTURE.matches,
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  main() {
    startNetworkTap(threadsNetworkSource);
  },
});
