/**
 * The text as the network would cut it: what fits, then the overflow marked, so the user sees
 * exactly where the network's limit falls.
 */
export function OverflowText({ text, overflowAt }: { text: string; overflowAt: number }) {
  return (
    <p
      data-testid="overflow-text"
      className="mt-1 max-h-24 overflow-auto rounded bg-neutral-50 p-2 text-xs whitespace-pre-wrap dark:bg-neutral-900"
    >
      {text.slice(0, overflowAt)}
      <mark
        aria-label="over the limit"
        className="rounded-sm bg-red-200 text-red-900 dark:bg-red-900 dark:text-red-100"
      >
        {text.slice(overflowAt)}
      </mark>
    </p>
  );
}
