import { openExtensionPage, type LoadedExtension } from '../browser/extension';

/**
 * Turns capture on for a Mastodon server with the message the options page sends (the profile holds
 * its host permission: launchExtension grantedOrigins).
 */
export async function turnOnServer(extension: LoadedExtension, origin: string): Promise<void> {
  const options = await openExtensionPage(extension, 'options.html');
  const reply = await options.evaluate(
    (server) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        crossfeed: 1,
        name: 'addCaptureServer',
        payload: { network: 'mastodon', server },
      }),
    origin,
  );
  const data = (reply as { data?: { servers?: unknown[]; error?: string } } | undefined)?.data;
  if (!data?.servers?.length || data.error)
    throw new Error(`could not turn on ${origin}: ${JSON.stringify(reply)}`);
  await options.close();
}
