import { z } from 'zod';
import type { NetworkPublisher } from '../../../compose/publisher';
import { NOT_HTTPS, serverOriginSchema } from '../../../compose/server-schema';
import { mastodonAccountView, readMastodonAccount, removeMastodonAccount } from './account';
import { publishMastodonThread } from './publish-thread';
import { addMastodonAccount } from './sign-in';
import { cancelMastodonScheduled } from './scheduled';

const noMastodonAccount = {
  kind: 'invalid-credentials' as const,
  message: 'No Mastodon account is set up: add one in Options.',
  retryable: false,
};

/** The options page's Mastodon form: the server, and optionally a pasted access token (else OAuth). */
const signInSchema = z.object({
  instance: serverOriginSchema,
  accessToken: z.string().trim().min(1).max(500).optional(),
});

/** Mastodon posts through the user's own server's REST API, with an OAuth (or pasted) token. */
export const publisher: NetworkPublisher = {
  async signIn(input, deps) {
    const form = signInSchema.safeParse(input);
    if (!form.success) {
      const badServer = form.error.issues.some(
        (issue) => issue.path[0] === 'instance' && issue.code === 'custom',
      );
      const message = badServer ? NOT_HTTPS : 'Enter your Mastodon server.';
      return { kind: 'rejected', message, retryable: false };
    }
    return addMastodonAccount(form.data, deps);
  },
  async readAccount() {
    const account = await readMastodonAccount();
    return account && mastodonAccountView(account);
  },
  removeAccount: removeMastodonAccount,
  async publish(parts, deps) {
    const account = await readMastodonAccount();
    if (!account) return 'no-account';
    const outcome = await publishMastodonThread(parts, account, {
      fetch: deps.fetch,
      now: deps.now,
      sleep: deps.sleep,
      media: deps.media,
      post: deps.options,
      ...(deps.scheduleAt !== undefined ? { scheduleAt: deps.scheduleAt } : {}),
    });
    return outcome.parts;
  },
  async cancelScheduled(scheduledId, deps) {
    const account = await readMastodonAccount();
    if (!account) return noMastodonAccount;
    return cancelMastodonScheduled(scheduledId, account, deps);
  },
};
