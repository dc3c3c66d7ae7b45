import { settingsChangeSchema, type Settings } from '../settings';
import type { MessageSpec } from './spec';

/**
 * Messages of data management (settings, retention, storage, export/import, delete everything).
 * Feature-owned: each feature's table is merged into the one protocol in lib/messaging.ts.
 */
export const dataMessages = {
  updateSettings: { channel: 'page', request: settingsChangeSchema },
} as const satisfies Record<string, MessageSpec>;

/** Reply type of each message above, by name. */
export interface DataResponses {
  updateSettings: Settings;
}
