export { getMastodonInstance, type MastodonInstance } from './instance';
export { createPkcePair, pkceChallenge, randomState, type PkcePair } from './pkce';
export {
  registerMastodonApp,
  buildMastodonAuthorizeUrl,
  readAuthorizationRedirect,
  exchangeMastodonCode,
  verifyMastodonToken,
  MASTODON_SCOPES,
  type MastodonApp,
  type MastodonAccount,
} from './oauth';
export {
  publishMastodonThread,
  type MastodonPublishOptions,
  type MastodonPublishOutcome,
} from './publish-thread';
