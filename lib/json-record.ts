/**
 * The one check every reader of untrusted JSON starts with (platform responses, tap messages,
 * imported files): a plain object, not null, not an array.
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
