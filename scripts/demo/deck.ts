import type { Page } from '@playwright/test';
import { openExtensionPage, type LoadedExtension } from '../browser/extension';

/**
 * The demo's deck: every post, each network, and a saved search for pictures, set through the
 * background's settings writer (the message the deck's own buttons send), then opened in a tab.
 */
const SETTINGS = {
  savedSearches: [{ id: 'demo-media', name: 'Photos & video', query: 'has:media' }],
  deckColumns: [
    { id: 'demo-all', kind: 'all', width: 380 },
    { id: 'demo-x', kind: 'platform', platform: 'x', width: 380 },
    { id: 'demo-threads', kind: 'platform', platform: 'threads', width: 380 },
    { id: 'demo-media', kind: 'search', searchId: 'demo-media', width: 380 },
  ],
};

export async function openDemoDeck(extension: LoadedExtension): Promise<Page> {
  const deck = await openExtensionPage(extension, 'deck.html');
  await deck.setViewportSize({ width: 1560, height: 1000 });
  const reply = await deck.evaluate<{ ok: boolean }>(
    `chrome.runtime.sendMessage({ crossfeed: 1, name: 'updateSettings', payload: ${JSON.stringify(SETTINGS)} })`,
  );
  if (!reply.ok) throw new Error('the demo deck could not be set up');
  await deck.getByRole('region', { name: 'Column Photos & video' }).locator('article img').first().waitFor();
  // Let the (lazy) pictures in view load before any screenshot.
  await deck.waitForFunction(() =>
    [...document.images]
      .filter((image) => image.getBoundingClientRect().top < innerHeight)
      .every((image) => image.complete && image.naturalWidth > 0),
  );
  return deck;
}
