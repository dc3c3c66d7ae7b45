import { browser } from 'wxt/browser';
import { readAccountsView } from '../../compose/worker/accounts';
import { createLogger } from '../../kit/log';
import { network as networkOf, networkOfHost, type Platform } from '../../platforms/registry';
import type { CaptureServersReply } from '../protocol';
import {
  CAPTURE_SERVERS_KEY,
  MAX_CAPTURE_SERVERS,
  captureServerOrigin,
  readCaptureServers,
  serverPattern,
  type CaptureServer,
} from '../servers';
import { sameScript, SCRIPT_ID_PREFIX, serverScripts } from './server-scripts';

const log = createLogger('capture-servers');

/*
 * Capture on the user's own servers (Mastodon): the list in storage.local (lib/capture/servers.ts),
 * the content scripts registered for each server, and the host permission that lets them run — kept
 * in step here, the list being the truth. The page asks the browser for the permission from the
 * user's click (only a page can); this adds the server only once the permission is there.
 */

/** Changes run one after another: each reads the list, changes it and writes it back. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Origin → network of the servers turned on, for the sender check; rebuilt after every change. */
let lookup: Promise<Map<string, Platform>> | undefined;

/** The network whose capture the user turned on for `origin` (the background's sender check). */
export async function captureServerNetwork(origin: string): Promise<Platform | undefined> {
  if (!lookup) {
    watchList();
    lookup = readCaptureServers().then((servers) => new Map(servers.map((s) => [s.origin, s.network])));
  }
  return (await lookup).get(origin);
}

let watching = false;
/** A change written from elsewhere (another extension page, an older worker) is seen too. */
function watchList(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CAPTURE_SERVERS_KEY in changes) lookup = undefined;
  });
}

async function writeServers(servers: CaptureServer[]): Promise<void> {
  lookup = undefined;
  await browser.storage.local.set({ [CAPTURE_SERVERS_KEY]: servers });
  lookup = undefined;
}

function hasAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [serverPattern(origin)] });
}

export function addCaptureServer(
  network: Platform,
  server: string,
  now: number,
): Promise<CaptureServersReply> {
  return serial(() => add(network, server, now));
}

export function removeCaptureServer(origin: string): Promise<CaptureServersReply> {
  return serial(() => remove(origin));
}

/** After the user took a permission back in the browser's own settings: capture there ends too. */
export function forgetServers(patterns: readonly string[]): Promise<void> {
  return serial(() => forget(patterns));
}

async function add(network: Platform, server: string, now: number): Promise<CaptureServersReply> {
  const servers = await readCaptureServers();
  const adapter = networkOf(network);
  if (!adapter.capture.userServers) return { servers, error: `${adapter.label} is not captured per server.` };
  let origin: string;
  try {
    origin = captureServerOrigin(server);
  } catch {
    return { servers, error: 'That is not the https address of a server.' };
  }
  const known = networkOfHost(new URL(origin).host);
  if (known) return { servers, error: `${origin} is ${known.label}'s, captured without being added.` };
  if (!(await hasAccess(origin))) {
    return {
      servers,
      error: `Crossfeed needs your permission to read ${origin}: allow it when the browser asks.`,
    };
  }
  const others = servers.filter((entry) => entry.origin !== origin);
  if (others.length >= MAX_CAPTURE_SERVERS)
    return { servers, error: 'That is as many servers as Crossfeed keeps.' };
  const kept = servers.find((entry) => entry.origin === origin && entry.network === network);
  const next = [...others, kept ?? { origin, network, addedAt: now }];
  await writeServers(next);
  await sync();
  return { servers: next };
}

async function remove(origin: string): Promise<CaptureServersReply> {
  const servers = await readCaptureServers();
  const next = servers.filter((entry) => entry.origin !== origin);
  await writeServers(next);
  await sync();
  // The permission goes too, unless the composer posts through that server (its API may need it).
  const accounts = await readAccountsView();
  const posting = Object.values(accounts).some((account) => sameOrigin(account?.server, origin));
  if (!posting) {
    await browser.permissions
      .remove({ origins: [serverPattern(origin)] })
      .catch((error: unknown) => log.warn(`could not drop the permission for ${origin}`, error));
  }
  return { servers: next };
}

async function forget(patterns: readonly string[]): Promise<void> {
  const gone = new Set(patterns);
  const servers = await readCaptureServers();
  const next = servers.filter((entry) => !gone.has(serverPattern(entry.origin)));
  if (next.length === servers.length) return;
  await writeServers(next);
  await sync();
}

/**
 * Registers exactly the scripts the list calls for and unregisters any other of ours: run after
 * every change, at install and update, and at browser start (a script left by an older version, or
 * one missing after a failed registration, is put right).
 */
export function syncCaptureServers(): Promise<void> {
  return serial(sync);
}

async function sync(): Promise<void> {
  const servers = await readCaptureServers();
  const wanted = servers.flatMap((server) => serverScripts(networkOf(server.network), server.origin));
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(SCRIPT_ID_PREFIX),
  );
  const stale = registered.filter((script) => !wanted.some((want) => sameScript(script, want)));
  if (stale.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  const missing = wanted.filter((want) => !registered.some((script) => sameScript(script, want)));
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
}

function sameOrigin(server: string | undefined, origin: string): boolean {
  try {
    return server !== undefined && new URL(server).origin === origin;
  } catch {
    return false;
  }
}
