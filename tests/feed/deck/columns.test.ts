import { describe, expect, it } from 'vitest';
import {
  addColumn,
  clampWidth,
  columnView,
  deckColumns,
  moveColumn,
  newColumnId,
  parseHandles,
  removeColumn,
  resizeColumn,
  starterColumns,
} from '../../../lib/feed/deck/columns';
import { parseQuery } from '../../../lib/search/query';
import { DEFAULT_SETTINGS, settingsChangeSchema, type DeckColumn } from '../../../lib/settings';

const W = 340;
const SEARCHES = [{ id: 'v1', name: 'Launches', query: 'launch -rumour' }];
const ALL: DeckColumn = { id: 'all', kind: 'all', width: W };
const X: DeckColumn = { id: 'px', kind: 'platform', platform: 'x', width: W };
const FRIENDS: DeckColumn = {
  id: 'f',
  kind: 'authors',
  name: 'Friends',
  handles: ['ana', 'bo.bsky.social'],
  width: W,
};
const LAUNCHES: DeckColumn = { id: 's', kind: 'search', searchId: 'v1', width: W };

describe('deck columns', () => {
  it('until the user changes the deck (null, the default), shows every post then one column per network', () => {
    expect(DEFAULT_SETTINGS.deckColumns).toBeNull();
    expect(deckColumns(null, [])).toEqual([
      { id: 'all', kind: 'all', width: W },
      { id: 'platform-x', kind: 'platform', platform: 'x', width: W },
      { id: 'platform-threads', kind: 'platform', platform: 'threads', width: W },
      { id: 'platform-bluesky', kind: 'platform', platform: 'bluesky', width: W },
      { id: 'platform-mastodon', kind: 'platform', platform: 'mastodon', width: W },
    ]);
    // The starter set is a valid settings value.
    expect(settingsChangeSchema.safeParse({ deckColumns: starterColumns() }).success).toBe(true);
    // An emptied deck stays empty.
    expect(deckColumns([], SEARCHES)).toEqual([]);
  });

  it('each kind runs a feed view: its title and query in the search syntax', () => {
    expect(columnView(ALL, SEARCHES)).toEqual({ title: 'All posts', viewText: '', savedOnly: false });
    expect(columnView({ id: 'sv', kind: 'saved', width: W }, SEARCHES)).toEqual({
      title: 'Saved',
      viewText: '',
      savedOnly: true,
    });
    expect(columnView(LAUNCHES, SEARCHES)).toEqual({
      title: 'Launches',
      viewText: 'launch -rumour',
      savedOnly: false,
    });
    expect(columnView(X, SEARCHES)).toEqual({ title: 'X', viewText: 'platform:x', savedOnly: false });
    const friends = columnView(FRIENDS, SEARCHES)!;
    expect(friends).toEqual({ title: 'Friends', viewText: 'from:ana from:bo.bsky.social', savedOnly: false });
    // Several from: are any of them (OR).
    expect(parseQuery(friends.viewText).from).toEqual(['ana', 'bo.bsky.social']);
  });

  it('skips a column whose saved search was deleted or whose network is gone, keeping the others', () => {
    const gone: DeckColumn = { id: 'old', kind: 'platform', platform: 'myspace', width: W };
    // A stored network the registry no longer has is still a valid setting: the deck is not lost.
    expect(settingsChangeSchema.safeParse({ deckColumns: [gone, X] }).success).toBe(true);
    expect(deckColumns([gone, ALL, LAUNCHES, X], [])).toEqual([ALL, X]);
  });

  it('adds at the right end with a fresh id and the initial width', () => {
    const next = addColumn(
      [ALL, X],
      { kind: 'authors', name: 'Friends', handles: ['ana'] },
      1_700_000_000_000,
    );
    expect(next).toEqual([
      ALL,
      X,
      {
        kind: 'authors',
        name: 'Friends',
        handles: ['ana'],
        id: `c${(1_700_000_000_000).toString(36)}`,
        width: W,
      },
    ]);
    const again = addColumn(next, { kind: 'saved' }, 1_700_000_000_000);
    expect(new Set(again.map((column) => column.id)).size).toBe(4);
    expect(
      newColumnId(
        [
          { ...ALL, id: 'c1' },
          { ...ALL, id: 'c11' },
        ],
        1,
      ),
    ).toBe('c12');
  });

  it('moves a column one place either way, staying put at the ends; removes by id', () => {
    const deck = [ALL, X, FRIENDS, LAUNCHES];
    const ids = (columns: DeckColumn[]) => columns.map((column) => column.id);
    expect(ids(moveColumn(deck, 'f', -1))).toEqual(['all', 'f', 'px', 's']);
    expect(ids(moveColumn(deck, 'f', 1))).toEqual(['all', 'px', 's', 'f']);
    expect(ids(moveColumn(deck, 'all', -1))).toEqual(['all', 'px', 'f', 's']);
    expect(ids(moveColumn(deck, 's', 1))).toEqual(['all', 'px', 'f', 's']);
    expect(ids(moveColumn(deck, 'all', 3))).toEqual(['px', 'f', 's', 'all']);
    expect(ids(moveColumn(deck, 'nope', 1))).toEqual(ids(deck));
    expect(ids(removeColumn(deck, 'px'))).toEqual(['all', 'f', 's']);
    expect(deck.map((column) => column.id)).toEqual(['all', 'px', 'f', 's']); // never edited in place
  });

  it('resizes within 240–800 px, whole pixels', () => {
    expect(clampWidth(100)).toBe(240);
    expect(clampWidth(5000)).toBe(800);
    expect(clampWidth(412.6)).toBe(413);
    expect(resizeColumn([ALL, X], 'px', 500)).toEqual([ALL, { ...X, width: 500 }]);
    expect(settingsChangeSchema.safeParse({ deckColumns: [{ ...X, width: 100 }] }).success).toBe(false);
  });

  it('reads typed handles: @ dropped, commas or spaces, no duplicates, nothing the schema refuses', () => {
    expect(parseHandles(' @ana, bo.bsky.social  ana @cy@mastodon.social "x" a@b@c ')).toEqual([
      'ana',
      'bo.bsky.social',
      'cy@mastodon.social',
    ]);
    expect(parseHandles('')).toEqual([]);
  });

  it('refuses a malformed column in a settings change', () => {
    const bad = [
      { id: 'a', kind: 'authors', name: 'Nobody', handles: [], width: W },
      { id: 'a', kind: 'search', width: W },
      { id: 'a', kind: 'timeline', width: W },
      { id: '', kind: 'all', width: W },
    ];
    for (const column of bad)
      expect(settingsChangeSchema.safeParse({ deckColumns: [column] }).success).toBe(false);
  });
});
