export const input =
  'w-full rounded border border-neutral-300 bg-transparent px-2 py-1 text-sm dark:border-neutral-700';
export const button = 'rounded bg-sky-600 px-3 py-1 text-sm text-white hover:bg-sky-700 disabled:opacity-50';
export const quiet = 'rounded border border-neutral-300 px-2 py-1 text-sm dark:border-neutral-700';

/** Runs an account action: its answer is the error to show, or undefined. */
export type Busy = (work: () => Promise<string | undefined>) => void;
