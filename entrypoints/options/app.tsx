import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { sendMessage } from '@/lib/messaging-client';
import { readSettings } from '@/lib/settings';

export function App() {
  const settings = useLiveQuery(() => readSettings(getDb()), []);
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="mb-4 text-xl font-semibold">Crossfeed settings</h1>
      <section aria-labelledby="privacy">
        <h2 id="privacy" className="font-semibold">
          Privacy
        </h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Everything Crossfeed captures stays in this browser profile (IndexedDB). Nothing is sent anywhere
          unless you post.
        </p>
      </section>
      {settings && (
        <label className="mt-4 flex items-center gap-2 text-sm">
          Toolbar button opens
          <select
            value={settings.toolbarAction}
            onChange={(event) => {
              void sendMessage('updateSettings', {
                toolbarAction: event.target.value === 'popup' ? 'popup' : 'sidepanel',
              });
            }}
            className="rounded border border-neutral-300 bg-transparent px-1 dark:border-neutral-700"
          >
            <option value="sidepanel">the side panel</option>
            <option value="popup">the quick popup</option>
          </select>
        </label>
      )}
    </main>
  );
}
