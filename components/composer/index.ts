/* The composer's public surface for the pages (side panel, popup) and the feed's post actions. */
export { Composer } from './composer';
export { QuickComposer } from './quick-composer';
export {
  openComposerWith,
  openReplyOn,
  replyLabel,
  cardForPost,
  COMPOSER_OPEN_EVENT,
  type SharablePost,
} from './open-composer';
