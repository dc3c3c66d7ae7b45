import { describe, expect, it } from 'vitest';
import { contentText, MAX_TEXT } from '../../../lib/platforms/mastodon/content-text';
import { decodeHtmlEntities } from '../../../lib/platforms/mastodon/html-entities';
import { contentEntities, readMentions } from '../../../lib/platforms/mastodon/text-entities';

const read = (html: string, dropQuoteInline = false) => contentText(html, { dropQuoteInline });
const textOf = (html: string, dropQuoteInline = false) => read(html, dropQuoteInline).text;

/** Every anchor range must cut exactly the text it covers. */
function shown(html: string): string[] {
  const result = read(html);
  return result.anchors.map((anchor) => result.text.slice(anchor.start, anchor.end));
}

describe('Mastodon content HTML → text', () => {
  it('keeps paragraphs as a blank line and <br> as a line break, in every spelling', () => {
    expect(textOf('<p>one</p><p>two<br>three<br/>four<br />five</p><p>six</p>')).toBe(
      'one\n\ntwo\nthree\nfour\nfive\n\nsix',
    );
    expect(textOf('<p>a<br><br>b</p>')).toBe('a\n\nb');
    expect(textOf('<p>a</br>b</p>')).toBe('a\nb'); // a browser reads </br> as <br>
  });

  it('drops source formatting between blocks, leading breaks and trailing space', () => {
    expect(textOf('\n<p>one</p>\n  <p>two</p>\n')).toBe('one\n\ntwo');
    expect(textOf('<p><br>lead</p><p></p><p>end<br></p>')).toBe('lead\n\nend');
    expect(textOf('<pre>  indented\n  code</pre>')).toBe('  indented\n  code');
  });

  it('puts other blocks on lines of their own and keeps the text of unknown tags', () => {
    expect(textOf('<p>list:</p><ul><li>one</li><li>two</li></ul><blockquote>quoted</blockquote>')).toBe(
      'list:\n\none\ntwo\n\nquoted',
    );
    expect(textOf('<p><b>bold</b> <em>it</em> <marquee>old</marquee> <x-custom>new</x-custom></p>')).toBe(
      'bold it old new',
    );
  });

  it('renders shortened links as Mastodon shows them: invisible parts dropped, ellipsis + "…"', () => {
    const html =
      '<p><a href="https://example.com/a/very/long/path?q=1"><span class="invisible">https://</span>' +
      '<span class="ellipsis">example.com/a/very/lo</span><span class="invisible">ng/path?q=1</span></a> and ' +
      '<a href="https://example.org/"><span class="invisible">https://</span><span class="">example.org/</span>' +
      '<span class="invisible"></span></a></p>';
    const result = read(html);
    expect(result.text).toBe('example.com/a/very/lo… and example.org/');
    expect(shown(html)).toEqual(['example.com/a/very/lo…', 'example.org/']);
    expect(result.anchors.map((anchor) => anchor.href)).toEqual([
      'https://example.com/a/very/long/path?q=1',
      'https://example.org/',
    ]);
  });

  it('drops the quote-inline "RE:" fallback only when the status carries its quote', () => {
    const html =
      '<p>my take<span class="quote-inline"><br><br>RE: <a href="https://a.example/1">https://a.example/1</a></span></p>';
    expect(textOf(html, true)).toBe('my take');
    expect(read(html, true).anchors).toEqual([]);
    expect(textOf(html, false)).toBe('my take\n\nRE: https://a.example/1');
  });

  it('decodes character references in text and attributes', () => {
    expect(
      textOf('<p>a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&apos; &#x1F600; &hellip; &nbsp;|&bogus; &#0;</p>'),
    ).toBe(`a & b <c> "d" 'e' 😀 … \u00a0|&bogus; \ufffd`);
    expect(read('<a href="https://e.example/?a=1&amp;b=2">x</a>').anchors[0]?.href).toBe(
      'https://e.example/?a=1&b=2',
    );
    expect(decodeHtmlEntities('&#xD800; &#1114112; &constructor;')).toBe('\ufffd \ufffd &constructor;');
  });

  it('measures anchor ranges in UTF-16 code units', () => {
    const html = '<p>😀 é 𝒳 <a href="https://e.example/t" class="mention hashtag">#<span>tag</span></a></p>';
    const result = read(html);
    expect(result.text).toBe('😀 é 𝒳 #tag');
    expect(result.anchors[0]).toMatchObject({ start: 8, end: 12 });
  });

  it('reads nested and malformed markup as a browser would, without losing text', () => {
    expect(textOf('<p>a <b>b <i>c</b> d</i> e</p>')).toBe('a b c d e');
    expect(textOf('<p>1 < 2 and 3 <3 and <;/span> stays</p>')).toBe('1 < 2 and 3 <3 and <;/span> stays');
    expect(textOf('<p>unclosed <span>span<p>next')).toBe('unclosed span\n\nnext');
    expect(textOf('<p>cut <a href="https://e.example/" class="x')).toBe('cut'); // a tag cut by the end is dropped
    expect(textOf('<p>a<!-- hidden <b>comment</b> -->b<!---->c<!doctype html>d<?php echo 1 ?>e</p>')).toBe(
      'abcde',
    );
    expect(textOf('</div></p>stray ends</span>')).toBe('stray ends');
    // damaged capture: `href="…";` then an attribute named ";" — the class is still read
    const damaged = read('<a href="https://e.example/@ann"; class="u-url mention">@<span>ann</span></a>');
    expect(damaged.anchors[0]).toMatchObject({ href: 'https://e.example/@ann', className: 'u-url mention' });
  });

  it('shows a link whose visible text was swallowed by an unclosed invisible span as its target', () => {
    // The real goucher.edu capture: `<span class="invisible">https://<;/span>` never closes.
    const html =
      '<p><a href="https://status.example/"><span class="invisible">https://<;/span><span class="">status.example/</span>' +
      '<span class="invisible"></span></a> next</p>';
    const result = read(html);
    expect(result.text).toBe('https://status.example/ next');
    expect(shown(html)).toEqual(['https://status.example/']);
  });

  it('drops <script> and <style> content and every attribute but href/class/rel, unread and unrun', () => {
    const html =
      '<p>a<script>document.title="x"; if (1 < 2) {}</script>b<style>p{color:red}</style>c' +
      '<SCRIPT type="text/javascript">alert(1)</SCRIPT >d<iframe src="https://evil.example/"><p>framed</p></iframe>e</p>' +
      '<img src="x" onerror="alert(1)"><p onclick="alert(2)" style="x">f</p><script>never closed';
    expect(textOf(html)).toBe('abcde\n\nf');
  });

  it('never makes a link of a javascript:, data: or relative href: the text stays as text', () => {
    const html =
      '<p><a href="javascript:alert(1)">click</a> <a href=" JaVaScRiPt:alert(1)">two</a> ' +
      '<a href="data:text/html,<b>x</b>">three</a> <a href="/relative">four</a> <a>five</a> ' +
      '<a href="https://ok.example/">six</a></p>';
    const result = read(html);
    expect(result.text).toBe('click two three four five six');
    const entities = contentEntities(result, [], []);
    expect(entities).toEqual([{ kind: 'link', start: 26, end: 29, url: 'https://ok.example/' }]);
    // a javascript: anchor whose text is hidden is not shown as its target either
    expect(textOf('<p><a href="javascript:x"><span class="invisible">hidden</span></a>z</p>')).toBe('z');
  });

  it('treats markup-looking text inside attributes and text as inert', () => {
    const html =
      '<p title="<script>alert(1)</script>">&lt;script&gt;alert(1)&lt;/script&gt; <a href="https://e.example/" class="<b>">x</a></p>';
    const result = read(html);
    expect(result.text).toBe('<script>alert(1)</script> x');
    expect(contentEntities(result, [], [])).toEqual([
      { kind: 'link', start: 26, end: 27, url: 'https://e.example/' },
    ]);
  });

  it('reads tag and attribute names in any case, as a browser does', () => {
    const html =
      '<P><A HREF="https://e.example/" Class="x"><SPAN CLASS="invisible">https://</SPAN>e.example/</A></P>';
    const result = read(html);
    expect(result.text).toBe('e.example/');
    expect(result.anchors).toEqual([
      { start: 0, end: 10, href: 'https://e.example/', className: 'x', rel: undefined },
    ]);
  });

  it('a new <a> closes an open one, as in a browser', () => {
    expect(shown('<a href="https://a.example/">one <a href="https://b.example/">two</a> three')).toEqual([
      'one ',
      'two',
    ]);
  });

  it('cuts text longer than a Post holds and drops links past the cut', () => {
    const long = `<p>${'x'.repeat(MAX_TEXT)} <a href="https://late.example/">late</a></p>`;
    const result = read(long);
    expect(result.text).toHaveLength(MAX_TEXT);
    expect(result.anchors).toEqual([]);
  });
});

describe('Mastodon content anchors → entities', () => {
  const mentions = readMentions(
    [
      { id: '1', username: 'ann', acct: 'ann', url: 'https://home.example/@ann' },
      { id: '2', username: 'bo', acct: 'bo@far.example', url: 'https://far.example/@bo' },
    ],
    'home.example',
  );

  it('classifies mentions (by href or shown name), hashtags (class, rel or tags[]) and links', () => {
    const html =
      '<p><span class="h-card"><a href="https://home.example/@ann" class="u-url mention">@<span>ann</span></a></span> ' +
      '<a href="https://far.example/users/bo" class="u-url mention">@<span>bo</span></a> ' +
      '<a href="https://other.example/@cy" class="u-url mention">@cy</a> ' +
      '<a href="https://home.example/tags/One" class="mention hashtag" rel="tag">#<span>One</span></a> ' +
      '<a href="https://pl.example/tag/two" rel="tag">#two</a> ' +
      '<a href="https://mk.example/tags/three">#three</a> ' +
      '<a href="https://news.example/story">story</a></p>';
    const result = read(html);
    expect(result.text).toBe('@ann @bo @cy #One #two #three story');
    expect(contentEntities(result, mentions, [{ name: 'three' }])).toEqual([
      { kind: 'mention', start: 0, end: 4, handle: 'ann@home.example', userId: 'https://home.example/@ann' },
      { kind: 'mention', start: 5, end: 8, handle: 'bo@far.example', userId: 'https://far.example/@bo' },
      { kind: 'mention', start: 9, end: 12, handle: 'cy@other.example' },
      { kind: 'hashtag', start: 13, end: 17, tag: 'One' },
      { kind: 'hashtag', start: 18, end: 22, tag: 'two' },
      { kind: 'hashtag', start: 23, end: 29, tag: 'three' },
      { kind: 'link', start: 30, end: 35, url: 'https://news.example/story' },
    ]);
  });

  it('an anchor that only looks like a hashtag or mention, unconfirmed, stays a link', () => {
    const result = read(
      '<p><a href="https://e.example/x">#nottag</a> <a href="https://e.example/y">@nobody</a></p>',
    );
    expect(contentEntities(result, mentions, [])).toEqual([
      { kind: 'link', start: 0, end: 7, url: 'https://e.example/x' },
      { kind: 'link', start: 8, end: 15, url: 'https://e.example/y' },
    ]);
  });
});
