/** One benchmark figure; `npm run bench -- --json` prints each as one JSON line. */
export interface BenchResult {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  /** How many samples the value summarises. */
  n: number;
  /** The same metric measured for the naive approach, when one is measured beside it. */
  baseline?: number;
  /** Optional target, for the table ("<= 50"). */
  target?: string;
}

/** A bench module: runs its measurements and returns its figures. */
export type Bench = () => Promise<BenchResult[]>;

/** Median and percentiles of a sample (sorted copy). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
