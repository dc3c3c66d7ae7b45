import type { Post } from '../../lib/post';
import { seededRandom } from '../helpers/mutate';

/**
 * Seeded search box inputs drawn from the posts themselves (so most find something): word
 * prefixes of every length, case and accent variants, phrases cut from texts, exclusions, every
 * operator and its negation, dates around the posts' times, CJK, emoji, punctuated words.
 */
export function generateQueries(posts: readonly Post[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = (post: Post) => post.text.split(/\s+/).filter((word) => word.length > 0);
  const day = (time: number) => {
    const date = new Date(time);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  };
  const parts: Array<() => string> = [
    () => pick(words(pick(posts))),
    () => pick(words(pick(posts))).slice(0, 1 + Math.floor(random() * 4)),
    () => pick(words(pick(posts))).toUpperCase(),
    () =>
      pick(words(pick(posts)))
        .normalize('NFKD')
        .replace(/\p{M}/gu, ''),
    () => {
      const list = words(pick(posts));
      const start = Math.floor(random() * list.length);
      return `"${list.slice(start, start + 1 + Math.floor(random() * 3)).join(' ')}"`;
    },
    () => `-${pick(['the', 'a', 'crossfeed', 'to', 'café', '"open source"', pick(words(pick(posts)))])}`,
    () => `from:${random() < 0.5 ? '@' : ''}${pick(posts).author.handle}`,
    () => `-from:${pick(posts).author.handle}`,
    () => `${random() < 0.2 ? '-' : ''}platform:${pick(['x', 'threads', 'bluesky'])}`,
    () => `${random() < 0.3 ? '-' : ''}has:${pick(['media', 'photo', 'video', 'link', 'poll'])}`,
    () => `${random() < 0.3 ? '-' : ''}is:${pick(['saved', 'repost', 'quote', 'reply'])}`,
    () => `${pick(['since', 'until'])}:${day(pick(posts).sortAt)}`,
    () =>
      pick([
        '東京',
        '京',
        '日本語',
        '🚀',
        '❤️',
        'café',
        'CAFE',
        'strasse',
        'zurich',
        'example.com',
        '#',
        '"',
      ]),
    () =>
      pick([
        '#crossfeed',
        '@',
        `@${pick(posts).author.handle.slice(0, 4)}`,
        'https://',
        'foo:bar',
        '-',
        'ﬁnal',
      ]),
    () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!,
  ];
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(parts)()).join(' '),
  );
}
