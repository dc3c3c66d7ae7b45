/** Character codes the HTML readers compare against, and HTML's definition of a space. */
export const SLASH = 0x2f;
export const BANG = 0x21;
export const QUESTION = 0x3f;
export const GT = 0x3e;
export const EQUALS = 0x3d;

/** HTML's ASCII whitespace: space, tab, LF, FF, CR (not U+00A0 or other Unicode spaces). */
export function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}
