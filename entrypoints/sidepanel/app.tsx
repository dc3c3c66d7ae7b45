import { useEffect, useState } from 'react';
import { Composer, COMPOSER_OPEN_EVENT } from '@/components/composer';
import { FeedPanel } from '@/components/feed/feed-panel';
import { StorageFullBanner } from '@/components/ui/storage-full-banner';

type Mode = 'feed' | 'compose';
const MODES: Array<{ id: Mode; label: string }> = [
  { id: 'feed', label: 'Feed' },
  { id: 'compose', label: 'Compose' },
];

/**
 * The side panel: the feed and the composer as two tabs. The feed stays mounted while composing
 * (its search index took seconds to build); "Share…" on a post switches to the composer.
 */
export function App() {
  const [mode, setMode] = useState<Mode>('feed');
  useEffect(() => {
    const show = () => setMode('compose');
    window.addEventListener(COMPOSER_OPEN_EVENT, show);
    return () => window.removeEventListener(COMPOSER_OPEN_EVENT, show);
  }, []);
  return (
    <main className="flex h-screen flex-col">
      <nav
        role="tablist"
        aria-label="Side panel"
        className="flex shrink-0 gap-1 border-b border-neutral-200 px-2 pt-1 dark:border-neutral-800"
      >
        {MODES.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={mode === id}
            aria-controls={`panel-${id}`}
            onClick={() => setMode(id)}
            className={`focus-ring rounded-t px-3 py-1 text-sm ${mode === id ? 'border-b-2 border-sky-600 font-semibold' : 'text-neutral-500'}`}
          >
            {label}
          </button>
        ))}
      </nav>
      <StorageFullBanner />
      <div
        id="panel-feed"
        role="tabpanel"
        aria-labelledby="tab-feed"
        hidden={mode !== 'feed'}
        className="min-h-0 flex-1"
      >
        <FeedPanel />
      </div>
      <div
        id="panel-compose"
        role="tabpanel"
        aria-labelledby="tab-compose"
        hidden={mode !== 'compose'}
        className="min-h-0 flex-1 overflow-y-auto"
      >
        <Composer />
      </div>
    </main>
  );
}
