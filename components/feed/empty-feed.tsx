import { userServerNetworks } from '@/lib/capture/servers';
import { NETWORKS } from '@/lib/platforms/registry';

const list = (items: string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat('en', { type }).format(items);

/** "x.com, www.threads.com or bsky.app": where capture runs with nothing to turn on. */
const STATIC_HOSTS = list(
  NETWORKS.filter((network) => network.capture.matches && network.webHosts[0]).map(
    (network) => network.webHosts[0]!,
  ),
  'disjunction',
);
const USER_SERVER_LABELS = list(
  userServerNetworks().map((network) => network.label),
  'conjunction',
);

/**
 * What an empty feed says: where to scroll, and how to turn capture on for a Mastodon server (its
 * servers are the user's, so nothing is read there until they add one).
 */
export function EmptyFeed() {
  return (
    <div className="space-y-2 p-3 text-sm text-neutral-500" data-testid="empty-feed">
      <p>No posts yet. Scroll your timeline on {STATIC_HOSTS} and what you read appears here.</p>
      {USER_SERVER_LABELS && (
        <p>
          On {USER_SERVER_LABELS}, turn capture on for your server first: in{' '}
          <a
            href="/options.html#capture-servers"
            target="_blank"
            rel="noopener noreferrer"
            className="focus-ring text-sky-700 underline dark:text-sky-400"
          >
            Settings → Capture on {USER_SERVER_LABELS} servers
          </a>
          , or with “Capture this server” in Crossfeed’s toolbar popup while its page is open.
        </p>
      )}
    </div>
  );
}
