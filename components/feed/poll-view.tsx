import type { Poll } from '@/lib/post';
import { pollPercents } from '@/lib/feed/format-count';

/** Poll results as bars with their share of the votes. */
export function PollView({ poll }: { poll: Poll }) {
  const percents = pollPercents(poll.choices.map((choice) => choice.votes));
  const total = poll.choices.reduce((sum, choice) => sum + (choice.votes ?? 0), 0);
  return (
    <div className="mt-2 space-y-1 text-xs" role="list" aria-label="Poll results">
      {poll.choices.map((choice, index) => (
        <div
          key={index}
          role="listitem"
          className="relative overflow-hidden rounded bg-neutral-100 dark:bg-neutral-800"
        >
          <div
            className="absolute inset-y-0 left-0 bg-sky-200 dark:bg-sky-900"
            style={{ width: `${percents[index]}%` }}
          />
          <div className="relative flex justify-between px-2 py-1">
            <span>{choice.label}</span>
            <span className="tabular-nums">{percents[index]}%</span>
          </div>
        </div>
      ))}
      <p className="text-neutral-500">
        {total.toLocaleString()} votes{poll.closed ? ' · final results' : ''}
      </p>
    </div>
  );
}
