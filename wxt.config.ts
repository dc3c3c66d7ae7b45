import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { NETWORKS } from './lib/platforms/registry';
import { addNetworkEntrypoints } from './scripts/wxt-network-entrypoints';

/** "X, Threads, Bluesky and Mastodon": the registry's networks, for the store listing. */
const READ_ON = new Intl.ListFormat('en', { type: 'conjunction' }).format(NETWORKS.map((n) => n.label));

// The manifest lists only what Crossfeed uses: sidePanel for the feed (Chrome), content scripts on
// the sites whose timelines it reads, and the composer's needs below. Both browsers get Manifest V3:
// the network tap is a MAIN-world content script, which Firefox supports only in MV3 (128+).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: { 'entrypoints:found': addNetworkEntrypoints },
  manifestVersion: 3,
  // CROSSFEED_PROFILE=1 builds unminified, so CPU profiles of the capture path name real functions.
  vite: () => ({
    plugins: [tailwindcss()],
    build: process.env.CROSSFEED_PROFILE ? { minify: false } : {},
  }),
  manifest: ({ browser }) => ({
    name: 'Crossfeed',
    description: `One local, searchable feed of what you read on ${READ_ON}.`,
    // storage: settings' change marker and the composer's "accounts changed" marker (no secret;
    // sign-ins live in the background's own IndexedDB); identity runs Mastodon's OAuth sign-in
    // window (launchWebAuthFlow); alarms post a scheduled cross-post at its time while the
    // browser runs.
    // Capture on the user's Mastodon servers: scripting registers the capture scripts for each
    // server the user turns on (registerContentScripts); activeTab lets the popup check, only when
    // the user opens it, whether the open tab is a Mastodon web app (executeScript) to offer it.
    permissions: [
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'storage',
      'identity',
      'alarms',
      'scripting',
      'activeTab',
    ],
    // A Mastodon server (to post there, or to capture there) is asked for at runtime, that one
    // origin only, from the user's click in the options or the popup.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'Crossfeed' },
    ...(browser === 'firefox'
      ? {
          // data_collection_permissions exists from Firefox 140 (142 on Android): web-ext lint warns
          // when the minimum version is older than a key the manifest uses.
          browser_specific_settings: {
            gecko: {
              id: 'crossfeed@crossfeed.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
