import { LatestPosts } from '@/components/feed/latest-posts';
import { StoreCounts } from '@/components/feed/store-counts';

export function App() {
  return (
    <main className="min-h-screen">
      <header className="sticky top-0 z-10 border-b border-neutral-200 bg-white/95 p-3 dark:border-neutral-800 dark:bg-neutral-950/95">
        <h1 className="mb-2 text-base font-semibold">Crossfeed</h1>
        <StoreCounts />
      </header>
      <LatestPosts limit={200} />
    </main>
  );
}
