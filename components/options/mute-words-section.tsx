import { useState } from 'react';
import { useSaveSettings, useSettings } from '@/components/ui/use-settings';
import { BUTTON, ERROR_BOX, HINT, INPUT } from './styles';

/** The limit of settingsSchema.muteWords (checked here too, so the user gets a sentence, not a refusal). */
const MAX_WORDS = 500;

/** Edits settings.muteWords: posts containing any of them are hidden everywhere. */
export function MuteWordsSection() {
  const settings = useSettings();
  const { save, busy, error } = useSaveSettings();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  if (!settings) return null;
  const words = settings.muteWords;

  const add = async () => {
    const word = draft.trim();
    if (word === '') return;
    if (word.length > 100) return setProblem('A mute word can be at most 100 characters.');
    if (words.some((existing) => existing.toLowerCase() === word.toLowerCase()))
      return setProblem(`"${word}" is already muted.`);
    if (words.length >= MAX_WORDS) return setProblem(`At most ${MAX_WORDS} mute words.`);
    setProblem(undefined);
    if (await save({ muteWords: [...words, word] })) setDraft('');
  };

  return (
    <div className="space-y-3">
      <p className={HINT}>
        Posts containing any of these words or phrases are hidden in the feed and the popup (matched like
        search words: case and accents do not matter). The feed shows how many posts are hidden.
      </p>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label className="flex flex-col gap-1 text-sm">
          Mute a word or phrase
          <input
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            maxLength={100}
            className={`${INPUT} w-64`}
          />
        </label>
        <button type="submit" className={BUTTON} disabled={busy || draft.trim() === ''}>
          Add
        </button>
      </form>
      {(problem ?? error) && (
        <p role="alert" className={ERROR_BOX}>
          {problem ?? error}
        </p>
      )}
      {words.length === 0 ? (
        <p className={HINT}>No muted words.</p>
      ) : (
        <ul aria-label="Muted words" className="flex flex-wrap gap-2">
          {words.map((word) => (
            <li
              key={word}
              className="flex items-center gap-1 rounded-full bg-neutral-100 py-0.5 pr-1 pl-3 text-sm dark:bg-neutral-800"
            >
              <span>{word}</span>
              <button
                type="button"
                aria-label={`Unmute ${word}`}
                disabled={busy}
                onClick={() => void save({ muteWords: words.filter((other) => other !== word) })}
                className="rounded-full px-1.5 hover:bg-neutral-200 focus-visible:outline-2 focus-visible:outline-blue-500 dark:hover:bg-neutral-700"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
