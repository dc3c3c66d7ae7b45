import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { parseThreadsGraphql } from '../../lib/platforms/threads/parse-graphql';
import type { RoutedResponse } from '../browser/extension';

/**
 * A stand-in for threads.com (HAND-MADE data from tests/fixtures/threads/): the first screen's posts
 * arrive as server-rendered `data-sjs` JSON in the HTML, as on the real site, and one more page of
 * the feed comes from POST /graphql/query after a scroll.
 */
const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/threads');
const FIRST_SCREEN = 'handmade-feedData-repost.json';
const NEXT_PAGE = 'handmade-feedData-poll-gif.json';

function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** The server-rendered wrapper the real pages use around a Relay query's result. */
function embeddedScript(result: string): string {
  const blob = `{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"require":[["RelayPrefetchedStreamCache","next",[],["adp_BarcelonaFeedPageQueryRelayPreloader_demo",{"__bbox":{"complete":true,"result":${result}}}]]]}}]]]}`;
  return `<script type="application/json" data-content-len="${blob.length}" data-sjs>${blob.replace(/</g, '\\u003c')}</script>`;
}

export interface ThreadsDemoSite {
  url: string;
  site: { pages: Record<string, string>; api: (url: URL) => RoutedResponse | undefined };
  /** Distinct posts the two payloads hold. */
  postCount: number;
  /** Scrolls the page (as a user would) so it asks for the next page of the feed. */
  afterLoad(page: Page): Promise<void>;
}

export function demoThreadsSite(): ThreadsDemoSite {
  const first = fixture(FIRST_SCREEN);
  const next = fixture(NEXT_PAGE);
  const ids = new Set(
    [first, next].flatMap((text) =>
      parseThreadsGraphql(JSON.parse(text), { timeline: 'count', now: 0 }).posts.map((post) => post.id),
    ),
  );
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Threads (Crossfeed demo)</title>
<style>body { font: 15px system-ui, sans-serif; margin: 0; background: #101010; color: #f3f5f7; }
.banner { background: #fff; color: #000; padding: 10px 16px; font-weight: 600; } main { height: 3000px; padding: 16px; }</style>
${embeddedScript(first)}
</head><body><div class="banner">Crossfeed demo — a hand-made threads.com feed served locally; no account, no network.</div>
<main><p>The first screen came embedded in this page; scrolling asks for more.</p></main>
<script>
  let asked = false;
  addEventListener('scroll', () => {
    if (asked || scrollY < 200) return;
    asked = true;
    const body = new URLSearchParams({ fb_api_req_friendly_name: 'BarcelonaFeedPaginationDirectQuery', doc_id: '1234567890', variables: '{}' });
    fetch('/graphql/query', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
      .then((response) => response.text())
      .then((text) => { window.__nextPageLength = text.length; });
  });
</script></body></html>`;
  return {
    url: 'https://www.threads.com/',
    postCount: ids.size,
    site: {
      pages: { '/': page },
      api: (url) => (url.pathname === '/graphql/query' ? { body: next } : undefined),
    },
    async afterLoad(threadsPage) {
      await threadsPage.mouse.wheel(0, 800);
      await threadsPage.waitForFunction(
        () => (window as unknown as { __nextPageLength?: number }).__nextPageLength !== undefined,
      );
    },
  };
}
