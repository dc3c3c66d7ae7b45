import type { Platform } from '../platforms/registry';

/*
 * What a post says besides its text: a content warning, its language, a post it quotes. Each
 * network takes what it has a field for (its compose/features.ts says which); the others get
 * nothing added, and the composer says so.
 */

/** Bluesky's self-labels for media (com.atproto.label.defs#selfLabels values the app offers). */
export const SELF_LABELS = ['sexual', 'nudity', 'porn', 'graphic-media'] as const;
export type SelfLabel = (typeof SELF_LABELS)[number];

export interface ContentWarning {
  /** Shown before the post (Mastodon's spoiler_text). */
  text?: string;
  /** What the media show (Bluesky's self-label; Mastodon marks the media sensitive). */
  label?: SelfLabel;
}

/** A captured post being shared: quoted where the network can quote it, else linked. */
export interface QuoteRef {
  platform: Platform;
  /** The network's own id (Bluesky: the at:// URI; Mastodon: the status URI). */
  nativeId: string;
  url: string;
}

export interface PostOptions {
  warning?: ContentWarning;
  /** BCP 47 language of the text (en, pt-BR); defaults to the browser's. */
  lang?: string;
  quote?: QuoteRef;
}

/** `pt-BR` → `pt`: Mastodon takes an ISO 639 code, not a full tag. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}
