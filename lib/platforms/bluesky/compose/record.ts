import type { ExternalEmbed } from './embed';
import type { Facet } from './facets';

export interface StrongRef {
  uri: string;
  cid: string;
}

/** An app.bsky.feed.post record (lexicon: text, createdAt required; facets, reply, embed, langs). */
export interface PostRecord {
  $type: 'app.bsky.feed.post';
  text: string;
  createdAt: string;
  facets?: Facet[];
  reply?: { root: StrongRef; parent: StrongRef };
  embed?: ExternalEmbed;
  langs?: string[];
}

export function buildPostRecord(input: {
  text: string;
  createdAt: number;
  facets: Facet[];
  reply?: { root: StrongRef; parent: StrongRef };
  embed?: ExternalEmbed;
  langs?: string[];
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
  return record;
}
