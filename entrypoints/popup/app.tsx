import { createLogger } from '@/lib/kit/log';
import { useState } from 'react';
import { CaptureThisServer } from '@/components/capture/capture-this-server';
import { QuickComposer } from '@/components/composer';
import { HealthView } from '@/components/feed/health-view';
import { LatestPosts } from '@/components/feed/latest-posts';
import { OpenDeckButton } from '@/components/feed/open-deck-button';
import { SearchBox } from '@/components/feed/search-box';
import { StoreCounts } from '@/components/feed/store-counts';
import { useSettings } from '@/components/ui/use-settings';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { useFrameValue } from '@/components/ui/use-frame-value';
import { StorageFullBanner } from '@/components/ui/storage-full-banner';
import { useNow } from '@/components/ui/use-now';
import { openSidePanel } from '@/lib/open-side-panel';

const log = createLogger('popup');

export function App() {
  const [box, setBox] = useState('');
  const text = useFrameValue(box);
  const settings = useSettings(DEFAULT_SETTINGS);
  const now = useNow();
  return (
    <main className="w-[380px]">
      <header className="flex items-center gap-2 border-b border-neutral-200 p-3 dark:border-neutral-800">
        <h1 className="text-base font-semibold">Crossfeed</h1>
        <OpenDeckButton className="ml-auto" onOpened={() => window.close()} />
        <button
          type="button"
          className="focus-ring rounded bg-sky-600 px-2 py-1 text-sm text-white hover:bg-sky-700"
          onClick={() => {
            openSidePanel()
              .then(() => window.close())
              .catch((error: unknown) => log.error('could not open the side panel', error));
          }}
        >
          Open side panel
        </button>
      </header>
      <CaptureThisServer />
      <StorageFullBanner />
      <section aria-label="Quick compose" className="border-b border-neutral-200 p-3 dark:border-neutral-800">
        <QuickComposer />
      </section>
      <section className="space-y-2 p-3">
        <StoreCounts />
      </section>
      <HealthView now={now} />
      <div className="px-3 pb-2">
        <SearchBox value={box} onChange={setBox} hint="Search the newest posts" />
      </div>
      <LatestPosts limit={5} text={text} muteWords={settings.muteWords} />
    </main>
  );
}
