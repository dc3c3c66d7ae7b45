import { countBluesky } from './count-bluesky';
import { countMastodon } from './count-mastodon';
import type { CountLimits, CountResult } from './count-types';
import { countThreads } from './count-threads';
import { countX } from './count-x';
import type { ComposeNetwork } from './networks';

export type { CountLimits, CountResult } from './count-types';

// One counter per network; the Record type makes a new network a compile error until counted.
const COUNTERS: Record<ComposeNetwork, (text: string, limits?: CountLimits) => CountResult> = {
  x: countX,
  threads: countThreads,
  bluesky: countBluesky,
  mastodon: countMastodon,
};

/**
 * The count of `text` on `network` by that network's own rule. `limits` matters only for
 * Mastodon, whose instance announces them; the others' limits are fixed.
 */
export function countFor(network: ComposeNetwork, text: string, limits?: CountLimits): CountResult {
  return COUNTERS[network](text, limits);
}
