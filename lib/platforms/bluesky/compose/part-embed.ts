import type { PostOptions } from '../../../compose/post-options';
import type { MediaAccess } from '../../../compose/publisher';
import type { Failure } from '../../../compose/status';
import type { ThreadPart } from '../../../compose/thread';
import { buildExternalEmbed } from './embed';
import { uploadImages } from './images';
import type { PostEmbed, StrongRef } from './record';
import type { SessionHolder } from './session';
import { uploadVideo } from './video';
import type { FetchLike } from './xrpc';

export interface EmbedContext {
  holder: SessionHolder;
  fetch: FetchLike;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  media: MediaAccess;
  videoService?: string;
  /** The post this part quotes (the first part of a share), resolved to a strong reference. */
  quote?: StrongRef;
}

/**
 * What a part shows under its text: its video or pictures (uploaded now), else the shared post's
 * link card; a quoted post alone (app.bsky.embed.record) or beside the media
 * (app.bsky.embed.recordWithMedia). A quote replaces the card of the same post: it shows the post.
 */
export async function buildPartEmbed(
  part: ThreadPart,
  context: EmbedContext,
): Promise<{ embed?: PostEmbed; notes: string[] } | Failure> {
  const notes: string[] = [];
  const video = part.media?.find((m) => m.kind === 'video');
  const pictures = part.media?.filter((m) => m.kind === 'image') ?? [];
  let media: PostEmbed | undefined;
  if (video) {
    const uploaded = await uploadVideo(video, context.holder, { ...context, service: context.videoService });
    if ('kind' in uploaded) return uploaded;
    media = uploaded;
  } else if (pictures.length) {
    const uploaded = await uploadImages(pictures, context.holder, context.media, context.now);
    if ('kind' in uploaded) return uploaded;
    media = uploaded;
  } else if (part.card && !context.quote) {
    const built = await buildExternalEmbed(part.card, context.holder, context.fetch);
    if (built.note) notes.push(built.note);
    media = built.embed;
  }
  if (!context.quote) return { ...(media ? { embed: media } : {}), notes };
  const record = { $type: 'app.bsky.embed.record' as const, record: context.quote };
  if (media?.$type === 'app.bsky.embed.images' || media?.$type === 'app.bsky.embed.video')
    return { embed: { $type: 'app.bsky.embed.recordWithMedia', record, media }, notes };
  return { embed: record, notes };
}

/** The self-label of the post's media, when it has media and the user chose one. */
export function partLabel(part: ThreadPart, options: PostOptions) {
  return part.media?.length ? options.warning?.label : undefined;
}
