import { defineContentScript } from 'wxt/utils/define-content-script';
import { startNetworkTap } from '../../../capture/tap/start';
import { bluesky } from '../adapter';
import { blueskyNetworkSource } from '../network-source';

// MAIN world, before the page's own scripts: wraps fetch and parses the app's XRPC responses here.
// The app calls the user's own PDS (any host) or the public AppView: the source matches by path.
export default defineContentScript({
  matches: [...bluesky.capture.matches],
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  main() {
    startNetworkTap(blueskyNetworkSource);
  },
});
