import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { countRejection } from '@/lib/background/rejections';
import { applyToolbarAction } from '@/lib/store/toolbar';
import { captureServerNetwork, forgetServers, syncCaptureServers } from '@/lib/capture/worker/servers';
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
      runtimeCaptureOrigin: captureServerNetwork,
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
  // The content scripts of the servers the user turned capture on for, kept in step with the list.
  const syncServers = () => {
    syncCaptureServers().catch((error) => log.error('capture servers could not be registered', error));
  };
  browser.permissions.onRemoved.addListener(({ origins }) => {
    if (origins?.length)
      forgetServers(origins).catch((error) => log.error('capture servers could not be updated', error));
  });
  browser.runtime.onInstalled.addListener(() => {
    applyToolbar().catch((error) => log.error('toolbar setup failed', error));
    syncServers();
  });
  browser.runtime.onStartup.addListener(() => {
    applyToolbar().catch((error) => log.error('toolbar setup failed', error));
    syncServers();
    pruneIngestLog(db, Date.now()).catch((error) => log.error('ingest log prune failed', error));
  });
});
