import { useState, type FormEvent } from 'react';
import type { Settings } from '@/lib/settings';
import { useSaveSettings, useSettings } from '@/components/ui/use-settings';
import { BUTTON_PRIMARY, ERROR_BOX, HINT, INPUT, OK_BOX } from './styles';

const LIMITS = { days: { min: 1, max: 36_500 }, posts: { min: 100, max: 10_000_000 } };

/** Keep N days and/or N posts; saved posts are never pruned. */
export function RetentionSection() {
  const settings = useSettings();
  // Kept out here: the form below starts over (remounts) whenever the stored values change.
  const [saved, setSaved] = useState(false);
  if (!settings) return null;
  return (
    <>
      <RetentionForm
        key={`${settings.retentionDays}-${settings.retentionMaxPosts}`}
        settings={settings}
        setSaved={setSaved}
      />
      <div role="status">{saved && <p className={OK_BOX}>Retention saved and applied.</p>}</div>
    </>
  );
}

function RetentionForm({ settings, setSaved }: { settings: Settings; setSaved: (saved: boolean) => void }) {
  const { save, busy, error } = useSaveSettings();
  const [limitDays, setLimitDays] = useState(settings.retentionDays !== null);
  const [days, setDays] = useState(String(settings.retentionDays ?? 90));
  const [limitPosts, setLimitPosts] = useState(settings.retentionMaxPosts !== null);
  const [posts, setPosts] = useState(String(settings.retentionMaxPosts ?? 50_000));
  const [problem, setProblem] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const dayCount = Number(days);
    const postCount = Number(posts);
    if (
      limitDays &&
      !(Number.isInteger(dayCount) && dayCount >= LIMITS.days.min && dayCount <= LIMITS.days.max)
    )
      return setProblem(
        `Days: a whole number from ${LIMITS.days.min} to ${LIMITS.days.max.toLocaleString()}.`,
      );
    if (
      limitPosts &&
      !(Number.isInteger(postCount) && postCount >= LIMITS.posts.min && postCount <= LIMITS.posts.max)
    )
      return setProblem(
        `Posts: a whole number from ${LIMITS.posts.min} to ${LIMITS.posts.max.toLocaleString()}.`,
      );
    setProblem(undefined);
    const ok = await save({
      retentionDays: limitDays ? dayCount : null,
      retentionMaxPosts: limitPosts ? postCount : null,
    });
    setSaved(ok);
  };

  return (
    <form className="space-y-3" onSubmit={(event) => void submit(event)}>
      <p className={HINT}>
        Older posts are deleted automatically (checked every few minutes while you browse, and right away when
        you save here). Saved posts are never deleted, and neither is a post quoted by one that stays.
      </p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <input
          id="retention-days-on"
          type="checkbox"
          checked={limitDays}
          onChange={(event) => setLimitDays(event.target.checked)}
        />
        <label htmlFor="retention-days-on">Delete posts older than</label>
        <input
          type="number"
          aria-label="Days to keep"
          min={LIMITS.days.min}
          max={LIMITS.days.max}
          value={days}
          disabled={!limitDays}
          onChange={(event) => setDays(event.target.value)}
          className={`${INPUT} w-24`}
        />
        <span>days</span>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <input
          id="retention-posts-on"
          type="checkbox"
          checked={limitPosts}
          onChange={(event) => setLimitPosts(event.target.checked)}
        />
        <label htmlFor="retention-posts-on">Keep at most</label>
        <input
          type="number"
          aria-label="Posts to keep"
          min={LIMITS.posts.min}
          max={LIMITS.posts.max}
          step={100}
          value={posts}
          disabled={!limitPosts}
          onChange={(event) => setPosts(event.target.value)}
          className={`${INPUT} w-32`}
        />
        <span>posts (the newest; saved posts come on top)</span>
      </div>
      <button type="submit" className={BUTTON_PRIMARY} disabled={busy}>
        {busy ? 'Applying…' : 'Save retention'}
      </button>
      {(problem ?? error) && (
        <p role="alert" className={ERROR_BOX}>
          {problem ?? error}
        </p>
      )}
    </form>
  );
}
