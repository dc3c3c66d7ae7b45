import { defineContentScript } from 'wxt/utils/define-content-script';
import { startNetworkTap } from '../../../capture/tap/start';
import { x } from '../adapter';
import { xNetworkSource } from '../network-source';

// MAIN world, before the page's own scripts: wraps fetch/XHR and parses X's timeline responses here.
export default defineContentScript({
  matches: [...x.capture.matches],
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  main() {
    startNetworkTap(xNetworkSource);
  },
});
