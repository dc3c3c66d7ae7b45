import { defineContentScript } from 'wxt/utils/define-content-script';
import { startNetworkTap } from '../../../capture/tap/start';
import { threads } from '../adapter';
import { threadsNetworkSource } from '../network-source';

// MAIN world, before the page's own scripts: wraps fetch/XHR and parses Threads' GraphQL responses here.
export default defineContentScript({
  matches: [...threads.capture.matches],
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  main() {
    startNetworkTap(threadsNetworkSource);
  },
});
