import type { CrossfeedDB } from '../db';
import type { IdentityLink } from '../feed/collapse/identity';
import { MAX_IDENTITY_LINKS, readSettings } from '../settings';

function pairKey(link: IdentityLink): string {
  return link.a < link.b ? `${link.a}|${link.b}` : `${link.b}|${link.a}`;
}

/**
 * The user's identity links of the store and of an imported file, joined: one entry per pair of
 * accounts, the newer word winning (a link made after an unlink, or the reverse), in time order and
 * cut to the settings' limit (the newest kept). The store's entry wins a tie: importing an old file
 * never changes what the user said since.
 */
export function mergeIdentityLinks(
  stored: readonly IdentityLink[],
  imported: readonly IdentityLink[],
): IdentityLink[] {
  const byPair = new Map<string, IdentityLink>();
  for (const link of imported) {
    const before = byPair.get(pairKey(link));
    if (!before || before.at < link.at) byPair.set(pairKey(link), link);
  }
  for (const link of stored) {
    const before = byPair.get(pairKey(link));
    if (!before || before.at <= link.at) byPair.set(pairKey(link), link);
  }
  return [...byPair.values()].sort((a, b) => a.at - b.at).slice(-MAX_IDENTITY_LINKS);
}

/**
 * Writes an import's identity links into the settings row (inside the import's transaction, which
 * must include db.settings); returns how many entries the merge added or changed.
 */
export async function importIdentityLinks(
  db: CrossfeedDB,
  imported: readonly IdentityLink[],
): Promise<number> {
  if (imported.length === 0) return 0;
  const stored = (await readSettings(db)).identityLinks;
  const merged = mergeIdentityLinks(stored, imported);
  const before = new Set(stored.map((link) => JSON.stringify(link)));
  const changed = merged.filter((link) => !before.has(JSON.stringify(link))).length;
  if (changed > 0) await db.settings.put({ key: 'identityLinks', value: merged });
  return changed;
}
