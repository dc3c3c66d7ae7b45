import { leaveValidationToTheBackground } from '../../post';
import { createBridgeEmitter } from '../bridge';
import type { NetworkCaptureSource } from '../source';
import { installNetworkTap } from './install';

/** What each platform's MAIN-world entrypoint runs at document_start: the tap, wired to the bridge. */
export function startNetworkTap(source: NetworkCaptureSource): void {
  leaveValidationToTheBackground();
  installNetworkTap(globalThis, {
    sources: [source],
    emit: createBridgeEmitter(globalThis),
    pageUrl: () => location.href,
  });
}
