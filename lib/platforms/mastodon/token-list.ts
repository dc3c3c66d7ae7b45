import { isHtmlSpace } from './html-chars';

/**
 * Whether a space-separated attribute (`class`, `rel`) holds `token` as a whole word — found in
 * place, without splitting: it runs for every element of every status the tap reads.
 */
export function hasToken(list: string | undefined, token: string): boolean {
  if (list === undefined) return false;
  let from = 0;
  for (;;) {
    const at = list.indexOf(token, from);
    if (at < 0) return false;
    const end = at + token.length;
    if (
      (at === 0 || isHtmlSpace(list.charCodeAt(at - 1))) &&
      (end === list.length || isHtmlSpace(list.charCodeAt(end)))
    ) {
      return true;
    }
    from = at + 1;
  }
}
