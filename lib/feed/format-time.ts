/** "now", "5m", "3h", "2d", or a date: compact like the platforms' own timelines. */
export function relativeTime(at: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return 'now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 7) return `${days}d`;
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return formatter(sameYear ? 'day' : 'dayYear').format(at);
}

export function exactTime(at: number): string {
  return formatter('exact').format(at);
}

/**
 * The formatters, made once: `toLocaleString` with options builds a new Intl.DateTimeFormat on
 * every call (~0.1 ms), and a fling through the feed renders a dozen cards with two dates each.
 */
const FORMATS = {
  day: { month: 'short', day: 'numeric' },
  dayYear: { month: 'short', day: 'numeric', year: 'numeric' },
  exact: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<keyof typeof FORMATS, Intl.DateTimeFormat>();

function formatter(kind: keyof typeof FORMATS): Intl.DateTimeFormat {
  let made = formatters.get(kind);
  if (!made) {
    made = new Intl.DateTimeFormat(undefined, FORMATS[kind]);
    formatters.set(kind, made);
  }
  return made;
}
