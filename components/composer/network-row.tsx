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
  /** The main text (a network's own text starts from it). */
  text: string;
  onToggle: (on: boolean) => void;
  onSplit: (on: boolean) => void;
  /** The network's own text, or undefined to go back to the main one. */
  onVariant?: (text: string | undefined) => void;
}

/**
 * One network: on/off, how it is reached, its own count, where and how its text overflows, its
 * own text when the user writes one, and what it does with the files and the post's options.
 */
export function NetworkRow({ plan, text, onToggle, onSplit, onVariant }: Props) {
  const label = networkOf(plan.network).label;
  const { count } = plan;
  const shown = plan.variant ? plan.text : text;
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
        {onVariant && plan.enabled && (
          <button
            type="button"
            className="text-xs text-sky-700 underline dark:text-sky-400"
            onClick={() => onVariant(plan.variant ? undefined : text)}
          >
            {plan.variant ? 'Use the main text' : `Edit for ${label}`}
          </button>
        )}
      </div>
      {plan.enabled && plan.variant && onVariant && (
        <textarea
          data-testid={`variant-${plan.network}`}
          aria-label={`Text for ${label}`}
          value={plan.text}
          rows={3}
          onChange={(event) => onVariant(event.target.value)}
          className="mt-1 ml-5 w-[calc(100%-1.25rem)] rounded border border-neutral-300 bg-transparent p-1 text-sm dark:border-neutral-700"
        />
      )}
      {plan.enabled && plan.overflows && (
        <div className="ml-5">
          <p className="text-xs text-red-700 dark:text-red-400">{count.errors.join(' ')}</p>
          {count.overflowAt !== undefined && !plan.split && (
            <OverflowText text={shown} overflowAt={count.overflowAt} />
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
      {plan.enabled && (plan.errors.length > 0 || plan.notes.length > 0) && (
        <ul data-testid={`notes-${plan.network}`} className="ml-5 text-xs">
          {plan.errors.map((error) => (
            <li key={error} className="text-red-700 dark:text-red-400">
              {error}
            </li>
          ))}
          {plan.notes.map((note) => (
            <li key={note} className="text-neutral-500">
              {note}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
