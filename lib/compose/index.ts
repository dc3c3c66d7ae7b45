/*
 * The composer's framework-free surface for the UI (popup, side panel): counting, splitting,
 * intents, the status model and thread preparation. The API clients are imported from
 * ./bluesky and ./mastodon directly by the background, so its bundle never carries twitter-text.
 */
export { countFor, type CountLimits, type CountResult } from './count';
export { splitIntoThread, threadNumbering } from './split';
export {
  xIntentUrl,
  threadsIntentUrl,
  blueskyIntentUrl,
  intentUrl,
  replyUrl,
  type IntentNetwork,
  type IntentOptions,
} from './intents';
export { COMPOSE_NETWORKS, NETWORK_LABELS, type ComposeNetwork } from './networks';
export type { Failure, FailureKind, SendStatus, Result } from './status';
export {
  prepareThread,
  threadStatus,
  type ThreadPart,
  type PartResult,
  type PostedRef,
  type LinkCardInput,
} from './thread';
