import { browser } from 'wxt/browser';
import type { CrossfeedDB } from '../../db';
import { readSettings } from '../../settings';
import { pruneByRetention } from '../../store/retention';
import { applyToolbarAction } from '../../store/toolbar';
import { browserSyncArea } from './area';
import { createSyncEngine, type SyncEngine } from './engine';

/**
 * Starts sync in the background: its listener of the sync area is registered at once (a change
 * from another browser must find it when it wakes the worker), and a first pass reads the area.
 */
export function startSync(db: CrossfeedDB): SyncEngine {
  const engine = createSyncEngine(db, browserSyncArea(), {
    onSettingsApplied: (names) => applySyncedSettings(db, names),
  });
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'sync') engine.schedule('remote');
  });
  engine.schedule('start');
  return engine;
}

/** What a settings change does beyond the store, as when the user makes it here (lib/store/handlers.ts). */
async function applySyncedSettings(db: CrossfeedDB, names: readonly string[]): Promise<void> {
  const settings = await readSettings(db);
  if (names.includes('toolbarAction')) await applyToolbarAction(settings.toolbarAction);
  if (names.includes('retentionDays') || names.includes('retentionMaxPosts')) {
    await pruneByRetention(db, settings, Date.now());
  }
}
