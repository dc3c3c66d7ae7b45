import { createLogger } from '../../kit/log';
import { sendMessage } from '../../send-message';
import type { IntentFile } from '../protocol';
import type { IntentPage } from './intent-page';
import { runSendForMe, type SendForMeEnd } from './send-for-me';

/**
 * File `index` of this tab's post, asked of the background piece by piece (base64 of 512 KB each:
 * a message stays small however big the file) and put together as a File for the page's input.
 */
async function fetchFile(index: number, file: IntentFile): Promise<File | undefined> {
  const pieces: Array<Uint8Array<ArrayBuffer>> = [];
  let received = 0;
  for (let offset = 0; ;) {
    const reply = await sendMessage('intentMedia', { index, offset });
    if (!reply?.ok || 'error' in reply.data) return undefined;
    const piece = Uint8Array.from(atob(reply.data.base64), (char) => char.charCodeAt(0));
    pieces.push(piece);
    received += piece.length;
    if (reply.data.done) break;
    // The background says where the next piece starts; it must move on, or this would never end.
    if (reply.data.next <= offset) return undefined;
    offset = reply.data.next;
  }
  if (received !== file.bytes) return undefined;
  return new File(pieces, file.name, { type: file.mimeType });
}

/** Wires "send for me" to the background's messages; one call per intent page. */
export function startSendForMe(module: string, page: IntentPage, signal: AbortSignal): Promise<SendForMeEnd> {
  const log = createLogger(module);
  return runSendForMe({
    doc: document,
    page,
    signal,
    check: async () => {
      const reply = await sendMessage('intentTabCheck', {});
      return reply?.ok ? reply.data : { press: false };
    },
    fetchFile,
    claim: async () => {
      const reply = await sendMessage('intentPressed', {});
      return reply?.ok === true && reply.data.recorded;
    },
    report: async (posted) => {
      await sendMessage('intentPosted', posted);
    },
  }).catch((error: unknown) => {
    log.error('send for me stopped', error);
    return 'aborted' as const;
  });
}
