import { useState } from 'react';
import type { SavedSearch } from '@/lib/settings';

export type ViewId = 'all' | 'saved' | `search:${string}`;

/**
 * The feed's views across the top: All, Saved, and each saved search (the columns of a deck, as
 * tabs in a narrow panel). The current query can be added as a view; a saved search can be renamed
 * or deleted in place.
 */
export function ViewTabs({
  view,
  onView,
  searches,
  onSearches,
  currentQuery,
}: {
  view: ViewId;
  onView: (view: ViewId) => void;
  searches: readonly SavedSearch[];
  onSearches: (next: SavedSearch[]) => void;
  currentQuery: string;
}) {
  const [naming, setNaming] = useState<{ id?: string; name: string } | undefined>(undefined);
  const tab = (id: ViewId, name: string, title?: string) => (
    <button
      key={id}
      type="button"
      role="tab"
      aria-selected={view === id}
      title={title}
      onClick={() => onView(id)}
      className={`focus-ring shrink-0 rounded-t px-2 py-1 text-sm ${
        view === id ? 'border-b-2 border-sky-600 font-semibold' : 'text-neutral-600 dark:text-neutral-400'
      }`}
    >
      {name}
    </button>
  );
  const selected = view.startsWith('search:') ? searches.find((s) => `search:${s.id}` === view) : undefined;
  const finish = () => {
    if (!naming) return;
    const name = naming.name.trim().slice(0, 60);
    setNaming(undefined);
    if (name.length === 0) return;
    if (naming.id) {
      onSearches(searches.map((s) => (s.id === naming.id ? { ...s, name } : s)));
      return;
    }
    const id = `v${Date.now().toString(36)}`;
    onSearches([...searches, { id, name, query: currentQuery.trim().slice(0, 500) }]);
    onView(`search:${id}`);
  };
  return (
    <div className="flex items-center gap-1 border-b border-neutral-200 px-2 dark:border-neutral-800">
      <div role="tablist" aria-label="Views" className="flex min-w-0 flex-1 gap-1 overflow-x-auto">
        {tab('all', 'All')}
        {tab('saved', 'Saved')}
        {searches.map((search) => tab(`search:${search.id}`, search.name, search.query))}
      </div>
      {naming ? (
        <form
          className="flex items-center gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            finish();
          }}
        >
          <input
            autoFocus
            aria-label={naming.id ? 'New name of the view' : 'Name of the new view'}
            value={naming.name}
            maxLength={60}
            onChange={(event) => setNaming({ ...naming, name: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setNaming(undefined);
            }}
            className="focus-ring w-28 rounded border border-neutral-300 bg-transparent px-1 text-sm dark:border-neutral-700"
          />
          <button type="submit" className="focus-ring rounded px-1 text-sm text-sky-700 dark:text-sky-400">
            OK
          </button>
        </form>
      ) : (
        <span className="flex shrink-0 gap-1 text-xs">
          <button
            type="button"
            disabled={currentQuery.trim().length === 0 || searches.length >= 50}
            onClick={() => setNaming({ name: currentQuery.trim().slice(0, 60) })}
            className="focus-ring rounded px-1 hover:underline disabled:opacity-40"
            title="Save the current search as a view"
          >
            + View
          </button>
          {selected && (
            <>
              <button
                type="button"
                onClick={() => setNaming({ id: selected.id, name: selected.name })}
                className="focus-ring rounded px-1 hover:underline"
                aria-label={`Rename view ${selected.name}`}
              >
                Rename
              </button>
              <button
                type="button"
                onClick={() => {
                  onSearches(searches.filter((s) => s.id !== selected.id));
                  onView('all');
                }}
                className="focus-ring rounded px-1 text-red-700 hover:underline dark:text-red-400"
                aria-label={`Delete view ${selected.name}`}
              >
                Delete
              </button>
            </>
          )}
        </span>
      )}
    </div>
  );
}
