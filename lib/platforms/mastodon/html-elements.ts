/** Elements that never have content or an end tag: `<br>`, `<img>`… (the HTML standard's list). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

/**
 * Line breaks a block element puts around itself in the text: 2 = a paragraph (a blank line, as
 * Mastodon's paragraph margins show), 1 = a line of its own. Everything else is inline.
 */
export const BLOCK_BREAKS: ReadonlyMap<string, number> = new Map([
  ...'p blockquote pre ul ol table dl figure h1 h2 h3 h4 h5 h6'.split(' ').map((name) => [name, 2] as const),
  ...'div li tr dt dd section article header footer aside nav figcaption details summary address'
    .split(' ')
    .map((name) => [name, 1] as const),
]);
