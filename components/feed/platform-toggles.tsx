import { network as networkOf } from '@/lib/platforms/registry';
import type { Platform } from '@/lib/post';

/** One toggle per platform; all on shows everything. */
export function PlatformToggles({
  platforms,
  selected,
  onChange,
}: {
  platforms: readonly Platform[];
  selected: readonly Platform[];
  onChange: (next: Platform[]) => void;
}) {
  return (
    <div role="group" aria-label="Platforms" className="flex gap-1">
      {platforms.map((platform) => {
        const on = selected.includes(platform);
        return (
          <button
            key={platform}
            type="button"
            aria-pressed={on}
            onClick={() => onChange(on ? selected.filter((p) => p !== platform) : [...selected, platform])}
            className={`focus-ring rounded-full border px-2 py-0.5 text-xs ${
              on
                ? 'border-sky-600 bg-sky-600 text-white'
                : 'border-neutral-300 text-neutral-500 line-through dark:border-neutral-700'
            }`}
          >
            {networkOf(platform).label}
          </button>
        );
      })}
    </div>
  );
}
