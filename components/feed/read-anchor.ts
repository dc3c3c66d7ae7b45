/**
 * The first card (partly) in view of a virtualized feed, by its key (the id of the post it shows:
 * a collapsed card's original), and how far it is scrolled past the top.
 */
export function readAnchor(scroller: HTMLElement | null): { postId: string; offset: number } | undefined {
  if (!scroller) return undefined;
  const top = scroller.getBoundingClientRect().top;
  const rows = [...scroller.querySelectorAll<HTMLElement>('[data-index]')].sort(
    (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
  );
  const first = rows.find((row) => row.getBoundingClientRect().bottom > top + 1);
  const postId =
    first?.getAttribute('data-card-key') ??
    first?.querySelector('[data-post-id]')?.getAttribute('data-post-id') ??
    undefined;
  if (!first || postId === undefined) return undefined;
  return { postId, offset: Math.max(0, Math.round(top - first.getBoundingClientRect().top)) };
}
