import { isHttpUrl } from '@/lib/kit/http-url';
import { network as networkOf } from '@/lib/platforms/registry';
import type { CrosspostTarget } from '@/lib/compose/records';
import { sendMessage } from '@/lib/send-message';
import { CopyPictures } from './copy-pictures';

function words(target: CrosspostTarget): string {
  const { status } = target;
  const parts = target.parts.length > 1 ? ` (${target.parts.length} posts)` : '';
  switch (status.state) {
    case 'queued':
      return 'Queued';
    case 'sending':
      return 'Sending…';
    case 'posted':
      return `Posted${parts}`;
    case 'opened':
      return target.parts.length > 1
        ? `Opened ${target.parts.length} tabs, waiting for you`
        : 'Opened, waiting for you';
    case 'scheduled':
      return `Scheduled for ${new Date(status.at).toLocaleString()}${status.onServer ? ` (${networkOf(target.network).label} holds it)` : ''}`;
    case 'missed':
      return `Not posted: its time (${new Date(status.at).toLocaleString()}) passed while the browser was closed`;
    case 'failed':
      return status.failure.message;
  }
}

/** One network's line of a cross-post: its state in words, the post's link, or why and a retry. */
export function StatusLine({ crosspostId, target }: { crosspostId: string; target: CrosspostTarget }) {
  const { status } = target;
  return (
    <li data-network={target.network} data-state={status.state} className="py-1 text-sm">
      <span className="font-medium">{networkOf(target.network).label}</span>{' '}
      <span className={status.state === 'failed' ? 'text-red-700 dark:text-red-400' : ''}>
        {words(target)}
      </span>
      {(status.state === 'posted' || status.state === 'opened') && isHttpUrl(status.url) && (
        <>
          {' '}
          <a href={status.url} target="_blank" rel="noreferrer" className="text-sky-700 underline">
            {status.state === 'posted' ? 'View post' : 'Open page'}
          </a>
        </>
      )}
      <CopyPictures target={target} />
      {status.state === 'failed' && (
        <button
          type="button"
          className="ml-2 rounded border border-neutral-300 px-2 text-xs dark:border-neutral-700"
          onClick={() => {
            void sendMessage('retryCrosspost', { crosspostId, network: target.network });
          }}
        >
          Retry
        </button>
      )}
      {target.notes?.map((note) => (
        <p key={note} className="text-xs text-neutral-500">
          {note}
        </p>
      ))}
    </li>
  );
}
