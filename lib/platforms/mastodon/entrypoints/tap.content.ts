import { defineContentScript } from 'wxt/utils/define-content-script';
import { startNetworkTap } from '../../../capture/tap/start';
import { mastodonNetworkSource } from '../network-source';

// MAIN world, before the page's own scripts, on each server the user turned capture on for: wraps
// fetch, XHR and WebSocket, and parses the REST responses and stream messages here. Registered at
// runtime by the background (lib/capture/worker/servers.ts): `matches: []` keeps every host out of
// the manifest, where WXT would otherwise add them to host_permissions.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  main() {
    startNetworkTap(mastodonNetworkSource);
  },
});
