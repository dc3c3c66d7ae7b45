import type { MessageSpec } from './spec';

/**
 * Messages of the cross-post composer (drafts, posting, accounts). Feature-owned: merged into the
 * one protocol in lib/messaging.ts.
 */
export const composeMessages = {} as const satisfies Record<string, MessageSpec>;

/** Reply type of each message above, by name. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as messages are added
export interface ComposeResponses {}
