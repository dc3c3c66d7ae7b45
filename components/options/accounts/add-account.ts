import type { Platform } from '@/lib/platforms/registry';
import { sendMessage } from '@/lib/send-message';

/** Asks the background to sign in with a network's form; the error in words, or undefined. */
export async function addAccount(
  network: Platform,
  input: Record<string, string>,
): Promise<string | undefined> {
  const reply = await sendMessage('addAccount', { network, input });
  return reply?.ok ? reply.data.error : (reply?.error ?? 'Crossfeed did not answer.');
}

export async function removeAccount(network: Platform): Promise<string | undefined> {
  const reply = await sendMessage('removeAccount', { network });
  return reply?.ok ? undefined : (reply?.error ?? 'Crossfeed did not answer.');
}
