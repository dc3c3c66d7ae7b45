import { useMemo, useState } from 'react';
import { filesOf } from '@/lib/compose/page/attach';
import { crosspostRequest, planNetworks, postable } from '@/lib/compose/page/plan';
import { scheduleProblem } from '@/lib/compose/page/schedule-input';
import { useSettings } from '@/components/ui/use-settings';
import { sendMessage } from '@/lib/send-message';
import { LiveCrosspostStatus } from './crosspost-status';
import { MediaTray } from './media-tray';
import { NetworkRow } from './network-row';
import { PostButton } from './post-button';
import { PostOptionsFields } from './post-options';
import { ScheduleQueue } from './schedule-queue';
import { useAccounts } from './use-accounts';
import { useAttach } from './use-attach';
import { useDraft } from './use-draft';
import { useNow } from '@/components/ui/use-now';

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

/**
 * The composer: one text (or a network's own), pictures or a video with alt text, a warning, a
 * language and a time, a line per network with its own count and what it will do, and one button.
 * Posting is handed to the background, which goes on if this page closes; the statuses below are
 * read live from the store.
 */
export function ComposerEditor({ rows = 6 }: { rows?: number }) {
  const { draft, change, startNew } = useDraft();
  const [accounts] = useAccounts();
  const sendForMe = useSettings()?.sendForMe ?? false;
  const attach = useAttach(draft, change);
  const now = useNow(15_000); // a scheduled time passes while the composer is open
  const [lastCrosspost, setLastCrosspost] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const plans = useMemo(
    () => (draft ? planNetworks(draft, accounts, { sendForMe }) : []),
    [draft, accounts, sendForMe],
  );
  if (!draft) return null;
  const { ready, blocked } = postable(plans);
  const timeProblem = scheduleProblem(draft.scheduleAt, now);
  const canPost = draft.text.trim() !== '' && ready.length > 0 && blocked.length === 0 && !timeProblem;
  const parts = Math.max(1, ...plans.filter((p) => p.enabled).map((p) => p.parts.length));

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
  const takeFiles = (transfer: DataTransfer | null, event: { preventDefault(): void }) => {
    const files = filesOf(transfer);
    if (!files.length) return;
    event.preventDefault();
    attach.add(files);
  };

  return (
    <div
      className="space-y-2"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => takeFiles(event.dataTransfer, event)}
    >
      <ScheduleQueue missedOnly />
      <textarea
        data-testid="composer-text"
        aria-label="What do you want to post?"
        placeholder="What do you want to post?"
        rows={rows}
        value={draft.text}
        onChange={(event) => change({ text: event.target.value })}
        onPaste={(event) => takeFiles(event.clipboardData, event)}
        className="w-full resize-y rounded border border-neutral-300 bg-transparent p-2 text-sm dark:border-neutral-700"
      />
      <MediaTray
        media={draft.media}
        parts={parts}
        busy={attach.busy}
        errors={attach.errors}
        onChange={(media) => change({ media })}
        onFiles={attach.add}
      />
      <PostOptionsFields
        options={draft.options}
        scheduleAt={draft.scheduleAt}
        scheduleProblem={timeProblem}
        onOptions={(options) => change({ options })}
        onSchedule={(scheduleAt) => change({ scheduleAt })}
      />
      <ul className="divide-y divide-neutral-100 dark:divide-neutral-800">
        {plans.map((plan) => (
          <NetworkRow
            key={plan.network}
            plan={plan}
            text={draft.text}
            onToggle={(on) => change({ networks: toggled(draft.networks, plan.network, on) })}
            onSplit={(on) => change({ split: toggled(draft.split, plan.network, on) })}
            onVariant={(text) =>
              change((current) => ({ variants: withVariant(current.variants, plan.network, text) }))
            }
          />
        ))}
      </ul>
      <PostButton
        ready={ready}
        blocked={blocked}
        scheduled={draft.scheduleAt !== undefined}
        disabled={!canPost || attach.busy}
        onPost={() => void post()}
      />
      {error && <p className="text-xs text-red-700">{error}</p>}
      {lastCrosspost && <LiveCrosspostStatus crosspostId={lastCrosspost} />}
    </div>
  );
}

function withVariant<K extends string>(
  variants: Partial<Record<K, string>>,
  network: K,
  text: string | undefined,
) {
  const next = { ...variants };
  if (text === undefined) delete next[network];
  else next[network] = text;
  return next;
}
