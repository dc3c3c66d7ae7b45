import { useState } from 'react';
import { copyPicture } from '@/lib/compose/page/copy-picture';
import type { CrosspostTarget } from '@/lib/compose/records';

/**
 * For a network whose compose page opened without its files ("send for me" off): one button per
 * picture to copy it, then paste it there.
 */
export function CopyPictures({ target }: { target: CrosspostTarget }) {
  const [said, setSaid] = useState<string | undefined>(undefined);
  const pictures = target.parts.flatMap((part) => part.media ?? []).filter((m) => m.kind === 'image');
  if (target.status.state !== 'opened' || !target.filesByHand || !pictures.length) return null;
  return (
    <span className="ml-2 inline-flex flex-wrap gap-1">
      {pictures.map((picture, i) => (
        <button
          key={picture.id}
          type="button"
          className="rounded border border-neutral-300 px-1 text-xs dark:border-neutral-700"
          onClick={() => {
            void copyPicture(picture.id).then((error) =>
              setSaid(error ?? `Picture ${i + 1} copied: paste it there.`),
            );
          }}
        >
          Copy picture {i + 1}
        </button>
      ))}
      {said && <span className="text-xs text-neutral-500">{said}</span>}
    </span>
  );
}
