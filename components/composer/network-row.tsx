import { network as networkOf } from '@/lib/platforms/registry';
import { OverflowText } from './overflow-text';
import type { NetworkPlan } from '../../lib/compose/page/plan';

const REACH_WORDS: Record<NetworkPlan['reach'], string> = {
  api: 'posts from here',
  intent: 'opens its compose page',
  unavailable: 'set up an account in Options',
};

interface Props {
  plan: NetworkPlan;
  text: string;
  onToggle: (on: boolean) => void;
  onSplit: (on: boolean) => void;
}

/** One network: on/off, how it is reached, its own count, and where and how the text overflows. */
export function NetworkRow({ plan, text, onToggle, onSplit }: Props) {
  const label = networkOf(plan.network).label;
  const { count } = plan;
  return (
    <li data-network={plan.network} className="py-1">
      <div className="flex items-center gap-2 text-sm">
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={plan.enabled}
            disabled={plan.reach === 'unavailable'}
            onChange={(event) => onToggle(event.target.checked)}
          />
          <span className="font-medium">{label}</span>
        </label>
        <span className="text-xs text-neutral-500">{REACH_WORDS[plan.reach]}</span>
        <span
          data-testid={`count-${plan.network}`}
          className={`ml-auto text-xs tabular-nums ${count.remaining < 0 ? 'font-semibold text-red-600' : 'text-neutral-500'}`}
          title={count.errors.join(' ')}
        >
          {count.used}/{count.limit}
        </span>
      </div>
      {plan.enabled && plan.overflows && (
        <div className="ml-5">
          <p className="text-xs text-red-700 dark:text-red-400">{count.errors.join(' ')}</p>
          {count.overflowAt !== undefined && !plan.split && (
            <OverflowText text={text} overflowAt={count.overflowAt} />
          )}
          <label className="mt-1 flex items-center gap-1 text-xs">
            <input type="checkbox" checked={plan.split} onChange={(event) => onSplit(event.target.checked)} />
            Split into a numbered thread on {label}
            {plan.split && ` (${plan.parts.length} posts)`}
          </label>
          {plan.split && (
            <ol data-testid={`parts-${plan.network}`} className="mt-1 space-y-1 text-xs">
              {plan.parts.map((part, i) => (
                <li key={i} className="rounded bg-neutral-50 p-1 whitespace-pre-wrap dark:bg-neutral-900">
                  {part}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </li>
  );
}
