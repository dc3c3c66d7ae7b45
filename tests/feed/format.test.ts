import { describe, expect, it } from 'vitest';
import { compactCount, formatDuration, pollPercents } from '../../lib/feed/format-count';
import { relativeTime } from '../../lib/feed/format-time';

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);

describe('relativeTime', () => {
  it('is compact like the platforms: now, minutes, hours, days, then a date', () => {
    expect(relativeTime(NOW - 10_000, NOW)).toBe('now');
    expect(relativeTime(NOW + 60_000, NOW)).toBe('now'); // a clock ahead of ours is not "in the future"
    expect(relativeTime(NOW - 5 * 60_000, NOW)).toBe('5m');
    expect(relativeTime(NOW - 3 * 3600_000, NOW)).toBe('3h');
    expect(relativeTime(NOW - 2 * 86400_000, NOW)).toBe('2d');
    const older = NOW - 30 * 86400_000;
    expect(relativeTime(older, NOW)).toBe(
      new Date(older).toLocaleDateString(undefined, { month: 'short', day: 'numeric' }),
    );
    const lastYear = Date.UTC(2024, 0, 10, 12);
    expect(relativeTime(lastYear, NOW)).toBe(
      new Date(lastYear).toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: 'numeric' }),
    );
  });
});

describe('counts, durations and poll shares', () => {
  it('compacts counts', () => {
    expect([0, 999, 1000, 1234, 12_345, 999_999, 2_500_000, 3_000_000_000].map(compactCount)).toEqual([
      '0',
      '999',
      '1K',
      '1.2K',
      '12K',
      '999K',
      '2.5M',
      '3B',
    ]);
  });

  it('formats durations', () => {
    expect([0, 5_000, 65_000, 3_723_000].map(formatDuration)).toEqual(['0:00', '0:05', '1:05', '1:02:03']);
  });

  it('turns votes into whole percents, and no votes into zeros', () => {
    expect(pollPercents([1, 3])).toEqual([25, 75]);
    expect(pollPercents([undefined, undefined])).toEqual([0, 0]);
  });
});
