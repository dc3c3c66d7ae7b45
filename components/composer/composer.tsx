import { ComposerEditor } from './composer-editor';
import { CrosspostHistory } from './history';
import { ScheduleQueue } from './schedule-queue';

/** The full composer for the side panel: the editor, the scheduled posts, then the history of cross-posts. */
export function Composer() {
  return (
    <section aria-label="Cross-post composer" className="p-3">
      <ComposerEditor rows={6} />
      <ScheduleQueue />
      <CrosspostHistory />
    </section>
  );
}
