import { browser } from 'wxt/browser';
import { captureServerOrigin, userServerNetworks } from '@/lib/capture/servers';
import { networkOfHost, type Network } from '@/lib/platforms/registry';

export interface ServerTab {
  network: Network;
  origin: string;
  tabId: number;
}

/** Runs in the tab: true when every mark is on the page. Self-contained: it is serialized into the tab. */
function hasMarks(selectors: string[]): boolean {
  return selectors.every((selector) => document.querySelector(selector) !== null);
}

/**
 * The active tab, when it shows the web app of a network whose capture runs on servers the user
 * adds (its adapter's `pageMarks`, e.g. Mastodon's `#mastodon` and `script#initial-state`). Read
 * with activeTab, which the browser grants only while the user has just opened the popup; any
 * failure (a browser page, no access) is simply "no".
 */
export async function detectServerTab(): Promise<ServerTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url) return undefined;
  let origin: string;
  try {
    origin = captureServerOrigin(tab.url);
  } catch {
    return undefined;
  }
  if (networkOfHost(new URL(origin).host)) return undefined;
  for (const network of userServerNetworks()) {
    const marks = [...(network.capture.userServers?.pageMarks ?? [])];
    try {
      const [found] = await browser.scripting.executeScript({
        target: { tabId: tab.id },
        func: hasMarks,
        args: [marks],
      });
      if (found?.result === true) return { network, origin, tabId: tab.id };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
