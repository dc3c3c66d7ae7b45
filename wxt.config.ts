import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// The manifest lists only what Crossfeed uses: storage for the local store, sidePanel for the
// feed, and host access to the two sites whose timelines it reads (content scripts only).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: ({ browser }) => ({
    name: 'Crossfeed',
    description: 'One local, searchable feed of what you read on X and Threads.',
    // Composer: storage keeps Bluesky/Mastodon sign-ins in storage.local (never sync, never the
    // store); identity runs Mastodon's OAuth sign-in window (launchWebAuthFlow).
    permissions: browser === 'firefox' ? ['storage', 'identity'] : ['sidePanel', 'storage', 'identity'],
    // The user's Mastodon server is asked for at runtime, that one origin only, from the options click.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: 'Crossfeed' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crossfeed@crossfeed.local',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
