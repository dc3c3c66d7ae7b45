import type { LinkCard as LinkCardData } from '@/lib/post';
import { safeHttpUrl } from '@/lib/feed/safe-url';

/** The link preview; not a link at all when its URL is not http(s). */
export function LinkCard({ card }: { card: LinkCardData }) {
  const href = safeHttpUrl(card.url);
  const image = safeHttpUrl(card.imageUrl);
  const domain = card.domain ?? (href ? new URL(href).hostname : undefined);
  const content = (
    <>
      {image && (
        <img
          src={image}
          alt=""
          loading="lazy"
          referrerPolicy="no-referrer"
          className="max-h-40 w-full bg-neutral-200 object-cover dark:bg-neutral-800"
        />
      )}
      <span className="block px-2 py-1 text-xs">
        {domain && <span className="block text-neutral-500">{domain}</span>}
        {card.title && <span className="block font-semibold">{card.title}</span>}
        {card.description && (
          <span className="line-clamp-2 block text-neutral-600 dark:text-neutral-400">
            {card.description}
          </span>
        )}
      </span>
    </>
  );
  const className = 'mt-2 block overflow-hidden rounded-lg border border-neutral-200 dark:border-neutral-800';
  if (!href) return <div className={className}>{content}</div>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={`focus-ring ${className}`}>
      {content}
    </a>
  );
}
