/**
 * The "N new posts" pill. When posts arrive while the reader is scrolled down, inserting them
 * above what they are reading would push it down (a jump). Instead the posts that would land
 * above the first visible post are held back and counted; a click on the pill shows them and
 * scrolls to the top. At the top of the list nothing is held: new posts simply appear.
 */
export interface HoldBackInput {
  /** The feed as the store now has it, in feed order. */
  incoming: readonly string[];
  /** What was shown before this update, in feed order. */
  shown: readonly string[];
  /** Ids held back so far. */
  held: ReadonlySet<string>;
  /** The first post in the viewport (undefined: nothing shown yet). */
  anchorId: string | undefined;
  /** The reader is at the top: show everything, hold nothing. */
  atTop: boolean;
}

export interface HoldBackResult {
  /** What to show now. */
  visible: string[];
  /** Held back (the pill shows their number). */
  held: Set<string>;
}

export function holdBackNewPosts(input: HoldBackInput): HoldBackResult {
  const { incoming, shown, anchorId, atTop } = input;
  if (atTop || anchorId === undefined) return { visible: [...incoming], held: new Set() };
  const anchorAt = incoming.indexOf(anchorId);
  const shownAt = shown.indexOf(anchorId);
  if (anchorAt === -1 || shownAt === -1) return { visible: [...incoming], held: new Set() };
  // Only the part above the anchor can push the reader's place down.
  const before = new Set(shown.slice(0, shownAt));
  const held = new Set<string>();
  for (let index = 0; index < anchorAt; index += 1) {
    const id = incoming[index]!;
    if (input.held.has(id) || !before.has(id)) held.add(id);
  }
  if (held.size === 0) return { visible: [...incoming], held };
  return { visible: incoming.filter((id) => !held.has(id)), held };
}
