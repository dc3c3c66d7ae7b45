import { accountName, type CardActions } from './use-card-actions';

/** While the reader links two accounts: who is being linked, how to finish, and a way out. */
export function LinkingBar({ actions }: { actions: CardActions }) {
  if (!actions.linking) return null;
  return (
    <p
      role="status"
      className="flex items-center gap-2 border-b border-neutral-200 bg-sky-50 px-3 py-1.5 text-xs dark:border-neutral-800 dark:bg-sky-950/40"
    >
      <span className="min-w-0 flex-1">
        Linking {accountName(actions.linking)}: choose “Same person as…” in another card’s ⋯ menu.
      </span>
      <button type="button" onClick={actions.cancelLink} className="focus-ring rounded px-1 hover:underline">
        Cancel
      </button>
    </p>
  );
}
