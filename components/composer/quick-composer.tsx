import { ComposerEditor } from './composer-editor';

/** The popup's composer: the editor and the status of what was just posted, no history. */
export function QuickComposer() {
  return (
    <section aria-label="Quick cross-post" className="p-3">
      <ComposerEditor rows={3} />
    </section>
  );
}
