import { useState } from 'react';
import type { UserState } from '@/lib/db';

/** Tags and a note of a saved post, edited in place (written through the background). */
export function SavedNotes({
  state,
  onChange,
}: {
  state: UserState;
  onChange: (change: { tags: string[]; note: string }) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  if (!editing) {
    return (
      <div className="mt-1 flex flex-wrap items-center gap-1 text-xs">
        {state.tags.map((tag) => (
          <span
            key={tag}
            className="rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
          >
            {tag}
          </span>
        ))}
        {state.note && <span className="text-neutral-600 italic dark:text-neutral-400">{state.note}</span>}
        <button
          type="button"
          className="focus-ring rounded px-1 text-sky-700 hover:underline dark:text-sky-400"
          onClick={() => {
            setTags(state.tags.join(', '));
            setNote(state.note ?? '');
            setEditing(true);
          }}
        >
          {state.tags.length > 0 || state.note ? 'Edit tags and note' : 'Add tags or a note'}
        </button>
      </div>
    );
  }
  return (
    <form
      className="mt-1 space-y-1 text-xs"
      onSubmit={(event) => {
        event.preventDefault();
        const list = tags
          .split(',')
          .map((tag) => tag.trim())
          .filter((tag) => tag.length > 0)
          .slice(0, 50);
        onChange({ tags: list, note });
        setEditing(false);
      }}
    >
      <label className="block">
        <span className="block text-neutral-500">Tags (comma separated)</span>
        <input
          value={tags}
          onChange={(event) => setTags(event.target.value)}
          maxLength={500}
          className="focus-ring w-full rounded border border-neutral-300 bg-transparent px-1 py-0.5 dark:border-neutral-700"
        />
      </label>
      <label className="block">
        <span className="block text-neutral-500">Note</span>
        <textarea
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={10_000}
          rows={2}
          className="focus-ring w-full rounded border border-neutral-300 bg-transparent px-1 py-0.5 dark:border-neutral-700"
        />
      </label>
      <div className="flex gap-2">
        <button
          type="submit"
          className="focus-ring rounded bg-sky-600 px-2 py-0.5 text-white hover:bg-sky-700"
        >
          Save tags and note
        </button>
        <button
          type="button"
          className="focus-ring rounded px-2 py-0.5 hover:underline"
          onClick={() => setEditing(false)}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
