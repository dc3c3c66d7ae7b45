/** Shared Tailwind class lists of the options page (one look for every control, light and dark). */
export const BUTTON =
  'rounded border border-neutral-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-500 disabled:cursor-not-allowed disabled:opacity-50 dark:border-neutral-600 dark:bg-neutral-900 dark:hover:bg-neutral-800';
export const BUTTON_PRIMARY =
  'rounded bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-500 disabled:cursor-not-allowed disabled:opacity-50';
export const BUTTON_DANGER =
  'rounded bg-red-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-500 disabled:cursor-not-allowed disabled:opacity-50';
export const INPUT =
  'rounded border border-neutral-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-neutral-600 dark:bg-neutral-900';
export const HINT = 'text-sm text-neutral-600 dark:text-neutral-400';
export const ERROR_BOX =
  'rounded border border-red-400 bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100';
export const OK_BOX =
  'rounded border border-green-500 bg-green-50 p-3 text-sm text-green-900 dark:bg-green-950 dark:text-green-100';
