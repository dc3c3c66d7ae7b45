import type { BrowserContext, Page } from '@playwright/test';

export {
  answerFrom,
  launchExtension,
  openExtensionPage,
  serveSite,
  type LoadedExtension,
  type RoutedResponse,
} from '../../scripts/browser/extension';

/** Reads a whole object store of the extension's database from an extension page. */
export async function readStore<T = unknown>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (storeName) =>
      new Promise<T[]>((resolvePromise, reject) => {
        const open = indexedDB.open('crossfeed');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => {
            db.close();
            resolvePromise(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Stops the extension's service worker the way Chrome does when it is idle or killed. */
export async function killServiceWorker(context: BrowserContext, page: Page): Promise<boolean> {
  const session = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    const worker = targetInfos.find(
      (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
    );
    if (!worker) return false;
    await session.send('Target.closeTarget', { targetId: worker.targetId });
    return true;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
