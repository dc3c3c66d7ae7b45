import { browser } from 'wxt/browser';
import type { Settings } from '../settings';

/**
 * What the toolbar button opens. In Chrome it opens the side panel (the feed) unless the user chose
 * the quick popup in the options; Firefox shows the popup, which has an "open sidebar" button.
 */
export type ToolbarAction = Settings['toolbarAction'];

export async function applyToolbarAction(action: ToolbarAction): Promise<void> {
  const sidePanel = (
    browser as unknown as {
      sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
    }
  ).sidePanel;
  if (!sidePanel) return;
  await sidePanel.setPanelBehavior({ openPanelOnActionClick: action === 'sidepanel' });
  await browser.action.setPopup({ popup: action === 'popup' ? 'popup.html' : '' });
}
