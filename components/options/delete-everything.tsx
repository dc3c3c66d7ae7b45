import { useId, useState } from 'react';
import { sendMessage } from '@/lib/send-message';
import type { DeleteEverythingResult } from '@/lib/store/protocol';
import { BUTTON, BUTTON_DANGER, ERROR_BOX, INPUT, OK_BOX } from './styles';

const CONFIRM_WORD = 'delete';

/** Two steps: open the confirmation, type "delete", then confirm. The background does the deleting. */
export function DeleteEverything() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [includeSettings, setIncludeSettings] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<DeleteEverythingResult>();
  const confirmId = useId();

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const reply = await sendMessage('deleteEverything', { confirm: CONFIRM_WORD, includeSettings });
      if (!reply) setError('The background did not answer; nothing may have been deleted. Try again.');
      else if (!reply.ok) setError(reply.error);
      else {
        setDone(reply.data);
        setOpen(false);
        setTyped('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-3">
      {!open ? (
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            setOpen(true);
            setDone(undefined);
          }}
        >
          Delete everything…
        </button>
      ) : (
        <form
          aria-label="Confirm deleting everything"
          className="space-y-3 rounded border border-red-400 p-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim().toLowerCase() === CONFIRM_WORD) void run();
          }}
        >
          <p className="text-sm">
            This deletes every captured post, your saved posts, tags and notes, and the capture health records
            from this browser (composer drafts and accounts are kept). It cannot be undone; export first if
            you may want them back.
          </p>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={includeSettings}
              onChange={(event) => setIncludeSettings(event.target.checked)}
            />
            Also reset settings (retention, mute words, saved searches, toolbar button)
          </label>
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor={confirmId}>
              Type <strong>{CONFIRM_WORD}</strong> to confirm
            </label>
            <input
              id={confirmId}
              value={typed}
              autoComplete="off"
              onChange={(event) => setTyped(event.target.value)}
              className={`${INPUT} w-48`}
              autoFocus
            />
          </div>
          <div className="flex gap-2">
            <button
              type="submit"
              className={BUTTON_DANGER}
              disabled={busy || typed.trim().toLowerCase() !== CONFIRM_WORD}
            >
              {busy ? 'Deleting…' : 'Delete everything'}
            </button>
            <button type="button" className={BUTTON} onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className={ERROR_BOX}>
          {error}
        </p>
      )}
      <div role="status">
        {done && (
          <p className={OK_BOX}>
            Deleted {done.posts.toLocaleString()} posts and {done.userState.toLocaleString()} saved/tagged
            entries
            {done.settings > 0 ? ', and reset the settings' : ''}.
          </p>
        )}
      </div>
    </div>
  );
}
