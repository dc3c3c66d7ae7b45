import { useState } from 'react';
import { editLink, type Account } from '@/lib/feed/collapse/identity-edit';
import { network } from '@/lib/platforms/registry';
import type { Settings } from '@/lib/settings';
import { updateSettings } from '@/components/ui/use-settings';

/** What a card's menu can do: each writes the settings through the background and can be undone. */
export interface CardActions {
  hideRepostsBy(handle: string): void;
  hideAllReposts(): void;
  /** The two accounts are one person (their cross-posts become one card). */
  link(a: Account, b: Account): void;
  /** The two accounts are not one person (undoes an automatic join). */
  unlink(a: Account, b: Account): void;
  /** First half of a link by hand: this account, then "same person as" on another card. */
  startLink(account: Account): void;
  cancelLink(): void;
  /** The account chosen by startLink, waiting for its other half. */
  linking?: Account;
}

export interface UndoOffer {
  message: string;
  /** The change that takes the action back, from the settings as they are when Undo is pressed. */
  undo: (current: Settings) => Partial<Settings>;
}

export function accountName(account: Account): string {
  return `@${account.handle} on ${network(account.platform).label}`;
}

/** The card menu's actions and the undo offer of the last one (the panel shows it as a toast). */
export function useCardActions(settings: Settings): {
  actions: CardActions;
  offer: UndoOffer | undefined;
  takeBack: () => void;
  dismiss: () => void;
} {
  const [offer, setOffer] = useState<UndoOffer>();
  const [linking, setLinking] = useState<Account>();

  const apply = (change: Partial<Settings>, next: UndoOffer) => {
    void updateSettings(change);
    setOffer(next);
  };
  const editIdentity = (a: Account, b: Account, same: boolean) => {
    const edit = editLink(settings.identityLinks, a, b, same, Date.now());
    setLinking(undefined);
    apply(
      { identityLinks: edit.links },
      {
        message: same
          ? `Linked ${accountName(a)} and ${accountName(b)}: one person.`
          : `Unlinked ${accountName(a)} and ${accountName(b)}: not the same person.`,
        undo: (current) => ({ identityLinks: edit.undo(current.identityLinks) }),
      },
    );
  };

  const actions: CardActions = {
    hideRepostsBy(handle) {
      const lower = handle.toLowerCase();
      if (settings.hideRepostsBy.includes(lower)) return;
      apply(
        { hideRepostsBy: [...settings.hideRepostsBy, lower] },
        {
          message: `Reposts by @${handle} are hidden.`,
          undo: (current) => ({ hideRepostsBy: current.hideRepostsBy.filter((other) => other !== lower) }),
        },
      );
    },
    hideAllReposts() {
      apply(
        { hideReposts: true },
        { message: 'All reposts are hidden.', undo: () => ({ hideReposts: false }) },
      );
    },
    link: (a, b) => editIdentity(a, b, true),
    unlink: (a, b) => editIdentity(a, b, false),
    startLink: setLinking,
    cancelLink: () => setLinking(undefined),
  };
  if (linking) actions.linking = linking;
  return {
    actions,
    offer,
    takeBack: () => {
      if (offer) void updateSettings(offer.undo(settings));
      setOffer(undefined);
    },
    dismiss: () => setOffer(undefined),
  };
}
