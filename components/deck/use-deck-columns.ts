import { useState } from 'react';
import { deckColumns } from '@/lib/feed/deck/columns';
import type { DeckColumn, Settings, SettingsChange } from '@/lib/settings';
import { updateSettings } from '@/components/ui/use-settings';

/**
 * The deck's columns and their writer. An edit goes to the background's settings writer and comes
 * back through the live settings a moment later; until it does, the edited list is shown and the
 * next edit builds on it (two quick clicks must not both start from the old list: the second would
 * undo the first).
 */
export function useDeckColumns(settings: Settings): {
  columns: DeckColumn[];
  save: (next: DeckColumn[], more?: SettingsChange) => void;
} {
  const [pending, setPending] = useState<DeckColumn[] | undefined>(undefined);
  const caughtUp = pending === undefined || JSON.stringify(pending) === JSON.stringify(settings.deckColumns);
  if (pending !== undefined && caughtUp) setPending(undefined);
  const columns = deckColumns(caughtUp ? settings.deckColumns : pending, settings.savedSearches);
  return {
    columns,
    save(next, more = {}) {
      setPending(next);
      void updateSettings({ ...more, deckColumns: next });
    },
  };
}
