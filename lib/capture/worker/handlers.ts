import type { CrossfeedDB } from '../../db';
import { createLogger } from '../../kit/log';
import type { HandlersOf } from '../../protocol/spec';
import { ingestBatch } from '../../store/ingest';
import { maybePruneAfterIngest } from '../../store/retention';
import type { captureMessages, IngestAck } from '../protocol';
import { isQuotaError } from '../storage-full';
import { addCaptureServer, removeCaptureServer } from './servers';
import { createStorageFullFlag, type StorageFullFlag } from './storage-full-flag';
import { createTabBudget, type TabBudget } from './tab-budget';

const log = createLogger('capture');

/** Handlers of the capture messages (lib/capture/protocol.ts). */
export function createCaptureHandlers(
  db: CrossfeedDB,
  now: () => number = Date.now,
  budget: TabBudget = createTabBudget(),
  storageFull: StorageFullFlag = createStorageFullFlag(),
): HandlersOf<typeof captureMessages> {
  return {
    async ingest(batch, context) {
      if (!context.platform) throw new Error('capture without a platform');
      const at = now();
      let ack: IngestAck;
      try {
        ack = await ingestBatch(db, batch, context.platform, at, {
          allow: (wanted) => budget.take(context.tabId, wanted, at),
        });
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        // Nothing of the batch was written (one transaction): the sender keeps it and tries again.
        await storageFull.set(at);
        return {
          batchId: batch.batchId,
          stored: 0,
          created: 0,
          duplicate: false,
          rejected: [],
          storageFull: true,
        };
      }
      await storageFull.clear();
      // Retention runs at most every few minutes, after the ack's write, never delaying the ack.
      maybePruneAfterIngest(db, now()).catch((error) => log.error('retention failed', error));
      return ack;
    },
    addCaptureServer: ({ network, server }) => addCaptureServer(network, server, now()),
    removeCaptureServer: ({ origin }) => removeCaptureServer(origin),
  };
}
