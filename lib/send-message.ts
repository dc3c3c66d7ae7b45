import { createSender } from './protocol/client';
import type { Messages } from './messages';

/**
 * Sends one message of the protocol to the background (extension pages and content scripts).
 * The table is imported as a type only, so a content script never carries other features' schemas.
 */
export const sendMessage = createSender<Messages>();
