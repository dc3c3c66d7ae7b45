import { describe, expect, it } from 'vitest';
import { countFor, splitIntoThread } from '../../lib/compose/page';
import type { AccountsView } from '../../lib/compose/accounts-view';
import { crosspostRequest, planNetworks, postable } from '../../lib/compose/page/plan';
import type { Draft } from '../../components/composer/use-draft';

const ALL = ['x', 'threads', 'bluesky', 'mastodon'] as const;
const accounts: AccountsView = {
  bluesky: { handle: 'alice.test', server: 'https://bsky.social' },
  mastodon: {
    handle: 'alice@m.example',
    server: 'https://m.example',
    limits: { maxCharacters: 1000, charactersReservedPerUrl: 23 },
  },
};
const draft = (text: string, extra: Partial<Draft> = {}): Draft => ({
  id: 'draft-1',
  text,
  networks: [...ALL],
  split: [],
  media: [],
  variants: {},
  options: {},
  ...extra,
});
const plan = (d: Draft, a: AccountsView | undefined, network: string) =>
  planNetworks(d, a).find((p) => p.network === network)!;

describe('planNetworks', () => {
  it('counts each network by its own rule, Mastodon by the instance limits', () => {
    const text = 'word '.repeat(120).trim(); // 599 characters
    const plans = planNetworks(draft(text), accounts);
    expect(plans.map((p) => [p.network, p.count])).toEqual(
      ALL.map((n) => [
        n,
        countFor(
          n,
          text,
          n === 'mastodon' ? { maxCharacters: 1000, charactersReservedPerUrl: 23 } : undefined,
        ),
      ]),
    );
    expect(plans.map((p) => [p.network, p.overflows])).toEqual([
      ['x', true],
      ['threads', true],
      ['bluesky', true],
      ['mastodon', false],
    ]);
  });

  it('reaches Bluesky by API with an account and by its intent page without; Mastodon only with one', () => {
    expect([
      plan(draft('hi'), accounts, 'bluesky').reach,
      plan(draft('hi'), undefined, 'bluesky').reach,
    ]).toEqual(['api', 'intent']);
    expect(plan(draft('hi'), undefined, 'mastodon')).toMatchObject({ reach: 'unavailable', enabled: false });
    expect(plan(draft('hi'), accounts, 'x').reach).toBe('intent');
  });

  it('an overflowing network blocks posting until the user splits it or switches it off', () => {
    const text = 'This sentence is long enough. '.repeat(12).trim();
    const over = draft(text, { networks: ['x', 'mastodon'] });
    expect(postable(planNetworks(over, accounts)).blocked.map((p) => p.network)).toEqual(['x']);
    const split = draft(text, { networks: ['x', 'mastodon'], split: ['x'] });
    const plans = planNetworks(split, accounts);
    expect(postable(plans)).toMatchObject({ blocked: [] });
    expect(plan(split, accounts, 'x').parts).toEqual(splitIntoThread(text, 'x'));
    expect(plan(split, accounts, 'x').parts.length).toBeGreaterThan(1);
    expect(crosspostRequest(split, plans)).toEqual({
      draftId: 'draft-1',
      text,
      targets: [
        { network: 'x', via: 'intent', texts: splitIntoThread(text, 'x') },
        { network: 'mastodon', via: 'api', texts: [text] },
      ],
    });
  });

  it('a split that is no longer needed sends the text whole', () => {
    const d = draft('short', { split: ['x'] });
    expect(plan(d, accounts, 'x')).toMatchObject({ split: false, parts: ['short'] });
  });

  it('the shared post card goes with the request', () => {
    const card = { url: 'https://x.com/a/status/1', title: 'A (@a)', description: 'hello' };
    const d = draft('look\n\nhttps://x.com/a/status/1', { networks: ['bluesky'], card });
    expect(crosspostRequest(d, planNetworks(d, accounts))).toMatchObject({ card });
  });
});
