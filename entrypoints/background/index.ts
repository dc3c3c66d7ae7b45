import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { countRejection } from '@/lib/background/rejections';
import { applyToolbarAction } from '@/lib/store/toolbar';
import { readSettings } from '@/lib/settings';
import { getDb } from '@/lib/db';
import { createLogger, describeError } from '@/lib/kit/log';
import { MESSAGES } from '@/lib/messages';
import { routeMessage } from '@/lib/protocol/router';
import { pruneIngestLog } from '@/lib/store/ingest';
import { startSync } from '@/lib/sync/worker/start';

const log = createLogger('background');

export default defineBackground(() => {
  const db = getDb();
  const handlers = createHandlers(db, startSync(db));
  const ownOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  // Registered synchronously at start: a message that wakes the worker must find its listener.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    routeMessage(MESSAGES, handlers, message, sender, {
      ownId: browser.runtime.id,
      ownOrigin,
      onRejected: (reason, name) => {
        log.warn(`refused ${name ?? 'message'}: ${reason}`);
        countRejection(db, reason).catch((error) => log.error('could not count a refused message', error));
      },
    }).then(sendResponse, (error) => sendResponse({ ok: false, error: describeError(error) }));
    return true;
  });

  const applyToolbar = async () => {
    await applyToolbarAction((await readSettings(db)).toolbarAction);
  };
  browser.runtime.onInstalled.addListener(() => {
    applyToolbar().catch((error) => log.error('toolbar setup failed', error));
  });
  browser.runtime.onStartup.addListener(() => {
    applyToolbar().catch((error) => log.error('toolbar setup failed', error));
    pruneIngestLog(db, Date.now()).catch((error) => log.error('ingest log prune failed', error));
  });
});
