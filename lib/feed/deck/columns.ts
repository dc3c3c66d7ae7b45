import { DECK_COLUMN_WIDTH, type DeckColumn, type SavedSearch } from '../../settings';
import { isPlatform, network, PLATFORMS } from '../../platforms/registry';
import { isHandle } from '../../search/handle';

/**
 * The deck's column model, pure: the columns are a list in the settings (so they travel with the
 * settings); every edit returns a new list the page sends to the background's settings writer.
 */

/** What a column shows: the feed view it runs (the same inputs as a side panel view). */
export interface ColumnView {
  title: string;
  /** A query in the search syntax ('' for every post). */
  viewText: string;
  savedOnly: boolean;
}

/** Shown until the user changes the deck: every post, then one column per network. */
export function starterColumns(): DeckColumn[] {
  return [
    { id: 'all', kind: 'all', width: DECK_COLUMN_WIDTH.initial },
    ...PLATFORMS.map((platform): DeckColumn => ({
      id: `platform-${platform}`,
      kind: 'platform',
      platform,
      width: DECK_COLUMN_WIDTH.initial,
    })),
  ];
}

/** The columns to show: the stored list (null: never set) minus columns that can no longer resolve. */
export function deckColumns(
  stored: readonly DeckColumn[] | null,
  searches: readonly SavedSearch[],
): DeckColumn[] {
  return (stored ?? starterColumns()).filter((column) => columnView(column, searches) !== undefined);
}

/** undefined: the column's saved search was deleted, or its network is no longer known. */
export function columnView(column: DeckColumn, searches: readonly SavedSearch[]): ColumnView | undefined {
  switch (column.kind) {
    case 'all':
      return { title: 'All posts', viewText: '', savedOnly: false };
    case 'saved':
      return { title: 'Saved', viewText: '', savedOnly: true };
    case 'search': {
      const search = searches.find((candidate) => candidate.id === column.searchId);
      return search && { title: search.name, viewText: search.query, savedOnly: false };
    }
    case 'platform':
      return isPlatform(column.platform)
        ? { title: network(column.platform).label, viewText: `platform:${column.platform}`, savedOnly: false }
        : undefined;
    case 'authors':
      // `from:` with several handles matches any of them (lib/search/query.ts).
      return {
        title: column.name,
        viewText: column.handles.map((handle) => `from:${handle}`).join(' '),
        savedOnly: false,
      };
  }
}

/** Handles typed by the user ("@ana, bo  cy") → unique handles without @, as the schema wants. */
export function parseHandles(text: string): string[] {
  const handles = text
    .split(/[\s,]+/)
    .map((part) => part.replace(/^@/, ''))
    .filter(isHandle);
  return [...new Set(handles)].slice(0, 50);
}

/** A column id unique within `columns`. */
export function newColumnId(columns: readonly DeckColumn[], now = Date.now()): string {
  const taken = new Set(columns.map((column) => column.id));
  let n = 0;
  while (taken.has(`c${now.toString(36)}${n || ''}`)) n += 1;
  return `c${now.toString(36)}${n || ''}`;
}

export type NewColumn =
  | { kind: 'all' }
  | { kind: 'saved' }
  | { kind: 'search'; searchId: string }
  | { kind: 'platform'; platform: string }
  | { kind: 'authors'; name: string; handles: string[] };

/** Adds a column at the right end (the deck scrolls to it). */
export function addColumn(columns: readonly DeckColumn[], column: NewColumn, now = Date.now()): DeckColumn[] {
  return [...columns, { ...column, id: newColumnId(columns, now), width: DECK_COLUMN_WIDTH.initial }];
}

export function removeColumn(columns: readonly DeckColumn[], id: string): DeckColumn[] {
  return columns.filter((column) => column.id !== id);
}

/** Moves a column `step` places (-1 left, 1 right); at an end it stays. */
export function moveColumn(columns: readonly DeckColumn[], id: string, step: number): DeckColumn[] {
  const from = columns.findIndex((column) => column.id === id);
  if (from < 0) return [...columns];
  const to = Math.min(columns.length - 1, Math.max(0, from + step));
  const next = [...columns];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function clampWidth(width: number): number {
  return Math.round(Math.min(DECK_COLUMN_WIDTH.max, Math.max(DECK_COLUMN_WIDTH.min, width)));
}

export function resizeColumn(columns: readonly DeckColumn[], id: string, width: number): DeckColumn[] {
  return columns.map((column) => (column.id === id ? { ...column, width: clampWidth(width) } : column));
}
