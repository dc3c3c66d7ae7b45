/** 1234 → "1.2K", 2500000 → "2.5M": compact like the platforms show counts. */
export function compactCount(value: number): string {
  if (value < 1000) return String(value);
  const [divisor, suffix] =
    value < 1_000_000 ? [1000, 'K'] : value < 1_000_000_000 ? [1_000_000, 'M'] : [1_000_000_000, 'B'];
  const scaled = value / divisor;
  const text =
    scaled < 10 ? (Math.floor(scaled * 10) / 10).toFixed(1).replace(/\.0$/, '') : String(Math.floor(scaled));
  return `${text}${suffix}`;
}

/** 65000 ms → "1:05"; an hour or more → "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Poll choice shares in whole percent of all votes (0 when nobody voted). */
export function pollPercents(votes: ReadonlyArray<number | undefined>): number[] {
  const total = votes.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return votes.map((value) => (total === 0 ? 0 : Math.round(((value ?? 0) / total) * 100)));
}
