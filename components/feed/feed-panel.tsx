import { useMemo, useRef, useState } from 'react';
import { highlightRanges } from '@/lib/search/highlight';
import { isEmptyQuery } from '@/lib/search/query';
import { PLATFORMS, type Platform } from '@/lib/platforms/registry';
import { useFrameValue } from '../ui/use-frame-value';
import { useNow } from '../ui/use-now';
import { FeedList, type FeedListHandle } from './feed-list';
import { EmptyFeed } from './empty-feed';
import { FeedStatusLine } from './feed-status';
import { HealthView } from './health-view';
import { HelpButton, HelpDialog } from './help-dialog';
import { OpenDeckButton } from './open-deck-button';
import { PlatformToggles } from './platform-toggles';
import { SearchBox } from './search-box';
import { useFeedKeys } from './use-feed-keys';
import { useFeedStore } from './use-feed-store';
import { useFeedView } from './use-feed-view';
import { updateSettings, useSettings } from '@/components/ui/use-settings';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { ViewTabs, type ViewId } from './view-tabs';
import { StoreError } from '../ui/error-boundary';
import { SavedSyncNote } from '../sync/saved-sync-note';
import { UndoToast } from './undo-toast';
import { LinkingBar } from './linking-bar';
import { useCardActions } from './use-card-actions';
import { collapseSettingsOf, useCollapsedRows } from './use-collapsed-rows';

/** One toggle per network of the registry. */
const TOGGLED: readonly Platform[] = PLATFORMS;
/**
 * Results are shown this many at a time, more as the reader nears the end. The virtualized list
 * costs time in its length on every new result list (each keystroke) and on every newly measured
 * row while scrolling: 100,000 rows made keystrokes and scrolling janky, a few hundred do not.
 */
const PAGE = 400;

/** The side panel: views, search, filters, health and the merged feed. */
export function FeedPanel() {
  const { store, status, error } = useFeedStore();
  const settings = useSettings(DEFAULT_SETTINGS);
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
  const resetKey = JSON.stringify([view, viewText, boxText, platforms, settings.muteWords]);
  // How many results are shown: a page, and a page more each time the reader nears the end.
  const [paging, setPaging] = useState({ key: resetKey, shown: PAGE });
  const shown = paging.key === resetKey ? paging.shown : PAGE;
  const feed = useFeedView(store, status, {
    viewText,
    savedOnly: view === 'saved',
    boxText,
    platforms: toggles ?? PLATFORMS,
    muteWords: settings.muteWords,
    limit: shown,
  });
  const highlight = useMemo(() => (text: string) => highlightRanges(feed.query, text), [feed.query]);
  const showMore = () => {
    if (shown < feed.total) setPaging({ key: resetKey, shown: shown + PAGE });
  };
  // One post shown once: reposts fold into their original, cross-posts into one card. The Saved
  // view keeps one card per saved row, in saved order.
  const collapsed = useCollapsedRows(
    store,
    feed.ids,
    resetKey,
    collapseSettingsOf(settings, view !== 'saved'),
  );
  const { actions, offer, takeBack, dismiss } = useCardActions(settings);

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
          <OpenDeckButton className="ml-auto" />
          <HelpButton onOpen={() => setHelp(true)} />
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
                matches={feed.total}
                muted={feed.muted}
                filtered={view !== 'all' || !isEmptyQuery(feed.query) || toggles !== undefined}
              />
            </span>
          </div>
        </div>
      </header>
      {view === 'saved' && <SavedSyncNote />}
      <UndoToast offer={offer} onUndo={takeBack} onDismiss={dismiss} />
      <LinkingBar actions={actions} />
      <FeedList
        ref={listRef}
        store={store}
        cards={collapsed.cards}
        actions={actions}
        resetKey={resetKey}
        onNearEnd={() => {
          showMore();
          collapsed.more();
        }}
        highlight={highlight}
        now={now}
        positionKey={boxText.trim() === '' && toggles === undefined ? `panel:${view}` : undefined}
        label={view === 'saved' ? 'Saved posts' : saved ? `View ${saved.name}` : 'Captured posts'}
        busy={!loaded || collapsed.loading}
        empty={
          status.total === 0 && view === 'all' ? (
            <EmptyFeed />
          ) : (
            <p className="p-3 text-sm text-neutral-500">
              {view === 'saved' && isEmptyQuery(feed.query)
                ? 'No saved posts yet. Press s or ☆ Save on a post to keep it here.'
                : 'No posts match.'}
            </p>
          )
        }
      />
      <HelpDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
