/**
 * Small readers for untrusted JSON. X's responses are data from the page's realm, never typed
 * objects: every field is checked where it is read, so an odd value becomes `undefined` (and then a
 * counted skip or an omitted field), never an exception.
 */

import { isRecord, type JsonRecord } from '../../json-record';

export { isRecord, type JsonRecord };

/** The record at `key`, or undefined. */
export function rec(value: unknown, key: string): JsonRecord | undefined {
  if (!isRecord(value)) return undefined;
  const child = value[key];
  return isRecord(child) ? child : undefined;
}

/** Follows a path of keys through records. */
export function path(value: unknown, keys: readonly string[]): unknown {
  let node = value;
  for (const key of keys) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

export function str(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const child = value[key];
  return typeof child === 'string' ? child : undefined;
}

/** A non-empty string at `key`. */
export function text(value: unknown, key: string): string | undefined {
  const child = str(value, key);
  return child !== undefined && child.length > 0 ? child : undefined;
}

export function arr(value: unknown, key: string): unknown[] | undefined {
  if (!isRecord(value)) return undefined;
  const child = value[key];
  return Array.isArray(child) ? child : undefined;
}

export function bool(value: unknown, key: string): boolean | undefined {
  if (!isRecord(value)) return undefined;
  const child = value[key];
  return typeof child === 'boolean' ? child : undefined;
}

/** A count: a non-negative safe integer given as a number or a decimal string (X sends both). */
export function count(value: unknown, key: string): number | undefined {
  if (!isRecord(value)) return undefined;
  return toCount(value[key]);
}

export function toCount(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined;
  if (typeof raw === 'string' && /^\d{1,15}$/.test(raw)) return Number(raw);
  return undefined;
}

/** X ids (rest_id, id_str) are decimal strings; anything else is not an id. */
export function restId(value: unknown, key: string): string | undefined {
  const child = str(value, key);
  return child !== undefined && /^\d{1,25}$/.test(child) ? child : undefined;
}

/** Same check as httpUrlSchema in lib/post.ts: only these may be stored as links. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 4096 && /^https?:\/\/[^\s]+$/i.test(value);
}

export function httpUrl(value: unknown, key: string): string | undefined {
  const child = str(value, key);
  return isHttpUrl(child) ? child : undefined;
}

/** Cuts a string to the schema's limit rather than losing the whole post over a long field. */
export function clip(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  return value.length > max ? value.slice(0, max) : value;
}
