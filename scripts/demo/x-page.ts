import type { HandmadeTweet } from '../../tests/fixtures/x/handmade-timeline';

/**
 * The demo's stand-in for x.com/home (HAND-MADE): a plain page whose script asks for its timeline
 * at the GraphQL URL X's app uses, with XMLHttpRequest as X does, and shows it. Crossfeed's tap
 * reads that response exactly as it would on the real site.
 */
export function demoXPage(timelineUrl: string, tweets: readonly HandmadeTweet[]): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = tweets
    .map(
      (tweet) =>
        `<li><b>${escape(tweet.name)}</b> <span class="h">@${escape(tweet.handle)}</span><p>${escape(tweet.text)}</p></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X (Crossfeed demo)</title>
<style>
  body { font: 15px system-ui, sans-serif; margin: 0; background: #000; color: #e7e9ea; }
  .banner { background: #1d9bf0; color: #fff; padding: 10px 16px; font-weight: 600; }
  ul { list-style: none; margin: 0 auto; padding: 0; max-width: 600px; border-inline: 1px solid #2f3336; }
  li { padding: 12px 16px; border-bottom: 1px solid #2f3336; } .h { color: #71767b; } p { margin: 4px 0 0; }
</style></head>
<body><div class="banner">Crossfeed demo — a hand-made x.com timeline served locally; no account, no network.</div>
<ul id="timeline">${items}</ul>
<script>
  const xhr = new XMLHttpRequest();
  xhr.open('GET', ${JSON.stringify(timelineUrl)});
  xhr.onload = () => { document.title = 'Home / X (loaded ' + xhr.responseText.length + ' bytes)'; };
  xhr.send();
</script></body></html>`;
}
