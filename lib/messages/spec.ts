import type { z } from 'zod';

/** Who may send a message: a content script on an allowed page, or one of our own extension pages. */
export type Channel = 'capture' | 'page';

/** One entry of a message table: the channel allowed to send it and its payload schema. */
export interface MessageSpec {
  channel: Channel;
  request: z.ZodType;
}
