import { network as networkOf } from '@/lib/platforms/registry';
import type { NetworkPlan } from '@/lib/compose/page/plan';

interface Props {
  ready: NetworkPlan[];
  blocked: NetworkPlan[];
  scheduled: boolean;
  disabled: boolean;
  onPost: () => void;
}

/** "Post to N networks" (or "Schedule for N networks"), and which networks hold it back. */
export function PostButton({ ready, blocked, scheduled, disabled, onPost }: Props) {
  const n = `${ready.length} network${ready.length === 1 ? '' : 's'}`;
  return (
    <>
      {blocked.length > 0 && (
        <p className="text-xs text-red-700 dark:text-red-400">
          Not ready for {blocked.map((p) => networkOf(p.network).label).join(', ')}: see the line above, or
          switch the network off.
        </p>
      )}
      <button
        type="button"
        disabled={disabled}
        onClick={onPost}
        className="rounded bg-sky-600 px-3 py-1 text-sm text-white hover:bg-sky-700 disabled:opacity-50"
      >
        {scheduled ? `Schedule for ${n}` : `Post to ${n}`}
      </button>
    </>
  );
}
