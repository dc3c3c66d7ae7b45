/** Who reposted, as the card's line says it: by display name, else by @handle. */
export interface Reposter {
  handle: string;
  name?: string;
}

/** Up to this many names are spelled out; past it, the first two and "N others". */
const NAMED = 3;

/**
 * "↻ reposted by A", "… by A and B", "… by A, B and C", "… by A, B and 3 others" (newest first:
 * `by` comes in that order from collapseFeed). Undefined when nobody reposted.
 */
export function repostedByLine(by: readonly Reposter[]): string | undefined {
  // One person reposting the post on two networks (or twice) is named once.
  const seen = new Set<string>();
  const unique = by.filter((who) => {
    const key = who.handle.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 0) return undefined;
  const names = unique.map((who) => who.name?.trim() || `@${who.handle}`);
  if (names.length === 1) return `↻ reposted by ${names[0]}`;
  if (names.length <= NAMED) return `↻ reposted by ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const others = names.length - 2;
  return `↻ reposted by ${names[0]}, ${names[1]} and ${others} ${others === 1 ? 'other' : 'others'}`;
}
