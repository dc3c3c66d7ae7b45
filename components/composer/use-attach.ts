import { useCallback, useState } from 'react';
import { attachFiles, tooMany } from '@/lib/compose/page/attach';
import type { Draft } from './use-draft';

/** Attaching files to the draft: busy while the background takes them in, and what went wrong. */
export function useAttach(
  draft: Draft | undefined,
  change: (patch: (current: Draft) => Partial<Draft>) => void,
): { busy: boolean; errors: string[]; add: (files: File[]) => void } {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const add = useCallback(
    (files: File[]) => {
      if (!draft || !files.length) return;
      const problem = tooMany(draft.media, files);
      if (problem) return setErrors([problem]);
      setBusy(true);
      setErrors([]);
      attachFiles(draft.id, files)
        .then(({ media, errors: failed }) => {
          if (media.length) change((current) => ({ media: [...current.media, ...media] }));
          setErrors(failed);
        })
        .catch((error: unknown) => setErrors([String(error)]))
        .finally(() => setBusy(false));
    },
    [draft, change],
  );
  return { busy, errors, add };
}
