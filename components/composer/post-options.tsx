import { useMemo } from 'react';
import { languageChoices } from '@/lib/compose/page/languages';
import { fromInputValue, toInputValue } from '@/lib/compose/page/schedule-input';
import { SELF_LABELS, type PostOptions, type SelfLabel } from '@/lib/compose/post-options';

const LABEL_WORDS: Record<SelfLabel, string> = {
  sexual: 'Sexually suggestive',
  nudity: 'Nudity',
  porn: 'Adult content',
  'graphic-media': 'Graphic media',
};

const field = 'rounded border border-neutral-300 bg-transparent px-1 py-0.5 text-xs dark:border-neutral-700';

interface Props {
  options: PostOptions;
  scheduleAt: number | undefined;
  scheduleProblem: string | undefined;
  onOptions: (options: PostOptions) => void;
  onSchedule: (at: number | undefined) => void;
}

/** Content warning, media label, language and time: for every network (each line below says what it takes). */
export function PostOptionsFields({ options, scheduleAt, scheduleProblem, onOptions, onSchedule }: Props) {
  const languages = useMemo(() => languageChoices(navigator.languages), []);
  const warning = options.warning ?? {};
  const setWarning = (next: typeof warning) => onOptions({ ...options, warning: next });
  return (
    <details className="text-xs" open={Boolean(warning.text || warning.label || scheduleAt)}>
      <summary className="cursor-pointer text-neutral-600 dark:text-neutral-400">
        Content warning, language, time
      </summary>
      <div className="mt-1 grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1">
        <label htmlFor="composer-cw">Content warning</label>
        <input
          id="composer-cw"
          className={field}
          placeholder="Shown before the post (Mastodon)"
          value={warning.text ?? ''}
          onChange={(event) => setWarning({ ...warning, text: event.target.value })}
        />
        <label htmlFor="composer-label">Media label</label>
        <select
          id="composer-label"
          className={field}
          value={warning.label ?? ''}
          onChange={(event) => {
            const label = SELF_LABELS.find((l) => l === event.target.value);
            const { label: _old, ...rest } = warning;
            setWarning(label ? { ...rest, label } : rest);
          }}
        >
          <option value="">None</option>
          {SELF_LABELS.map((label) => (
            <option key={label} value={label}>
              {LABEL_WORDS[label]}
            </option>
          ))}
        </select>
        <label htmlFor="composer-lang">Language</label>
        <select
          id="composer-lang"
          className={field}
          value={options.lang ?? ''}
          onChange={(event) => {
            const { lang: _old, ...rest } = options;
            onOptions(event.target.value ? { ...rest, lang: event.target.value } : rest);
          }}
        >
          <option value="">Not said</option>
          {languages.map((language) => (
            <option key={language.tag} value={language.tag}>
              {language.label}
            </option>
          ))}
        </select>
        <label htmlFor="composer-when">Post at</label>
        <span className="flex items-center gap-1">
          <input
            id="composer-when"
            type="datetime-local"
            className={field}
            value={scheduleAt === undefined ? '' : toInputValue(scheduleAt)}
            onChange={(event) => onSchedule(fromInputValue(event.target.value))}
          />
          {scheduleAt !== undefined && (
            <button type="button" className={field} onClick={() => onSchedule(undefined)}>
              Now instead
            </button>
          )}
        </span>
      </div>
      {scheduleProblem && <p className="mt-1 text-red-700 dark:text-red-400">{scheduleProblem}</p>}
      {scheduleAt !== undefined && !scheduleProblem && (
        <p className="mt-1 text-neutral-500">
          Mastodon holds a single post on its server; the others are posted by this browser at that time, if
          it is running. A time missed while it is closed is never posted late: Crossfeed asks first.
        </p>
      )}
    </details>
  );
}
