/**
 * `base?key=value&…` with every value through encodeURIComponent (spaces as %20, never '+', which
 * some intent pages keep literally), so emoji, newlines, '&' and '#' arrive exactly as typed.
 * Absent and empty values are left out.
 */
export function withQuery(
  base: string,
  params: ReadonlyArray<readonly [string, string | undefined]>,
): string {
  const query = params
    .filter((p): p is readonly [string, string] => p[1] !== undefined && p[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${base}?${query}` : base;
}
