import type { DraftMedia, Focus } from '../media';

/* The media tray's edits, as pure functions of the draft's list (the component only calls them). */

/** `list` with the file at `index` moved by `delta` places (reordering keeps everything else). */
export function moveMedia(list: readonly DraftMedia[], index: number, delta: number): DraftMedia[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export function removeMedia(list: readonly DraftMedia[], id: string): DraftMedia[] {
  return list.filter((m) => m.id !== id);
}

export function changeMedia(
  list: readonly DraftMedia[],
  id: string,
  change: { alt?: string; part?: number; focus?: Focus },
): DraftMedia[] {
  return list.map((m) => (m.id === id ? { ...m, ...change } : m));
}

/** Files still without alt text: the tray shows a prompt on each. */
export function missingAlt(list: readonly DraftMedia[]): DraftMedia[] {
  return list.filter((m) => m.alt.trim() === '');
}
