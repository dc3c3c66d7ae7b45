import { z } from 'zod';
import type { NetworkPublisher } from '../../../compose/publisher';
import { NOT_HTTPS, serverOriginSchema } from '../../../compose/server-schema';
import { blueskyAccountView, readBlueskySession, removeBlueskySession, saveBlueskySession } from './account';
import { publishBlueskyThread } from './publish-thread';
import { createBlueskySession, type BlueskySession } from './session';

/** The options page's Bluesky form: handle (or email), an app password, and the PDS (bsky.social when absent). */
const signInSchema = z.object({
  identifier: z.string().trim().min(1).max(253),
  appPassword: z.string().min(1).max(200),
  service: serverOriginSchema.optional(),
});

/** Bluesky posts through the user's PDS (XRPC), with a session from an app password. */
export const publisher: NetworkPublisher = {
  async signIn(input, deps) {
    const form = signInSchema.safeParse(input);
    if (!form.success) {
      const badServer = form.error.issues.some((issue) => issue.path[0] === 'service');
      const message = badServer ? NOT_HTTPS : 'Enter a handle and an app password.';
      return { kind: 'rejected', message, retryable: false };
    }
    const signedIn = await createBlueskySession(form.data, deps);
    if (!signedIn.ok) return signedIn.failure;
    // The session is kept, never the password.
    await saveBlueskySession(signedIn.value);
    return undefined;
  },
  async readAccount() {
    const session = await readBlueskySession();
    return session && blueskyAccountView(session);
  },
  removeAccount: removeBlueskySession,
  async publish(parts, deps) {
    const session = await readBlueskySession();
    if (!session) return 'no-account';
    // A refresh token works once: the new session is stored before anything else happens.
    let saving = Promise.resolve();
    const onSession = (next: BlueskySession) => {
      saving = saving.then(() => saveBlueskySession(next, false));
    };
    const outcome = await publishBlueskyThread(parts, session, {
      fetch: deps.fetch,
      now: deps.now,
      sleep: deps.sleep,
      media: deps.media,
      post: deps.options,
      onSession,
    });
    await saving;
    return outcome.parts;
  },
};
