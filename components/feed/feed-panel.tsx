import { useMemo, useRef, useState } from 'react';
import { highlightRanges } from '@/lib/search/highlight';
import { isEmptyQuery } from '@/lib/search/query';
import { PLATFORMS, type Platform } from '@/lib/platforms/registry';
import { useFrameValue } from '../ui/use-frame-value';
import { useNow } from '../ui/use-now';
import { FeedList, type FeedListHandle } from './feed-list';
import { FeedStatusLine } from './feed-status';
import { HealthView } from './health-view';
import { HelpDialog } from './help-dialog';
import { PlatformToggles } from './platform-toggles';
import { SearchBox } from './search-box';
import { useFeedKeys } from './use-feed-keys';
import { useFeedStore } from './use-feed-store';
import { useFeedView } from './use-feed-view';
import { updateSettings, useSettings } from './use-settings';
import { ViewTabs, type ViewId } from './view-tabs';
import { StoreError } from '../ui/error-boundary';
import { SavedSyncNote } from '../sync/saved-sync-note';

/** One toggle per network of the registry. */
const TOGGLED: readonly Platform[] = PLATFORMS;

/** The side panel: views, search, filters, health and the merged feed. */
export function FeedPanel() {
  const { store, status, error } = useFeedStore();
  const settings = useSettings();
  const now = useNow();
  const [view, setView] = useState<ViewId>('all');
  const [box, setBox] = useState('');
  const [platforms, setPlatforms] = useState<Platform[]>([...TOGGLED]);
  const [help, setHelp] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<FeedListHandle>(null);
  const boxText = useFrameValue(box);
  const saved = settings.savedSearches.find((search) => `search:${search.id}` === view);
  const viewText = saved?.query ?? '';
  const toggles = useMemo(() => (platforms.length === TOGGLED.length ? undefined : platforms), [platforms]);
  const feed = useFeedView(store, status, {
    viewText,
    savedOnly: view === 'saved',
    boxText,
    platforms: toggles ?? PLATFORMS,
    muteWords: settings.muteWords,
  });
  const highlight = useMemo(() => (text: string) => highlightRanges(feed.query, text), [feed.query]);
  const resetKey = JSON.stringify([view, viewText, boxText, platforms, settings.muteWords]);

  useFeedKeys((action) => {
    if (action === 'help') setHelp(true);
    else if (action === 'search') searchRef.current?.focus();
    else if (action === 'next') listRef.current?.move(1);
    else if (action === 'previous') listRef.current?.move(-1);
    else if (action === 'save') listRef.current?.toggleSaveCurrent();
    else if (action === 'open') listRef.current?.openCurrent();
    else listRef.current?.toggleExpandCurrent();
  }, !help);

  if (error !== undefined) return <StoreError error={error} />;
  const loaded = status.version > 0;
  return (
    <div className="flex h-full min-h-0 flex-col">
      <header className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="flex items-center gap-2 px-3 pt-2">
          <h1 className="text-base font-semibold">Crossfeed</h1>
          <button
            type="button"
            onClick={() => setHelp(true)}
            aria-label="Keys and search syntax"
            className="focus-ring ml-auto rounded px-2 text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800"
          >
            ?
          </button>
        </div>
        <HealthView now={now} />
        <ViewTabs
          view={view}
          onView={setView}
          searches={settings.savedSearches}
          onSearches={(next) => void updateSettings({ savedSearches: next })}
          currentQuery={box}
        />
        <div className="space-y-1 px-3 py-2">
          <SearchBox ref={searchRef} value={box} onChange={setBox} />
          <div className="flex items-center gap-2">
            <PlatformToggles platforms={TOGGLED} selected={platforms} onChange={setPlatforms} />
            <span className="ml-auto">
              <FeedStatusLine
                status={status}
                matches={feed.ids.length}
                muted={feed.muted}
                filtered={view !== 'all' || !isEmptyQuery(feed.query) || toggles !== undefined}
              />
            </span>
          </div>
        </div>
      </header>
      {view === 'saved' && <SavedSyncNote />}
      <FeedList
        ref={listRef}
        store={store}
        ids={feed.ids}
        resetKey={resetKey}
        highlight={highlight}
        now={now}
        label={view === 'saved' ? 'Saved posts' : saved ? `View ${saved.name}` : 'Captured posts'}
        busy={!loaded}
        empty={
          <p className="p-3 text-sm text-neutral-500">
            {status.total === 0 && view === 'all'
              ? 'No posts yet. Scroll your timeline on x.com or threads.com and what you read appears here.'
              : view === 'saved' && isEmptyQuery(feed.query)
                ? 'No saved posts yet. Press s or ☆ Save on a post to keep it here.'
                : 'No posts match.'}
          </p>
        }
      />
      <HelpDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
