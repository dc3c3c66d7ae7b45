import type { Author } from '../../post';
import { clip, httpUrl, rec, str } from '../../kit/json-read';
import { isDid, isHandle } from './ids';

/**
 * An actor view (profileViewBasic / profileView) as a Post author. The DID is the account's id;
 * the handle is shown and used in links, and when it is `handle.invalid` (no longer verified) or
 * unusable the DID stands in for it, as bsky.app's own URLs do. Undefined without a valid DID.
 */
export function readAuthor(actor: unknown): Author | undefined {
  const did = str(actor, 'did');
  if (!isDid(did)) return undefined;
  const handle = str(actor, 'handle');
  const author: Author = {
    id: did,
    handle: isHandle(handle) ? handle : did,
    name: clip(str(actor, 'displayName'), 200) ?? '',
    verified: str(rec(actor, 'verification'), 'verifiedStatus') === 'valid',
  };
  const avatar = httpUrl(actor, 'avatar');
  if (avatar !== undefined) author.avatarUrl = avatar;
  return author;
}
