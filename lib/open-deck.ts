import { browser } from 'wxt/browser';

/** Opens the deck (the feed in columns) in a new tab, beside the current one. */
export async function openDeck(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/deck.html') });
}
