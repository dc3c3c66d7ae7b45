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
import type { SenderInfo } from '@/lib/protocol/sender';
import { servePorts } from '@/lib/protocol/port-server';
import { CAPTURE_PORT } from '@/lib/capture/protocol';
import { pruneIngestLog } from '@/lib/store/ingest';
import { startSync } from '@/lib/sync/worker/start';

const log = createLogger('background');

export default defineBackground(() => {
  const db = getDb();
  const handlers = createHandlers(db, startSync(db));
  const ownOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  const route = (message: unknown, sender: SenderInfo) =>
    routeMessage(MESSAGES, handlers, message, sender, {
      ownId: browser.runtime.id,
      ownOrigin,
      runtimeCaptureOrigin: captureServerNetwork,
      onRejected: (reason, name) => {
        log.warn(`refused ${name ?? 'message'}: ${reason}`);
        countRejection(db, reason).catch((error) => log.error('could not count a refused message', error));
      },
    });
  // Registered synchronously at start: a message or a connection that wakes the worker must find
  // its listener. Capture's batches come on a port (lib/protocol/port-client.ts), all else by message.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    route(message, sender).then(sendResponse, (error) =>
      sendResponse({ ok: false, error: describeError(error) }),
    );
    return true;
  });
  servePorts(CAPTURE_PORT, route);

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
