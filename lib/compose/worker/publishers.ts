import type { Platform } from '../../platforms/registry';
import type { NetworkPublisher } from '../publisher';

/**
 * The networks that post through an API, found in their folders (lib/platforms/<id>/compose/publish.ts).
 * Vite resolves the glob when the background is built.
 */
const PUBLISHERS = import.meta.glob<NetworkPublisher>('../../platforms/*/compose/publish.ts', {
  eager: true,
  import: 'publisher',
});

export function publisherOf(network: Platform): NetworkPublisher | undefined {
  return PUBLISHERS[`../../platforms/${network}/compose/publish.ts`];
}
