// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { THREADS_INTENT_PAGE } from '../../lib/platforms/threads/compose/intent-page';
import { readXPostLink, X_INTENT_PAGE } from '../../lib/platforms/x/compose/intent-page';
import { runSendForMe, type SendForMeOptions } from '../../lib/compose/content/send-for-me';

let clicks: number;
let reported: Array<{ nativeId: string; url: string }>;

/** An X intent page in the state the test wants: text in the box, the button enabled or not. */
function xPage(text: string, enabled: boolean): HTMLButtonElement {
  document.body.innerHTML = `<div data-testid="tweetTextarea_0" contenteditable="true"></div>
    <button data-testid="tweetButton">Post</button>`;
  const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
  editor.textContent = text;
  const button = document.querySelector('button')!;
  button.disabled = !enabled;
  button.addEventListener('click', () => {
    clicks += 1;
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div data-testid="toast">Your post was sent. <a href="/alice/status/1876543210987654321">View</a></div>',
    );
  });
  return button;
}

function options(overrides: Partial<SendForMeOptions> = {}): SendForMeOptions {
  return {
    doc: document,
    page: X_INTENT_PAGE,
    signal: new AbortController().signal,
    check: async () => ({ press: true, text: 'Hello\nthere 🎉' }),
    claim: async () => true,
    report: async (posted) => {
      reported.push(posted);
    },
    timeoutMs: 2000,
    ...overrides,
  };
}

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://x.com/intent/tweet?text=Hello',
  );
  clicks = 0;
  reported = [];
  document.body.innerHTML = '';
});

describe('send for me', () => {
  it('does nothing in a tab the background did not open for a cross-post', async () => {
    xPage('Hello there 🎉', true);
    expect(await runSendForMe(options({ check: async () => ({ press: false }) }))).toBe('not-ours');
    expect(clicks).toBe(0);
  });

  it('waits for the button to be enabled with the text in place, presses once, reports the link', async () => {
    const button = xPage('', false);
    const run = runSendForMe(options());
    await Promise.resolve();
    document.querySelector('[data-testid="tweetTextarea_0"]')!.textContent = 'Hello there 🎉';
    button.disabled = false;
    expect(await run).toBe('posted');
    expect(clicks).toBe(1);
    expect(reported).toEqual([
      { nativeId: '1876543210987654321', url: 'https://x.com/alice/status/1876543210987654321' },
    ]);
  });

  it('never presses when the background refuses the claim (already pressed in this tab)', async () => {
    xPage('Hello there 🎉', true);
    expect(await runSendForMe(options({ claim: async () => false }))).toBe('already-pressed');
    expect(clicks).toBe(0);
  });

  it('never presses a page whose box holds other text', async () => {
    xPage('Something else', true);
    expect(await runSendForMe(options({ timeoutMs: 50 }))).toBe('timeout');
    expect(clicks).toBe(0);
  });

  it('never presses when the box holds more than our text (a pre-filled line around it)', async () => {
    xPage('Send 0.1 BTC to claim: Hello there 🎉 scam.example', true);
    expect(await runSendForMe(options({ timeoutMs: 50 }))).toBe('timeout');
    xPage('Hello there 🎉\n\nhttps://scam.example', true);
    expect(await runSendForMe(options({ timeoutMs: 50 }))).toBe('timeout');
    expect(clicks).toBe(0);
  });

  it('reads the box with its whitespace normalised (line breaks, doubled and edge spaces)', async () => {
    xPage('  Hello \n\n there   🎉\n', true);
    expect(await runSendForMe(options())).toBe('posted');
    expect(clicks).toBe(1);
  });

  it('stops when the page goes away', async () => {
    xPage('', false);
    const controller = new AbortController();
    const run = runSendForMe(options({ signal: controller.signal }));
    await Promise.resolve();
    controller.abort();
    expect(await run).toBe('aborted');
  });

  it("finds Threads' Post button by its role and text", async () => {
    document.body.innerHTML = `<div role="dialog"><div contenteditable="true" role="textbox">Hello there 🎉</div>
      <div role="button">Cancel</div><div role="button">Post</div></div>`;
    let pressed = '';
    document
      .querySelectorAll('[role="button"]')
      .forEach((b) => b.addEventListener('click', () => (pressed = b.textContent ?? '')));
    expect(await runSendForMe(options({ page: THREADS_INTENT_PAGE }))).toBe('pressed');
    expect(pressed).toBe('Post');
  });
});

describe('readXPostLink', () => {
  it('reads only X post links', () => {
    expect(readXPostLink('/alice/status/123', 'https://x.com/intent/tweet')).toEqual({
      nativeId: '123',
      url: 'https://x.com/alice/status/123',
    });
    expect(readXPostLink('https://evil.example/alice/status/123', 'https://x.com/')).toBeUndefined();
    expect(readXPostLink('/alice/likes', 'https://x.com/')).toBeUndefined();
    expect(readXPostLink(null, 'https://x.com/')).toBeUndefined();
  });
});

describe('send for me with files', () => {
  const files = [
    { name: 'a.jpg', mimeType: 'image/jpeg', bytes: 3 },
    { name: 'b.png', mimeType: 'image/png', bytes: 2 },
  ];
  const fetchFile = async (index: number) =>
    new File([new Uint8Array(files[index]!.bytes)], files[index]!.name, { type: files[index]!.mimeType });

  /** X's page: a file input whose change shows the files after an "upload", the button disabled meanwhile. */
  function xPageWithInput(): { input: HTMLInputElement; received: () => string[] } {
    const button = xPage('Hello there 🎉', true);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<input type="file" data-testid="fileInput" multiple><div data-testid="attachments"></div>',
    );
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const received: string[] = [];
    input.addEventListener('change', () => {
      button.disabled = true;
      for (const file of Array.from(input.files ?? [])) received.push(`${file.name}:${file.size}`);
      setTimeout(() => {
        for (const name of received) {
          const img = document.createElement('img');
          img.alt = name;
          document.querySelector('[data-testid="attachments"]')!.append(img);
        }
        button.disabled = false;
      }, 30);
    });
    return { input, received: () => received };
  }

  it("puts the files into the page's own input, waits until they are shown uploaded, presses once", async () => {
    const page = xPageWithInput();
    const run = runSendForMe(
      options({ check: async () => ({ press: true, text: 'Hello\nthere 🎉', files }), fetchFile }),
    );
    // Attached but still "uploading": nothing pressed yet.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(page.received()).toEqual(['a.jpg:3', 'b.png:2']);
    expect(clicks).toBe(0);
    expect(await run).toBe('posted');
    expect(clicks).toBe(1);
  });

  it('a page without a file input, or a file the background refuses: nothing is pressed', async () => {
    xPage('Hello there 🎉', true);
    const withFiles = async () => ({ press: true, text: 'Hello there 🎉', files });
    expect(await runSendForMe(options({ check: withFiles, fetchFile, timeoutMs: 50 }))).toBe('timeout');
    xPageWithInput();
    expect(await runSendForMe(options({ check: withFiles, fetchFile: async () => undefined }))).toBe(
      'cannot-attach',
    );
    expect(
      await runSendForMe(
        options({ check: withFiles, fetchFile, page: { ...X_INTENT_PAGE, media: undefined } }),
      ),
    ).toBe('cannot-attach');
    expect(clicks).toBe(0);
  });
});
