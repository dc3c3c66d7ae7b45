import { useState } from 'react';
import { parseHandles, type NewColumn } from '@/lib/feed/deck/columns';
import { NETWORKS } from '@/lib/platforms/registry';
import type { SavedSearch } from '@/lib/settings';

type Kind = NewColumn['kind'];

const field =
  'focus-ring w-full rounded border border-neutral-300 bg-transparent px-2 py-1 text-sm dark:border-neutral-700';

/** Chooses what a new column shows: every post, saved posts, a saved search, a network or some authors. */
export function AddColumnForm({
  searches,
  onAdd,
}: {
  searches: readonly SavedSearch[];
  onAdd: (column: NewColumn) => void;
}) {
  const [kind, setKind] = useState<Kind>(searches.length > 0 ? 'search' : 'platform');
  const [searchId, setSearchId] = useState(searches[0]?.id ?? '');
  const [platform, setPlatform] = useState<string>(NETWORKS[0]!.id);
  const [name, setName] = useState('');
  const [handles, setHandles] = useState('');
  const parsed = parseHandles(handles);
  const ready =
    kind === 'search'
      ? searches.some((search) => search.id === searchId)
      : kind !== 'authors' || parsed.length > 0;
  const choice = (value: Kind, label: string, disabled = false) => (
    <label className={`flex items-center gap-2 ${disabled ? 'opacity-40' : ''}`}>
      <input
        type="radio"
        name="column-kind"
        value={value}
        checked={kind === value}
        disabled={disabled}
        onChange={() => setKind(value)}
      />
      {label}
    </label>
  );
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        if (kind === 'search') onAdd({ kind, searchId });
        else if (kind === 'platform') onAdd({ kind, platform });
        else if (kind === 'authors') {
          const title =
            name.trim().slice(0, 60) ||
            parsed
              .map((handle) => `@${handle}`)
              .join(', ')
              .slice(0, 60);
          onAdd({ kind, name: title, handles: parsed });
        } else onAdd({ kind });
      }}
    >
      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">The column shows</legend>
        {choice('all', 'All posts')}
        {choice('saved', 'Saved posts')}
        {choice('search', 'A saved search', searches.length === 0)}
        {kind === 'search' && (
          <select
            aria-label="Saved search"
            value={searchId}
            onChange={(event) => setSearchId(event.target.value)}
            className={field}
          >
            {searches.map((search) => (
              <option key={search.id} value={search.id}>
                {search.name} — {search.query}
              </option>
            ))}
          </select>
        )}
        {choice('platform', 'One network')}
        {kind === 'platform' && (
          <select
            aria-label="Network"
            value={platform}
            onChange={(event) => setPlatform(event.target.value)}
            className={field}
          >
            {NETWORKS.map((network) => (
              <option key={network.id} value={network.id}>
                {network.label}
              </option>
            ))}
          </select>
        )}
        {choice('authors', 'A list of authors')}
        {kind === 'authors' && (
          <div className="space-y-2 pl-6">
            <input
              aria-label="Authors (handles, comma separated)"
              placeholder="@ana, bo.bsky.social, cy"
              value={handles}
              onChange={(event) => setHandles(event.target.value)}
              className={field}
            />
            <input
              aria-label="Column name"
              placeholder="Name (optional)"
              maxLength={60}
              value={name}
              onChange={(event) => setName(event.target.value)}
              className={field}
            />
          </div>
        )}
      </fieldset>
      <button
        type="submit"
        disabled={!ready}
        className="focus-ring rounded bg-sky-600 px-3 py-1 text-sm font-medium text-white hover:bg-sky-700 disabled:opacity-40"
      >
        Add column
      </button>
    </form>
  );
}
