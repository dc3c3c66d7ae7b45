import { startNetworkTap } from '@/lib/capture/tap/start';
import { xNetworkSource } from '@/lib/platforms/x/network-source';
import { X_CAPTURE } from '@/lib/platforms/registry';

// MAIN world, before the page's own scripts: wraps fetch/XHR and parses X's timeline responses here.
export default defineContentScript({
  matches: X_CAPTURE.matches,
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  main() {
    startNetworkTap(xNetworkSource);
  },
});
