import type { Author } from '../../../post';
import { attr, oneLine, queryAll, readableText, tagName } from './query';
import { isHandle, isHttpUrl, profileHandle, styleImageUrl } from './x-urls';

/**
 * The author of one post (the outer post or a quote) from its `User-Name` block and the avatar
 * beside it. The handle is read, in order, from the "@handle" text, a profile link in the block,
 * the avatar container's testid suffix, and finally `fallbackHandle` (the permalink's handle).
 * Undefined when no handle can be read.
 */
export function readAuthor(
  userName: Element | undefined,
  avatar: Element | undefined,
  fallbackHandle?: string,
): Author | undefined {
  const handle =
    handleFromText(userName) ??
    handleFromLinks(userName) ??
    handleFromAvatar(avatar) ??
    validHandle(fallbackHandle);
  if (!handle) return undefined;
  const author: Author = {
    handle,
    name: displayName(userName).slice(0, 200),
    verified: userName ? queryAll(userName, 'verified').length > 0 : false,
  };
  const avatarUrl = avatar ? imageUrl(avatar) : undefined;
  if (avatarUrl) author.avatarUrl = avatarUrl;
  return author;
}

function validHandle(value: string | undefined): string | undefined {
  return isHandle(value) ? value : undefined;
}

/** The first text in the block's second row that reads "@handle" (names may contain "@", the row may not). */
function handleFromText(userName: Element | undefined): string | undefined {
  const rows = userName ? Array.from(userName.children) : [];
  for (const row of rows.slice(1)) {
    const match = /(?:^|\s)@([A-Za-z0-9_]{1,50})(?![A-Za-z0-9_])/.exec(row.textContent ?? '');
    if (match) return match[1];
  }
  return undefined;
}

function handleFromLinks(userName: Element | undefined): string | undefined {
  if (!userName) return undefined;
  for (const anchor of Array.from(userName.querySelectorAll('a[href]'))) {
    const handle = profileHandle(attr(anchor, 'href'));
    if (handle) return handle;
  }
  return undefined;
}

function handleFromAvatar(avatar: Element | undefined): string | undefined {
  if (!avatar) return undefined;
  const containers = [avatar, ...queryAll(avatar, 'avatarContainer')];
  for (const container of containers) {
    const testId = attr(container, 'data-testid') ?? '';
    const handle = testId.startsWith('UserAvatar-Container-')
      ? testId.slice('UserAvatar-Container-'.length)
      : '';
    if (handle !== 'unknown' && isHandle(handle)) return handle;
  }
  return undefined;
}

/** The first row of the block: display name with emoji (img alt); badges are images without alt. */
function displayName(userName: Element | undefined): string {
  const first = userName?.firstElementChild;
  return first ? oneLine(readableText(first)) : '';
}

/**
 * An image's original URL: the `img` src when it is http(s), else the CSS background X paints
 * beside it (saved pages rewrite img src to local files but keep the inline style).
 */
export function imageUrl(container: Element): string | undefined {
  const images =
    tagName(container) === 'img' ? [container] : Array.from(container.querySelectorAll('img[src]'));
  for (const image of images) {
    const src = attr(image, 'src');
    if (isHttpUrl(src)) return src;
  }
  const styled = [container, ...Array.from(container.querySelectorAll('[style]'))];
  for (const element of styled) {
    const url = styleImageUrl(attr(element, 'style'));
    if (isHttpUrl(url)) return url;
  }
  return undefined;
}
