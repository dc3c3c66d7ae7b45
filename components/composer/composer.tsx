import { ComposerEditor } from './composer-editor';
import { CrosspostHistory } from './history';

/** The full composer for the side panel: the editor, then the history of cross-posts. */
export function Composer() {
  return (
    <section aria-label="Cross-post composer" className="p-3">
      <ComposerEditor rows={6} />
      <CrosspostHistory />
    </section>
  );
}
