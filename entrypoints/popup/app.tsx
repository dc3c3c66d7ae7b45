import { LatestPosts } from '@/components/feed/latest-posts';
import { StoreCounts } from '@/components/feed/store-counts';
import { openSidePanel } from '@/lib/open-side-panel';

export function App() {
  return (
    <main className="w-[360px]">
      <header className="flex items-center gap-2 border-b border-neutral-200 p-3 dark:border-neutral-800">
        <h1 className="text-base font-semibold">Crossfeed</h1>
        <button
          type="button"
          className="ml-auto rounded bg-sky-600 px-2 py-1 text-sm text-white hover:bg-sky-700"
          onClick={() => {
            openSidePanel()
              .then(() => window.close())
              .catch((error: unknown) =>
                console.error('[crossfeed:popup] could not open the side panel', error),
              );
          }}
        >
          Open side panel
        </button>
      </header>
      <section className="p-3">
        <StoreCounts />
      </section>
      <LatestPosts limit={5} />
    </main>
  );
}
