import type { ReactNode } from 'react';

/** One titled section of the options page; its heading labels it for screen readers. */
export function OptionsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="space-y-3 border-t border-neutral-200 pt-6 dark:border-neutral-800"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
