import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NetworkRow } from '../../components/composer/network-row';
import { planNetworks } from '../../lib/compose/page/plan';
import type { Draft } from '../../components/composer/use-draft';

const draft = (text: string, split: Draft['split'] = []): Draft => ({
  id: 'draft-1',
  text,
  networks: ['x', 'bluesky'],
  split,
  media: [],
  variants: {},
  options: {},
});

function row(d: Draft, network: 'x' | 'bluesky'): string {
  const plan = planNetworks(d, undefined).find((p) => p.network === network)!;
  return renderToStaticMarkup(
    <NetworkRow plan={plan} text={d.text} onToggle={() => {}} onSplit={() => {}} />,
  );
}

describe('NetworkRow', () => {
  it('marks exactly where the text overflows the network', () => {
    const text = 'a'.repeat(300) + 'TAIL';
    const html = row(draft(text), 'x');
    expect(html).toContain(`>${'a'.repeat(280)}<mark aria-label="over the limit"`);
    expect(html).toContain(`>${'a'.repeat(20)}TAIL</mark>`);
    expect(html).toContain('304/280');
    expect(html).toContain('Split into a numbered thread on X');
  });

  it('shows the numbered parts once the split is accepted', () => {
    const text = 'One sentence here. '.repeat(20).trim();
    const html = row(draft(text, ['bluesky']), 'bluesky');
    expect(html).toContain('data-testid="parts-bluesky"');
    expect(html).toContain(
      '<li class="rounded bg-neutral-50 p-1 whitespace-pre-wrap dark:bg-neutral-900">1/2 One sentence here.',
    );
    expect(html).not.toContain('<mark');
  });

  it('shows no marker and no offer when the text fits', () => {
    const html = row(draft('fits'), 'x');
    expect(html).toContain('4/280');
    expect(html).not.toContain('<mark');
    expect(html).not.toContain('Split');
  });
});
