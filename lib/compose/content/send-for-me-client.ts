import { createLogger } from '../../kit/log';
import { sendMessage } from '../../send-message';
import type { IntentPage } from './intent-page';
import { runSendForMe, type SendForMeEnd } from './send-for-me';

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
