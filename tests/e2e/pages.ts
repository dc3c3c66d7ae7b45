/**
 * Hand-made host pages for the end-to-end tests: an x.com-like page whose own script requests
 * GraphQL responses the way X's app does (XMLHttpRequest reading responseText) or with fetch, and
 * keeps exactly what it received so a test can prove the tap changed nothing.
 */
export interface PageRequest {
  /** xhr: XMLHttpRequest + JSON.parse(responseText), as X's app does; fetch: text() + JSON.parse; fetch-json: json(). */
  via: 'fetch' | 'xhr' | 'fetch-json';
  url: string;
  /** Pause before this request (ms), to spread a stream over time. */
  delayMs?: number;
}

export function xTimelinePage(requests: readonly PageRequest[], bodyHtml = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head>
<body>
<main id="app">${bodyHtml}</main>
<script>
  window.__received = [];
  window.__parsed = [];
  window.__done = false;
  const requests = ${JSON.stringify(requests)};
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  function viaXhr(url) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', url);
      xhr.setRequestHeader('content-type', 'application/json');
      xhr.onreadystatechange = () => {
        if (xhr.readyState !== 4) return;
        window.__parsed.push(JSON.parse(xhr.responseText));
        resolve({ status: xhr.status, text: xhr.responseText });
      };
      xhr.onerror = () => reject(new Error('xhr failed'));
      xhr.send();
    });
  }
  async function viaFetch(url) {
    const response = await fetch(url, { credentials: 'include' });
    const text = await response.text();
    window.__parsed.push(JSON.parse(text));
    return { status: response.status, text };
  }
  async function viaFetchJson(url) {
    const response = await fetch(url, { credentials: 'include' });
    const value = await response.json();
    window.__parsed.push(value);
    return { status: response.status, text: JSON.stringify(value) };
  }
  (async () => {
    for (const request of requests) {
      if (request.delayMs) await sleep(request.delayMs);
      const answer =
        request.via === 'xhr' ? await viaXhr(request.url) : request.via === 'fetch' ? await viaFetch(request.url) : await viaFetchJson(request.url);
      window.__received.push({ url: request.url, via: request.via, status: answer.status, text: answer.text });
    }
    window.__done = true;
  })();
</script>
</body></html>`;
}

/** A GraphQL URL as X's app builds it. */
export function xGraphqlUrl(operation: string, n = 0): string {
  return `https://x.com/i/api/graphql/Qid${n}abcDEF/${operation}?variables=%7B%22count%22%3A20%2C%22n%22%3A${n}%7D&features=%7B%7D`;
}
