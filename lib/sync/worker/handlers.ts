import type { HandlersOf } from '../../protocol/spec';
import type { dataMessages } from '../../store/protocol';
import type { syncMessages } from '../protocol';
import type { SyncEngine } from './engine';

/** Handlers of the sync messages (lib/sync/protocol.ts). */
export function createSyncHandlers(engine: SyncEngine): HandlersOf<typeof syncMessages> {
  return {
    setSyncOptions: (change) => engine.setOptions(change),
    syncNow: () => engine.syncNow(),
  };
}

type DataHandlers = HandlersOf<typeof dataMessages>;

/**
 * The user-data handlers (lib/store/handlers.ts), each edit followed by a sync pass (debounced: a
 * burst of edits is one write), and "delete everything" run between passes.
 */
export function withSync(data: DataHandlers, engine: SyncEngine): DataHandlers {
  return {
    ...data,
    async updateUserState(change, context) {
      const reply = await data.updateUserState(change, context);
      engine.schedule('local');
      return reply;
    },
    async updateSettings(change, context) {
      await engine.noteSettingsEdit(Object.keys(change));
      const reply = await data.updateSettings(change, context);
      engine.schedule('local');
      return reply;
    },
    deleteEverything: (request, context) =>
      engine.afterDeleteEverything(() => data.deleteEverything(request, context), request.includeSettings),
  };
}
