/** HTML's space characters, which separate the tokens of `class` and `rel`. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

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
      (at === 0 || isSpace(list.charCodeAt(at - 1))) &&
      (end === list.length || isSpace(list.charCodeAt(end)))
    ) {
      return true;
    }
    from = at + 1;
  }
}
