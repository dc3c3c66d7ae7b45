import { forwardRef } from 'react';
import { markQueryInput } from './perf-marks';

/** The one query box (lib/search syntax). */
export const SearchBox = forwardRef<
  HTMLInputElement,
  { value: string; onChange: (value: string) => void; hint?: string }
>(function SearchBox({ value, onChange, hint }, ref) {
  return (
    <label className="block">
      <span className="sr-only">Search posts</span>
      <input
        ref={ref}
        type="search"
        value={value}
        onChange={(event) => {
          markQueryInput();
          onChange(event.target.value);
        }}
        placeholder={hint ?? 'Search  (press ? for the syntax)'}
        spellCheck={false}
        autoComplete="off"
        className="focus-ring w-full rounded-md border border-neutral-300 bg-white px-2 py-1 text-sm dark:border-neutral-700 dark:bg-neutral-900"
      />
    </label>
  );
});
