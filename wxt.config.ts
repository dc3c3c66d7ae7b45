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
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
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
