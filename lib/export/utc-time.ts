/** "2025-06-05 09:30 UTC": the same text on every machine (exports are read elsewhere, tests are exact). */
export function utcMinute(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Full ISO time, as spreadsheets parse it. */
export function isoTime(at: number | undefined): string {
  return at === undefined ? '' : new Date(at).toISOString();
}
