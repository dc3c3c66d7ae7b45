import type { Author } from '../../post';
import { bool, clip, httpUrl, rec, str } from '../../kit/json-read';
import { restId } from './ids';
import { isXHandle } from './urls';

/**
 * An X user object (`core.user_results.result`) as an Author. Two shapes are live in the wild:
 * until early 2025 the names sat in `legacy` (`legacy.screen_name`, `legacy.name`,
 * `legacy.profile_image_url_https`); since spring 2025 they sit in `core` and `avatar.image_url`
 * while `legacy` remains without them. Each field is read from the new place, then the old.
 *
 * The avatar is kept as X sends it (the 48 px `_normal` rendition): it is what the page already
 * loaded (cached, no extra request), and the `_400x400` rewrite depends on an undocumented URL scheme.
 */
export function parseXUser(user: unknown): Author | undefined {
  const core = rec(user, 'core');
  const legacy = rec(user, 'legacy');
  const handle = str(core, 'screen_name') ?? str(legacy, 'screen_name');
  if (!isXHandle(handle)) return undefined;
  const id = restId(user, 'rest_id');
  const name = str(core, 'name') ?? str(legacy, 'name') ?? handle;
  const avatarUrl = httpUrl(rec(user, 'avatar'), 'image_url') ?? httpUrl(legacy, 'profile_image_url_https');
  const author: Author = { handle, name: clip(name, 200) ?? '', verified: isVerified(user) };
  if (id) author.id = id;
  if (avatarUrl) author.avatarUrl = avatarUrl;
  return author;
}

/** Any of X's marks: the blue check (Premium), gold (business) or grey (government), old or new field. */
function isVerified(user: unknown): boolean {
  const verification = rec(user, 'verification');
  const legacy = rec(user, 'legacy');
  return (
    bool(user, 'is_blue_verified') === true ||
    bool(verification, 'verified') === true ||
    bool(legacy, 'verified') === true ||
    str(verification, 'verified_type') !== undefined ||
    str(legacy, 'verified_type') !== undefined
  );
}
