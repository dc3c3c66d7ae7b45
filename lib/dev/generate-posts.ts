import type { Entity, Media, Platform, Post } from '../post';
import { seededRandom } from '../kit/seeded-random';

/**
 * A deterministic generator of realistic Posts for tests, the bench and the UI's 100k demo: the same
 * (count, seed) always gives the same posts. Shapes follow what the parsers produce (valid by
 * postSchema); the mix is roughly what a home timeline holds: ~50/50 X and Threads, mostly short
 * texts with a long tail up to ~2,000 chars (or, with `{ platforms }`, an even mix of those networks), Zipf-distributed words (so common words are really
 * common and the long tail is long, as in real text), accented, CJK and emoji words, mentions,
 * hashtags, links, media on ~30%, reposts, quotes, replies and a few polls, 5,000 authors, one year.
 */

/** End of the generated year (2025-06-01T00:00:00Z); posts fall in the 365 days before it. */
export const GENERATED_END = Date.UTC(2025, 5, 1);
const YEAR_MS = 365 * 24 * 3600 * 1000;
const AUTHOR_COUNT = 5000;

const COMMON = (
  'the to and a of in is it you that for on this with i be are was have not but at my so just ' +
  'we they all like if about what your from one can out more people do when up time will how get ' +
  'new now today good think really know make year first day see great work thread post week love ' +
  'crossfeed launch feed search open source browser extension local data privacy timeline reading ' +
  'music game team city world news update release design code build app web tool video photo'
).split(' ');
const SPECIAL = [
  'café',
  'naïve',
  'résumé',
  'München',
  'Zürich',
  'Straße',
  'façade',
  'jalapeño',
  'crème',
  'brûlée',
  'Dvořák',
  'Łódź',
  'São',
  'Ærø',
  'Øresund',
  'smörgåsbord',
  'Ελλάδα',
  'Москва',
  '東京',
  '日本語',
  '検索',
  'ラーメン',
  '北京',
  '서울',
  '🚀',
  '🎉',
  '❤️',
  '😂',
  '🔥',
  '👍🏽',
  'ﬁnal',
  'ＡＢＣ',
];
const SYLLABLES =
  'ka ri to mo la ne su vi da po che lin gar bel tor mis zen qua dro fel han ost rup wey'.split(' ');
const FIRST_NAMES = [
  'Ana',
  'Björn',
  'Chloé',
  'Dmitri',
  'Émile',
  'Fatima',
  'Grace',
  'Hiro',
  'Inès',
  'José',
  'Kai',
];
const LAST_NAMES = ['Lee', 'Müller', 'Núñez', 'Okafor', 'Petrov', 'Quinn', 'Røed', 'Sato', 'Tanaka', 'Ünal'];
const DOMAINS = ['example.com', 'blog.example.org', 'news.example.net', 'github.com', 'youtu.be'];

function pseudoWord(rank: number): string {
  let word = '';
  let value = rank;
  do {
    word += SYLLABLES[value % SYLLABLES.length];
    value = Math.floor(value / SYLLABLES.length);
  } while (value > 0);
  return word;
}

/** 6,000 words: the common list first, the special words mid-rank, then a generated long tail. */
function buildVocabulary(): string[] {
  const words = [...COMMON];
  for (let rank = 0; words.length < 6000; rank += 1) {
    if (rank % 40 === 0 && rank / 40 < SPECIAL.length) words.push(SPECIAL[rank / 40]!);
    words.push(pseudoWord(rank + 30));
  }
  return words;
}

/** A Zipf(s≈1) sampler over `size` ranks: inverse CDF over precomputed cumulative weights. */
function zipf(size: number, random: () => number, exponent = 1): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

interface GenAuthor {
  handle: string;
  name: string;
  id: string;
  verified: boolean;
}

function buildAuthors(random: () => number): GenAuthor[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: AUTHOR_COUNT }, (_, index) => {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const ascii = (first + last).normalize('NFKD').replace(/[^A-Za-z]/g, '');
    return {
      handle: `${random() < 0.5 ? ascii.toLowerCase() : ascii}${random() < 0.3 ? '_' : ''}${index}`,
      name: random() < 0.1 ? `${first} ${last} 🌱` : `${first} ${last}`,
      id: String(1_000_000 + index * 7919),
      verified: random() < 0.1,
    };
  });
}

/** Text lengths: 45% up to 100 chars, 40% to 280, 11% to 600, 4% to ~2,000. */
function targetLength(random: () => number): number {
  const band = random();
  if (band < 0.45) return 10 + Math.floor(random() * 90);
  if (band < 0.85) return 100 + Math.floor(random() * 180);
  if (band < 0.96) return 280 + Math.floor(random() * 320);
  return 600 + Math.floor(random() * 1400);
}

/** Where a generated post lives on its network: ids, permalink and the author's account there. */
interface Identity {
  nativeId: string;
  url: string;
  handle: string;
  authorId: string;
  timeline: string;
  mediaBase: string;
}

function identityOf(platform: Platform, index: number, seed: number, author: GenAuthor): Identity {
  const code = (index * 2654435761 + seed).toString(36).slice(-9);
  switch (platform) {
    case 'x': {
      const nativeId = String(1_700_000_000_000_000_000n + BigInt(index));
      const url = `https://x.com/${author.handle}/status/${nativeId}`;
      return {
        nativeId,
        url,
        handle: author.handle,
        authorId: author.id,
        timeline: 'HomeTimeline',
        mediaBase: 'https://pbs.twimg.com/media',
      };
    }
    case 'threads': {
      const url = `https://www.threads.com/@${author.handle}/post/C${code}`;
      const nativeId = `3${seed % 1000}${100_000_000 + index}`;
      return {
        nativeId,
        url,
        handle: author.handle,
        authorId: author.id,
        timeline: 'feed',
        mediaBase: 'https://scontent.cdninstagram.com/v',
      };
    }
    case 'bluesky': {
      // at:// URIs with a DID and a record key, handles as domains (lowercase, no underscores).
      const handle = `${author.handle.toLowerCase().replace(/_/g, '-')}.bsky.social`;
      const did = `did:plc:${author.id.padStart(24, 'a')}`;
      const rkey = `3l${code.padStart(11, '2')}`;
      const nativeId = `at://${did}/app.bsky.feed.post/${rkey}`;
      const url = `https://bsky.app/profile/${handle}/post/${rkey}`;
      return {
        nativeId,
        url,
        handle,
        authorId: did,
        timeline: 'getTimeline',
        mediaBase: `https://cdn.bsky.app/img/feed_fullsize/plain/${did}`,
      };
    }
    case 'mastodon': {
      // Status URIs of the author's home server; handles always user@host.
      const user = author.handle.toLowerCase();
      const actor = `https://mastodon.social/users/${user}`;
      const status = String(113_000_000_000_000_000n + BigInt(index));
      const nativeId = `${actor}/statuses/${status}`;
      const url = `https://mastodon.social/@${user}/${status}`;
      return {
        nativeId,
        url,
        handle: `${user}@mastodon.social`,
        authorId: actor,
        timeline: 'home',
        mediaBase: 'https://files.mastodon.social/media_attachments',
      };
    }
  }
}

export interface GenerateOptions {
  /** The networks, in equal shares (default X and Threads, as the store held before Bluesky and Mastodon). */
  platforms?: readonly Platform[];
}

/** Generates `count` posts, deterministic for a given seed. Ids are unique within one call. */
export function generatePosts(count: number, seed: number, options: GenerateOptions = {}): Post[] {
  const platforms = options.platforms ?? (['x', 'threads'] as const);
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  const vocabulary = buildVocabulary();
  const nextWord = zipf(vocabulary.length, random);
  const authors = buildAuthors(random);
  const nextAuthor = zipf(authors.length, random, 0.8);
  const posts: Post[] = [];
  for (let index = 0; index < count; index += 1) {
    // One draw, as the two-network default always took (so its output stays the same).
    const platform: Platform = platforms[Math.floor(random() * platforms.length)]!;
    const author = authors[nextAuthor()]!;
    const entities: Entity[] = [];
    const length = targetLength(random);
    let text = '';
    while (text.length < length) {
      if (text.length > 0) text += chance(0.06) ? '.\n' : chance(0.05) ? ', ' : ' ';
      const roll = random();
      if (roll < 0.012) {
        const handle = authors[nextAuthor()]!.handle;
        entities.push({ kind: 'mention', start: text.length, end: text.length + handle.length + 1, handle });
        text += `@${handle}`;
      } else if (roll < 0.024) {
        const tag = vocabulary[nextWord()]!.replace(/[^\p{L}\p{N}_]/gu, '') || 'tag';
        entities.push({ kind: 'hashtag', start: text.length, end: text.length + tag.length + 1, tag });
        text += `#${tag}`;
      } else if (roll < 0.03) {
        const url = `https://${DOMAINS[index % DOMAINS.length]}/${pseudoWord(index % 997)}/${index}`;
        entities.push({ kind: 'link', start: text.length, end: text.length + url.length, url });
        text += url;
      } else if (roll < 0.06) {
        // The long tail real text has (names, typos, rare words): mostly seen once in 100k posts.
        text += Array.from(
          { length: 3 + Math.floor(random() * 3) },
          () => SYLLABLES[Math.floor(random() * SYLLABLES.length)],
        ).join('');
      } else {
        const word = vocabulary[nextWord()]!;
        text +=
          text.length === 0 || text.endsWith('\n') ? word.charAt(0).toUpperCase() + word.slice(1) : word;
      }
    }
    const createdAt = GENERATED_END - Math.floor(random() * YEAR_MS);
    const { nativeId, url, handle, authorId, timeline, mediaBase } = identityOf(
      platform,
      index,
      seed,
      author,
    );
    const media: Media[] = [];
    if (chance(0.3)) {
      const kind = chance(0.75) ? 'photo' : chance(0.8) ? 'video' : 'gif';
      const pictures = kind === 'photo' ? 1 + Math.floor(random() * 4) : 1;
      for (let slot = 0; slot < pictures; slot += 1) {
        const file = `${mediaBase}/${platform === 'x' || platform === 'threads' ? nativeId : index}-${slot}`;
        media.push({
          kind,
          url: `${file}.${kind === 'photo' ? 'jpg' : 'mp4'}`,
          ...(kind !== 'photo' ? { previewUrl: `${file}.jpg`, durationMs: 1000 + slot } : {}),
          width: 1200,
          height: 800,
          ...(chance(0.3)
            ? { altText: `A photo of ${vocabulary[nextWord()]} and ${vocabulary[nextWord()]}` }
            : {}),
        });
      }
    }
    const link = entities.find((entity) => entity.kind === 'link');
    const reposter = chance(0.1) ? authors[nextAuthor()]! : undefined;
    const repostAt = reposter
      ? Math.min(GENERATED_END, createdAt + Math.floor(random() * 86_400_000))
      : undefined;
    const sortAt = repostAt ?? createdAt;
    const seenAt = Math.min(GENERATED_END, sortAt + 60_000);
    const replyTo = chance(0.15) ? authors[nextAuthor()]! : undefined;
    posts.push({
      id: `${platform}:${nativeId}`,
      platform,
      nativeId,
      url,
      author: { id: authorId, handle, name: author.name, verified: author.verified },
      text,
      entities,
      lang: /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? 'ja' : 'en',
      createdAt,
      sortAt,
      media,
      ...(link && chance(0.6)
        ? {
            linkCard: {
              url: link.url,
              title: `Title about ${vocabulary[nextWord()]}`,
              description: `More on ${vocabulary[nextWord()]} ${vocabulary[nextWord()]}`,
              domain: new URL(link.url).hostname,
            },
          }
        : {}),
      ...(chance(0.05) ? { quotedPostId: `${platform}:${nativeId}9` } : {}),
      ...(reposter
        ? {
            repost: {
              originalId: `${platform}:${nativeId}7`,
              by: { handle: reposter.handle, name: reposter.name },
              at: repostAt,
            },
          }
        : {}),
      ...(replyTo ? { reply: { toPostId: `${platform}:${nativeId}1`, toHandle: replyTo.handle } } : {}),
      ...((platform === 'x' || platform === 'mastodon') && chance(0.01)
        ? {
            poll: {
              choices: [
                { label: 'Yes', votes: 10 },
                { label: 'No', votes: 4 },
              ],
              closed: true,
            },
          }
        : {}),
      counts: { replies: Math.floor(random() * 50), likes: Math.floor(random() * 2000), readAt: seenAt },
      edited: chance(0.02),
      sensitive: chance(0.01),
      ...(platform === 'threads' && chance(0.03) ? { topic: vocabulary[nextWord()] } : {}),
      capture: {
        source: 'network',
        timeline,
        firstSeenAt: seenAt,
        lastSeenAt: seenAt,
      },
    });
  }
  return posts;
}
