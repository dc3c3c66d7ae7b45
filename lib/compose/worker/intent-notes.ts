import { network as networkOf, type Platform } from '../../platforms/registry';
import type { ThreadPart } from '../thread';

/**
 * What the user must know when a network's compose page opens with files attached to the post:
 * those pages take text only. With "send for me" on, the files are put into the page's own file
 * input (content/send-for-me.ts); otherwise the user adds them there, and the status line offers
 * to copy each picture.
 */
export function intentNotes(network: Platform, parts: readonly ThreadPart[], sendForMe: boolean): string[] {
  const files = parts.flatMap((part) => part.media ?? []);
  if (!files.length) return [];
  const { label, compose } = networkOf(network);
  // Only a compose page Crossfeed has a "send for me" script for can be given files.
  const attached = sendForMe && Boolean(compose.intentPages?.length);
  const pictures = files.filter((f) => f.kind === 'image').length;
  const what = [
    pictures ? `${pictures} picture${pictures === 1 ? '' : 's'}` : '',
    files.length > pictures ? 'the video' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  if (attached)
    return [`Crossfeed attaches ${what} on ${label}'s page, waits for the upload, then presses Post.`];
  return [
    `Add ${what} on ${label}'s page yourself: its compose page cannot take files from Crossfeed. Copy each from here.`,
  ];
}
