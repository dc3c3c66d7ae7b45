import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { TOOLBAR_ACTION_KEY } from '@/lib/background/toolbar';

export function App() {
  const toolbar = useLiveQuery(() => getDb().settings.get(TOOLBAR_ACTION_KEY), []);
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
      <p className="mt-4 text-sm text-neutral-500">
        Toolbar button: {toolbar?.value === 'popup' ? 'quick popup' : 'side panel'}
      </p>
    </main>
  );
}
