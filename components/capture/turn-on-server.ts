import { browser } from 'wxt/browser';
import { captureServerOrigin, serverPattern } from '@/lib/capture/servers';
import type { Platform } from '@/lib/platforms/registry';
import { sendMessage } from '@/lib/send-message';

/**
 * Turns capture on for a server: asks the browser for access to that one origin, then the
 * background to register the server's capture scripts. Must be called from the user's click, with
 * nothing awaited before: browsers let a page ask for a permission only while it handles one.
 * Resolves to the error to show, or undefined.
 */
export function turnOnCaptureServer(network: Platform, server: string): Promise<string | undefined> {
  let origin: string;
  try {
    origin = captureServerOrigin(server);
  } catch {
    return Promise.resolve('That is not the https address of a server.');
  }
  return browser.permissions.request({ origins: [serverPattern(origin)] }).then(
    async (granted) => {
      if (!granted) return `Crossfeed needs your permission to read ${origin} to capture there.`;
      const reply = await sendMessage('addCaptureServer', { network, server: origin });
      return reply?.ok ? reply.data.error : (reply?.error ?? 'Crossfeed did not answer.');
    },
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

/** Turns capture off for a server (its scripts and, unless the composer needs it, its permission go). */
export async function turnOffCaptureServer(origin: string): Promise<string | undefined> {
  const reply = await sendMessage('removeCaptureServer', { origin });
  return reply?.ok ? reply.data.error : (reply?.error ?? 'Crossfeed did not answer.');
}
