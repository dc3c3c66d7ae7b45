import { str } from '../../kit/json-read';

/** X ids (rest_id, id_str) are decimal strings; anything else is not an id. */
export function restId(value: unknown, key: string): string | undefined {
  const child = str(value, key);
  return child !== undefined && /^\d{1,25}$/.test(child) ? child : undefined;
}
