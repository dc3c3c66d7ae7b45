import type { SelfLabel } from '../../../compose/post-options';
import type { ExternalEmbed } from './embed';
import type { Facet } from './facets';
import type { ImagesEmbed } from './images';
import type { RecordEmbed } from './quote';
import type { VideoEmbed } from './video';

export interface StrongRef {
  uri: string;
  cid: string;
}

/** A quote with pictures or a video (or a link card) beside it. */
export interface RecordWithMediaEmbed {
  $type: 'app.bsky.embed.recordWithMedia';
  record: RecordEmbed;
  media: ImagesEmbed | VideoEmbed | ExternalEmbed;
}

export type PostEmbed = ExternalEmbed | ImagesEmbed | VideoEmbed | RecordEmbed | RecordWithMediaEmbed;

/** com.atproto.label.defs#selfLabels: what the author says the media show. */
export interface SelfLabels {
  $type: 'com.atproto.label.defs#selfLabels';
  values: Array<{ val: SelfLabel }>;
}

/** An app.bsky.feed.post record (lexicon: text, createdAt required; facets, reply, embed, langs, labels). */
export interface PostRecord {
  $type: 'app.bsky.feed.post';
  text: string;
  createdAt: string;
  facets?: Facet[];
  reply?: { root: StrongRef; parent: StrongRef };
  embed?: PostEmbed;
  langs?: string[];
  labels?: SelfLabels;
}

export function buildPostRecord(input: {
  text: string;
  createdAt: number;
  facets: Facet[];
  reply?: { root: StrongRef; parent: StrongRef };
  embed?: PostEmbed;
  langs?: string[];
  label?: SelfLabel;
}): PostRecord {
  const record: PostRecord = {
    $type: 'app.bsky.feed.post',
    text: input.text,
    createdAt: new Date(input.createdAt).toISOString(),
  };
  if (input.facets.length) record.facets = input.facets;
  if (input.reply) record.reply = input.reply;
  if (input.embed) record.embed = input.embed;
  if (input.langs?.length) record.langs = input.langs;
  if (input.label)
    record.labels = { $type: 'com.atproto.label.defs#selfLabels', values: [{ val: input.label }] };
  return record;
}
