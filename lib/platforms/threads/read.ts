/**
 * Defensive readers for Threads JSON: the page (and Meta) decide what arrives, so every field is
 * checked before use and an unexpected type reads as "absent", never as a crash or a cast.
 */

import { isRecord, type JsonRecord } from '../../json-record';

export { isRecord, type JsonRecord };

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

/** A finite non-negative integer (counts, pixel sizes), else undefined. */
export function asCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** A finite number, else undefined. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * A numeric id (post pk, user pk). Meta sends them as strings because they exceed 2^53; a number is
 * accepted only when it is a safe integer, so a rounded id can never become a wrong row.
 */
export function asNumericId(value: unknown): string | undefined {
  if (typeof value === 'string') return /^\d{1,30}$/.test(value) ? value : undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  return undefined;
}

/** Only http(s) URLs without whitespace are ever stored (mirrors httpUrlSchema). */
export function asHttpUrl(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 4096 && /^https?:\/\/[^\s]+$/i.test(value)
    ? value
    : undefined;
}
