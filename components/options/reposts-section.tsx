import type { IdentityLink } from '@/lib/feed/collapse/identity';
import { network, isPlatform } from '@/lib/platforms/registry';
import { useSaveSettings, useSettings } from '@/components/ui/use-settings';
import { ERROR_BOX, HINT } from './styles';

const CHIP =
  'flex items-center gap-1 rounded-full bg-neutral-100 py-0.5 pr-1 pl-3 text-sm dark:bg-neutral-800';
const CHIP_BUTTON =
  'rounded-full px-1.5 hover:bg-neutral-200 focus-visible:outline-2 focus-visible:outline-blue-500 dark:hover:bg-neutral-700';

/** "x:alice" → "@alice on X". */
function accountLabel(key: string): string {
  const at = key.indexOf(':');
  const platform = key.slice(0, at);
  return `@${key.slice(at + 1)} on ${isPlatform(platform) ? network(platform).label : platform}`;
}

/**
 * How the feed shows one post once: where a reposted post stands, which reposts are hidden, and the
 * accounts the user linked or unlinked from a card's menu (each can be taken back here).
 */
export function RepostsSection() {
  const settings = useSettings();
  const { save, busy, error } = useSaveSettings();
  if (!settings) return null;
  const unlinkEntry = (entry: IdentityLink) =>
    void save({ identityLinks: settings.identityLinks.filter((other) => other !== entry) });
  return (
    <div className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">A reposted post stands in the feed</legend>
        {(
          [
            ['latest-repost', 'at its latest repost (where the reposts put it)'],
            ['original-time', 'at the time it was written'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="repost-placement"
              checked={settings.repostPlacement === value}
              disabled={busy}
              onChange={() => void save({ repostPlacement: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.hideReposts}
          disabled={busy}
          onChange={(event) => void save({ hideReposts: event.target.checked })}
        />
        Hide all reposts (a reposted post still shows when it is in the feed itself)
      </label>
      <p className={HINT}>Reposts hidden by account (from a card’s ⋯ menu):</p>
      {settings.hideRepostsBy.length === 0 ? (
        <p className={HINT}>None.</p>
      ) : (
        <ul aria-label="Reposts hidden by account" className="flex flex-wrap gap-2">
          {settings.hideRepostsBy.map((handle) => (
            <li key={handle} className={CHIP}>
              <span>@{handle}</span>
              <button
                type="button"
                aria-label={`Show reposts by @${handle} again`}
                disabled={busy}
                onClick={() =>
                  void save({ hideRepostsBy: settings.hideRepostsBy.filter((other) => other !== handle) })
                }
                className={CHIP_BUTTON}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className={HINT}>
        Accounts you linked (one person: their cross-posts show as one card) or unlinked (not the same
        person), from a card’s ⋯ menu. They are part of the export file.
      </p>
      {settings.identityLinks.length === 0 ? (
        <p className={HINT}>None.</p>
      ) : (
        <ul aria-label="Linked and unlinked accounts" className="space-y-1">
          {settings.identityLinks.map((entry) => (
            <li key={`${entry.a}|${entry.b}`} className="flex items-center gap-2 text-sm">
              <span>
                {accountLabel(entry.a)} {entry.same ? 'is the same person as' : 'is not'}{' '}
                {accountLabel(entry.b)}
              </span>
              <button
                type="button"
                aria-label={`Forget: ${accountLabel(entry.a)} and ${accountLabel(entry.b)}`}
                disabled={busy}
                onClick={() => unlinkEntry(entry)}
                className={CHIP_BUTTON}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className={ERROR_BOX}>
          {error}
        </p>
      )}
    </div>
  );
}
