import { network } from '../platforms/registry';
import type { Query, Term } from './query';

/** Writes a query back as search box text; `parseQuery(formatQuery(q))` gives `q` again. */
export function formatQuery(query: Query): string {
  const term = (t: Term) => (t.kind === 'phrase' ? `"${t.text}"` : t.text);
  const parts = [
    ...query.terms.map(term),
    ...query.excluded.map((t) => `-${term(t)}`),
    ...query.from.map((handle) => `from:${handle}`),
    ...query.notFrom.map((handle) => `-from:${handle}`),
    ...query.platforms.map((platform) => `platform:${platform}`),
    ...query.notPlatforms.map((platform) => `-platform:${platform}`),
    ...query.has.map((value) => `has:${value}`),
    ...query.notHas.map((value) => `-has:${value}`),
    ...query.is.map((value) => `is:${value}`),
    ...query.notIs.map((value) => `-is:${value}`),
    ...(query.since ? [`since:${query.since}`] : []),
    ...(query.until ? [`until:${query.until}`] : []),
  ];
  return parts.join(' ');
}

function list(values: readonly string[], joiner: 'and' | 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${joiner} ${values[values.length - 1]}`;
}

/** A short English description of a query, for a saved search's tooltip or an empty-results note. */
export function describeQuery(query: Query): string {
  const quoted = (terms: readonly Term[]) => terms.map((t) => `"${t.text}"`);
  const parts: string[] = [];
  if (query.terms.length > 0) parts.push(`containing ${list(quoted(query.terms), 'and')}`);
  if (query.excluded.length > 0) parts.push(`without ${list(quoted(query.excluded), 'or')}`);
  if (query.from.length > 0)
    parts.push(
      `from ${list(
        query.from.map((h) => `@${h}`),
        'or',
      )}`,
    );
  if (query.notFrom.length > 0)
    parts.push(
      `not from ${list(
        query.notFrom.map((h) => `@${h}`),
        'or',
      )}`,
    );
  if (query.platforms.length > 0)
    parts.push(
      `on ${list(
        query.platforms.map((p) => network(p).label),
        'or',
      )}`,
    );
  if (query.notPlatforms.length > 0)
    parts.push(
      `not on ${list(
        query.notPlatforms.map((p) => network(p).label),
        'or',
      )}`,
    );
  if (query.has.length > 0) parts.push(`with ${list(query.has, 'and')}`);
  if (query.notHas.length > 0) parts.push(`without ${list(query.notHas, 'or')}`);
  for (const value of query.is) parts.push(value === 'saved' ? 'saved' : `that are a ${value}`);
  for (const value of query.notIs) parts.push(value === 'saved' ? 'not saved' : `that are not a ${value}`);
  if (query.since) parts.push(`since ${query.since}`);
  if (query.until) parts.push(`until ${query.until} (inclusive)`);
  return parts.length === 0 ? 'All posts' : `Posts ${parts.join(', ')}`;
}
