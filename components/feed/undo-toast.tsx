import type { UndoOffer } from './use-card-actions';

/** Says what a card menu action did, with Undo; stays until the next action or a dismiss. */
export function UndoToast({
  offer,
  onUndo,
  onDismiss,
}: {
  offer: UndoOffer | undefined;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  if (!offer) return null;
  return (
    <div
      role="status"
      data-testid="undo-toast"
      className="flex items-center gap-2 border-b border-neutral-200 bg-amber-50 px-3 py-1.5 text-xs dark:border-neutral-800 dark:bg-amber-950/40"
    >
      <span className="min-w-0 flex-1">{offer.message}</span>
      <button
        type="button"
        onClick={onUndo}
        className="focus-ring rounded px-1 font-semibold hover:underline"
      >
        Undo
      </button>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="focus-ring rounded px-1">
        ×
      </button>
    </div>
  );
}
