import { asArray, isRecord, type JsonRecord } from '../../kit/json-read';

/**
 * Where a REST response keeps its statuses, decided by its shape (the parser is also fed files and
 * stream payloads with no URL, and a renamed endpoint keeps its entity shapes):
 * - an array: a timeline, bookmarks, favourites, trends, an account's statuses — Status[] — or v1
 *   notifications — Notification[], each with an optional `status`;
 * - `{ancestors, descendants}`: a status's context;
 * - `{statuses, …}`: v2 search (beside accounts and hashtags) and v2 grouped notifications (beside
 *   `notification_groups`, which refer to them by id);
 * - a Status: `/api/v1/statuses/:id`, a streaming `update`;
 * - a Notification: `/api/v1/notifications/:id`, a streaming `notification`.
 */
export interface LocatedStatuses {
  /** Status slots in response order (a notification's `status`, not the notification). */
  statuses: unknown[];
  /** Account lists beside them (search results, grouped notifications' `accounts`, `partial_accounts`). */
  accounts: unknown[];
}

export function locateStatuses(json: unknown): LocatedStatuses | undefined {
  if (Array.isArray(json)) return { statuses: json.flatMap(statusSlotsOf), accounts: [] };
  if (!isRecord(json)) return undefined;
  const ancestors = asArray(json.ancestors);
  const descendants = asArray(json.descendants);
  if (ancestors !== undefined || descendants !== undefined) {
    return { statuses: [...(ancestors ?? []), ...(descendants ?? [])], accounts: [] };
  }
  const statuses = asArray(json.statuses);
  if (statuses !== undefined || Array.isArray(json.notification_groups)) {
    return {
      statuses: [...(statuses ?? [])],
      accounts: [...(asArray(json.accounts) ?? []), ...(asArray(json.partial_accounts) ?? [])],
    };
  }
  if (isNotification(json) || isStatusLike(json)) return { statuses: statusSlotsOf(json), accounts: [] };
  return undefined;
}

/**
 * A Notification has no content of its own, and a `type`, a `status` or a `group_key` — none of
 * which a Status has (any one is enough: a notification missing its `type` still holds its status).
 */
function isNotification(record: JsonRecord): boolean {
  return (
    !isStatusLike(record) && (typeof record.type === 'string' || 'status' in record || 'group_key' in record)
  );
}

export function isStatusLike(record: JsonRecord): boolean {
  return 'uri' in record || 'content' in record || 'spoiler_text' in record || 'media_attachments' in record;
}

/** One array element: a status, or a notification's status (none for a follow, a report…). */
function statusSlotsOf(item: unknown): unknown[] {
  if (isRecord(item) && isNotification(item)) return isRecord(item.status) ? [item.status] : [];
  return [item];
}
