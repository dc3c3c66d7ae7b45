import type { CrossfeedDB } from '../../db';
import type { CrosspostRow, CrosspostTarget } from '../records';
import { INTENT_MEDIA_CHUNK_BYTES, type IntentMediaChunk, type IntentTabAnswer } from '../protocol';
import type { Platform } from '../../post';
import { readSettings } from '../../settings';
import { recentCrossposts, updateTarget } from './targets';

/*
 * "Send for me": the content script on an X or Threads intent page asks before it does anything.
 * It may press the page's Post button only in a tab the background itself opened for a cross-post,
 * for that tab's own text, once, and only when the user switched the setting on. A page the user
 * opened, a reloaded tab already pressed, or another network's tab gets "no".
 */

interface Found {
  row: CrosspostRow;
  target: CrosspostTarget;
  /** Which part of the thread this tab carries. */
  index: number;
}

async function findTab(db: CrossfeedDB, tabId: number, platform: Platform): Promise<Found | undefined> {
  for (const row of await recentCrossposts(db)) {
    for (const target of row.targets) {
      const index = target.via === 'intent' ? (target.tabIds ?? []).indexOf(tabId) : -1;
      if (index >= 0 && target.network === platform) return { row, target, index };
    }
  }
  return undefined;
}

export async function checkIntentTab(
  db: CrossfeedDB,
  tabId: number | undefined,
  platform: Platform | undefined,
): Promise<IntentTabAnswer> {
  if (tabId === undefined || !platform || !(await readSettings(db)).sendForMe) return { press: false };
  const found = await findTab(db, tabId, platform);
  const part = found?.target.parts[found.index];
  if (!found || !part || found.target.pressedTabIds?.includes(tabId)) return { press: false };
  if (found.target.results[found.index]?.status.state !== 'opened') return { press: false };
  const files = (part.media ?? []).map(({ name, mimeType, bytes }) => ({ name, mimeType, bytes }));
  return { press: true, text: part.text, files };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * One piece of file `index` of this tab's part, for "send for me" to attach into the page's own
 * file input. Only while the tab may still press (the same checks as intentTabCheck): a page the
 * background did not open for this post never gets a byte.
 */
export async function readIntentMedia(
  db: CrossfeedDB,
  tabId: number | undefined,
  platform: Platform | undefined,
  index: number,
  offset: number,
): Promise<IntentMediaChunk | { error: string }> {
  if ((await checkIntentTab(db, tabId, platform)).press === false || tabId === undefined || !platform)
    return { error: 'not-allowed' };
  const found = await findTab(db, tabId, platform);
  const media = found?.target.parts[found.index]?.media?.[index];
  const blob = media ? (await db.media.get(media.id))?.blob : undefined;
  if (!blob) return { error: 'no-such-file' };
  const end = Math.min(blob.size, offset + INTENT_MEDIA_CHUNK_BYTES);
  const piece = new Uint8Array(await blob.slice(offset, end).arrayBuffer());
  return { base64: base64(piece), next: end, done: end >= blob.size };
}

/**
 * Claims the one press of this tab, before the click: true only for the first claim, so a reload
 * or a second script instance never presses Post twice.
 */
export async function claimIntentPress(
  db: CrossfeedDB,
  tabId: number | undefined,
  platform: Platform | undefined,
  now: number,
): Promise<boolean> {
  if (tabId === undefined || !platform) return false;
  if ((await checkIntentTab(db, tabId, platform)).press === false) return false;
  const found = await findTab(db, tabId, platform);
  if (!found) return false;
  let claimed = false;
  await updateTarget(db, found.row.id, found.target.network, now, (target) => {
    const pressed = target.pressedTabIds ?? [];
    if (pressed.includes(tabId)) return;
    target.pressedTabIds = [...pressed, tabId];
    claimed = true;
  });
  return claimed;
}

/** What the network's page showed after the press: the new post's id and link. */
export async function recordIntentPost(
  db: CrossfeedDB,
  tabId: number | undefined,
  platform: Platform | undefined,
  posted: { nativeId: string; url: string },
  now: number,
): Promise<boolean> {
  if (tabId === undefined || !platform) return false;
  const host = new URL(posted.url).hostname;
  const hostOk =
    platform === 'x' ? /(^|\.)(x|twitter)\.com$/.test(host) : /(^|\.)threads\.(com|net)$/.test(host);
  if (!hostOk) return false;
  const found = await findTab(db, tabId, platform);
  if (!found?.target.pressedTabIds?.includes(tabId)) return false;
  await updateTarget(db, found.row.id, found.target.network, now, (target) => {
    const result = target.results[found.index];
    if (!result) return;
    result.posted = { id: posted.nativeId, url: posted.url };
    result.status = { state: 'posted', url: posted.url };
    const part = target.parts[found.index];
    if (part) part.posted = result.posted;
    if (target.results.every((r) => r.status.state === 'posted'))
      target.status = target.results[0]?.status ?? target.status;
  });
  return true;
}
