import type { CrossfeedDB } from '../../db';
import { createLogger } from '../../kit/log';
import type { HandlersOf } from '../../protocol/spec';
import { ingestBatch } from '../../store/ingest';
import { maybePruneAfterIngest } from '../../store/retention';
import type { captureMessages } from '../protocol';
import { addCaptureServer, removeCaptureServer } from './servers';

const log = createLogger('capture');

/** Handlers of the capture messages (lib/capture/protocol.ts). */
export function createCaptureHandlers(
  db: CrossfeedDB,
  now: () => number = Date.now,
): HandlersOf<typeof captureMessages> {
  return {
    async ingest(batch, context) {
      if (!context.platform) throw new Error('capture without a platform');
      const ack = await ingestBatch(db, batch, context.platform, now());
      // Retention runs at most every few minutes, after the ack's write, never delaying the ack.
      maybePruneAfterIngest(db, now()).catch((error) => log.error('retention failed', error));
      return ack;
    },
    addCaptureServer: ({ network, server }) => addCaptureServer(network, server, now()),
    removeCaptureServer: ({ origin }) => removeCaptureServer(origin),
  };
}
