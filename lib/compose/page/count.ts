import { network as networkOf, type Platform } from '../../platforms/registry';
import type { CountLimits, CountResult, NetworkCounter } from '../count-types';

export type { CountLimits, CountResult } from '../count-types';

/**
 * Every network's counting rule, found in its folder (lib/platforms/<id>/compose/count.ts). Vite
 * resolves the glob when the extension pages are built; the worker never imports this file, so its
 * bundle never carries twitter-text.
 */
const COUNTERS = import.meta.glob<NetworkCounter>('../../platforms/*/compose/count.ts', {
  eager: true,
  import: 'counter',
});

export function counterOf(network: Platform): NetworkCounter {
  const counter = COUNTERS[`../../platforms/${network}/compose/count.ts`];
  if (!counter) throw new Error(`${networkOf(network).label} has no counting rule (compose/count.ts)`);
  return counter;
}

/**
 * The count of `text` on `network` by that network's own rule. `limits` matters only where the
 * user's server announces its own (Mastodon); the others' limits are fixed.
 */
export function countFor(network: Platform, text: string, limits?: CountLimits): CountResult {
  return counterOf(network).count(text, limits);
}
