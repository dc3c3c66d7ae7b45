import { useMemo, useState } from 'react';
import { network as networkOf } from '@/lib/platforms/registry';
import { sendMessage } from '@/lib/send-message';
import { LiveCrosspostStatus } from './crosspost-status';
import { NetworkRow } from './network-row';
import { crosspostRequest, planNetworks, postable } from '../../lib/compose/page/plan';
import { useAccounts } from './use-accounts';
import { useDraft } from './use-draft';

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

/**
 * The composer: one text, a line per network with its own count, the overflow marked and a split
 * offered, and one "Post to N networks" button. Posting is handed to the background, which goes
 * on if this page closes; the statuses below are read live from the store.
 */
export function ComposerEditor({ rows = 6 }: { rows?: number }) {
  const { draft, change, startNew } = useDraft();
  const [accounts] = useAccounts();
  const [lastCrosspost, setLastCrosspost] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const plans = useMemo(() => (draft ? planNetworks(draft, accounts) : []), [draft, accounts]);
  if (!draft) return null;
  const { ready, blocked } = postable(plans);
  const canPost = draft.text.trim() !== '' && ready.length > 0 && blocked.length === 0;

  const post = async () => {
    setError(undefined);
    const reply = await sendMessage('startCrosspost', crosspostRequest(draft, plans));
    if (!reply?.ok) {
      setError(reply ? reply.error : 'Crossfeed did not answer; try again.');
      return;
    }
    setLastCrosspost(reply.data.crosspostId);
    startNew();
  };

  return (
    <div className="space-y-2">
      <textarea
        data-testid="composer-text"
        aria-label="What do you want to post?"
        placeholder="What do you want to post?"
        rows={rows}
        value={draft.text}
        onChange={(event) => change({ text: event.target.value })}
        className="w-full resize-y rounded border border-neutral-300 bg-transparent p-2 text-sm dark:border-neutral-700"
      />
      <ul className="divide-y divide-neutral-100 dark:divide-neutral-800">
        {plans.map((plan) => (
          <NetworkRow
            key={plan.network}
            plan={plan}
            text={draft.text}
            onToggle={(on) => change({ networks: toggled(draft.networks, plan.network, on) })}
            onSplit={(on) => change({ split: toggled(draft.split, plan.network, on) })}
          />
        ))}
      </ul>
      {blocked.length > 0 && (
        <p className="text-xs text-red-700 dark:text-red-400">
          Too long for {blocked.map((p) => networkOf(p.network).label).join(', ')}: shorten it, split it, or
          switch the network off.
        </p>
      )}
      <button
        type="button"
        disabled={!canPost}
        onClick={() => void post()}
        className="rounded bg-sky-600 px-3 py-1 text-sm text-white hover:bg-sky-700 disabled:opacity-50"
      >
        Post to {ready.length} network{ready.length === 1 ? '' : 's'}
      </button>
      {error && <p className="text-xs text-red-700">{error}</p>}
      {lastCrosspost && <LiveCrosspostStatus crosspostId={lastCrosspost} />}
    </div>
  );
}
