export {
  createBlueskySession,
  refreshBlueskySession,
  BLUESKY_DEFAULT_SERVICE,
  type BlueskySession,
} from './session';
export {
  publishBlueskyThread,
  type BlueskyPublishOptions,
  type BlueskyPublishOutcome,
} from './publish-thread';
export { detectBlueskyFacets, type Facet } from './facets';
export { BLUESKY_THUMB_MAX_BYTES } from './embed';
export { blueskyPostUrl } from './urls';
export { newTid, TID_PATTERN } from '../../../kit/tid';
export type { FetchLike } from './xrpc';
