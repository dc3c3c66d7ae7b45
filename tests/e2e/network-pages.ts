/**
 * Hand-made host pages for the Bluesky and Mastodon end-to-end tests. Each page's own script calls
 * its network's API the way that network's web app does, and keeps exactly what it received, so a
 * test can prove the tap changed nothing. Functions on `window` let the test drive it step by step.
 */

/**
 * bsky.app: the app calls XRPC with fetch on the user's PDS (any host), with an `atproto-proxy`
 * header and a bearer token (so the browser sends a CORS preflight), and reads `response.json()`.
 */
export function blueskyAppPage(xrpcUrls: readonly string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bluesky</title></head>
<body><div id="root"></div>
<script>
  window.__received = [];
  window.__done = false;
  (async () => {
    for (const url of ${JSON.stringify(xrpcUrls)}) {
      const response = await fetch(url, {
        headers: { 'atproto-proxy': 'did:web:api.bsky.app#bsky_appview', authorization: 'Bearer token' },
      });
      window.__received.push({ url, status: response.status, value: await response.json() });
    }
    window.__done = true;
  })();
</script>
</body></html>`;
}

/**
 * A Mastodon server's web app: the marks the popup looks for (#mastodon, script#initial-state), and
 * the three ways posts reach it: axios-style XHR + JSON.parse(responseText) (Mastodon's own UI),
 * fetch(new Request(…)) + json() (Phanpy, Elk), and the streaming WebSocket.
 */
export function mastodonAppPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mastodon</title>
<script id="initial-state" type="application/json">{"meta":{"domain":"mastodon.example"}}</script>
</head>
<body><div id="mastodon" data-props="{&quot;locale&quot;:&quot;en&quot;}"></div>
<script>
  window.__received = [];
  window.__frames = [];
  window.__tapEvents = 0;
  document.addEventListener('crossfeed:tap', () => { window.__tapEvents += 1; });
  window.__xhr = (url) => new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.setRequestHeader('Authorization', 'Bearer token');
    xhr.onload = () => {
      window.__received.push({ url, via: 'xhr', value: JSON.parse(xhr.responseText) });
      resolve(xhr.status);
    };
    xhr.onerror = () => reject(new Error('xhr failed'));
    xhr.send();
  });
  window.__request = async (url) => {
    const response = await fetch(new Request(url, { headers: { Authorization: 'Bearer token' } }));
    window.__received.push({ url, via: 'request', value: await response.json() });
    return response.status;
  };
  window.__stream = (url) => new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.onmessage = (event) => window.__frames.push(event.data);
    socket.onopen = () => resolve(socket.readyState);
    socket.onerror = () => reject(new Error('socket failed'));
    window.__socket = socket;
  });
  /** True when WebSocket is the browser's own constructor, untouched. */
  window.__nativeSocket = () => Function.prototype.toString.call(WebSocket).includes('WebSocket');
</script>
</body></html>`;
}
