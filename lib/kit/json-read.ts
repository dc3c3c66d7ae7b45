/**
 * The one reader kit for untrusted JSON (platform responses, tap messages, imported files). Every
 * field is checked where it is read, so an odd value reads as `undefined` (then a counted skip or an
 * omitted field), never an exception and never a cast.
 *
 * Two forms of the same checks: `asX(value)` checks a value; `x(record, key)` reads a field of
 * something that may not even be a record. The keyed form is the hot path of the X tap, so it does
 * the checks inline instead of composing closures.
 */
import { isHttpUrl } from './http-url';

export { asHttpUrl, isHttpUrl } from './http-url';

export type JsonRecord = Record<string, unknown>;

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

export function asArray(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A non-empty string, else undefined. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A non-negative safe integer given as a number (counts, pixel sizes), else undefined. */
export function asCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** A count given as a number or a decimal string (X sends both), else undefined. */
export function asLooseCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

/** A finite number, else undefined. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * A numeric id (Meta's pk, X's rest_id). Sent as strings because they exceed 2^53; a number is
 * accepted only when it is a safe integer, so a rounded id can never become a wrong row.
 */
export function asNumericId(value: unknown): string | undefined {
  if (typeof value === 'string') return /^\d{1,30}$/.test(value) ? value : undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  return undefined;
}

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

/** The string at `key` (possibly empty), or undefined. */
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

/** A count at `key`, as a number or a decimal string. */
export function count(value: unknown, key: string): number | undefined {
  if (!isRecord(value)) return undefined;
  return asLooseCount(value[key]);
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
