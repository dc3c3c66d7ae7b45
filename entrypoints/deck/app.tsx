import { DeckView } from '@/components/deck/deck-view';
import { useDeckSettings } from '@/components/deck/use-deck-settings';
import { StorageFullBanner } from '@/components/ui/storage-full-banner';

/** The deck tab ("Open as deck" in the side panel and the popup): the feed in columns. */
export function App() {
  const settings = useDeckSettings();
  return (
    <main className="flex h-screen flex-col">
      <StorageFullBanner />
      {settings ? <DeckView settings={settings} /> : <p className="p-6 text-sm text-neutral-500">Loading…</p>}
    </main>
  );
}
