import { browser } from 'wxt/browser';
import { network as networkOf } from '@/lib/platforms/registry';
import type { LinkCardInput } from '@/lib/compose/thread';
import { sendMessage } from '@/lib/send-message';
import type { Post } from '@/lib/post';
import { blankDraft } from './use-draft';

/** Fired on the page's window when openComposerWith made a draft, so the page can show its composer. */
export const COMPOSER_OPEN_EVENT = 'crossfeed:open-composer';

export type SharablePost = Pick<
  Post,
  'url' | 'text' | 'author' | 'media' | 'linkCard' | 'platform' | 'nativeId'
>;

/** The card Bluesky shows for a shared post: who wrote it, its first words, its first picture. */
export function cardForPost(post: SharablePost): LinkCardInput {
  const card: LinkCardInput = {
    url: post.url,
    title: `${post.author.name || post.author.handle} (@${post.author.handle})`,
    description: post.text.slice(0, 300),
  };
  const picture = post.media.find((m) => m.kind === 'photo')?.url ?? post.media[0]?.previewUrl;
  if (picture) card.imageUrl = picture;
  return card;
}

/**
 * "Share…": starts a new draft holding the post's link (and its card for Bluesky) and the post to
 * quote,
 * which every open composer picks up, then tells this page to show its composer. The link is part
 * of the text, so each network's count includes it by its own URL rule.
 */
export async function openComposerWith(post: SharablePost): Promise<void> {
  const blank = blankDraft();
  const draft = {
    ...blank,
    text: `\n\n${post.url}`,
    card: cardForPost(post),
    // Quoted where the network can quote this network's posts (Bluesky a Bluesky post, Mastodon a
    // Mastodon one); elsewhere the link and its card stand for it.
    options: { ...blank.options, quote: { platform: post.platform, nativeId: post.nativeId, url: post.url } },
  };
  const reply = await sendMessage('saveDraft', draft);
  if (!reply?.ok) throw new Error(reply ? reply.error : 'the background did not answer');
  window.dispatchEvent(new CustomEvent(COMPOSER_OPEN_EVENT, { detail: { draftId: draft.id } }));
}

/** The label of the reply action: "Reply on X". */
export function replyLabel(post: Pick<Post, 'platform'>): string {
  return `Reply on ${networkOf(post.platform).label}`;
}

/** "Reply on <network>": that network's reply intent, or else the post's own page (where its reply box is), in a new tab. */
export async function openReplyOn(post: Pick<Post, 'platform' | 'nativeId' | 'url'>): Promise<void> {
  const network = networkOf(post.platform);
  await browser.tabs.create({ url: network.links.reply?.(post) ?? post.url });
}
