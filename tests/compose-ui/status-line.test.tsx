import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatusLine } from '../../components/composer/status-line';
import type { CrosspostTarget } from '../../lib/compose/records';

const target = (url: string): CrosspostTarget => ({
  network: 'mastodon',
  via: 'api',
  parts: [{ text: 'hi', key: '3kaaaaaaaaaa2' }],
  results: [],
  status: { state: 'posted', url },
  attempts: 1,
  updatedAt: 0,
});

describe('StatusLine', () => {
  it('links a posted post by its http(s) URL only; anything else is shown without a link', () => {
    const good = renderToStaticMarkup(
      <StatusLine crosspostId="c1" target={target('https://m.example/@a/1')} />,
    );
    expect(good).toContain('href="https://m.example/@a/1"');
    const bad = renderToStaticMarkup(<StatusLine crosspostId="c1" target={target('javascript:alert(1)')} />);
    expect(bad).not.toContain('href');
    expect(bad).toContain('Posted');
  });
});
