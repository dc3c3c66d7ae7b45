import { createContext } from 'react';
import type { Post } from '@/lib/post';

/**
 * Where a card's quoted post comes from. The feed list provides its post cache, which reads the
 * quoted posts of the rows in view in one batch with them; without a provider (the popup's short
 * list) each quoted post reads itself. The function answers the post, null when the store has no
 * such post, undefined while it is being read.
 */
export const QuotedPostSource = createContext<((id: string) => Post | null | undefined) | undefined>(
  undefined,
);
