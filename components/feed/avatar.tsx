import { useState } from 'react';
import { safeHttpUrl } from '@/lib/feed/safe-url';

/** The author's picture, lazy and without a referrer; the name's initial when it is missing or fails. */
export function Avatar({ url, name, size = 'h-9 w-9' }: { url?: string; name: string; size?: string }) {
  const [failed, setFailed] = useState(false);
  const src = safeHttpUrl(url);
  if (!src || failed) {
    const initial = [...name.trim()][0]?.toUpperCase() ?? '?';
    return (
      <span
        aria-hidden
        data-testid="avatar-placeholder"
        className={`${size} flex shrink-0 items-center justify-center rounded-full bg-neutral-300 text-sm font-semibold text-neutral-700 dark:bg-neutral-700 dark:text-neutral-200`}
      >
        {initial}
      </span>
    );
  }
  return (
    <img
      src={src}
      alt=""
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
      className={`${size} shrink-0 rounded-full bg-neutral-200 object-cover dark:bg-neutral-800`}
    />
  );
}
