/*
 * The composer's framework-free surface for extension pages (popup, side panel): counting,
 * splitting, the plan, the status model and thread preparation. Only pages import compose/page/:
 * the worker never carries twitter-text.
 */
export { countFor, type CountLimits, type CountResult } from './count';
export { splitIntoThread, threadNumbering } from './split';
export {
  planNetworks,
  postable,
  crosspostRequest,
  reachOf,
  limitsFor,
  type NetworkPlan,
  type Reach,
} from './plan';
export type { Failure, FailureKind, SendStatus, Result } from '../status';
export {
  prepareThread,
  threadStatus,
  type ThreadPart,
  type PartResult,
  type PostedRef,
  type LinkCardInput,
} from '../thread';
