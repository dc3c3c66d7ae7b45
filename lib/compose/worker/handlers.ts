import { browser } from 'wxt/browser';
import type { CrossfeedDB } from '../../db';
import { newTid } from '../../kit/tid';
import { createLogger } from '../../kit/log';
import { network as networkOf } from '../../platforms/registry';
import type { composeMessages } from '../protocol';
import type { HandlersOf } from '../../protocol/spec';
import { closeLocalStorageToContentScripts } from './account-store';
import { readAccountsView, removeAccount } from './accounts';
import { saveDraft } from './drafts';
import { checkIntentTab, claimIntentPress, recordIntentPost } from './intent-tabs';
import { CrosspostRunner, type RunDeps } from './run';
import type { SignInDeps } from '../publisher';
import { publisherOf } from './publishers';

const log = createLogger('compose');

export type ComposeDeps = RunDeps & SignInDeps;

/** The browser's own tabs, identity and timers (tests pass their own). */
export function browserComposeDeps(): ComposeDeps {
  return {
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    openTab: async (url, active) => (await browser.tabs.create({ url, active })).id,
    autoRetries: 2,
    newId: () => newTid(),
    redirectUri: () => browser.identity.getRedirectURL(),
    launchWebAuthFlow: (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
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
  const runner = new CrosspostRunner(db, deps);
  // A fresh worker runs nothing: any target still `sending` was cut off by the last one's end.
  runner.recoverInterrupted().catch((error) => log.error('could not mark interrupted posts', error));
  const background = (done: Promise<void>) => {
    done.catch((error) => log.error('a cross-post run failed', error));
  };
  return {
    saveDraft: (payload) => saveDraft(db, payload, deps.now()),
    async startCrosspost(payload) {
      const { crosspostId, done } = await runner.start(payload);
      background(done);
      return { crosspostId };
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
    intentTabCheck: (_payload, context) => checkIntentTab(db, context.tabId, context.platform),
    async intentPressed(_payload, context) {
      return { recorded: await claimIntentPress(db, context.tabId, context.platform, deps.now()) };
    },
    async intentPosted(payload, context) {
      return { recorded: await recordIntentPost(db, context.tabId, context.platform, payload, deps.now()) };
    },
  };
}
