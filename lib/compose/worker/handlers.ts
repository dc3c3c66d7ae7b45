import { browser } from 'wxt/browser';
import type { CrossfeedDB } from '../../db';
import { newTid } from '../../kit/tid';
import { createLogger } from '../../kit/log';
import { network as networkOf } from '../../platforms/registry';
import type { composeMessages } from '../protocol';
import type { HandlersOf } from '../../protocol/spec';
import { readSettings } from '../../settings';
import { closeLocalStorageToContentScripts } from './account-store';
import { readAccountsView, removeAccount } from './accounts';
import { saveDraft } from './drafts';
import { checkIntentTab, claimIntentPress, readIntentMedia, recordIntentPost } from './intent-tabs';
import { browserImageCodec } from './media/codec';
import { takeInMedia, type IntakeDeps } from './media/intake';
import { pruneMedia } from './media/store';
import { CrosspostRunner, type RunDeps } from './run';
import { crosspostOfAlarm, Scheduler, type Alarms } from './scheduler';
import type { SignInDeps } from '../publisher';
import { publisherOf } from './publishers';

const log = createLogger('compose');

export type ComposeDeps = RunDeps &
  SignInDeps &
  Pick<IntakeDeps, 'readBlob'> & {
    alarms: Alarms;
    /** Registers the one listener for fired alarms (synchronously, at the worker's start). */
    onAlarm: (listener: (name: string) => void) => void;
  };

/** The browser's own tabs, identity, alarms, timers and image codec (tests pass their own). */
export function browserComposeDeps(): ComposeDeps {
  return {
    // Read through Date.now at each call (not a saved reference), so a test can move the clock.
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    openTab: async (url, active) => (await browser.tabs.create({ url, active })).id,
    autoRetries: 2,
    newId: () => newTid(),
    codec: browserImageCodec,
    readBlob: async (url, signal) => (await fetch(url, { signal })).blob(),
    redirectUri: () => browser.identity.getRedirectURL(),
    launchWebAuthFlow: (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
    alarms: {
      set: (name, when) => browser.alarms.create(name, { when }),
      clear: async (name) => {
        await browser.alarms.clear(name);
      },
    },
    onAlarm: (listener) => browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name)),
  };
}

/**
 * Handlers of the composer's messages (lib/compose/protocol.ts). Posting runs on in the
 * background after the reply, so the popup may close; its progress is written to the store.
 */
export function createComposeHandlers(
  db: CrossfeedDB,
  deps: ComposeDeps = browserComposeDeps(),
): HandlersOf<typeof composeMessages> {
  // Nothing secret is in storage.local any more; in Chrome it is also closed to content scripts.
  closeLocalStorageToContentScripts().catch((error) => log.error('could not close storage.local', error));
  const sendForMe = async () => (await readSettings(db)).sendForMe;
  const runner = new CrosspostRunner(db, deps, sendForMe);
  const scheduler = new Scheduler(db, runner, deps.alarms, deps);
  const background = (done: Promise<void>) => {
    done.catch((error) => log.error('a cross-post run failed', error));
  };
  deps.onAlarm((name) => {
    const crosspostId = crosspostOfAlarm(name);
    if (crosspostId) background(scheduler.fire(crosspostId));
  });
  // A fresh worker runs nothing: any target still `sending` was cut off by the last one's end;
  // schedules are re-armed or marked missed; files nothing needs are deleted.
  background(
    runner
      .recoverInterrupted()
      .then(() => scheduler.recover())
      .then(() => pruneMedia(db, deps.now()))
      .then(() => undefined),
  );
  return {
    saveDraft: (payload) => saveDraft(db, payload, deps.now()),
    async startCrosspost(payload) {
      const { row, done } = await runner.start(payload);
      background(done.then(() => scheduler.arrange(row)));
      return { crosspostId: row.id };
    },
    async retryCrosspost({ crosspostId, network }) {
      const { status, done } = await runner.retry(crosspostId, network);
      background(done);
      return { status };
    },
    getAccounts: () => readAccountsView(),
    async addAccount({ network, input }) {
      const publisher = publisherOf(network);
      const failure = publisher
        ? await publisher.signIn(input, deps)
        : { message: `${networkOf(network).label} has no accounts to add.` };
      return { accounts: await readAccountsView(), ...(failure ? { error: failure.message } : {}) };
    },
    async removeAccount({ network }) {
      await removeAccount(network);
      return readAccountsView();
    },
    addMedia: (payload) => takeInMedia(db, payload, deps),
    async cancelScheduled({ crosspostId }) {
      const failure = await scheduler.cancel(crosspostId);
      return { cancelled: !failure, ...(failure ? { error: failure.message } : {}) };
    },
    async postScheduledNow({ crosspostId }) {
      const { started, done } = await scheduler.postNow(crosspostId);
      background(done);
      return { started };
    },
    async editScheduled({ crosspostId }) {
      const { draftId, failure } = await scheduler.edit(crosspostId);
      return { ...(draftId ? { draftId } : {}), ...(failure ? { error: failure.message } : {}) };
    },
    intentTabCheck: (_payload, context) => checkIntentTab(db, context.tabId, context.platform),
    intentMedia: ({ index, offset }, context) =>
      readIntentMedia(db, context.tabId, context.platform, index, offset),
    async intentPressed(_payload, context) {
      return { recorded: await claimIntentPress(db, context.tabId, context.platform, deps.now()) };
    },
    async intentPosted(payload, context) {
      return { recorded: await recordIntentPost(db, context.tabId, context.platform, payload, deps.now()) };
    },
  };
}
