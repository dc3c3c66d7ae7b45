import { z } from 'zod';

/**
 * Where the reader stopped in each view (a side panel view, a deck column): the first post in view
 * and how far it was scrolled past the top. Kept in the extension's own localStorage: local to this
 * browser profile (a place in a feed means nothing on another machine, so it is not a setting and
 * is not synced), survives closes and restarts, and is read synchronously, so a view knows its
 * place in its first render. Pages never write IndexedDB; this is not the store.
 */
export interface ReadingPosition {
  postId: string;
  /** Pixels of that post scrolled above the top of the view (0: its top edge at the top). */
  offset: number;
  /** When it was recorded (ms): the oldest positions are dropped first. */
  at: number;
}

/** The part of the Web Storage API used here (tests pass a Map-backed one). */
export interface PositionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const POSITIONS_KEY = 'crossfeed:reading-positions';
/** Views remembered at most (saved searches and columns come and go; old ones are dropped). */
export const MAX_POSITIONS = 100;

const positionSchema = z.object({
  postId: z.string().min(1).max(200),
  offset: z.number().finite().min(0).max(100_000),
  at: z.number().finite(),
});

/** The view → position map, read back defensively: a broken entry (or a broken whole) is dropped. */
function readAll(storage: PositionStorage): Map<string, ReadingPosition> {
  const positions = new Map<string, ReadingPosition>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(POSITIONS_KEY) ?? '{}');
  } catch {
    return positions;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return positions;
  for (const [view, value] of Object.entries(parsed)) {
    const position = positionSchema.safeParse(value);
    if (position.success) positions.set(view, position.data);
  }
  return positions;
}

export class ReadingPositions {
  constructor(private readonly storage: PositionStorage | undefined) {}

  get(view: string): ReadingPosition | undefined {
    return this.storage ? readAll(this.storage).get(view) : undefined;
  }

  /** Records `view`'s position (undefined: the reader is at the top, nothing to go back to). */
  set(view: string, position: ReadingPosition | undefined): void {
    if (!this.storage) return;
    const positions = readAll(this.storage);
    positions.delete(view);
    if (position) positions.set(view, position);
    const kept = [...positions].sort((a, b) => b[1].at - a[1].at).slice(0, MAX_POSITIONS);
    try {
      this.storage.setItem(POSITIONS_KEY, JSON.stringify(Object.fromEntries(kept)));
    } catch (error) {
      // Storage full or disabled: the place is simply not remembered.
      console.warn('[crossfeed:feed] could not remember the reading position', error);
    }
  }
}

/** Worth offering "back to where you left off": the place is further down than the first post. */
export function isAwayFromTop(ids: readonly string[], position: ReadingPosition | undefined): boolean {
  if (!position) return false;
  const index = ids.indexOf(position.postId);
  return index > 0 || (index === 0 && position.offset > 40);
}

/** The page's positions (localStorage of the extension's origin). */
export const readingPositions = new ReadingPositions(
  typeof localStorage === 'undefined' ? undefined : localStorage,
);
