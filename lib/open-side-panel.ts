import { browser } from 'wxt/browser';

/**
 * Opens the feed beside the page: Chrome's side panel, Firefox's sidebar. Must be called from a user
 * gesture (a click in the popup), which both browsers require.
 */
export async function openSidePanel(): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidebarAction) return api.sidebarAction.open();
  if (api.sidePanel) {
    const window = await browser.windows.getCurrent();
    if (window.id !== undefined) await api.sidePanel.open({ windowId: window.id });
  }
}
