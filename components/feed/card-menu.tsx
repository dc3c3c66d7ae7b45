import { useState } from 'react';
import type { CardView } from '@/lib/feed/collapse/card-view';
import { keyOf, type Account } from '@/lib/feed/collapse/identity-edit';
import { accountName, type CardActions } from './use-card-actions';

interface MenuItem {
  label: string;
  run: () => void;
}

/** What a card's menu offers: hide its reposters' reposts, unlink its copies' accounts, link by hand. */
function menuItems(card: CardView, author: Account, actions: CardActions): MenuItem[] {
  const items: MenuItem[] = [];
  const reposters = new Map(card.reposts.map((repost) => [repost.by.handle.toLowerCase(), repost.by]));
  for (const by of [...reposters.values()].slice(0, 5)) {
    items.push({
      label: `Hide reposts by ${by.name || `@${by.handle}`}`,
      run: () => actions.hideRepostsBy(by.handle),
    });
  }
  if (card.reposts.length > 0) items.push({ label: 'Hide all reposts', run: () => actions.hideAllReposts() });
  const [first, ...others] = card.copies;
  for (const other of others) {
    if (!first || keyOf(first) === keyOf(other)) continue;
    items.push({
      label: `Not the same person: ${accountName(first)} and ${accountName(other)}`,
      run: () => actions.unlink(first, other),
    });
  }
  const linking = actions.linking;
  if (!linking) {
    items.push({
      label: `Link ${accountName(author)} with another account…`,
      run: () => actions.startLink(author),
    });
  } else if (keyOf(linking) !== keyOf(author)) {
    items.push({
      label: `Same person as ${accountName(linking)}`,
      run: () => actions.link(linking, author),
    });
  }
  return items;
}

/** The card's "⋯" menu. */
export function CardMenu({
  card,
  author,
  actions,
}: {
  card: CardView;
  author: Account;
  actions: CardActions;
}) {
  const [open, setOpen] = useState(false);
  const items = menuItems(card, author, actions);
  return (
    <span className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label="Post actions"
        onClick={() => setOpen(!open)}
        className="focus-ring rounded px-1 hover:bg-neutral-100 dark:hover:bg-neutral-800"
      >
        ⋯
      </button>
      {open && (
        <ul
          role="menu"
          aria-label="Post actions"
          className="absolute right-0 bottom-full z-10 w-64 rounded border border-neutral-200 bg-white py-1 text-left shadow-lg dark:border-neutral-700 dark:bg-neutral-900"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                className="focus-ring block w-full px-3 py-1 text-left whitespace-normal hover:bg-neutral-100 dark:hover:bg-neutral-800"
                onClick={() => {
                  setOpen(false);
                  item.run();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
