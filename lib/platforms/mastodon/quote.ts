import type { Post } from '../../post';
import { postId, type Skipped } from '../../parse-result';
import { asRecord, type JsonRecord } from '../../kit/json-read';
import { localId } from './collector';
import { MASTODON_SKIP } from './skip-reasons';

type Unavailable = NonNullable<Post['quoteUnavailable']>;

/** Mastodon 4.5 quote states other than `accepted`, as the card's placeholder reasons. */
const UNAVAILABLE: ReadonlyMap<unknown, Unavailable> = new Map([
  ['pending', 'pending'],
  ['rejected', 'rejected'],
  ['revoked', 'revoked'],
  ['deleted', 'deleted'],
  ['unauthorized', 'unauthorized'],
  ['blocked_account', 'blocked'],
  ['blocked_domain', 'blocked'],
  ['muted_account', 'muted'],
]);

export interface QuoteReaders {
  /** Reads a nested status as its own row; its id, or undefined (then counted by the reader). */
  readNested(raw: unknown): string | undefined;
  uriByLocalId: ReadonlyMap<string, string>;
  skipped: Skipped[];
}

export interface QuoteOutcome {
  quotedPostId?: string;
  quoteUnavailable?: Unavailable;
}

/**
 * A status's `quote`. The full form `{state, quoted_status}` carries the quoted status, stored as
 * its own row (whatever the state: when a server sends it, the reader may see it); only an
 * `accepted` quote links to it. The shallow form `{state, quoted_status_id}` (a quote inside a
 * quoted status) names only the server-local id: the link is made when the same response holds
 * that status (its global uri is then known), and otherwise left out rather than guessed — the web
 * UI fetches it separately (`/api/v1/statuses/:id`), which stores it as a row of its own.
 * Fedibird-style forks send the quoted status itself as `quote`.
 */
export function readQuote(quote: JsonRecord, readers: QuoteReaders): QuoteOutcome {
  const state = quote.state;
  if (state === undefined && ('uri' in quote || 'account' in quote)) {
    const id = readers.readNested(quote);
    return id === undefined ? {} : { quotedPostId: id };
  }
  const nested = asRecord(quote.quoted_status);
  const nestedId = nested === undefined ? undefined : readers.readNested(nested);
  if (state === 'accepted') {
    if (nestedId !== undefined) return { quotedPostId: nestedId };
    if ('quoted_status_id' in quote) {
      const uri = readers.uriByLocalId.get(localId(quote, 'quoted_status_id') ?? '');
      return uri === undefined ? {} : { quotedPostId: postId('mastodon', uri) };
    }
    // Accepted, yet not shown to this reader (the server sends null when it is not visible).
    return nested === undefined ? { quoteUnavailable: 'not-found' } : {};
  }
  const unavailable = UNAVAILABLE.get(state);
  if (unavailable !== undefined) return { quoteUnavailable: unavailable };
  readers.skipped.push({ reason: MASTODON_SKIP.unknownQuoteState, detail: String(state).slice(0, 40) });
  return {};
}
