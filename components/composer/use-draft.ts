import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { newTid } from '@/lib/kit/tid';
import { currentDraft } from '@/lib/compose/page/draft-query';
import { PLATFORMS, type Platform } from '@/lib/platforms/registry';
import type { DraftRow } from '@/lib/compose/records';
import { getDb } from '@/lib/db';
import { languageSchema } from '@/lib/compose/schemas';
import { sendMessage } from '@/lib/send-message';

/** How long typing may pause before the draft is written (a keystroke each time would be too many). */
export const DRAFT_SAVE_DELAY_MS = 300;

export type Draft = Pick<
  DraftRow,
  'id' | 'text' | 'networks' | 'split' | 'card' | 'media' | 'variants' | 'options' | 'scheduleAt'
>;

/** A new draft goes to every network (the composer greys out those it cannot reach). */
export const DEFAULT_NETWORKS: readonly Platform[] = PLATFORMS;

/** The browser's language, as the post's language until the user picks another. */
function browserLanguage(): string | undefined {
  const tag = typeof navigator === 'undefined' ? undefined : navigator.language;
  return tag && languageSchema.safeParse(tag).success ? tag : undefined;
}

export function blankDraft(networks: readonly Platform[] = DEFAULT_NETWORKS): Draft {
  const lang = browserLanguage();
  return {
    id: `draft-${newTid()}`,
    text: '',
    networks: [...networks],
    split: [],
    media: [],
    variants: {},
    options: lang ? { lang } : {},
  };
}

function toMessage(draft: Draft) {
  return {
    id: draft.id,
    text: draft.text,
    networks: draft.networks,
    split: draft.split,
    media: draft.media,
    variants: draft.variants,
    options: draft.options,
    ...(draft.card ? { card: draft.card } : {}),
    ...(draft.scheduleAt !== undefined ? { scheduleAt: draft.scheduleAt } : {}),
  };
}

/**
 * The draft being written: opened from the store (the newest unposted one), changed locally at
 * once and written through the background ~300 ms after typing pauses, and at once when the page
 * is hidden or closed. A draft another page made newer (openComposerWith) replaces the one shown.
 */
export function useDraft(): {
  draft: Draft | undefined;
  /** A change to the draft as shown now (a function: of the draft as it is when the change lands). */
  change: (next: Partial<Draft> | ((current: Draft) => Partial<Draft>)) => void;
  startNew: () => void;
} {
  const stored = useLiveQuery(async () => (await currentDraft(getDb())) ?? null, []);
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const pending = useRef<Draft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastLocalEdit = useRef(0);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (next) void sendMessage('saveDraft', toMessage(next));
  }, []);

  const shownRef = useRef<Draft | undefined>(undefined);
  const show = useCallback((next: Draft) => {
    shownRef.current = next;
    setDraft(next);
  }, []);

  useEffect(() => {
    if (stored === undefined) return;
    const shown = shownRef.current;
    if (!shown) show(stored ?? blankDraft());
    // Another page opened the composer with a post: adopt its draft unless we typed since.
    else if (stored && stored.id !== shown.id && stored.updatedAt > lastLocalEdit.current) show(stored);
  }, [stored, show]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const change = useCallback(
    (patch: Partial<Draft> | ((current: Draft) => Partial<Draft>)) => {
      const shown = shownRef.current;
      if (!shown) return;
      // Files arrive after an await: their change is computed from the draft as it is then.
      const next = { ...shown, ...(typeof patch === 'function' ? patch(shown) : patch) };
      show(next);
      pending.current = next;
      lastLocalEdit.current = Date.now();
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
    },
    [flush, show],
  );

  const startNew = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
    lastLocalEdit.current = Date.now();
    show(blankDraft(shownRef.current?.networks));
  }, [show]);

  return { draft, change, startNew };
}
