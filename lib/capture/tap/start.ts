import { createBridgeEmitter } from '../bridge';
import type { NetworkCaptureSource } from '../source';
import { installNetworkTap } from './install';

/**
 * What each network's MAIN-world entrypoint runs at document_start: the tap, wired to the bridge.
 * Its parses get no `validate` (see CaptureContext): the background checks every post.
 */
export function startNetworkTap(source: NetworkCaptureSource): void {
  installNetworkTap(globalThis, {
    sources: [source],
    emit: createBridgeEmitter(globalThis),
    pageUrl: () => location.href,
  });
}
